"""Reporting frames within sentences: speaker mention, cue and content spans.

Finds "X said ...", "..., X said.", "..., said X", "according to X", quotes and dashes, with
offsets.  Each frame shape is a named function in an ordered table (``FRAME_SHAPES`` for the
word that opens a frame, ``VERB_SHAPES`` for a reporting verb).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import Final, NamedTuple

import regex

from . import model
from .lexicon.attribution import (
    ADJECTIVAL_CUE_FOLLOWERS,
    ADJECTIVAL_CUE_FORMS,
    ADJECTIVE_ENDINGS,
    ADJUNCT_NOUNS,
    ADJUNCT_OPENERS,
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_STARTS,
    ADVERBIAL_SUBORDINATORS,
    AGE_PREPOSITIONS,
    AMBIGUOUS_NOUN_FORMS,
    ANONYMITY_WORDS,
    ARTICLES,
    AS_ADVERB_WORDS,
    AS_CLAUSE_LEMMAS,
    ASIDE_PRONOUNS,
    AUXILIARIES,
    BARE_FRONTED_PREPOSITIONS,
    BASE_FORM_PASTS,
    BASE_FORMS,
    BE_VERBS,
    BELIEF_CLAUSE_REACH,
    BELIEF_PROFORMS,
    BELIEF_VERBS,
    BY_OR_OF,
    CATENATIVE_PARTICLES,
    CATENATIVE_VERBS,
    CERTAINTY_ADJECTIVES,
    CLARITY_WORDS,
    CLAUSE_ADJUNCT_PREPOSITIONS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_JOINERS,
    CLAUSE_LEMMAS,
    CLAUSE_LINKS,
    COLON_LABELS,
    COMPLEMENTISER_ONLY,
    COMPLEMENTISERS,
    COMPOUND_HEAD_CUES,
    COMPOUND_HEADS,
    CONTACT_DETERMINERS,
    CONTACT_NOT_HEADS,
    CONTACT_PHRASE_OPENERS,
    CONTACT_SUBJECT_STARTS,
    CONTENT_NEVER_STARTS,
    CONTENT_PREPOSITIONS,
    CONTRACTING_WORDS,
    COUNTING_WORDS,
    CREDIT_BODY_NOUNS,
    CREDIT_LABELS,
    CREDIT_TAIL_PREPOSITIONS,
    CREDIT_TAIL_REACH,
    CUE_LEAD_PHRASES,
    CUE_PARTICLES,
    DASH_TOKENS,
    DAY_WORDS,
    DEGREE_WORDS,
    DETERMINERS,
    DO_FORMS,
    DOCUMENT_NOUNS,
    DOCUMENT_RELATIVES,
    DURATION_OPENERS,
    ESTIMATE_AT_VERBS,
    ESTIMATE_COMPARATIVES,
    ESTIMATED_NOUNS,
    EVALUATIVE_MANNER_ADVERBS,
    EXPECTATION_LEMMAS,
    EXPLETIVE_SUBJECTS,
    FEW_WORDS,
    FIGURE_AGENT_GAP,
    FIGURE_GAP_UNITS,
    FIGURE_OBJECT_LEMMAS,
    FIGURE_OPENERS,
    FIGURE_WORDS,
    FINITE_VERBS,
    FIRST_PERSON,
    FIRST_WORDS,
    FLOATING_QUANTIFIERS,
    FOCUS_ADVERBS,
    FORECAST_FIGURE_PREPOSITIONS,
    FORECAST_NOUNS,
    FORECAST_SEE_FORMS,
    FRAME_CLOSERS,
    FRONTED_PREPOSITIONS,
    FUNCTION_AFTER_VERB,
    GAP_COMPLEMENTS,
    GAP_FOLLOWERS,
    GAP_OBJECT_LEMMAS,
    GAP_OBJECT_RELATIVES,
    GAP_RELATIVES,
    GENERIC_SOURCES,
    GERUND_OBJECT_LEMMAS,
    GROUND_REACH,
    GROUND_TIME_COUNTERS,
    GROUND_TIME_WORDS,
    GROUNDED_LEMMAS,
    GROUP_PRONOUNS,
    HEADLINE_VERBS,
    HEARER_PARTICLES,
    HEARER_VERBS,
    HONORIFICS,
    INDEFINITE_HEADS,
    INDIRECT_QUESTION_OPENERS,
    INFINITIVE_LEMMAS,
    INVERSION_LEMMAS,
    IRREGULAR_CUE_PARTICIPLES,
    IRREGULAR_PAST,
    ISSUING_VERBS,
    JOINED_CONTENT_CONJUNCTIONS,
    JUDGED_ADJECTIVE_LEMMAS,
    JUDGED_GROUNDS,
    JUDGEMENT_COMPLEMENTS,
    JUDGEMENT_LEMMAS,
    KNOWING_FORMS,
    LATE_ADJUNCT_PREPOSITIONS,
    LATE_COMPLEMENTISERS,
    LATE_PARTICLE_PREPOSITIONS,
    LATE_PARTICLE_REACH,
    LATE_PARTICLES,
    LIFE_STAGE_NOUNS,
    LIGHT_VERBS,
    LIST_VERB_LINKS,
    LONG_ADJUNCT_PREPOSITIONS,
    LY_NOUNS,
    MAKE_FORMS,
    MANNER_ADVERBS,
    MANNER_PREPOSITIONS,
    MEASURE_WORDS,
    MEDIUM_NOUNS,
    MODIFIER_PARTICIPLES,
    NAME_FUNCTION_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NEGATED_BE_VERBS,
    NEGATED_ONLY_LEADS,
    NEGATING_LEMMAS,
    NEGATIONS,
    NON_ANSWER_LEMMAS,
    NON_CUE_OBJECT_DETERMINERS,
    NON_CUE_OBJECTS,
    NON_CUE_PARTICLES,
    NON_NAME_CAPITALS,
    NON_VERB_ING_WORDS,
    NOT_ADJECTIVES,
    NOT_CLAUSE_STARTS,
    NOT_PREDICATE_OPENERS,
    NOT_SMALL_CLAUSE,
    NOUN_FORM_MODIFIERS,
    NOUN_MARKERS,
    NOUN_MODIFIER_SOURCES,
    NP_PREPOSITIONS,
    OBJECT_CONTENT_LEMMAS,
    OBJECT_CONTROL_VERBS,
    OBJECT_OK_LEMMAS,
    OBJECT_PRONOUNS,
    OFFICE_MODIFIERS,
    OPENING_CONJUNCTIONS,
    OPTIONAL_HEARER_LEMMAS,
    ORG_ROLES,
    ORG_SUFFIXES,
    OWN_POSSESSIVES,
    PARENTHETICAL_VERBS,
    PARTICIPLE_COMPLEMENTS,
    PARTICIPLE_LINK_PAIRS,
    PARTICIPLE_LINKS,
    PARTICIPLE_MODIFIED_NOUNS,
    PARTICLE_LEMMAS,
    PARTICLE_MANNER_PHRASES,
    PARTITIVE_WRITTEN_NOUNS,
    PARTNER_PREPOSITIONS,
    PERCENT_WORDS,
    PERFECT_S_SUBJECTS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    PLACE_ADVERBS,
    PLACING_PARTICLES,
    PLAIN_ADJECTIVES,
    PLURAL_NOUN_CUES,
    POLL_METHOD_PHRASES,
    POLL_METHOD_VERBS,
    POLL_NOUNS,
    POLLING_VERBS,
    POLLSTER_NOUNS,
    POSSESSED_FIGURE_PARTICIPLES,
    POSSESSIVE_DETERMINERS,
    PREDICATIVE_VERBS,
    PREPOSITION_ONLY_LEMMAS,
    PREPOSITIONAL_CUES,
    PREPOSITIONAL_OBJECT_LEMMAS,
    PROFORM_BELIEF_LEMMAS,
    PROMISE_NOUNS,
    PRONOUNS,
    PURPOSE_VERBS,
    QUESTION_LEMMAS,
    QUESTION_WORDS,
    QUOTE_ONLY_CUES,
    QUOTE_ONLY_LEMMAS,
    REDUCED_PASSIVE_FORMS,
    REDUCED_RELATIVE_LEMMAS,
    REFLEXIVE_INTENSIFIERS,
    RELATIVE_CLAUSE_WORDS,
    RELATIVE_NOUN_FORMS,
    RELATIVE_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    REVISE_FORMS,
    REVISED_DATA_NOUNS,
    REVISING_PARTICLES,
    REVISING_VERBS,
    SAMPLING_VERBS,
    SENDING_VERBS,
    SENTENCE_OPENING_MARKS,
    SET_PHRASES,
    SHARE_BASE_OPENERS,
    SHARE_OPENERS,
    SHARED_SUBJECT_CONJUNCTIONS,
    SHORT_ADJUNCT_PREPOSITIONS,
    SINGULAR_SUBJECTS,
    SMALL_CLAUSE_LEMMAS,
    SMALL_NUMBER_WORDS,
    SPEAKER_ARTICLES,
    SPEAKER_STOPS,
    SPEAKING_OBJECT_LEMMAS,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    SPEECH_OBJECT_CUES,
    STANDING_PREPOSITIONS,
    STANDING_UNITS,
    STATEMENT_MODIFIERS,
    STATEMENT_NOUNS,
    STATEMENT_TOPIC_WORDS,
    STATING_SUBJECTS,
    STRONG_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TAIL_CLOSERS,
    TAIL_OPENERS,
    TIME_ADJUNCT_OPENERS,
    TIME_DETERMINERS,
    TIME_NOUNS,
    TIME_PHRASE_ENDS,
    TIME_UNITS,
    TIME_WORDS,
    TITLE_CASE_SMALL_WORDS,
    TOPIC_NEEDING_NOUNS,
    TOPIC_PREPOSITIONS,
    UNCLAIMED_OBJECT_LEMMAS,
    VERB_ADJUNCT_PHRASES,
    VERB_ONLY_FORMS,
    VERBAL_ONLY_BASE_FORMS,
    VIA_MARKERS,
    VOICED_ATTITUDES,
    VOICING_VERBS,
    WEAK_CUES,
    WHICH_OBJECT_PREPOSITIONS,
    WRITING_VERBS,
    WRITTEN_NOUNS,
)
from .lexicon.calendar import MONTH_NAMES, RELATIVE_DAYS, WEEKDAY_NAMES
from .lexicon.entities import (
    APOSTROPHES,
    DOCUMENT_HEADS,
    DOCUMENT_SIZE_UNITS,
    DOCUMENT_TOPIC_PREPOSITIONS,
    FIRST_PERSON_WORDS,
    GROUP_NOUNS,
    HEAD_STOP_WORDS,
    OBLIQUE_PREPOSITIONS,
    OPENING_SINGLE_QUOTES,
    PERFECT_AUXILIARIES,
)
from .lexicon.numbers import CURRENCY_SYMBOLS
from .mentions import (
    apposed_name,
    apposition_subject,
    left_np,
    person_noun_by_ending,
    plural_subject,
    right_np,
    short_np_at_end,
    subject,
)
from .text import Span
from .tokens import (
    NUMBER_HINT,
    PhraseMatcher,
    SentenceTokens,
    Token,
    WordDispatch,
    is_capitalised,
    is_figure,
    is_plural_noun,
    is_word,
    looks_plural,
    reads_as_verb,
    singular,
    year_shaped,
)

__all__ = ["FRAME_SHAPES", "VERB_SHAPES", "Frame", "FrameIndex", "find_frames", "quote_spans"]

_SEPARATORS: Final = frozenset({",", "-", "--", "---", ";", ":"})
_QUOTE: Final = '"'


def _figure(t: Token) -> bool:
    """A token that is a written number: "40", "1,000", or a decimal without its zero (".5")."""
    return is_figure(t.text)


class Frame(NamedTuple):
    """One reporting frame.

    The speaker span includes a leading determiner ("the ministry"); the resolver strips it from
    the canonical name only.  Content spans exclude quotation marks.
    """

    cue: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    sentence: int
    via: tuple[int, int] | None = None


def _length(a: model.Attribution) -> int:
    return a.content_end - a.content_start


class FrameIndex:
    """A document's attributions indexed by content span: the innermost one holding a
    quantity (its speaker), and those within hedge reach of a sentence, in logarithmic time."""

    #: How many earlier-starting contents to look back through (nesting depth bound).
    LOOKBACK = 64
    #: How many sentences away an attribution can matter to a quantity's hedges (content
    #: spans never reach further: quotes stay inside their paragraph).
    REACH_SENTENCES = 40

    def __init__(self, attributions: Sequence[model.Attribution], text: str,
                 sentences: Sequence[Span]) -> None:
        self.items = sorted(attributions, key=lambda a: (a.content_start, -a.content_end))
        self._text = text
        self.starts = [a.content_start for a in self.items]
        self.in_order = attributions  # text order: sentence indices never decrease
        self.sentences = [a.sentence for a in attributions]
        # speaker-to-cue spans ("officials could say"), for modals inside another frame
        self._claims = sorted((a.speaker.start, a.cue_end, a.content_start, a.content_end)
                              for a in attributions if a.speaker.start < a.cue_end)
        self._claim_starts = [c[0] for c in self._claims]
        self._claim_reach = max((c[1] - c[0] for c in self._claims), default=0)
        # speaker phrases headed by a document noun ("A survey of 900 drivers by the council
        # found"): a figure inside one is the document's, so its speaker's
        self._documents = sorted(
            [(a.speaker.start + span[0], a.speaker.start + span[1], k)
             for k, a in enumerate(attributions)
             if (span := _document_sample(a.speaker.mention)) is not None]
            + [(a.speaker.end, a.cue_start, k) for k, a in enumerate(attributions)
               if _relative_after_document(a, text)])
        self._document_starts = [d[0] for d in self._documents]
        self._sents = sentences
        # frames whose speaker phrase names a poll or survey, by index in text order
        self._poll_frames = [k for k, a in enumerate(attributions)
                             if _names_poll(a.speaker.mention)]
        # shares of a poll's respondents that speak ("Only 12 percent said ..."), by start
        self._shares = sorted((a.speaker.start, a.speaker.end, k)
                              for k, a in enumerate(attributions)
                              if _share_of_respondents(a.speaker.mention)
                              and not _of_another_group(text, a.speaker.start))
        self._share_starts = [sh[0] for sh in self._shares]

    def claims_in(self, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """The speaker-to-cue spans that overlap ``[start, end)``, as (speaker start, cue
        end, content start, content end), sorted."""
        lo = bisect_left(self._claim_starts, start - self._claim_reach)
        hi = bisect_left(self._claim_starts, end)
        return [c for c in self._claims[lo:hi] if c[1] > start]

    def near(self, sentence: int) -> Sequence[model.Attribution]:
        """The attributions within hedge reach of a sentence (all of them in a short text)."""
        reach = self.REACH_SENTENCES
        if len(self.in_order) < 2 * reach:
            return self.in_order
        lo = bisect_left(self.sentences, sentence - reach)
        hi = bisect_right(self.sentences, sentence + reach)
        return self.in_order[lo:hi]

    def innermost(self, start: int, end: int) -> model.Attribution | None:
        """The innermost attribution whose content contains ``[start, end)``."""
        k = bisect_right(self.starts, start)
        best: model.Attribution | None = None
        for a in self.items[max(0, k - self.LOOKBACK):k][::-1]:
            if end <= a.content_end and (best is None or _length(a) < _length(best)):
                best = a
        return best

    def speaker_for(self, start: int, end: int) -> model.Speaker | None:
        """Who claims what lies in ``[start, end)``: the speaker of the innermost attribution
        whose content contains it, unless that speaker is named by no one (an unresolved "I",
        "we", "officials", "the board"), comes before the figure, and the attribution is
        itself reported by a named speaker ('"We think 40 died," Ana Roe said', "Roe said the
        board discussed a cut of 40 posts": Ana Roe; not "Roe said 800 came, not the 5,000
        estimated by its organisers"); an unnamed "I" or "we" goes to the reporting speaker
        even when that one is unnamed too."""
        inner = self.innermost(start, end)
        if inner is None:
            return self._document_of(start, end) or self._poll_of_share(start, end) \
                or self._poll_method(start)
        for a in self._outward(inner):
            if a.speaker.resolved:
                return a.speaker
            if a.speaker.start > start:
                break  # (a speaker after the figure owns it: "the 5,000 estimated by its
                # organisers", "40 died, officials told her")
        a = inner  # no named speaker reports it: an unnamed "I" or "we" is still reported
        for a in self._outward(inner):  # ('"We think 40 died," an aide said': the aide's)
            if a.speaker.resolved or a.speaker.mention.split()[0].lower() \
                    not in FIRST_PERSON_WORDS:
                break
        return a.speaker

    def _document_of(self, start: int, end: int) -> model.Speaker | None:
        """The speaker of a frame whose document-headed speaker phrase holds ``[start,
        end)`` after its head ("A survey of 900 drivers by the council found": the
        council's count; not "a 46-page analysis", "One poll"), or in a relative clause
        between such a phrase and its cue ("The poll, which polled 1,200 shops, found"), or
        None."""
        k = bisect_right(self._document_starts, start)
        for s0, s1, i in self._documents[max(0, k - 4):k]:
            if s0 <= start and end <= s1:
                a = self.in_order[i]
                figure = self._text[start:end]
                if figure.rsplit(" ", 1)[-1].lower() not in DOCUMENT_SIZE_UNITS:
                    return a.speaker  # (not "a report of 300 pages": the document's size)
        return None

    def _poll_of_share(self, start: int, end: int) -> model.Speaker | None:
        """"A poll by the Vell Institute found that 64 percent ... Only 12 percent said ...":
        a share of people that is itself a frame's speaker reports a poll's result, so it is
        claimed by the speaker of the latest earlier frame within two sentences whose
        speaker phrase names a poll or survey (``POLL_NOUNS``), unless a count of other
        people comes between (``_other_people``); else None."""
        lo = bisect_left(self._share_starts, start - 24)  # (a share phrase is short)
        for s0, s1, k in self._shares[lo:lo + 4]:
            if s0 < end and start < s1:  # ("About 30 percent" said: the share's own words)
                j = bisect_left(self._poll_frames, k) - 1  # the latest poll's frame before it
                if j < 0:
                    return None
                a = self.in_order[self._poll_frames[j]]
                if a.sentence < self.in_order[k].sentence - 2:
                    return None  # (two sentences back at most)
                between = max(a.content_end, a.cue_end)
                return None if _other_people(self._text, between, s0) else a.speaker
        return None

    def _poll_method(self, start: int) -> model.Speaker | None:
        """"A poll by the Orlo Institute found that ... It polled 650 adults and had a margin
        of 4 points": a figure in a sentence that opens with "It"
        or "The (...) poll/survey" (perhaps "of" its sample) and tells how the poll was taken
        (a verb of ``POLL_METHOD_VERBS`` and a count of people, "was conducted", "has a
        margin of error": ``POLL_METHOD_PHRASES``) is the poll's, when the frame just
        before, in this sentence's predecessor, names a poll or survey."""
        if not self._poll_frames:
            return None  # (most texts: no poll's frame at all)
        text = self._text
        si = bisect_right(self._sents, Span(start, len(text) + 1)) - 1
        if si < 1:
            return None
        opening = self._sents[si].start
        while opening < start and text[opening] in SENTENCE_OPENING_MARKS:
            opening += 1
        found = _POLL_METHOD.match(text, opening, min(len(text), start + 200))
        if found is None:
            return None
        k = bisect_left(self.sentences, si) - 1  # the last frame before the sentence
        if k < 0 or self.in_order[k].sentence != si - 1:
            return None  # (none in the sentence before)
        j = bisect_left(self._poll_frames, k)
        if j == len(self._poll_frames) or self._poll_frames[j] != k:
            return None  # (that frame names no poll)
        a = self.in_order[k]
        subject = found.group("subject")
        return a.speaker if subject is None or _names_pollster(subject, a.speaker) else None

    def _outward(self, a: model.Attribution) -> Iterator[model.Attribution]:
        """``a``, then the attribution reporting it, the one reporting that, and so on."""
        for _ in range(self.LOOKBACK):
            yield a
            outer = self._reporting(a)
            if outer is None:
                return
            a = outer

    def _reporting(self, a: model.Attribution) -> model.Attribution | None:
        """The innermost other attribution whose content holds ``a``'s speaker and cue."""
        lo, hi = min(a.speaker.start, a.cue_start), max(a.speaker.end, a.cue_end)
        k = bisect_right(self.starts, lo)
        best: model.Attribution | None = None
        for b in self.items[max(0, k - self.LOOKBACK):k]:
            if b is not a and hi <= b.content_end and (best is None or _length(b) < _length(best)):
                best = b
        return best


#: A relative clause set off by commas between a speaker phrase and its cue ("The poll |,
#: which polled 1,200 shops, | found"), perhaps an adverb after it (", also found").
_RELATIVE_GAP: Final = regex.compile(
    r",\s*(?:which|that)\s(?:" + "|".join(SAMPLING_VERBS)
    + r")\s(?:[^,;:\"]|,(?=\d)){1,120},\s*(?:(?:also|[a-z]+ly)\s+)?")


def _relative_after_document(a: model.Attribution, text: str) -> bool:
    """"The poll, which polled 1,200 shops, found": does a relative clause of sampling
    (``SAMPLING_VERBS``) set off by commas stand between a speaker phrase headed by a
    document noun (a determiner and up to two modifiers before it) and its cue (a figure in
    it is the document's sample, so its speaker's; not "The report, which cost $1.2
    million,", nor "Opponents of the plan, which would close 40 schools,")?"""
    if a.speaker.end >= a.cue_start or not text.startswith(",", a.speaker.end):
        return False  # (most speaker phrases run up to their cue, or precede it)
    words = a.speaker.mention.lower().split()
    return words[-1] in DOCUMENT_HEADS and len(words) <= 4 \
        and all(w.isalpha() and w not in NP_PREPOSITIONS for w in words) \
        and _RELATIVE_GAP.fullmatch(text, a.speaker.end, a.cue_start) is not None


#: A fronted phrase naming another group a share is of, from the sentence start up to the
#: share ("Of the 300 staff at the depot, | only 12 percent said", "Among its 40 members,
#: | 9 percent said"): its opening word (``SHARE_BASE_OPENERS``) and a count in it.
_OTHER_BASE: Final = re.compile(
    r"(?:^|[.!?]['\"\u201d\u2019]?\s+|\n\s*)(?:" + "|".join(sorted(SHARE_BASE_OPENERS))
    + r")\s[^.!?\n\d]{0,40}\d[^.!?\n]{0,40},\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
#: The opening of a sentence telling how a poll was taken: "It" or "The (...) poll/survey"
#: (perhaps "of" its sample), then a verb of ``POLL_METHOD_VERBS`` and a count ("It surveyed
#: 650 voters"), or a phrase of ``POLL_METHOD_PHRASES`` ("The survey of 640 nurses was
#: conducted", "It had a margin of 4 points"); or any subject of up to four words before a
#: verb of ``POLLING_VERBS`` and a count ("The institute surveyed 900 adults").
_POLL_METHOD: Final = re.compile(
    r"(?:(?:It|The (?:[A-Z][\w.'-]*\s+){0,3}(?:" + "|".join(sorted(POLL_NOUNS))
    + r")(?: of [^.!?,]{1,40}?)?)\s+(?:also\s+)?(?:(?:" + "|".join(sorted(POLL_METHOD_VERBS))
    + r")\s+(?:[a-z]+\s+){0,2}\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]+|"
    + "|".join(sorted(POLL_METHOD_PHRASES))
    + r")|(?P<subject>[A-Z][\w.'\u2019&-]*(?:\s+[\w.'\u2019&-]+){0,3}?)\s+(?:also\s+)?(?:"
    + "|".join(sorted(POLLING_VERBS))
    + r")\s+(?:[a-z]+\s+){0,2}\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]+)\b")
#: A count of people ("5,000 people", "300 striking workers"): a group a later share may be
#: of, unless it is a poll's own sample (after a verb of polling or "of": "surveyed 650
#: voters", "a poll of 900 adults").
_COUNTED_GROUP: Final = re.compile(
    r"\b\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\b")


def _other_people(text: str, start: int, end: int) -> bool:
    """Is a count of people other than a poll's sample written in ``[start, end)``?"""
    for m in _COUNTED_GROUP.finditer(text, start, end):
        before = text[max(start, m.start() - 16):m.start()].split()[-1:]
        if not before or (before[0].lower() not in POLL_METHOD_VERBS
                          and before[0].lower() != "of"):
            return True
    return False


def _of_another_group(text: str, pos: int) -> bool:
    """Is the share at ``pos`` one of a group a fronted phrase names ("Of the 300 staff at
    the depot, only 12 percent said"), not of the poll's respondents?"""
    return _OTHER_BASE.search(text, max(0, pos - 100), pos) is not None


def _names_pollster(subject: str, speaker: model.Speaker) -> bool:
    """Is the subject of "... surveyed 650 adults" the poll's taker: a noun for one
    (``POLLSTER_NOUNS``: "The institute") or a word of the poll's speaker phrase or name
    ("Civica" after "a poll by Civica Research"); not "Engineers", "Lima's campaign"."""
    head = subject.rsplit(None, 1)[-1].lower()
    words = {w.strip(",.;:'\u2019").lower() for w in f"{speaker.mention} {speaker.name}".split()}
    return head in POLLSTER_NOUNS or any(w.lower() in words for w in subject.split()
                                         if w[:1].isupper() and w.lower() != "the")


def _names_poll(mention: str) -> bool:
    """Does a speaker phrase name a poll or survey ("A poll by the Orlo Institute", "Polls by
    ...", ``POLL_NOUNS``)?"""
    low = mention.lower()
    return any(noun in low for noun in POLL_NOUNS) and any(
        singular(w.strip(",.;:")) in POLL_NOUNS for w in low.split())


def _share_of_respondents(mention: str) -> bool:
    """"Only 12 percent", "Another 17 percent", "12 percent": is a speaker phrase a share in
    percent alone, after words of degree or addition (``SHARE_OPENERS``)?"""
    if "%" not in mention and "per" not in mention and "pct" not in mention:
        return False  # (most speaker phrases: no share at all)
    words = mention.lower().split()
    while words and words[0] in SHARE_OPENERS:
        words = words[1:]
    if not words:
        return False
    figure, unit = words[0], " ".join(words[1:])
    if not unit and figure.endswith("%"):
        figure = figure[:-1]
    elif unit not in PERCENT_WORDS:
        return False
    return figure.replace(".", "", 1).isdigit()


def _document_sample(mention: str) -> tuple[int, int] | None:
    """"A survey | of 900 drivers | by the council": the span, in the mention, of the phrase
    after a speaker phrase's head document noun opened by "of", "on", "into" or "about"
    (its sample or topic), up to a comma, a participle or "by"; None when the head is no
    document noun (a determiner or a possessive name, and up to two modifiers, may come
    before it: "The Vell Institute's monthly poll of 60 grain buyers"; "Critics of the plan",
    "Poll workers in 12 precincts" have none)."""
    found = _sample_after(mention, 0)
    if found is not None:
        return found
    for mark in ("'s ", "\u2019s "):  # "The Vell Institute's monthly poll | of 60 buyers"
        at = mention.find(mark, 0, 60)
        if at > 0:
            return _sample_after(mention, at + len(mark))
    return None


def _sample_after(mention: str, pos: int) -> tuple[int, int] | None:
    """``_document_sample`` from ``pos`` on (the start, or past a possessive name)."""
    words = mention[pos:].split()
    for k, w in enumerate(words[:4]):
        pos = mention.index(w, pos) + len(w)
        low = w.lower()
        if low in DOCUMENT_HEADS and k + 1 < len(words) \
                and words[k + 1].lower() in DOCUMENT_TOPIC_PREPOSITIONS:
            end = len(mention)
            for stop in (", ", " by ", " filed ", " signed ", " published ", " released "):
                at = mention.find(stop, pos)
                if at >= 0:
                    end = min(end, at)
            return pos, end
        if k and (not low.isalpha() or not w.islower() or low in DOCUMENT_TOPIC_PREPOSITIONS
                  or low in HEAD_STOP_WORDS):
            return None  # (a capitalised first word opens the sentence)
    return None


def quote_spans(text: str, para: Span) -> list[tuple[int, int]]:
    """Pairs of straight double quotes in a paragraph as ``(open, close)`` mark offsets.

    Marks pair in order; an unpaired last mark opens a quote that runs to the paragraph end
    (news style leaves a quote open when it continues in the next paragraph).
    """
    marks: list[int] = []
    pos = text.find(_QUOTE, para.start, para.end)
    if pos < 0:
        return []  # (most paragraphs)
    while pos >= 0:
        marks.append(pos)
        pos = text.find(_QUOTE, pos + 1, para.end)
    pairs = [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        pairs.append((marks[-1], para.end))
    return pairs


class _Sentence:
    """Token view of one sentence plus the quotes of its paragraph."""

    def __init__(self, text: str, index: int, span: Span, quotes: list[tuple[int, int]],
                 toks: list[Token]):
        self.text = text
        self.index = index
        self.span = span
        self.toks = toks
        self.quotes = quotes

    def quote_closing_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[1] == pos:
                return q
        return None

    def quote_opening_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] == pos:
                return q
        return None

    def inside_quote(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] < pos < q[1]:
                return q
        return None


def find_frames(text: str, sentences: Sequence[Span], paragraphs: Sequence[Span],
                tokens: SentenceTokens | None = None) -> list[Frame]:
    """All reporting frames of a normalised text, in text order.

    Args:
        text: normalised text (straight quotes, ASCII dashes).
        sentences: sentence spans from ``text.sentences``.
        paragraphs: paragraph spans from ``text.paragraphs``.
        tokens: the document's shared sentence tokens (made here if not given).

    Returns:
        Frames sorted by cue offset; a sentence can hold several (nested frames are kept).
    """
    if tokens is None:
        tokens = SentenceTokens(text)
    frames: list[Frame] = []
    pi = 0
    para_quotes: list[tuple[int, int]] = []
    current_para = -1
    for si, span in enumerate(sentences):
        toks = tokens.get(span.start, span.end)
        if not toks or _TRIGGERS.isdisjoint(map(_lower, toks)):
            continue  # no word that opens frames (many sentences)
        while pi < len(paragraphs) and paragraphs[pi].end < span.start:
            pi += 1
        if pi != current_para:  # a paragraph's quotes are found when one of its sentences
            current_para = pi   # has a trigger word
            para_quotes = quote_spans(text, paragraphs[pi]) if pi < len(paragraphs) else []
        sent = _Sentence(text, si, span, _quotes_near(para_quotes, span), toks)
        frames.extend(_sentence_frames(sent))
    frames.extend(_credit_frames(text, sentences, paragraphs))
    frames.sort(key=lambda f: (f.cue[0], f.cue[1]))
    return _continue_quotes(text, frames, sentences, paragraphs)


_CREDIT: Final = regex.compile(
    r"\b(?P<cue>(?:" + "|".join(CREDIT_LABELS)
    + r")s?+)[ ]*+:[ ]*+(?P<who>\p{Lu}[^\n:]{0,80}+)",
    regex.IGNORECASE,
)
_NAME_LINE: Final = regex.compile(  # "Jo Roe, analyst" or, after a dash, "- Jo Roe." alone
    r"(?:(?P<dash>--?+)[ ]*+(?P<name>\p{Lu}[\p{L}'.-]*+(?:[ ]\p{Lu}[\p{L}'.-]*+){0,3}+)"
    r"(?=[ ]*+(?:,|\.?$))|(?P<name2>\p{Lu}[\p{L}'.-]*+(?:[ ]\p{Lu}[\p{L}'.-]*+){1,3}+)"
    r"(?=[ ]*+,))", regex.MULTILINE
)


def _credit_frames(text: str, sentences: Sequence[Span],
                   paragraphs: Sequence[Span]) -> list[Frame]:
    """Credit lines: "Image: Jo Roe." and "Source: Statistics Office", alone or closing a
    caption, attribute the material they label to the named source; a paragraph that is only
    a name ("Jo Roe, analyst") right after a quoted paragraph credits that quote (pull-quote
    style)."""
    out: list[Frame] = []
    starts = [s.start for s in sentences]
    for pi, para in enumerate(paragraphs):
        if para.end - para.start > 240:
            continue
        lo = max(para.start, para.end - 100)
        m = _CREDIT.search(text, lo, para.end) if text.find(":", lo, para.end) >= 0 else None
        si = max(0, bisect_right(starts, para.start) - 1)
        if m is not None and m.end() == para.end:
            who_end = _trim_end(text, m.start("who"), m.end("who"))
            out.append(Frame((m.start("cue"), m.end("cue")), (m.start("who"), who_end),
                             (m.end("cue"), m.end("cue")), si))
            continue
        if pi == 0 or para.end - para.start > 80:
            continue
        prev = paragraphs[pi - 1]
        quotes = quote_spans(text, prev)
        n = _NAME_LINE.match(text, para.start, para.end)
        if quotes and n is not None and text[para.start:para.end].count(" ") < 12:
            q0, q1 = quotes[-1]
            if text[q1 + 1:prev.end].strip(" .") == "":
                # no cue word: the dash, or the credit line itself, is the cue
                cue = n.span("dash") if n.group("dash") else (para.start, para.start)
                who = n.span("name") if n.group("name") else n.span("name2")
                out.append(Frame(cue, (who[0], _trim_end(text, *who)), (q0 + 1, q1), si))
    return out


def _quotes_near(quotes: list[tuple[int, int]], span: Span) -> list[tuple[int, int]]:
    """Quotes that overlap a sentence (kept short so per-sentence look-ups stay cheap).

    Quotes of a paragraph do not overlap and are sorted, so a binary search finds the first.
    """
    k = bisect_right(quotes, (span.start, len(quotes) + span.end + 1))
    if k > 0 and quotes[k - 1][1] >= span.start - 3:  # or closes right before it
        k -= 1
    out: list[tuple[int, int]] = []
    while k < len(quotes) and quotes[k][0] <= span.end and len(out) < 64:
        if quotes[k][1] >= span.start - 3:
            out.append(quotes[k])
        k += 1
    return out


# --------------------------------------------------------------------------------------------
# Frames in one sentence
# --------------------------------------------------------------------------------------------


class _Raw(NamedTuple):
    cue: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    via: tuple[int, int] | None
    forward: bool  # content follows the cue and may need clipping at a later boundary
    boundary: int | None  # offset where this frame's clause starts (separator before speaker)


_PREPOSITIONAL: Final = PhraseMatcher(PREPOSITIONAL_CUES)
_lower = attrgetter("lower")  # Token.lower, read in C


def _sentence_frames(s: _Sentence) -> list[Frame]:
    """Frames of one sentence: each word that can open a frame is tried by the shapes of
    its kind (``FRAME_SHAPES``), in text order."""
    toks = s.toks
    raws: list[_Raw] = []
    free = 0  # the tokens of a prepositional cue are not read again
    by_word = _FRAME_DISPATCH.rules()  # the shapes that can open a frame at each word
    for i in [k for k, t in enumerate(toks) if t.lower in _TRIGGERS]:
        if i < free:
            continue
        for shape in by_word.get(toks[i].lower, by_word[""]):
            found = shape(s, i)
            if found is None:
                continue
            r, free = found
            if r is not None:
                raws.append(r)
            break
    return _clip_forward(s, raws)


def _clip_forward(s: _Sentence, raws: list[_Raw]) -> list[Frame]:
    """Forward contents end where a later frame's clause begins (", the agency reported")."""
    out: list[Frame] = []
    if not raws:
        return out  # (most trigger words make no frame)
    bounds = sorted([r.boundary for r in raws if r.boundary is not None])
    for r in raws:
        c0, c1 = r.content
        if r.forward:
            k = bisect_right(bounds, max(c0, r.cue[1]))
            if k < len(bounds) and bounds[k] < c1:
                c1 = bounds[k]
            c1 = _trim_end(s.text, c0, c1)
        out.append(Frame(r.cue, r.speaker, (c0, max(c0, c1)), s.index, r.via))
    return out


def _according_shape(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"..., according to the UN." / "According to the UN, ..." / "as reported by X"."""
    phrase = _PREPOSITIONAL.at(s.toks, i)
    if phrase is None:
        return None
    return _according(s, i, len(phrase)), i + len(phrase)


def _verb_shape(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"X said ...", "..., X said.", '"...," said X', "I think" inside a quote."""
    t = s.toks[i]
    if t.lower not in REPORTING_VERBS or not (t.text.islower() or _headline_verb(s, i)
                                                  or _opening_passive(s, i) or i == 0):
        return None
    return _verb_frame(s, i) or _parenthetical(s, i), i + 1


def _opening_passive(s: _Sentence, i: int) -> bool:
    """"Asked by a reporter whether ...": a passive participle with its agent that opens
    the sentence."""
    toks = s.toks
    return (i == 0 or toks[i - 1].text == _QUOTE) and i + 1 < len(toks) \
        and toks[i + 1].lower == "by" and toks[i].lower.endswith("ed")


def _headline_verb(s: _Sentence, i: int) -> bool:
    """"Mayor Says Budget Will Rise": a capitalised verb inside a title-case headline."""
    toks = s.toks
    if i == 0 or not is_capitalised(toks[i - 1]) or toks[i].lower not in HEADLINE_VERBS:
        return False
    words = [t for t in toks if is_word(t) and t.lower not in TITLE_CASE_SMALL_WORDS]
    return len(words) >= 4 and sum(1 for t in words if is_capitalised(t)) >= 0.8 * len(words)


def _colon_shape(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """'Ortiz: "We will win."', "Mayor Roe: Taxes must rise": a name before a colon that
    opens the sentence (or follows a dash) credits what comes after it."""
    if s.toks[i].text != ":":
        return None
    return _apposed_credit(s, i) or _colon_credit(s, i) or _clause_before_quote(s, i) \
        or _trailing_credit(s, i), i + 1


#: How many tokens an apposition between a name opening a line and its colon may have.
APPOSED_CREDIT_WORDS: Final = 14


def _apposed_credit(s: _Sentence, i: int) -> _Raw | None:
    """'Ana Ortiz, head of lending at Vell Bank: "Rates will rise."': a full name opening the
    sentence, a comma and an apposition (a role phrase, no verb) before a colon and a quote
    credit the quote to the name."""
    toks, n = s.toks, len(s.toks)
    if i + 1 >= n or toks[i + 1].text != _QUOTE or i > APPOSED_CREDIT_WORDS + 5:
        return None
    c = next((k for k in range(2, min(i, 6)) if toks[k].text == ","), None)
    if c is None or i - c - 1 > APPOSED_CREDIT_WORDS or toks[0].lower in NON_NAME_CAPITALS \
            or not all(is_capitalised(t) or t.lower in NAME_PARTICLES for t in toks[:c]) \
            or all(t.text.isupper() for t in toks[:c]):
        return None  # (a full name: not "Then, ...:", nor a heading in capitals)
    role = toks[c + 1:i]
    if len(role) > 2 and _figure(role[0]) and role[1].text == ",":
        role = role[2:]  # "Jo Roe, 54, a nurse from Tula:"
    if not role or any(t.lower in REPORTING_VERBS or t.lower in FINITE_VERBS
                       or (t.lower in NAME_JOINERS and is_capitalised(role[-1]))
                       or t.text in (_QUOTE, ",", ";") or t.text in DASH_TOKENS for t in role):
        return None
    q = s.quote_opening_at(toks[i + 1].start)
    if q is None or any(t.text.islower() and t.lower in REPORTING_VERBS
                        for t in toks if q[1] <= t.start < q[1] + 40):
        return None  # ('New York, the city: "...," the mayor said': the later frame's)
    return _Raw((toks[i].start, toks[i].end), _span(toks, 0, c), _quote_content(s, q), None,
                False, None)


#: How many words a headline's credit after its colon may have ("...: county engineer").
TRAILING_CREDIT_WORDS: Final = 4


def _trailing_credit(s: _Sentence, i: int) -> _Raw | None:
    """"Lawmakers reach deal on road bill: Senate leader", "Oil to stay above $80: analysts":
    a headline (a line of its own, no full stop) that ends with a colon and a short speaker
    phrase (a name, or words ending in a person's role or a group's noun, no verb) credits
    what comes before the colon."""
    toks, n = s.toks, len(s.toks)
    end = s.span.end
    start = s.span.start
    if not 0 < n - i - 1 <= TRAILING_CREDIT_WORDS or i < 3 \
            or s.text[end:end + 1] not in ("", "\n") or s.text[start - 1:start] not in ("", "\n") \
            or toks[-1].text in (".", "!", "?"):
        return None
    phrase = toks[i + 1:]
    last = phrase[-1]
    named = all(is_capitalised(t) or t.lower in NAME_PARTICLES for t in phrase)
    role = last.text.islower() and (last.lower in PERSON_ROLES or last.lower in GENERIC_SOURCES
                                    or last.lower in GROUP_PRONOUNS)
    if not (named or role) or last.lower in REPORTING_VERBS or not all(map(is_word, phrase)):
        return None
    return _Raw((toks[i].start, toks[i].end), _span(toks, i + 1, n), (toks[0].start, toks[i].start),
                None, False, None)


def _clause_before_quote(s: _Sentence, i: int) -> _Raw | None:
    """'Sen. Ana Lima offered a warning: "Rents will rise 20 percent."': a quotation that a
    colon opens after a clause with no cue of its own is the words of that clause's subject
    (a pronoun, a name or a role phrase), when the clause is a bare verb ("gloated:") or
    names something said (``SPEECH_NOUNS``: "a warning", "her goals"; not "a placard", nor
    "his father's advice"); not after a be-verb ('The rule is: "..."'), within the first
    sixteen tokens, and not when a frame after the quote credits it."""
    toks, n = s.toks, len(s.toks)
    if i + 1 >= n or toks[i + 1].text != _QUOTE or i > _COLON_CLAUSE_WORDS:
        return None
    subj = subject(toks, i)
    if subj is None or not _speaking_subject(toks[subj[0]:subj[1]]):
        return None
    verb = toks[subj[1]:i]
    if not verb or not verb[0].text.islower() or verb[0].lower in BE_VERBS or any(
            (t.lower in REPORTING_VERBS and not _determined_noun(toks, m)
             and not _speech_object(toks, m, i))
            or t.text in (_QUOTE, ":", ";") for m, t in enumerate(verb, subj[1])):
        return None  # ("offered a warning:" holds a noun, no cue)
    if not (len(verb) <= 2 and all(t.text.islower() for t in verb)) and (
            SPEECH_NOUNS.isdisjoint(t.lower for t in verb) or any(t.lower == "'s" for t in verb)):
        return None  # "He held up a placard:", "He recalls his father's advice:"
    q = s.quote_opening_at(toks[i + 1].start)
    if q is None or any(t.text.islower() and t.lower in REPORTING_VERBS
                        for t in toks if q[1] <= t.start < q[1] + 40):
        return None  # '... a problem: "...," one aide said.': the frame after it credits it
    return _Raw((toks[i].start, toks[i].end), _span(toks, *subj), _quote_content(s, q), None,
                False, None)


#: How many tokens may come before the colon of a clause that opens a quote.
_COLON_CLAUSE_WORDS: Final = 16


def _speaking_subject(phrase: list[Token]) -> bool:
    """A pronoun, a name ("Sanders", "Sen. Ana Lima") or a determiner and a person or body
    role ("the mayor", "The company"): a subject that can speak."""
    first, last = phrase[0], phrase[-1]
    if len(phrase) == 1 and first.lower in PERSONAL_PRONOUNS:
        return True
    if all(is_capitalised(t) or t.text == "." for t in phrase):
        return first.lower not in NON_NAME_CAPITALS
    return first.lower in DETERMINERS and (last.lower in PERSON_ROLES or last.lower in ORG_ROLES)


def _dash_shape(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """'"We will rebuild." - Jane Roe.': a quote credited after a dash."""
    if s.toks[i].text not in ("-", "--"):
        return None
    return _dash_credit(s, i), i + 1


def _issued_statement(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"The agency issued a statement condemning the raid", "Roe released the following
    statement:", "Lind wrote a column mocking the plan": a verb of issuing with a statement
    as its object, or of writing with a piece of writing, is a frame of the verb's subject
    (a reporting participle after the noun makes its own frame, "... saying")."""
    toks, n = s.toks, len(s.toks)
    m = _statement_noun(toks, i)
    if m is None:
        return None
    k = m + 1
    while k < n and (toks[k].lower in DAY_WORDS or toks[k].lower in TIME_NOUNS):
        k += 1  # "put out a statement Friday evening blaming ..."
    k = _skip_adjuncts(toks, k)  # "released a statement on Friday that ..."
    k = _publication_end(toks, k)  # "wrote a column for the Gazette, mocking ..."
    nxt = k + 1 if k + 1 < n and toks[k].text == "," else k
    if nxt < n and toks[nxt].lower in REPORTING_VERBS:
        return None, i + 1  # "issued a statement(,) saying ...": the participle's frame
    subj = _issuer(toks, i)
    if subj is None:
        return None, i + 1
    cue = (toks[i].start, toks[m].end)
    content = _statement_content(s, k, cue[1])
    if content[0] == content[1] and _says_nothing(toks, m):
        return None, m + 1  # "issued a statement after the vote": what it says is not here
    return _Raw(cue, _span(toks, *subj), content, None, False, None), m + 1


def _estimate_at(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"Officials put the death toll at 45.": a verb of estimating with an estimated
    quantity as object and "at" before a figure is a frame of its subject; the content is
    the object and the figure, to the clause end."""
    toks, n = s.toks, len(s.toks)
    if toks[i].lower not in ESTIMATE_AT_VERBS:
        return None
    e = right_np(toks, i + 1, limit=6)
    # (the noun phrase reader may take "at nine" for a postmodifier of the object)
    e = next((k for k in range(i + 2, min(e, n)) if toks[k].lower == "at"), e)
    if e < n and toks[e].lower != "at":
        e = _estimate_at_after(toks, i + 1, e)  # "the death toll from the floods in the
        # south at 87", "the toll higher, at 42"
    if not i + 1 < e < n - 1:
        return None
    estimate = toks[e].lower == "at" and not ESTIMATED_NOUNS.isdisjoint(
        t.lower for t in toks[i + 1:e])
    poll = None if estimate else _poll_standing(toks, i, e)  # (the poll's subject)
    if not (estimate or poll):
        return None
    f = e + 1  # "at about 45", "at more than $2 billion", "at seven dead"
    while f < n and f - e < 4 and not (_estimate_figure(toks, f) or _opens_figure(toks, f)):
        f += 1
    if f >= n or f - e >= 4:
        return None
    subj = poll or _issuer(toks, i)
    if subj is None:
        return None, i + 1
    stop = _estimate_end(toks, f, poll is not None)
    return _Raw((toks[i].start, toks[i].end), _span(toks, *subj),
                _object_content(s, i + 1, stop), None, False, None), e + 1


def _estimate_end(toks: list[Token], f: int, poll: bool) -> int:
    """Where an estimate's content ends, its figure at ``f``: the clause end, past a poll's
    standings, more figures joined by "and" ("at seven dead and at least 20 hurt") and
    riders after a comma ("at 57, including 9 women", "at 87 on Monday, up from 41 a day
    earlier")."""
    n = len(toks)
    stop = _clause_stop(toks, f)
    if poll:
        stop = _standings_end(toks, stop)
    while stop + 1 < n and toks[stop].lower == "and" and (
            _estimate_figure(toks, stop + 1) or _opens_figure(toks, stop + 1)):
        nxt = _clause_stop(toks, stop + 2)
        if any(t.lower in AUXILIARIES for t in toks[stop + 2:nxt]):
            break  # "put the toll at 7 and 2 deputies were found alive": a new clause
        stop = nxt
    while stop + 2 < n and toks[stop].text == "," and _estimate_rider(toks, stop + 1):
        stop = _clause_stop(toks, stop + 2)
    return stop


def _poll_standing(toks: list[Token], i: int, e: int) -> tuple[int, int] | None:
    """"The Orlo poll put Roe at 44 percent", "The survey of 900 adults put the Farmers' League
    on 31 percent": after a subject headed by a poll noun (``POLL_NOUNS``, within its first
    four words), a verb of estimating puts a candidate or party at or on a share
    (``STANDING_UNITS``), whatever its object (no estimated noun needed).  The subject, or
    None."""
    if toks[e].lower not in STANDING_PREPOSITIONS or not _share_at(toks, e + 1):
        return None
    subj = _issuer(toks, i)
    return subj if subj is not None and any(
        t.lower in POLL_NOUNS for t in toks[subj[0]:subj[1]][:4]) else None


def _share_at(toks: list[Token], k: int) -> bool:
    """Is there a share at ``k``: a figure then a word of ``STANDING_UNITS`` ("44 percent",
    "12 points"), or a figure glued to "%"?"""
    if k + 1 >= len(toks) or not _figure(toks[k]):
        return False
    return toks[k].text.endswith("%") or toks[k + 1].lower in STANDING_UNITS


def _standings_end(toks: list[Token], stop: int) -> int:
    """Where a poll's standings end: past further ones joined by "and" or a comma ("at 44
    percent | and Lima at 39 percent", "| , with the Greens at 9 percent"), each a short
    phrase then "at" or "on" and a share; else ``stop`` ("..., though turnout was 61
    percent" is the writer's)."""
    n = len(toks)
    while stop + 2 < n and (toks[stop].text == "," or toks[stop].lower == "and"):
        at = next((m for m in range(stop + 1, min(n, stop + 8))
                   if toks[m].lower in STANDING_PREPOSITIONS), None)
        if at is None or not _share_at(toks, at + 1) or any(
                t.lower in FINITE_VERBS or t.lower in SUBORDINATORS for t in toks[stop + 1:at]):
            break
        stop = _clause_stop(toks, at + 1)
    return stop


#: How far past a verb of estimating its object may run before "at" (tokens).
ESTIMATE_OBJECT_REACH: Final = 14


def _estimate_at_after(toks: list[Token], a: int, e: int) -> int:
    """The "at" after a longer object of a verb of estimating ("put the death toll from
    the floods in the south | at 87"), perhaps past a comparative and a comma ("put the toll
    higher, at 42"); ``e`` when there is none before a break (a quote, a semicolon, another
    comma, a verb)."""
    for k in range(a + 1, min(len(toks) - 1, a + ESTIMATE_OBJECT_REACH)):
        t = toks[k]
        if t.lower == "at":
            return k
        if t.text == "," and not (toks[k + 1].lower == "at"
                                  and toks[k - 1].lower in ESTIMATE_COMPARATIVES):
            return e
        if t.text in (";", _QUOTE, ":") or t.lower in AUXILIARIES \
                or t.lower in CLAUSE_CONJUNCTIONS:
            return e
    return e


def _estimate_rider(toks: list[Token], k: int) -> bool:
    """After an estimate's figure and a comma, does a phrase that adds to it follow
    ("including 11 children", "up from 41", "down from 12")?"""
    return toks[k].lower == "including" or (
        toks[k].lower in ("up", "down") and k + 1 < len(toks) and toks[k + 1].lower == "from")


def _estimate_figure(toks: list[Token], k: int) -> bool:
    """A figure or a number word an estimate is put at ("at 45", "at nine"), though not a
    lone "one" ("put the cost at one point as high"; "at one in five" is a figure)."""
    t = toks[k]
    if t.lower == "one":
        return k + 1 < len(toks) and toks[k + 1].lower in ("in", "out")
    return _number_word(t)


def _clause_stop(toks: list[Token], k: int) -> int:
    """The first comma, semicolon, quote or "and"/"or" from ``k`` ("at 45 | and ..."), or
    the sentence end (``len(toks)``)."""
    return next((m for m in range(k, len(toks)) if toks[m].text in (",", ";", _QUOTE)
                 or toks[m].lower in CLAUSE_CONJUNCTIONS), len(toks))


def _object_content(s: _Sentence, a: int, stop: int) -> tuple[int, int]:
    """What a verb's object reports: from token ``a`` up to token ``stop`` (or the sentence
    end), trimmed."""
    end = s.toks[stop].start if stop < len(s.toks) else s.span.end
    return s.toks[a].start, _trim_end(s.text, s.toks[a].start, end)


def _revised_forecast(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"The fund cut its growth forecast to 2.9%": revising one's own forecast, estimate or
    outlook, with a figure after it, states a claim of the verb's subject; the content is
    the forecast and its figures, to the clause end."""
    toks, n = s.toks, len(s.toks)
    if i + 2 >= n or not toks[i].text.islower():
        return None
    p = i + 1 + (toks[i + 1].lower in REVISING_PARTICLES)  # "edged up | its forecast"
    nouns, start = FORECAST_NOUNS, p + 1
    dated = _dated_possessive(toks, p) if toks[i].lower in REVISE_FORMS else 0
    if dated:
        nouns, start = FORECAST_NOUNS | REVISED_DATA_NOUNS, dated  # "September's figure"
    elif p >= n or toks[p].lower not in OWN_POSSESSIVES:
        return None
    m = next((m for m in range(start, min(n, start + 4)) if toks[m].lower in nouns), None)
    if m is None or not all(is_word(t) or _figure(t) for t in toks[start:m]):  # "its 2025"
        return None
    end = _clause_stop(toks, m + 1)
    if not any(_figure(t) for t in toks[m + 1:min(end, m + 12)]):
        return None
    subj = _issuer(toks, i)
    if subj is None:
        return None, m + 1
    return _Raw((toks[i].start, toks[m].end), _span(toks, *subj),
                _object_content(s, p, end), None, False, None), m + 1


def _dated_possessive(toks: list[Token], k: int) -> int:
    """"September's", "last month's", "its": where the words after a possessive of a time
    (or of the subject's own) start, before the figure a statistics office revises; 0 for
    none."""
    if toks[k].lower in OWN_POSSESSIVES:
        return k + 1
    j = next((j for j in range(k, min(len(toks), k + 3)) if toks[j].lower == "'s"), None)
    return j + 1 if j is not None and j > k and all(
        t.lower in MONTH_NAMES or t.lower in TIME_WORDS or t.lower in ("last", "this")
        for t in toks[k:j]) else 0


def _says_nothing(toks: list[Token], m: int) -> bool:
    """With no content after it, does the statement noun at ``m`` tell nothing of what was
    said?  Before a word that opens no topic ("a statement | after the vote"), and a point
    made unless a topic follows it ("made their point.", "made a point | of saying")."""
    nxt = toks[m + 1].lower if m + 1 < len(toks) else "."
    if toks[m].lower in TOPIC_NEEDING_NOUNS:
        return nxt == "of" or nxt not in STATEMENT_TOPIC_WORDS
    return nxt not in (".", ":") and (nxt not in STATEMENT_TOPIC_WORDS or (
        toks[m].lower in PARTITIVE_WRITTEN_NOUNS and nxt == "of"))


def _publication_end(toks: list[Token], k: int) -> int:
    """Past "for" and the paper a piece was written for when a comma and a participle follow
    ("wrote a column | for the Dover Gazette | , mocking ..."), else ``k``."""
    if k >= len(toks) or toks[k].lower != "for":
        return k
    e = right_np(toks, k + 1, limit=6)
    if k + 1 < e < len(toks) - 2 and toks[e].text == "," and not _ing_word(toks[e + 1]):
        e = right_np(toks, e + 1, limit=8)  # "for the Gazette, the state's largest paper,"
    return e if k + 1 < e < len(toks) - 1 and toks[e].text == "," \
        and _ing_word(toks[e + 1]) else k


def _statement_noun(toks: list[Token], i: int) -> int | None:
    """The statement noun that the verb at ``i`` takes as its object ("issued a | statement",
    "wrote a | letter", "made the | case"), past determiners and adjectives; else None."""
    low = toks[i].lower
    if not toks[i].text.islower():
        return None
    if low in ISSUING_VERBS:
        nouns = STATEMENT_NOUNS
    elif low in WRITING_VERBS:
        nouns = WRITTEN_NOUNS
    elif low in LIGHT_VERBS:
        nouns = SPEECH_ACT_NOUNS
    else:
        return None
    for m in range(i + 1, min(len(toks), i + 8)):
        t = toks[m]
        if t.lower in nouns:
            return m if m > i + 1 else None
        if not (t.lower in STATEMENT_MODIFIERS or (
                t.text.islower() and is_word(t) and t.lower not in SPEAKER_STOPS
                and t.lower not in REPORTING_VERBS) or (m > i + 1 and is_capitalised(t))
                or _possessive_her(toks, m, nouns)):
            return None  # "wrote a New York Gazette opinion piece": a paper's name inside
    return None


def _possessive_her(toks: list[Token], m: int, nouns: frozenset[str]) -> bool:
    """"gave her opinion on": "her" right before the statement noun is its owner's, not
    the one it is given to ("gave her a warning")."""
    return toks[m].lower == "her" and m + 1 < len(toks) and toks[m + 1].lower in nouns


def _issuer(toks: list[Token], i: int) -> tuple[int, int] | None:
    """Who issues the statement: the subject before the verb, or that of the clause a
    participle follows (", releasing a statement ...")."""
    if toks[i].lower.endswith("ing"):
        return subject(toks, i - 1) if _after_clause(toks, i) else None
    k, _ = _skip_auxiliaries(toks, i)
    if k < 0 or toks[k].lower in BE_VERBS:
        return None  # "a statement was released"
    subj, _via = _subject_at(toks, k)
    return subj


def _statement_content(s: _Sentence, k: int, cue_end: int) -> tuple[int, int]:
    """What an issued statement says: after a colon or "that", a quote, or a participle
    clause ("condemning the raid"); else nothing in this sentence."""
    toks, n = s.toks, len(s.toks)
    if k < n and toks[k].text in (":", ",") and k + 1 < n and (
            toks[k].text == ":" or toks[k + 1].text == _QUOTE or _ing_word(toks[k + 1])):
        k += 1  # ", mocking the plan"
    if k >= n:
        return cue_end, cue_end
    if toks[k].text == _QUOTE:
        q = s.quote_opening_at(toks[k].start)
        if q is not None:
            return _quote_content(s, q)
    if k < n - 1 and toks[k].lower == "that":
        k += 1
    elif not (toks[k - 1].text == ":" or _ing_word(toks[k])):
        return cue_end, cue_end
    return _to_sentence_end(s, toks[k].start)


def _made_clear(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"Roe made clear that 40 posts would go", "The board has made it plain it will appeal":
    making something clear before a clause is saying it, a frame of the verb's subject."""
    toks, n = s.toks, len(s.toks)
    if toks[i].lower not in MAKE_FORMS or not toks[i].text.islower():
        return None
    k = i + 2 if i + 1 < n and toks[i + 1].lower == "it" else i + 1
    if k >= n or toks[k].lower not in CLARITY_WORDS:
        return None
    c = _skip_adjuncts(toks, k + 1)  # "made clear on Monday that", "in interviews he ..."
    if c < n - 1 and toks[c].lower == "that":
        c += 1
    elif not (c < n - 1 and toks[c].lower in PRONOUNS and _has_verb_soon(toks, c)):
        return None, k + 1
    return _issuer_frame(s, i, k, c)


def _issuer_frame(s: _Sentence, i: int, k: int, c: int) -> tuple[_Raw | None, int]:
    """The frame of a verb at ``i`` and its noun or adjective at ``k`` ("made clear",
    "voiced concern") whose content starts at token ``c``, spoken by the verb's subject
    (none when no subject is found), and where the frame loop goes on."""
    toks = s.toks
    subj = _issuer(toks, i)
    if subj is None:
        return None, k + 1
    content = _to_sentence_end(s, toks[c].start)
    return _Raw((toks[i].start, toks[k].end), _span(toks, *subj), content, None, True, None), \
        k + 1


def _as_person_or_degree(toks: list[Token], m: int) -> bool:
    """"saw the city as a boy", "saw combat as a soldier", "as early as May": after "as" a
    person or a stage of life (what the subject was then), or a degree, is no predicate."""
    after = [t.lower for t in toks[m + 1:m + 4]]
    if len(after) >= 2 and after[1] == "as":
        return True  # "as early as"
    noun = after[1] if after[:1] in (["a"], ["an"]) and len(after) > 1 else ""
    return noun in LIFE_STAGE_NOUNS or noun in PERSON_ROLES


def _rate_figure(toks: list[Token], k: int) -> bool:
    """"at 2.7 percent", "at $3 billion", "near 4%": a figure of a rate or an amount (not a
    time, "at 7 p.m.", nor a count, "at 40 galleries")."""
    if k >= len(toks):
        return False
    if toks[k].text in CURRENCY_SYMBOLS:
        return True
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    return _figure(toks[k]) and (nxt in ("percent", "%", "per") or nxt.endswith("illion"))


def _predicative_view(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"He sees the plan as a mistake", "Voters view the levy as unfair", "Economists see
    inflation at 2.7 percent": seeing or viewing an object as something (in the present,
    at a figure) states a view, a frame of the verb's subject whose content is the object
    and what follows; "The city saw 40 more cases" is none."""
    toks = s.toks
    if toks[i].lower not in PREDICATIVE_VERBS or not toks[i].text.islower() \
            or not _predicative_object(toks, i + 1):
        return None
    return _issuer_frame(s, i, i, i + 1)


def _voiced_attitude(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"Roe expressed confidence that the levy would pass", "Aides voiced concern the posts
    could go": voicing a noun of belief or doubt before a clause states it, a frame of the
    verb's subject ("expressed concern about the plan" names no claim: no frame)."""
    toks, n = s.toks, len(s.toks)
    if toks[i].lower not in VOICING_VERBS or not toks[i].text.islower():
        return None
    k = i + 1
    if k >= n or toks[k].lower not in VOICED_ATTITUDES:
        return None, i + 1
    c = k + 1
    if c < n - 1 and toks[c].lower == "that":
        c += 1
    elif not (c < n - 1 and (toks[c].lower in PRONOUNS or toks[c].lower in
                             _ARTICLES_AND_DETERMINERS) and _has_verb_soon(toks, c)):
        return None, k + 1
    return _issuer_frame(s, i, k, c)


def _certainty_predicate(s: _Sentence, i: int) -> tuple[_Raw | None, int] | None:
    """"Roe was sure (that) the levy would pass", "Aides are not convinced 40 seats are
    enough": an adjective of certainty after a linking verb, before a clause, is a belief
    of the verb's subject ("sure to win", "confident in the plan" are no frame)."""
    toks, n = s.toks, len(s.toks)
    if toks[i].lower not in CERTAINTY_ADJECTIVES or not toks[i].text.islower():
        return None
    v = i - 1
    while v > 0 and i - v <= 3 and (toks[v].lower in DEGREE_WORDS or _is_ly_adverb(toks[v])
                                    or toks[v].lower in NEGATIONS):
        v -= 1  # "is not so sure", "are now more convinced", "was acutely aware"
    k = i + 1
    if v < 1 or toks[v].lower not in BE_VERBS or k >= n:
        return None, i + 1
    if toks[k].lower == "that":
        k += 1
    elif not (toks[k].lower in PRONOUNS or toks[k].lower in _ARTICLES_AND_DETERMINERS
              or is_capitalised(toks[k]) or _number_word(toks[k])) \
            or not _has_verb_soon(toks, k):
        return None, i + 1
    b, _ = _skip_auxiliaries(toks, v)
    subj, via = _subject_at(toks, b) if b >= 0 else (None, None)
    if k >= n or subj is None or toks[b].lower in EXPLETIVE_SUBJECTS:
        return None, i + 1
    content = _to_sentence_end(s, toks[k].start)
    return _Raw((toks[v].start, toks[i].end), _span(toks, *subj), content, via, True, None), \
        i + 1


#: The kinds of word that open a frame, in order: (name, shape).  A shape returns None when
#: the word is not of its kind, else the frame it makes (or None) and the next token to read.
FRAME_SHAPES: tuple[tuple[str, Callable[[_Sentence, int],
                                        tuple[_Raw | None, int] | None]], ...] = (
    ("according_to", _according_shape),
    ("issued_statement", _issued_statement),
    ("estimate_at", _estimate_at),
    ("revised_forecast", _revised_forecast),
    ("made_clear", _made_clear),
    ("reporting_verb", _verb_shape),
    ("dash_credit", _dash_shape),
    ("colon_credit", _colon_shape),
    ("certainty_predicate", _certainty_predicate),
    ("voiced_attitude", _voiced_attitude),
    ("predicative_view", _predicative_view),
)
#: The words each frame shape can open a frame at, by shape name (``VERB_SHAPE_WORDS``).
FRAME_SHAPE_WORDS: Final[dict[str, frozenset[str]]] = {
    "according_to": _PREPOSITIONAL.firsts(),
    "estimate_at": ESTIMATE_AT_VERBS,
    "reporting_verb": frozenset(REPORTING_VERBS),
    "dash_credit": frozenset({"-", "--"}),
    "colon_credit": frozenset({":"}),
    "certainty_predicate": CERTAINTY_ADJECTIVES,
    "voiced_attitude": VOICING_VERBS,
    "predicative_view": PREDICATIVE_VERBS,
    "made_clear": MAKE_FORMS,
    "revised_forecast": REVISING_VERBS,
    "issued_statement": ISSUING_VERBS | WRITING_VERBS | LIGHT_VERBS,
}
#: Words that can open a frame: every word some frame shape keys on (reporting verbs,
#: prepositional cues, verbs of issuing a statement, dashes, ...).
_TRIGGERS: Final = frozenset().union(*FRAME_SHAPE_WORDS.values())
_FRAME_DISPATCH: WordDispatch[Callable[[_Sentence, int], tuple[_Raw | None, int] | None]] = \
    WordDispatch(lambda: FRAME_SHAPES, FRAME_SHAPE_WORDS)


_CREDIT_WORDS: Final = frozenset(CREDIT_LABELS) | {label + "s" for label in CREDIT_LABELS}


#: How far around a capitalised label a transcript name is looked for, in characters.
NAME_WINDOW: Final = 3000


def _label_word(phrase: list[Token], text: str) -> bool:
    """A one-word label before a colon, not a name: "Revealed:", "BREAKING:", "Contributing:";
    a speaker's name in capitals in a transcript ("BENENSON:") is written as a name nearby
    ("Benenson"; looked for within ``NAME_WINDOW`` characters, so the search stays linear)."""
    if len(phrase) > 1:
        return False
    t = phrase[0]
    if t.lower.endswith(("ed", "ing")):
        return True
    return t.text.isupper() and len(t.lower) > 5 and text.find(
        t.text.capitalize(), max(0, t.start - NAME_WINDOW), t.end + NAME_WINDOW) < 0 \
        and not _transcript_surname(t, text)


def _transcript_surname(t: Token, text: str) -> bool:
    """"TAPPER:" after "JAKE TAPPER:": a transcript names a speaker in capitals in full at
    the first turn and by surname after it (looked for within ``NAME_WINDOW`` characters
    before; a header such as "UPDATE:" or "WASHINGTON:" is never the end of such a name)."""
    label = " " + t.text + ":"
    pos = text.find(label, max(0, t.start - NAME_WINDOW), t.start)
    while pos >= 0:
        lo = max(0, pos - TRANSCRIPT_NAME_REACH)  # a full name label is short: stay linear
        first = text.rfind("\n", lo, pos) + 1
        words = text[first:pos].split() if first > 0 or lo == 0 else []
        if len(words) == 1 and words[0].isupper() and words[0].isalpha() \
                and not words[0].lower().endswith(("ed", "ing")):
            return True  # not "BREAKING UPDATE:"
        pos = text.find(label, pos + 1, t.start)
    return False


#: How far before a surname label the line start of its full name is looked for, in
#: characters ("JAKE | TAPPER:").
TRANSCRIPT_NAME_REACH: Final = 40


def _colon_credit(s: _Sentence, i: int) -> _Raw | None:
    """The frame of a colon after a name ("Roe: ..."); none after a label ("Update: ...")."""
    toks, n = s.toks, len(s.toks)
    if i == 0 or i + 1 >= n:
        return None
    a, b, _ = left_np(toks, i)
    if b != i or b <= a or b - a > 6:
        return None
    k = i + 1
    tail = _credit_tail(toks, i, s.text, s.span)
    if tail is not None:  # "Lima to farm group: Roe will cut 40 clinics."
        return _Raw((toks[i].start, toks[i].end), _span(toks, 0, tail),
                    _to_sentence_end(s, toks[k].start), None, False, None)
    phrase = toks[a:b]
    opens = a == 0 or toks[a - 1].text in ("-", "--")
    body = len(phrase) > 1 and phrase[-1].lower in CREDIT_BODY_NOUNS  # "Lima camp:"
    name = phrase[:-1] if body else phrase
    if not (opens and all(is_capitalised(t) or t.lower in NAME_PARTICLES or t.lower in
                          NAME_JOINERS or t.lower == "'s" for t in name)):
        if not _credit_before_quote(toks, a, k) or (a > 0 and toks[a - 1].lower in
                                                      ISSUING_VERBS):
            return None  # "released the following statement:" is the issuing verb's frame
        a = _credited_phrase(toks, a, b)
        phrase = toks[a:b]
    if " ".join(t.lower for t in phrase) in COLON_LABELS \
            or phrase[-1].lower in _CREDIT_WORDS or _label_word(phrase, s.text) \
            or _tally_or_roster(toks, k):
        return None
    q = s.quote_opening_at(toks[k].start) if toks[k].text == _QUOTE else None
    content = _quote_content(s, q) if q is not None else \
        _to_sentence_end(s, toks[k].start)
    return _Raw((toks[i].start, toks[i].end), _span(toks, a, b), content, None, False, None)


def _named_elsewhere(text: str, word: str, span: Span) -> bool:
    """Does ``word`` stand capitalised again, not opening a sentence, in ``text`` within
    ``NAME_WINDOW`` characters after ``span`` (a name the story uses, "Mayor Dana Okafor
    said", not a heading's capital: "Success on ...")?  The window keeps it bounded."""
    pattern = regex.compile(r"\b" + regex.escape(word) + r"\b")
    for m in pattern.finditer(text, span.end, span.end + NAME_WINDOW):
        j = m.start() - 1
        while j > span.end and text[j] in " \t":
            j -= 1  # (only the spaces right before this match: linear in the window)
        if text[j] not in ".!?\n\"'\u201c":
            return True
    return False


#: How many tokens after a headline credit's colon are read for a verb.
CREDIT_CLAUSE_REACH: Final = 20


def _credit_tail(toks: list[Token], i: int, text: str, span: Span) -> int | None:
    """"Lima to farm group: ...", "Former AG Roe at rally: ...", "Roe on the levy: '...'":
    a headline credit whose name opens the sentence and a short tail after
    ``CREDIT_TAIL_PREPOSITIONS`` (no verb in it) runs to the colon at ``i``, before a quote
    or a clause with a verb ("Lima at 60: a life in politics" credits no one), the name
    written again in the story ("Success on Signature Issue: ..." is a heading); where the
    speaker's phrase ends, else None."""
    p = next((j for j in range(1, min(i, 6)) if toks[j].lower in CREDIT_TAIL_PREPOSITIONS),
             None)
    if p is None or i - p - 1 > CREDIT_TAIL_REACH or i - p < 2 \
            or not all(is_capitalised(t) or t.text == "." for t in toks[:p]) \
            or " ".join(t.lower for t in toks[:p]) in COLON_LABELS \
            or any(not (is_word(t) or t.lower == "'s") or _verb_form(t) for t in toks[p + 1:i]):
        return None  # (not "Update on Tula: ...", a label)
    rest = toks[i + 1:i + 1 + CREDIT_CLAUSE_REACH]
    said = bool(rest) and (rest[0].text == _QUOTE or any(_clause_verb(t) or t.lower in
                                                          REPORTING_VERBS for t in rest))
    return p if said and _named_elsewhere(text, toks[p - 1].text, span) else None


def _tally_or_roster(toks: list[Token], k: int) -> bool:
    """What follows a colon from ``k`` is a count or a list of names, not words said: "Roe:
    1,204." (a tally), "Ohio: Ana Lima, Jo Roe, Tom Berg, ..." (a roster)."""
    rest = [t for t in toks[k:] if t.text not in (".", ";")]
    if 0 < len(rest) <= 2 and any(_figure(t) for t in rest) \
            and all(_figure(t) or t.text == "%" or t.lower in FIGURE_WORDS for t in rest):
        return True
    commas = sum(t.text == "," for t in rest)
    return commas >= 3 and all(is_capitalised(t) or t.text == "," or t.lower in
                               NAME_PARTICLES or t.text == "." for t in rest)


def _credit_before_quote(toks: list[Token], a: int, k: int) -> bool:
    """'More from the report: "..."', 'From Jones: "..."', ', Ana Lima: "..."': past the
    sentence's first words a colon credits only a name or a document right before a quote,
    after a comma or a dash (not a hearer: 'told GB News: "..."')."""
    head = toks[k - 2]
    opens = (a <= 2 or toks[a - 1].text in (",", "-", "--")) \
        and not (a > 0 and toks[a - 1].lower in REPORTING_VERBS)  # not "told GB News:"
    return k < len(toks) and toks[k].text == _QUOTE and opens and (
        (is_capitalised(head) and head.lower not in NON_NAME_CAPITALS)
        or head.lower in DOCUMENT_NOUNS) and toks[a].lower not in PRONOUNS


def _credited_phrase(toks: list[Token], a: int, b: int) -> int:
    """Where the credited phrase before a colon starts: the name ("surprise pollster | Tom
    Berg:"), or the document after the last preposition ("More from | the report:")."""
    m = b - 1
    if is_capitalised(toks[m]):
        while m > a and (is_capitalised(toks[m - 1]) or toks[m - 1].text == "."):
            m -= 1
        return m
    while m > a and toks[m - 1].lower not in NP_PREPOSITIONS:
        m -= 1
    return m


def _parenthetical(s: _Sentence, i: int) -> _Raw | None:
    """A first-person belief aside inside a quote ('"Prompted, I think, by the video, ..."'):
    the speaker is "I" and the content is the whole quote."""
    toks = s.toks
    if i == 0 or toks[i - 1].lower not in ASIDE_PRONOUNS \
            or toks[i].lower not in PARENTHETICAL_VERBS:
        return None
    q = s.inside_quote(toks[i].start)
    if q is None:
        return None
    return _Raw((toks[i].start, toks[i].end), (toks[i - 1].start, toks[i - 1].end),
                _quote_content(s, q), None, False, None)


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing spaces, commas, dashes and sentence punctuation from a content span."""
    while end > start and text[end - 1] in " ,;:-.!?\n":
        end -= 1
    return end


def _to_sentence_end(s: _Sentence, start: int) -> tuple[int, int]:
    """A content span from ``start`` to the sentence end, closing marks trimmed."""
    return start, _trim_end(s.text, start, s.span.end)


def _span(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _quote_content(s: _Sentence, q: tuple[int, int]) -> tuple[int, int]:
    """The content of a quote: inside its marks, trailing punctuation dropped."""
    return q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])


def _clause_before(s: _Sentence, sep_tok: int) -> tuple[int, int]:
    """Content that precedes a separator token: a quote if it closes there, else the clause."""
    toks = s.toks
    if sep_tok <= 0:
        return s.span.start, s.span.start
    end = toks[sep_tok].start
    # '"...," he said' / '"..." - he said': the quote closes at or just before the separator.
    for k in (sep_tok, sep_tok - 1):
        if toks[k].text == _QUOTE:
            q = s.quote_closing_at(toks[k].start)
            if q is not None:
                return _quote_content(s, q)
    # A quote that is still open at the separator ('"It was good, he said, and ...' is rare;
    # '"First. Second," he said' closes with the comma inside the quote).
    q = s.inside_quote(end)
    if q is not None and end < q[1] <= toks[-1].end and sep_tok + 1 < len(toks) \
            and toks[sep_tok + 1].text == _QUOTE:
        return _quote_content(s, q)
    start = toks[0].end if toks[0].text == _QUOTE else s.span.start
    return start, _trim_end(s.text, start, end)


def _date_figure(toks: list[Token], k: int) -> bool:
    """A figure inside a time adjunct ("on 5 May", "in 2019.", "by 2030,"): not followed by a
    lower-case word, which would make it the figure of the reported content."""
    if not _figure(toks[k]):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (nxt.text[0].isalpha() and nxt.text[0].islower())


def _closes_frame(toks: list[Token], k: int) -> bool:
    """Does what follows the comma at ``k - 1`` leave the frame ended?  A quote, a conjunction,
    or a participial clause (', adding that ...', ', killing 12'); not a clause whose subject
    is an -ing noun phrase (', increasing population would ...')."""
    if k >= len(toks):
        return True
    nxt = toks[k]
    if nxt.text == _QUOTE:
        return True
    if _aside_end(toks, k - 1) is not None:
        return False  # "reported, citing two sources, that ...", "wondered, as I do, why"
    if nxt.lower in FRAME_CLOSERS:
        return True
    if not nxt.lower.endswith("ing"):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (nxt.lower in REPORTING_VERBS or after is None or not is_word(after)
            or after.lower in DETERMINERS or after.lower in PARTICIPLE_COMPLEMENTS)


def _tail_is_adjunct(toks: list[Token], j: int, hearer: bool) -> int | None:
    """If the tokens from ``j`` are only adjuncts up to the clause end, return that end index.

    ", he said on Thursday.", ", she told reporters in Geneva.", ", it said in a statement."
    """
    end = _adjuncts_to_end(toks, j, hearer)
    if end is None and hearer and j < len(toks) and is_capitalised(toks[j]):
        # ", she told the Herald in a talk recorded on Friday.": a name hearer, then the tail
        cut = next((m for m in range(j + 1, min(len(toks), j + 5))
                    if toks[m].lower in ADJUNCT_STARTS), None)
        end = _adjuncts_to_end(toks, cut, False) if cut is not None else None
    return end


def _adjuncts_to_end(toks: list[Token], j: int, hearer: bool) -> int | None:
    """The clause end after a cue's hearer and adjuncts from ``j``, if that is all there is."""
    n = len(toks)
    k = j
    if hearer and _object_pronoun(toks, k):
        k += 1  # ", she told them on Monday."
    elif hearer and k < n and is_word(toks[k]) and toks[k].lower not in COMPLEMENTISERS:
        k = max(k, right_np(toks, k, limit=5))
    for steps in range(10):
        if k >= n:
            return k
        t = toks[k]
        if t.text in (".", "!", "?", ";", _QUOTE):
            return k
        if t.text in (",", "-", "--"):
            # ', he said, "..."', ', he said, adding ...', ', he said, but ...': the frame
            # ends here; otherwise the comma closes an adjunct before the content
            return k if _closes_frame(toks, k + 1) else None
        if steps == 0 and ((t.lower not in ADJUNCT_STARTS and t.lower not in DAY_WORDS
                            and not _to_hearer(toks, k))
                           or _opens_figure(toks, k) or _no_time_after(toks, k)):
            return None
        if steps > 0 and ((_figure(t) and not _date_figure(toks, k)) or _opens_figure(toks, k)):
            return None  # "said on Monday 40 people died": the content follows the adjunct
        if t.lower in COMPLEMENTISERS:
            return None
        k += 1
    return k if k >= n else None


def _to_hearer(toks: list[Token], k: int) -> bool:
    """"said | to reporters.", "said | to the crowd.": "to" before a hearer (a determiner, a
    name or a plural noun; not an infinitive, "vowed to fight")."""
    if toks[k].lower != "to" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.lower in DETERMINERS or is_capitalised(nxt) or (
        nxt.text.islower() and is_plural_noun(nxt.lower))


def _no_time_after(toks: list[Token], k: int) -> bool:
    """"I think | this meeting is late": "this" or "last" opens a time adjunct only before a
    time word ("said this week", "said last Friday")."""
    if toks[k].lower not in TIME_DETERMINERS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].lower
    return not (nxt in TIME_WORDS or nxt in MONTH_NAMES)


# --------------------------------------------------------------------------------------------
# Verb frames
# --------------------------------------------------------------------------------------------


class _Cue:
    """A reporting verb at token ``i`` (with its particle: "pointed out" ends at ``end``);
    a slotted class, as every verb shape reads its fields."""

    __slots__ = ("before", "end", "i", "lemma", "skipped", "span", "weak")

    def __init__(self, i: int, end: int, span: tuple[int, int], lemma: str, weak: bool,
                 before: int, skipped: int) -> None:
        self.i = i
        self.end = end  # one past the cue's last token
        self.span = span
        self.lemma = lemma
        self.weak = weak  # reports only before a clause, a quote or at a clause end
        # the token before the verb once auxiliaries and adverbs are skipped ("Roe | has
        # also said"; -1: none), and how many were skipped: ``_skip_auxiliaries``, found once
        self.before = before
        self.skipped = skipped


def _verb_cue(s: _Sentence, i: int) -> _Cue | None:
    """The cue at a reporting verb, or None when its particle is missing ("pointed" alone)."""
    toks = s.toks
    low = toks[i].lower
    end = i + 1
    lemma = REPORTING_VERBS[low]
    particles = CUE_PARTICLES.get(low)
    if particles is not None:
        p = i + 1 if i + 1 < len(toks) and toks[i + 1].lower in particles \
            else _late_particle(toks, i, particles)
        if p is None:
            return None
        end = p + 1
        lemma = PARTICLE_LEMMAS.get((low, toks[p].lower), lemma)  # "pointed to"
    before, skipped = _skip_auxiliaries(toks, i)
    return _Cue(i, end, (toks[i].start, toks[end - 1].end), lemma,
                low in WEAK_CUES, before, skipped)


def _late_particle(toks: list[Token], i: int, particles: tuple[str, ...]) -> int | None:
    """"The mayor talked frankly in a podcast about the levy": the particle of the cue at ``i``
    after manner adverbs ("briefly"), a set phrase ("at length") or a short adjunct of a
    preposition and a noun phrase ("on the radio", "to voters"); that adjunct only before
    "about" or "against" (in "spoke with the head of the union", "of" is the noun's)."""
    j, after_adjunct = i + 1, False
    while j < len(toks) and j - i <= LATE_PARTICLE_REACH:
        t = toks[j]
        if t.lower in particles:
            break
        if t.lower in EVALUATIVE_MANNER_ADVERBS:
            return None  # "spoke highly of": a judgement of someone
        if t.text.islower() and t.lower.endswith("ly") and len(t.lower) > 4 \
                and t.lower not in LY_NOUNS:
            j += 1  # "spoke briefly"
        elif j + 1 < len(toks) and (t.lower, toks[j + 1].lower) in PARTICLE_MANNER_PHRASES:
            j += 2  # "spoke at length"
        elif t.text.islower() and t.lower in LATE_PARTICLE_PREPOSITIONS:
            e = _late_adjunct_end(toks, j + 1, particles)
            if e is None:
                return None
            j, after_adjunct = e, True
        else:
            break
    if j == i + 1 or j >= len(toks) or j - i > LATE_PARTICLE_REACH + 1 \
            or toks[j].lower not in particles:
        return None
    return j if not after_adjunct or toks[j].lower in LATE_PARTICLES else None


def _late_adjunct_end(toks: list[Token], k: int, particles: tuple[str, ...]) -> int | None:
    """Where the noun phrase of an adjunct that opens at ``k`` ends ("on | social media |
    about"): up to three words, the last before one of the cue's ``particles``."""
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if not t.text.isalpha() or t.lower in particles or t.lower in FINITE_VERBS \
                or t.lower in CLAUSE_LINKS or t.lower in RELATIVE_WORDS:
            return m if m > k and t.lower in particles else None
    return k + 3 if k + 3 < len(toks) and toks[k + 3].lower in particles else None


def _verb_frame(s: _Sentence, i: int) -> _Raw | None:
    """The frame of the reporting verb at token ``i``: the first of ``VERB_SHAPES`` that
    decides."""
    cue = _verb_cue(s, i)
    if cue is None:
        return None
    for shape in _VERB_DISPATCH.rules_for(s.toks[i].lower):  # the shapes that can decide
        found = shape(s, cue)
        if found is not None:
            return found if isinstance(found, _Raw) else None
    return None


def _ing(s: _Sentence, c: _Cue) -> bool:
    return s.toks[c.i].lower.endswith("ing")


def _prev(s: _Sentence, c: _Cue) -> Token | None:
    return s.toks[c.i - 1] if c.i > 0 else None


def _opening_inversion(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """'Said Roe, "We lost 3 seats."': a speech verb that opens the sentence, its speaker and
    a comma or colon before a quote; any other capitalised first word is no cue here."""
    toks, n = s.toks, len(s.toks)
    if c.i != 0 or toks[0].text.islower() or _opening_passive(s, 0):
        return None  # "Asked by X whether ..." is read by asked_by
    if c.lemma not in INVERSION_LEMMAS:
        return False
    e = who = right_np(toks, 1, limit=8)
    if 1 < e < n - 1 and toks[e].text == "," and toks[e + 1].lower in RELATIVE_PRONOUNS:
        e = _relative_clause_end(toks, e)  # 'Said Roe, who grew up here, "..."'
    if not 1 < e < n - 1 or toks[e].text not in (",", ":") or toks[e + 1].text != _QUOTE:
        return False
    q = s.quote_opening_at(toks[e + 1].start)
    if q is None:
        return False
    return _Raw(c.span, _span(toks, 1, who), _quote_content(s, q), None, False, None)


def _relative_clause_end(toks: list[Token], e: int) -> int:
    """The comma that closes a relative clause opened after the comma at ``e`` when a quote
    follows it ('Said Roe, who grew up here, "..."'), else ``e``."""
    for m in range(e + 2, min(len(toks) - 1, e + 25)):
        if toks[m].text in (".", ";", ":", _QUOTE):
            return e
        if toks[m].text == "," and toks[m + 1].text == _QUOTE:
            return m
    return e


def _quote_only_particle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """'"We need 40 more," he went on.': "went on" reports only a quote that closes just
    before it, or one after a colon or quote mark right after it ("the talks went on for
    12 hours", "as the day went on" are no cue)."""
    if c.lemma not in QUOTE_ONLY_LEMMAS:
        return None
    toks = s.toks
    if c.end < len(toks) and toks[c.end].text in (":", _QUOTE):
        return None
    cue_start = toks[c.i].start
    if _quote_just_before(s) is not None or any(
            s.span.start <= q[1] < cue_start and cue_start - q[1] < 60 for q in s.quotes):
        return None
    return False


def _as_clause_only(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"He put it on the shelf": a cue of ``AS_CLAUSE_LEMMAS`` ("as the mayor put it, ...")
    makes no frame unless an "as" opens its clause or a colon or a quote follows it within
    a few words ('She put it bluntly: "..."').  In an as-clause the as-clause shapes
    decide."""
    if c.lemma not in AS_CLAUSE_LEMMAS:
        return None
    toks = s.toks
    if _in_as_clause(toks, c.i):
        return None if _reporting_tail(toks, c.end) else False
    if any(t.text in (":", _QUOTE) for t in toks[c.end:c.end + AS_CLAUSE_REACH // 2]):
        return None
    return False


def _in_as_clause(toks: list[Token], i: int) -> bool:
    """Does an "as" open the clause of the cue at ``i`` ("as the mayor | put it")?"""
    for m in range(i - 1, max(-1, i - AS_CLAUSE_REACH), -1):
        if toks[m].lower == "as":
            return True
        if toks[m].text in _CLAUSE_BREAKS:
            break  # "As prices rose, he put it in a safe": the "as" opens another clause
    return False


def _predicative_object(toks: list[Token], k: int) -> bool:
    """"sees | the levy as unfair", "see | rates at 3 percent": an object of up to eight
    words at ``k``, then "as" and a predicate (not a clause: "saw him as he left") or, after
    a present "see", a forecast preposition and a figure ("saw gains to trade at 132" is
    what happened, not a forecast)."""
    if k >= len(toks) or not is_word(toks[k]):
        return False
    for m in range(k + 1, min(len(toks) - 1, k + 9)):
        t, nxt = toks[m], toks[m + 1]
        if t.lower == "as":
            return is_word(nxt) and nxt.lower not in NOT_PREDICATE_OPENERS \
                and not _as_person_or_degree(toks, m)
        if t.lower in FORECAST_FIGURE_PREPOSITIONS:
            return toks[k - 1].lower in FORECAST_SEE_FORMS and _rate_figure(toks, m + 1)
        if not (is_word(t) or _figure(t) or t.lower == "'s") or t.lower in FINITE_VERBS \
                or t.lower == "to":
            return False
    return False


def _reporting_tail(toks: list[Token], e: int) -> bool:
    """"as she put it in May,": do the words after an as-clause cue reach a clause break with
    no particle of placing (``PLACING_PARTICLES``: "as he put it down, ...")?"""
    for m in range(e, min(len(toks), e + AS_CLAUSE_REACH)):
        t = toks[m]
        if t.text in _CLAUSE_BREAKS:
            return True
        if t.lower in PLACING_PARTICLES and not (
                t.lower in ("in", "on") and m + 1 < len(toks)
                and (not toks[m + 1].text.islower() or _figure(toks[m + 1]))):
            return False
    return False


#: Punctuation that ends the search for an as-clause's "as" before its cue.
_CLAUSE_BREAKS: Final = _SEPARATORS | {"(", ")", ".", _QUOTE}
#: How far before an as-clause cue its "as" may come (tokens; half as far after it, its
#: colon or quote).
AS_CLAUSE_REACH: Final = 8


def _as_clause(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"As the Post first reported, 40 people died.", "But, as we learned, ...": a frame in an
    opening as-clause (``_as_opening``) whose subject is a speaker phrase reports the main
    clause after the as-clause's comma."""
    toks, n = s.toks, len(s.toks)
    o = _as_opening(toks)
    if o is None or c.i < o + 2 or _ing(s, c):
        return None
    k = c.before
    if k < o + 1 or k > o + 14 or any(t.text in (",", ";", _QUOTE) for t in toks[o + 1:k + 1]) \
            or not _as_speaker(toks, o + 1, k):
        return None
    comma = next((m for m in range(c.end, min(n - 1, c.end + 6)) if toks[m].text == ","), None)
    if comma is None or any(t.text in FINITE_VERBS for t in toks[c.end:comma]):
        return None
    subj = _parenthesis_subject(toks, k) if toks[k].text in ("-", "--", ")") else None
    speaker = _span(toks, *subj) if subj is not None else _span(toks, o + 1, k + 1)
    q = s.quote_opening_at(toks[comma + 1].start) if toks[comma + 1].text == _QUOTE else None
    start, end = toks[comma + 1].start, s.span.end
    if toks[0].text == "(":  # "(As the Gazette reported, ...)": the content ends in the bracket
        end = next((t.start for t in toks[comma + 1:] if t.text == ")"), end)
    content = _quote_content(s, q) if q is not None else (start, _trim_end(s.text, start, end))
    return _Raw(c.span, speaker, content, None, False, None)


def _as_speaker(toks: list[Token], a: int, k: int) -> bool:
    """Is ``a`` .. ``k`` the speaker phrase of an as-clause ("As a Pew study from 2011
    noted"), not a clause of time or manner ("As she rose to cast her ward's
    ballots", "As of the last report", "As Roe widens her margin among pledged delegates")?"""
    first = toks[a]
    if not (first.lower in _ARTICLES_AND_DETERMINERS or first.lower in PRONOUNS
            or first.lower in CONTACT_DETERMINERS or first.lower in FEW_WORDS
            or _number_word(first)
            or is_capitalised(first) or _figure(first) or is_plural_noun(first.lower)):
        return False
    if left_np(toks, k + 1)[0] <= a:
        return True
    return not any(t.lower == "to" or t.lower in FINITE_VERBS or (t.text.islower() and (
        _past_verb_at(toks, m) or (t.lower in OWN_POSSESSIVES and toks[m - 1].text.islower()
                                   and toks[m - 1].lower not in NP_PREPOSITIONS)))
        for m, t in enumerate(toks[a + 1:k + 1], a + 1))


def _as_opening(toks: list[Token]) -> int | None:
    """Where the "as" of an opening as-clause is: first in the sentence, or after an opening
    conjunction or bracket ("But as the Post noted, ...", "But, as we learned, ...", "(As
    the Gazette reported, ...")."""
    o = 0
    if toks and (toks[0].lower in OPENING_CONJUNCTIONS or toks[0].text == "("):
        o = 2 if len(toks) > 2 and toks[1].text == "," else 1
    return o if o < len(toks) and toks[o].lower == "as" else None


def _medial_as_clause(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The town, as she said at the start, lost 40 beds", "Prices rose, as the bank
    predicted.": an as-clause after a comma or a dash reports the clause around or before it
    (before it, up to an opening dash, when a dash closes it)."""
    toks, n = s.toks, len(s.toks)
    k = c.before
    a = _as_before(toks, k)
    if a is None or a < 2 or a >= k or toks[a - 1].text not in _AS_OPENERS or _ing(s, c) \
            or toks[c.i].lower in COMPLEMENTISER_ONLY or toks[a + 1].lower == "if" \
            or any(not is_word(t) or t.lower in NOT_CLAUSE_STARTS or _ing_word(t)
                   for t in toks[a + 1:k + 1]):
        return None  # "as if bantering with his notes", "as he tours the northern towns"
    end = next((m for m in range(c.end, min(n, c.end + MEDIAL_AS_TAIL))
                if not is_word(toks[m]) and toks[m].lower != "'s"), n)
    if end >= n or toks[end].text not in _AS_CLOSERS \
            or any(t.text in FINITE_VERBS for t in toks[c.end:end]):  # not "in May"
        return None
    start = s.span.start
    if toks[end].text in (".", ";"):
        stop = toks[a - 1].start  # "Prices rose, as the bank predicted."
    elif toks[end].text != "," and toks[a - 1].text == ",":
        # "- the mill closed here, as she said at the start - ...": the aside before
        start = next((toks[m + 1].start for m in range(a - 2, 0, -1)
                      if toks[m].text in ("-", "--")), start)
        stop = toks[a - 1].start
    else:
        stop = _trim_end(s.text, start, s.span.end)
    return _Raw(c.span, _span(toks, a + 1, k + 1), (start, stop), None, False, None)


def _as_before(toks: list[Token], k: int) -> int | None:
    """The "as" at most five tokens before ``k`` (or at it), the nearest: ", | as | she
    said" (a plain loop: this is asked for nearly every reporting verb)."""
    for m in range(k, max(0, k - 6), -1):
        if toks[m].lower == "as":
            return m
    return None


#: How far after the cue of a medial as-clause its closing punctuation may come (tokens).
MEDIAL_AS_TAIL = 11
#: What opens and closes a medial as-clause: ", as the bank predicted,", "- as she said -".
_AS_OPENERS = frozenset({",", "-", "--"})
_AS_CLOSERS = frozenset({",", ".", ";", "-", "--"})


def _counted_subject(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Some said they would leave", "One in four said the tax was too high": after a word
    that counts people, a verb form that is no noun is a verb when a clause follows it."""
    toks, n = s.toks, len(s.toks)
    prev = _prev(s, c)
    if prev is None or prev.lower not in COUNTING_WORDS or c.end >= n \
            or toks[c.i].lower in AMBIGUOUS_NOUN_FORMS:
        return None
    nxt = toks[c.end]
    if not (nxt.text in (",", ":", _QUOTE, ".", "!", "?") or nxt.lower in PRONOUNS
            or nxt.lower in DETERMINERS or nxt.lower in COMPLEMENTISERS
            or nxt.lower in FINITE_VERBS or is_capitalised(nxt) or _number_word(nxt)):
        return None
    return _subject_before(s, c)


def _infinitive_speaker(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The win led Roe to declare victory", "allowing users to report ...": a cue in a
    to-infinitive after a verb that hands the saying on speaks for that verb's object."""
    toks, i = s.toks, c.i
    if i < 3 or toks[i - 1].lower != "to" or toks[i].lower not in BASE_FORMS:
        return None
    m = i - 3 if toks[i - 2].lower in OBJECT_PRONOUNS else None
    for k in range(i - 2, max(-1, i - 10), -1):  # "led | Reince Priebus | to declare"
        if m is not None or toks[k].text in (",", _QUOTE, ";"):
            break
        if toks[k].text.islower() and toks[k].lower in OBJECT_CONTROL_VERBS:
            m = k
    if m is None or not (toks[m].text.islower() and toks[m].lower in OBJECT_CONTROL_VERBS):
        return None
    e = i - 1 if m + 2 == i - 1 and toks[m + 1].lower in OBJECT_PRONOUNS \
        else right_np(toks, m + 1, limit=8)
    if not m + 1 < e == i - 1:
        return None
    return _forward(s, c, _span(toks, m + 1, e), None, (m + 1, e)) or False


def _purpose_infinitive(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Okafor went on television to declare that ...", "She took the stage to announce
    ...": a to-infinitive of purpose after a verb of going or using speaks for that verb's
    subject."""
    toks, i = s.toks, c.i
    if i < 3 or toks[i - 1].lower != "to" or toks[i].lower not in BASE_FORMS:
        return None
    for m in range(i - 2, max(0, i - 12), -1):
        t = toks[m]
        if t.text.islower() and t.lower in PURPOSE_VERBS:
            subj, _ = _subject_at(toks, m - 1) if m > 0 else (None, None)
            if subj is None or any(x.lower in OBJECT_PRONOUNS or x.lower in
                                   EXPLETIVE_SUBJECTS for x in toks[subj[0]:subj[1]]):
                return None  # "if it takes so long to hire a clerk"
            return _forward(s, c, _span(toks, *subj), None, subj) or None
        if t.text in (",", _QUOTE, ";", ":") or t.lower in REPORTING_VERBS:
            return None
    return None


def _possessed_claim(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Roe's claim that 90 percent were lost", "his claim in May that ...", "the firm's
    earlier estimate that ...", "her pledge to hire 40 nurses": a claim noun held by a
    possessor, before a that-clause (a promise also before a to-infinitive), is a frame of
    the possessor."""
    toks, n = s.toks, len(s.toks)
    if toks[c.i].lower not in AMBIGUOUS_NOUN_FORMS or c.i == 0:
        return None
    m = c.i - 1
    while m > 0 and m > c.i - 3 and _is_modifier(toks[m]):
        m -= 1  # "the campaign's earlier | claim"
    owner = _possessor(toks, m)
    if owner is None or _adjunct_of_cue(toks, owner[0]):
        return None  # "said in his closing talk that ...": the "that" is the verb's
    k = _past_day(toks, _skip_adjuncts(toks, c.end))
    if k < n - 1 and toks[k].lower in BE_VERBS:
        k += 1  # "his claim is that ..."
    if k >= n - 1:
        return None
    if toks[c.i].lower in PROMISE_NOUNS and _infinitive_at(toks, k):
        return _Raw(c.span, _span(toks, *owner), (toks[k].start, s.span.end), None, True, None)
    if toks[k].lower != "that":
        return None
    start = toks[k + 1].start
    return _Raw(c.span, _span(toks, *owner), (start, s.span.end), None, True, None)


def _possessor(toks: list[Token], m: int) -> tuple[int, int] | None:
    """The possessor that ends at ``m``: a possessive determiner there ("his"), or the noun
    phrase before an "'s" there ("the firm's"; not past a word that governs it: "goes
    against | Ana Roe's pledge"); None for neither."""
    if toks[m].lower in POSSESSIVE_DETERMINERS:
        return m, m + 1
    if toks[m].lower != "'s" or m == 0:
        return None
    a, _b, _ = left_np(toks, m)
    a = next((p + 1 for p in range(m - 2, a - 1, -1) if _governs(toks[p])), a)
    return (a, m) if a < m else None


def _possessed_figure(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"the league's recommended $2 million", "the agency's estimated 40 deaths": a
    participle of estimating or proposing (``POSSESSED_FIGURE_PARTICIPLES``) between a
    possessive and a figure gives the figure and its noun to the possessor."""
    toks, i = s.toks, c.i
    if i < 2 or toks[i - 1].lower != "'s" or c.end >= len(toks):
        return None
    f = c.end + (toks[c.end].text in CURRENCY_SYMBOLS)
    if f >= len(toks) or not _number_word(toks[f]) or year_shaped(toks[f].text):
        return None  # ("Lima's proposed 2026 budget": a year)
    owner = _possessor(toks, i - 1)
    if owner is None or not _may_speak(toks[owner[1] - 1]):
        return None  # ("the hurricane's estimated $2 billion in damage")
    np_end = right_np(toks, f)
    end = next((m for m in range(f + 1, np_end) if toks[m].lower in FINITE_VERBS),
               np_end)  # ("3 million refugees | live")
    return _Raw(c.span, _span(toks, *owner), _object_content(s, c.end, max(end, f + 1)), None,
                False, None)


def _may_speak(head: Token) -> bool:
    """Can a noun phrase headed by this word speak: a name (capitalised) or a noun for a
    person, people, a body or a document ("the agency", "officials", "the statement"; not
    "the hurricane", "the project", "shares of Vell")?"""
    low = singular(head.lower)
    return is_capitalised(head) or low in PERSON_ROLES or low in ORG_ROLES \
        or head.lower in GENERIC_SOURCES or person_noun_by_ending(low) \
        or low in DOCUMENT_NOUNS


def _adjunct_of_cue(toks: list[Token], a: int) -> bool:
    """Is the phrase opening at ``a`` the object of a preposition right after a cue verb
    ("said in | her remarks", "told reporters at | his briefing")?"""
    if a < 2 or toks[a - 1].lower not in LATE_ADJUNCT_PREPOSITIONS:
        return False
    return any(t.text.islower() and t.lower in REPORTING_VERBS
               and t.lower not in AMBIGUOUS_NOUN_FORMS for t in toks[max(0, a - 4):a - 1])


def _governs(t: Token) -> bool:
    """A lower-case preposition or verb inside a possessor's phrase: the possessor starts
    after it ("go beyond | Roe's pledge", "referring to | the mayor's vow")."""
    low = t.lower
    return t.text.islower() and (low in NP_PREPOSITIONS or low in FRONTED_PREPOSITIONS
                                 or low in BARE_FRONTED_PREPOSITIONS or _verb_form(t)
                                 or _ing_word(t))


def _is_modifier(t: Token) -> bool:
    """An adjective or adverb before a noun ("earlier", "most", "explosive")."""
    return t.text.islower() and is_word(t) and t.lower not in SPEAKER_STOPS \
        and t.lower not in REPORTING_VERBS and t.lower not in _ARTICLES_AND_DETERMINERS


def _noun_reading(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"the report", "an estimated 40", "his claims": a noun or adjective, no cue."""
    prev = _prev(s, c)
    if prev is None or prev.lower not in NOUN_MARKERS \
            or prev.lower in NOUN_MODIFIER_SOURCES \
            or (_ing(s, c) and _participle_link(s.toks, c.i - 1)) \
            or _skip_catenative(s.toks, c.i - 1) != c.i - 1 \
            or _perfect_s(s.toks, c.i - 1):  # "by saying", "went on to say", "she's said"
        return None
    if prev.lower in AUXILIARIES and c.i >= 2 \
            and s.toks[c.i - 2].lower not in NOUN_MARKERS:
        return None  # "She further announced", "The firm earlier reported"
    if s.toks[c.i].lower in VERB_ONLY_FORMS or (
            prev.lower in PERSON_ROLES and c.i >= 2
            and s.toks[c.i - 2].lower in DETERMINERS):
        return None  # "three said", "the official said": no noun or adjective reading
    if prev.lower == "that" and c.i >= 2 and _relative_that(s.toks[c.i - 2]):
        return None  # "polls that show": "that" is a relative pronoun, not a determiner
    return False


def _relative_that(t: Token) -> bool:
    """Is a "that" after ``t`` a relative pronoun ("polls | that show")?  After a plural or
    document noun, yes; after a verb ("said that"), a preposition or a comma, no."""
    low = t.lower
    return t.text.islower() and is_word(t) and low not in SPEAKER_STOPS \
        and low not in REPORTING_VERBS and (low in DOCUMENT_NOUNS or is_plural_noun(low))


def _passive(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"It is claimed by the state that ...", "The story was first reported by the Gazette.":
    the agent is the speaker; "was reported" alone is no frame."""
    toks, k = s.toks, c.i - 1
    while k > 0 and toks[k].lower in _ADVERB_AUXILIARIES:  # "was first reported"
        k -= 1
    if k < 0 or toks[k].lower not in BE_VERBS or _ing(s, c) or _perfect_s(toks, k):
        return None
    return _passive_by(s, c.i, c.span) or _passive_agent(s, c, k) or False


_ADVERB_AUXILIARIES: Final = AUXILIARIES - BE_VERBS - FINITE_VERBS


def _passive_agent(s: _Sentence, c: _Cue, be: int) -> _Raw | None:
    """"The figure was first reported by the Post.": the agent closes the clause, and the
    content is the subject before the verb "be"."""
    toks, n, i = s.toks, len(s.toks), c.end
    if i + 1 >= n or toks[i].lower != "by" or be == 0 or c.lemma in NEGATING_LEMMAS:
        return None
    e = right_np(toks, i + 1)
    if e <= i + 1 or (e < n and toks[e].text not in (".", ",", ";", "!", "?")):
        return None
    start = toks[1].start if toks[0].text == _QUOTE else toks[0].start
    content = (start, _trim_end(s.text, start, toks[be].start))
    return _Raw(c.span, _span(toks, i + 1, e), content, None, False, None) \
        if content[1] > content[0] else None


#: Articles and possessives: no word of a compound noun ("saying | the talks had ...").
_NP_OPENERS: Final = SPEAKER_ARTICLES | POSSESSIVE_DETERMINERS


def _noun_compound(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"state media", "report card", "the claims were": a noun form before a noun, a verb,
    another cue or a capitalised title ("state Sen. Jo Roe") is no cue."""
    toks, i = s.toks, c.i
    if toks[i].lower not in AMBIGUOUS_NOUN_FORMS or i + 1 >= len(toks) \
            or (i > 0 and toks[i - 1].lower in PRONOUNS):  # "which he estimates will"
        return None
    nxt = toks[i + 1].lower
    before_cue = i + 2 < len(toks) and toks[i + 2].lower in REPORTING_VERBS \
        and is_word(toks[i + 1]) and nxt not in _NP_OPENERS \
        and not (nxt in PRONOUNS and _ing_word(toks[i]))  # "the report card said", not
    # "saying the talks had collapsed" or "saying she praised"
    title = toks[i].lower in OFFICE_MODIFIERS and is_capitalised(toks[i + 1]) \
        and toks[i].text.islower() and (nxt in HONORIFICS or nxt in PERSON_ROLES)
    if nxt in COMPOUND_HEADS or nxt in FINITE_VERBS or nxt in REPORTING_VERBS \
            or before_cue or title:
        return False
    return None


def _modified_noun(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"his urgent calls for reform", "renewed demands", "prompted calls for an inquiry": a
    cue form that is also a noun, after an adjective or a participle, is a noun; so is
    "talks" after a common noun ("trade talks about tariffs")."""
    prev = _prev(s, c)
    if prev is None or s.toks[c.i].lower not in AMBIGUOUS_NOUN_FORMS \
            or not prev.text.islower() or prev.lower in AUXILIARIES:
        return None
    low = prev.lower
    if s.toks[c.i].lower in COMPOUND_HEAD_CUES and is_word(prev) \
            and low not in PRONOUNS and low not in RELATIVE_PRONOUNS \
            and low not in FOCUS_ADVERBS and not _is_ly_adverb(prev):
        return False  # "trade talks about tariffs", not "she talks about"
    if low in DOCUMENT_NOUNS:
        return None  # "Recent polling shows", not "stunning shows"
    if low in NOUN_FORM_MODIFIERS or (len(low) > 4 and low.endswith(("ed", "ing"))):
        return False
    return None


def _counted_noun(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The council got 3 more calls for a recount": a cue form in -s that is also a noun,
    right after a figure (or a figure and a word of measure), is the counted noun."""
    toks, i = s.toks, c.i
    if i == 0 or not toks[i].lower.endswith("s"):
        return None
    k = i - 2 if i > 1 and toks[i - 1].lower in MEASURE_WORDS else i - 1
    return False if _figure(toks[k]) else None


def _participle_adjective(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"more pledged delegates", "a pledged delegate lead": a cue participle before the noun
    it modifies (``PARTICIPLE_MODIFIED_NOUNS``) is an adjective, no cue."""
    toks, e = s.toks, c.end
    return False if e < len(toks) and (toks[c.i].lower, toks[e].lower) in \
        PARTICIPLE_MODIFIED_NOUNS else None


def _relative_that_after(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"in five states that vote on Tuesday", "states that will hold primaries": a noun form
    before a relative "that" whose verb follows at once is the noun, no cue ("The memo
    states that 40 posts ..." is one)."""
    toks, e = s.toks, c.end
    if toks[c.i].lower not in RELATIVE_NOUN_FORMS or e + 1 >= len(toks) \
            or toks[e].lower != "that":
        return None
    nxt, prev = toks[e + 1], _prev(s, c)
    after = toks[e + 2] if e + 2 < len(toks) else None
    subject_before = prev is not None and (is_capitalised(prev) or prev.lower in
                                           DOCUMENT_NOUNS or prev.lower in PERSON_ROLES)
    bare_verb = after is not None and not subject_before and is_word(nxt) \
        and nxt.lower not in _ARTICLES_AND_DETERMINERS and nxt.lower not in COUNTING_WORDS \
        and nxt.lower not in SMALL_NUMBER_WORDS \
        and nxt.lower not in PRONOUNS and not is_plural_noun(nxt.lower) and (
            after.lower in ADJUNCT_STARTS or after.lower in NP_PREPOSITIONS)
    return False if nxt.text.islower() and (nxt.lower in FINITE_VERBS or _verb_form(nxt)
                                           or _is_ly_adverb(nxt) or bare_verb) else None


def _set_phrase(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"That said, ...", "Enough said.", "Lind reported from Dover." (a byline at an
    article's end): set phrases that report nothing."""
    toks, n = s.toks, len(s.toks)
    if c.i == 1 and (toks[0].lower, toks[1].lower) in SET_PHRASES:
        return False
    if toks[c.i].lower != "reported" or c.end + 1 >= n or toks[c.end].lower != "from" \
            or not 0 < c.i <= 3 or not all(is_capitalised(t) for t in toks[:c.i]):
        return None
    rest = toks[c.end + 1:]
    return False if all(is_capitalised(t) or t.text in (",", ".") for t in rest) else None


def _ungrounded(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Trump attacked Clinton, saying ...", "a clinic linked to a charity", "was attacked by
    gunmen": a verb of ``GROUNDED_LEMMAS`` with no object and ground after it reports
    nothing, whatever its shape; nor does "linked" after a subject that cannot speak ("The
    bridge linked the island to the mainland")."""
    if c.lemma not in GROUNDED_LEMMAS:
        return None
    subj = _subject_at(s.toks, c.before)[0] if c.before >= 0 else None
    head = s.toks[subj[1] - 1] if subj is not None else None
    if c.lemma == "link" and head is not None and head.lower not in PRONOUNS \
            and not _speaking_head(head):
        return False  # "The new bridge linked the island to the mainland": no claim
    return None if _grounded_object(s.toks, c, c.end) else False


def _held_back(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Roe resisted pointing out that ...": a cue after a lead verb that holds it back
    (``NEGATED_ONLY_LEADS``) with no negation before that verb reports nothing ("could not
    resist pointing out" does)."""
    i = c.i
    if i < 1 or not _ing(s, c) or s.toks[i - 1].lower not in NEGATED_ONLY_LEADS \
            or _negated(s.toks, i - 1):
        return None
    return False


def _noun_base_form(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"A ticket tout sold 40 seats": a base form of ``VERBAL_ONLY_BASE_FORMS`` after a
    determiner or a lower-case singular word (not "to", an auxiliary or a pronoun; an -ly
    adverb read past) is the noun; else the verb ("was able to consistently tout", "will
    tout", "They tout ...", "Supporters tout ...")."""
    if s.toks[c.i].lower not in VERBAL_ONLY_BASE_FORMS:
        return None
    k = c.i - 1
    if k >= 0 and _is_ly_adverb(s.toks[k]):
        k -= 1
    prev = s.toks[k] if k >= 0 else None
    if prev is not None and (prev.lower in DETERMINERS or (
            prev.text.isalpha() and prev.text.islower() and not looks_plural(prev.lower)
            and prev.lower != "to" and prev.lower not in AUXILIARIES
            and prev.lower not in PRONOUNS)):
        return False  # "a ticket tout", "the tout"
    return None  # "was able to tout", "will tout", "They tout", "Supporters tout"


def _adjectival_form(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"a detailed plan", "more detailed", "relatively detailed": a cue form of
    ``ADJECTIVAL_CUE_FORMS`` is an adjective unless it follows a subject or an auxiliary
    (no determiner, degree word, preposition, -ly adverb, -ing word or mark before it) and
    what follows opens its object, a figure, a question, an adjunct or the clause end ("The
    paper has detailed the payments", "which the bank detailed in filings")."""
    toks, i = s.toks, c.i
    if toks[i].lower not in ADJECTIVAL_CUE_FORMS:
        return None
    if _after_perfect(toks, i):
        return None  # "has also detailed foundation spending": a verb
    before = toks[i - 1] if i > 0 else None
    if before is None or before.lower in DETERMINERS or before.lower in DEGREE_WORDS \
            or before.lower in OBLIQUE_PREPOSITIONS or not before.text[:1].isalnum() \
            or _is_ly_adverb(before) or before.lower.endswith("ing"):
        return False  # (also "compiling detailed dossiers")
    nxt = toks[c.end] if c.end < len(toks) else None
    if nxt is None or nxt.text in _CLAUSE_END_MARKS or nxt.lower in ADJECTIVAL_CUE_FOLLOWERS \
            or _figure(nxt):
        return None
    return False


def _after_perfect(toks: list[Token], i: int) -> bool:
    """Does a perfect "has", "have" or "had" come before the word at ``i``, past the
    auxiliaries and adverbs between ("has also detailed")?"""
    k = i - 1
    while k >= 0 and (toks[k].lower in AUXILIARIES or _is_ly_adverb(toks[k])):
        if toks[k].lower in PERFECT_AUXILIARIES:
            return True
        k -= 1
    return False


#: Marks that end a clause right after a cue ("which the bank detailed.").
_CLAUSE_END_MARKS: Final = frozenset({".", ",", ";", ":", "!", "?"})


def _phrasal_particle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"he can show up to the debate": a particle that makes the cue's lemma another verb
    leaves no frame ("polls show up to 40 percent" keeps "up to" before a figure)."""
    toks, k = s.toks, c.end
    if k >= len(toks) or toks[k].lower not in NON_CUE_PARTICLES.get(c.lemma, ()):
        return None
    if _opens_figure(toks, k) or (k + 2 < len(toks) and toks[k + 1].lower == "to"
                                  and _number_word(toks[k + 2])):
        return None
    return False


def _idiom_object(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Ortiz assumed office in 2019": an object that makes the cue's lemma another verb
    (``NON_CUE_OBJECTS``: taking up a post) and ends its phrase leaves no frame."""
    toks, k = s.toks, c.end
    if k < len(toks) and toks[k].lower in NON_CUE_OBJECT_DETERMINERS:
        k += 1
    if k >= len(toks) or toks[k].lower not in NON_CUE_OBJECTS.get(c.lemma, ()):
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text.isalpha() and nxt.text.islower() \
            and nxt.lower not in NP_PREPOSITIONS and nxt.lower not in CLAUSE_CONJUNCTIONS \
            and nxt.lower not in SUBORDINATORS:
        return None  # "assumes office rents will fall": a modifier, no post taken up
    return False


def _plural_noun_cue(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The contest shifts to Western states that vote next": a cue form far more often a
    plural noun (``PLURAL_NOUN_CUES``) is a cue only after a pronoun or a text as its subject
    (``STATING_SUBJECTS`` or a document noun: "The memo clearly states that ..."), or after
    the comma or dash closing an aside after its subject."""
    toks, k = s.toks, c.i - 1
    if toks[c.i].lower not in PLURAL_NOUN_CUES:
        return None
    while k >= 0 and _is_ly_adverb(toks[k]):
        k -= 1
    if k >= 0 and (toks[k].lower in STATING_SUBJECTS or toks[k].lower in DOCUMENT_HEADS
                   or toks[k].text == "," or toks[k].text in DASH_TOKENS):
        return None  # (after a comma or dash the subject is before an aside: "Byrne -- who
        # guarded the door -- states that ...")
    if c.end + 1 < len(toks) and toks[c.end].lower == "that" and not (
            toks[c.end + 1].text.islower() and toks[c.end + 1].lower not in NOUN_MARKERS
            and toks[c.end + 1].lower not in PRONOUNS):
        return None  # "Byrne states that 40 guests came" (not "their states that need
        # judges": a verb right after "that" makes it a relative pronoun)
    return False


def _infinitive_object(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"took 41 days to process claims": a cue form that is also a plural noun, right after
    "to" and a lower-case verb, is that verb's object ("to date shows that ..." is a verb:
    a clause opens after it)."""
    toks, i = s.toks, c.i
    if i < 2 or toks[i - 2].lower != "to" or not toks[i].lower.endswith("s") \
            or toks[i].lower not in AMBIGUOUS_NOUN_FORMS:
        return None
    verb = toks[i - 1]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.lower in SPEAKER_STOPS \
            or verb.lower in REPORTING_VERBS:
        return None
    k = c.end
    if k < len(toks) and (toks[k].lower in COMPLEMENTISERS or toks[k].text in (_QUOTE, ":")):
        return None
    return False


def _asked_question(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Asked whether he expected the bill to pass, ...": a cue inside an indirect question
    after a verb of asking is what was asked, not a claim of the question's subject (near
    miss: "She asked Roe, and he said ..." has no "whether" or "if")."""
    toks, k = s.toks, c.before
    if k < 2 or not any(t.lower in ("whether", "if") for t in toks[max(0, k - 6):k + 1]):
        return None
    subj = _subject_at(toks, k)[0]
    if subj is None or subj[0] < 2 or toks[subj[0] - 1].lower not in ("whether", "if"):
        return None
    for m in range(subj[0] - 2, max(-1, subj[0] - 5), -1):
        if REPORTING_VERBS.get(toks[m].lower) in QUESTION_LEMMAS:
            return False
        if not (is_word(toks[m]) and toks[m].text.islower()):
            return None
    return None


def _compared_expectation(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Turnout was higher than officials expected.", "more than anyone had predicted": a cue
    of expecting after "than" and its subject, closing the clause, reports an expectation
    the sentence does not state (empty content: the figure is not the subject's)."""
    toks, e = s.toks, c.end
    if c.lemma not in EXPECTATION_LEMMAS or (e < len(toks) and is_word(toks[e])):
        return None
    k = c.before
    subj = _subject_at(toks, k)[0] if k >= 0 else None
    if subj is None or subj[0] == 0 or toks[subj[0] - 1].lower != "than":
        return None
    return _Raw(c.span, _span(toks, *subj), (c.span[1], c.span[1]), None, False, None)


def _performative(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"We urge both sides to talk", "I call on voters to ...": a request or promise made in
    the first person present is the act itself, not a report of one."""
    prev = _prev(s, c)
    if prev is None or prev.lower not in FIRST_PERSON or c.lemma not in \
            INFINITIVE_LEMMAS or s.toks[c.i].lower != c.lemma:
        return None
    return False


def _asked_by(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"when asked by a reporter whether he would run": the agent of a passive question
    asks it, and the question is the content."""
    toks, n = s.toks, len(s.toks)
    if c.lemma != "ask" or c.end + 1 >= n or toks[c.end].lower != "by" or _ing(s, c):
        return None
    e = right_np(toks, c.end + 1, limit=8)
    if e <= c.end + 1 or e >= n:
        return None
    k = e + 1 if toks[e].text in (",", ":") and e + 1 < n else e
    if not (toks[k].lower in QUESTION_WORDS or toks[k].lower in ("about", "to")
            or toks[k].text == _QUOTE):
        return None
    end = s.span.end
    if not toks[c.i].text.islower():  # "Asked by X whether ..., Roe said": up to the comma
        end = next((t.start for t in toks[k + 1:] if t.text in (",", ";")), end)
    return _Raw(c.span, _span(toks, c.end + 1, e),
                (toks[k].start, _trim_end(s.text, toks[k].start, end)), None, True, None)


def _quoted_as_saying(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The Gazette quoted Park as saying ...", "Park was quoted (by the Gazette) as saying
    ...": the one quoted speaks, the one quoting is the ``via``; "quoted" itself makes no
    second frame."""
    toks = s.toks
    if c.lemma == "quote":
        return False if _as_saying_after(toks, c.end) is not None else None
    if toks[c.i].lower != "saying" or c.i < 3 or toks[c.i - 1].lower != "as":
        return None
    q = next((m for m in range(c.i - 2, max(0, c.i - 10), -1) if toks[m].lower == "quoted"), None)
    if q is None or _as_saying_after(toks, q + 1) != c.i:
        return None
    if toks[q - 1].lower in BE_VERBS:  # passive: the subject is quoted, "by X" quotes
        subj, _ = _subject_at(toks, q - 2) if q >= 2 else (None, None)
        by = q + 1 if toks[q + 1].lower == "by" else None
        via = _span(toks, by + 1, right_np(toks, by + 1, limit=6)) if by is not None else None
    else:
        subj = (q + 1, right_np(toks, q + 1, limit=6))
        quoting, _ = _subject_at(toks, q - 1)
        via = _span(toks, *quoting) if quoting is not None else None
    if subj is None or subj[1] <= subj[0]:
        return None
    return _forward(s, c, _span(toks, *subj), via, subj) or False


def _as_saying_after(toks: list[Token], k: int) -> int | None:
    """The index of "saying" in "(Park | by the Gazette) as saying" within a few words of
    ``k``, else None."""
    for m in range(k, min(len(toks) - 1, k + 8)):
        if toks[m].lower == "as" and toks[m + 1].lower == "saying":
            return m + 1
        if not is_word(toks[m]) and toks[m].text != "'s":
            return None
    return None


def _reduced_passive(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The plan, first reported by the Courier, will cost $40 million", "a fact first
    reported by Dana Lind": a participle after a noun or comma with its agent speaks for
    the noun phrase it modifies (the sentence is the content)."""
    toks, n, i = s.toks, len(s.toks), c.i
    if toks[i].lower not in REDUCED_PASSIVE_FORMS or c.end + 1 >= n \
            or toks[c.end].lower != "by":
        return None
    k = i - 1
    while k > 0 and (_is_ly_adverb(toks[k]) or toks[k].lower in FOCUS_ADVERBS):
        k -= 1
    first = toks[k].lower in FIRST_WORDS
    k -= first
    if k < 1 or not (toks[k].text == "," or (first and toks[k].text.islower()
                                             and is_word(toks[k])
                                             and toks[k].lower not in AUXILIARIES)):
        return None  # "Claims of abuse reported by inmates rose" is no frame
    e = right_np(toks, c.end + 1, limit=8)
    if e <= c.end + 1 or _figure(toks[c.end + 1]) \
            or (e < n and toks[e].text not in (",", ".", ";") and toks[e].lower not in
                ADJUNCT_STARTS) \
            or any(t.lower == "according" for t in toks[max(0, k - 8):k]):
        return False  # "according to street polls relayed by the Courier": the polls are the source
    start = toks[1].start if toks[0].text == _QUOTE else toks[0].start
    return _Raw(c.span, _span(toks, c.end + 1, e),
                _to_sentence_end(s, start), None, False, None)


def _judged_by_agent(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The mayor was criticised by the union for cutting 40 jobs": a passive verb of judging
    with its agent after "by" and then the ground of the judgement (for, as, over, or "of"
    before an -ing verb) is a frame of the agent; the content is that ground."""
    toks, n = s.toks, len(s.toks)
    if c.lemma not in JUDGEMENT_LEMMAS or c.end + 2 >= n or toks[c.end].lower != "by" \
            or not toks[c.end + 1].text.isalpha():
        return None
    for m in range(c.end + 2, min(n - 1, c.end + 2 + JUDGED_AGENT_REACH)):
        t = toks[m]
        if not (is_word(t) or t.lower == "'s") or t.lower in CLAUSE_LINKS:
            return None
        if t.lower == "as" and toks[m + 1].lower in AS_ADVERB_WORDS:
            return None  # "by unions as well as employers": no speaker phrase read here
        if _ground_at(toks, m, JUDGED_GROUNDS) or (t.lower == "of" and _ing_word(toks[m + 1])):
            return _Raw(c.span, _span(toks, c.end + 1, m),
                        _object_content(s, m + 1, _clause_stop(toks, m + 1)), None, False, None)
    return None


#: How many words an agent between "by" and the ground of a judgement may have.
JUDGED_AGENT_REACH: Final = 8


def _figure_by_agent(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"not the 2,000 claimed by organisers", "the $4bn estimated by analysts": a participle
    with its agent right after a figure (and its unit or noun) speaks for that figure."""
    toks, i = s.toks, c.i
    low = toks[i].lower
    if not (low.endswith("ed") or low in IRREGULAR_CUE_PARTICIPLES) or c.end + 1 >= len(toks) \
            or toks[c.end].lower != "by" or not is_word(toks[c.end + 1]):
        return None
    k = i - 1
    while k >= 0 and i - k <= FIGURE_AGENT_GAP and not _figure(toks[k]) and (
            toks[k].text == "%" or (is_word(toks[k]) and toks[k].text.islower()
                                    and toks[k].lower not in SPEAKER_STOPS)):
        k -= 1  # "the 2,000 people | claimed by", "40% | claimed by"
    if k < 0 or not _figure(toks[k]):
        return None
    # "$4bn": the currency sign belongs to the figure
    first = k - 1 if k > 0 and toks[k].glued and toks[k - 1].text in CURRENCY_SYMBOLS else k
    e = _agent_end(toks, c.end + 1, right_np(toks, c.end + 1, limit=8, subject=True))
    if e <= c.end + 1:
        return None
    return _Raw(c.span, _span(toks, c.end + 1, e), _span(toks, first, i), None, False, None)


def _agent_end(toks: list[Token], a: int, e: int) -> int:
    """"claimed by Acme | last year were gone": an agent ends before a time word and before a
    lower-case word after its name."""
    for k in range(a, e):
        low = toks[k].lower
        if low in TIME_DETERMINERS or low in DAY_WORDS or (
                k > a and toks[k].text.islower() and is_capitalised(toks[k - 1])):
            return k
    return e


def _by_or_of(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"reported by X", "reports of X" are no frame here; "said by 2030, ..." is a time, and
    "warned of", "complained of" and "he said of the senator" report."""
    toks, i = s.toks, c.i
    if i + 1 >= len(toks) or toks[i + 1].lower not in BY_OR_OF or _ing(s, c) \
            or c.lemma in PREPOSITIONAL_OBJECT_LEMMAS:
        return None
    if toks[i + 1].lower == "by" and i + 2 < len(toks) and (
            _figure(toks[i + 2]) or toks[i + 2].lower in MEDIUM_NOUNS):
        return None  # "said by 2030, ...", "said by telephone"
    if toks[i + 1].lower == "of" and toks[i].lower not in AMBIGUOUS_NOUN_FORMS:
        return None
    return False


def _apposed_subject(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Jo Roe, a spokesman for the firm, said the plan was dead.": a sentence that opens
    with its subject and an apposition has its speaker before the verb, not after it ("the
    plan"), unless the words after the verb close the clause ("..., said Roe, ...")."""
    toks, n = s.toks, len(s.toks)
    prev = _prev(s, c)
    if prev is None or prev.text != "," or _ing(s, c) or c.end >= n:
        return None
    subj = subject(toks, c.i - 1)
    if subj is None:
        return None
    named = subj[1] == c.i - 1 and subj[0] > 0 and toks[subj[0] - 1].text == ","
    if not named and (subj[1] >= c.i - 2 or toks[subj[1]].text != ","):
        return None  # "A spokesman for X, Jo Roe, said" is the named case
    if toks[c.end].lower not in COMPLEMENTISERS:  # "..., said that ..." is no inversion
        e = right_np(toks, c.end, limit=10, subject=True)
        if e > c.end and (e >= n or toks[e].text in (".", ",", ";", "!", "?")) \
                and not _abbreviation_point(toks, e):
            return None
    return _subject_before(s, c)


def _inverted(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """'"...," said the minister.' / ', said Jane Roe, a spokeswoman.': the speaker follows
    the verb and the content comes before it."""
    toks, n = s.toks, len(s.toks)
    prev, k = _prev(s, c), c.end
    if prev is None or prev.text not in (",", _QUOTE, "-", "--") or c.lemma not in \
            INVERSION_LEMMAS or _ing(s, c) or k >= n:
        return None
    if not (is_capitalised(toks[k]) or toks[k].lower in DETERMINERS
            or toks[k].lower in SMALL_NUMBER_WORDS or short_np_at_end(toks, k)
            or _title_then_name(toks, k)):
        return None
    e = right_np(toks, k, limit=10)
    if e > k and any(_figure(x) for x in toks[k:e]):
        e = _aged_speaker_end(toks, k)
    if k < e < n and toks[e].lower == "of" and _title_then_name(toks, k):
        m = next((m for m in range(e, n) if is_capitalised(toks[m])), e)  # e: "... of" ends it
        e = max(e, right_np(toks, m, limit=6))  # "said former secretary of state Ana Ortiz"
    if e <= k:
        return None
    if e < n and (not _ends_inverted_speaker(toks[e]) or _abbreviation_point(toks, e)):
        return None
    content = _clause_before(s, c.i - 1)
    who = apposed_name(toks, k, e) or (k, e)  # "said its chief executive, Dana Pruitt."
    if who[0] > k and _verb_after_apposition(toks, who[1]):
        return None  # "Roe, a lawyer, said the judge, Ana Lima, had erred": Lima is no speaker
    return _Raw(c.span, _span(toks, *who), content, None, False, None) \
        if content[1] > content[0] else None


def _verb_after_apposition(toks: list[Token], e: int) -> bool:
    """'said the principal, Gina Ruiz, | had ignored ...': a verb (finite, or a past in
    "-ed") after the comma closing a name in apposition makes that phrase the subject of
    what is said, not a speaker after the verb."""
    if e + 1 >= len(toks) or toks[e].text != ",":
        return False
    t = toks[e + 1]
    if not _clause_verb(t):
        return False
    if t.lower in FINITE_VERBS or t.lower in IRREGULAR_PAST:
        return True
    nxt = toks[e + 2] if e + 2 < len(toks) else None  # "blocked 3 bills", not "flanked by
    # firefighters", "pictured above": a participle modifying the name
    return nxt is not None and (is_word(nxt) or _figure(nxt)) \
        and nxt.lower not in _PARTICIPLE_FOLLOWERS


#: Words after a past participle that make it a modifier, not a verb with an object
#: ("flanked by", "seated at", "pictured above").
_PARTICIPLE_FOLLOWERS: Final = OBLIQUE_PREPOSITIONS | PLACE_ADVERBS


def _aged_speaker_end(toks: list[Token], k: int) -> int:
    """'"...," said the 46-year-old', 'said a 2008 campaign veteran': a speaker phrase with a
    figure, opened by an article and headed by a word, ends at the clause end or an
    adjunct; else ``k`` (no speaker: "said 40 nurses", "said in 2012")."""
    if toks[k].lower not in SPEAKER_ARTICLES:
        return k
    m = k + 1
    while m < len(toks) and m - k < 8 and (is_word(toks[m]) or toks[m].text == "-"
                                           or _figure(toks[m])):
        if toks[m].lower in ADJUNCT_STARTS or toks[m].lower in RELATIVE_CLAUSE_WORDS:
            break
        if _verb_before_figure(toks, m):
            return k  # 'the author of "Cold Harbor," said the port lost 40 boats'
        m += 1
    last = toks[m - 1]
    return m if m - k >= 2 and last.text[:1].isalpha() and not _figure(last) else k


def _verb_before_figure(toks: list[Token], m: int) -> bool:
    """A past or finite verb at ``m`` with a figure after it that is no age ("the port |
    lost | 40 boats", not "a retired 40-year-old"): a clause, no inverted speaker."""
    t = toks[m]
    if not t.text.islower() or m + 1 >= len(toks) or not _figure(toks[m + 1]) or (
            m + 2 < len(toks) and toks[m + 2].text == "-"):
        return False
    low = t.lower
    return low in IRREGULAR_PAST or low in FINITE_VERBS or (
        low.endswith("ed") and len(low) > 4)


def _title_then_name(toks: list[Token], k: int) -> bool:
    """Lower-case title words before a name: "said | chief economist Ana Ortiz", "said
    former state governor Jo Roe"."""
    for m in range(k, min(len(toks), k + 6)):
        t = toks[m]
        if is_capitalised(t):
            return m > k and t.lower not in DAY_WORDS
        if t.lower in ADJUNCT_STARTS:
            return False  # "said early Friday"
        if (t.lower == "of" and k < m < len(toks) - 1 and toks[m + 1].text.islower()) \
                or (m > k + 1 and toks[m - 1].lower == "of" and t.text.isalpha()):
            continue  # "said former secretary of state Ana Ortiz"
        if not (t.text.islower() and is_word(t)) or t.lower in SPEAKER_STOPS \
                or t.lower in REPORTING_VERBS:
            return False
    return False


def _abbreviation_point(toks: list[Token], e: int) -> bool:
    """"said the Medrin Corp. had overbilled": a point inside the sentence with a verb after
    it (an auxiliary or a past form) ends an abbreviation that is a clause's subject, not
    the clause ("said former Ohio Gov. and party chair Jo Roe" is an inverted speaker)."""
    return e + 1 < len(toks) and toks[e].text == "." and _clause_verb(toks[e + 1])


def _clause_verb(t: Token) -> bool:
    """A lower-case word that goes on with a clause: an auxiliary or finite verb, an
    irregular past, or a past in "-ed" of more than four letters ("had", "wrote", "blocked")."""
    low = t.lower
    return t.text.islower() and (low in FINITE_VERBS or low in IRREGULAR_PAST
                                 or (low.endswith("ed") and len(low) > 4))


def _ends_inverted_speaker(t: Token) -> bool:
    """What may follow the speaker of '"...," said X': the clause end, an adjunct, a
    relative clause ("said a voter who ...") or brackets ("said Sen. Roe (D-Ohio)")."""
    low = t.lower
    return t.text in (".", ",", _QUOTE, ";", "!", "?", "-", "(") or low in ADJUNCT_STARTS \
        or low in DAY_WORDS or low == "to" or low in RELATIVE_CLAUSE_WORDS


def _participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """", saying ...", ", adding that ...", "whilst promising ...": the speaker is the
    subject of the sentence."""
    if not _ing(s, c) or not _after_clause(s.toks, c.i):
        return None
    if s.toks[c.i].lower in VIA_MARKERS and _aside_end(s.toks, c.i - 1) is not None:
        return False  # "reported, citing two sources, that ...": a via, read by the verb
    subj = _closing_speaker(s.toks, c.i) or _clause_subject(s.toks, c.i) \
        or subject(s.toks, c.i - 1) or _earlier_speaker(s.toks, c.i - 1)
    if subj is None:
        return False
    return _forward(s, c, _span(s.toks, *subj), None, subj) or False


def _opening_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Promising a 40 percent cut, Roe said ...", "After saying he would run, Lind left",
    "Having announced 12 closures, the board ...": a participle clause that opens the sentence
    speaks for the main clause's subject after its comma."""
    toks, i = s.toks, c.i
    if not _opens_with_participle(s, c) or toks[i].lower in VIA_MARKERS:
        return None  # "Citing two sources, Reuters reported ...": a via, read by the verb
    bounds = _participle_clause_end(toks, c.end)
    if bounds is None:
        return None
    end, comma = bounds
    subj = _main_subject(toks, comma + 1)
    b = subj[1] if subj is not None else 0
    while subj is not None and b - 1 > subj[0] and (toks[b - 1].lower in AUXILIARIES
                                                    or _is_ly_adverb(toks[b - 1])):
        b -= 1  # "Mr. Rubio | only"
    if subj is None or not (toks[subj[0]].lower in PRONOUNS
                            or _may_speak(_head(toks[subj[0]:b]))):
        return None  # ("After reporting a loss, shares of Vell were down": it dangles)
    k, strong_start = _content_start(s, c)
    if k >= end or not (strong_start or _reports_what_follows(s, c, k, subj)):
        return None  # "Writing in a blog post, Roe dubbed ...": no content of its own
    return _Raw(c.span, _span(toks, *subj),
                (toks[k].start, _trim_end(s.text, toks[k].start, toks[end].start)), None,
                False, None)


def _participle_clause_end(toks: list[Token], a: int) -> tuple[int, int] | None:
    """Where an opening participle clause from ``a`` ends: its comma, twice (where its
    content ends, and the last token before the main clause); a quotation inside it is read
    past, and a comma just inside its closing mark ends the clause there ('After saying the
    plan was "dead on arrival," Roe left': the content ends at that comma, the main clause
    opens after the mark).  None at a semicolon, or with no comma within 40 tokens."""
    n, m = len(toks), a
    while m < min(n - 2, a + 40):
        t = toks[m].text
        if t == ",":
            return m, m
        if t == ";":
            return None
        if t == _QUOTE:
            close = next((j for j in range(m + 1, min(n - 1, m + 40)) if toks[j].text == _QUOTE),
                         None)
            if close is None:
                return None
            if toks[close - 1].text == ",":
                return close - 1, close
            m = close
        m += 1
    return None


def _opens_with_participle(s: _Sentence, c: _Cue) -> bool:
    """Is the cue a participle that opens the sentence, alone or after "having", a
    subordinator ("After saying") or an -ly adverb ("Quietly noting")?"""
    toks, i = s.toks, c.i
    lead = i - (1 if toks[0].text == _QUOTE else 0)
    if lead == 0:
        return _ing(s, c)
    if lead == 2 and _link_pair(toks, i - 1):
        return _ing(s, c)  # "Aside from saying 40 had died, the ministry ..."
    if lead != 1:
        return False
    prev = toks[i - 1]
    if prev.lower == "having":
        return not _ing(s, c)
    return _ing(s, c) and (prev.lower in PARTICIPLE_LINKS or _is_ly_word(prev))


def _is_ly_word(t: Token) -> bool:
    """An -ly adverb, capitalised or not ("Quietly", "quietly"; not "Family")."""
    low = t.lower
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


def _main_subject(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The subject that opens a clause at ``a`` when a verb follows it ("| the board cut")."""
    if a >= len(toks) - 1:
        return None
    e = a + 1 if toks[a].lower in PRONOUNS else right_np(toks, a, subject=True)
    v = e
    while v < len(toks) and (toks[v].lower in AUXILIARIES or _is_ly_adverb(toks[v])):
        v += 1
    if a < e <= v < len(toks) and toks[a].lower in ("he", "she", "it") \
            and toks[v].text.isalpha() and toks[v].text.islower() and toks[v].text.endswith("s"):
        return a, e  # "but he refuses ...": after "he", "she" or "it" a word in -s is a verb
    if a < e < v <= len(toks) and toks[e].text.islower() and toks[e].lower in FINITE_VERBS:
        return a, e  # "..., she was | "whisked off"": a finite auxiliary makes the clause
    return (a, e) if a < e <= v < len(toks) and _verb_form(toks[v]) else None


def _clause_subject(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"Prices fell, but the bank held its rate, saying ...": a participle that closes a later
    clause (opened by a comma and a conjunction) continues that clause's subject, not the
    sentence's."""
    for m in range(i - 2, max(1, i - 30), -1):
        t = toks[m]
        if t.text in (";", ":", _QUOTE):
            return None
        if t.lower not in CLAUSE_JOINERS or toks[m - 1].text != "," or m + 2 >= i:
            continue
        subj = _main_subject(toks, m + 1)
        return subj if subj is not None and subj[1] < i - 1 else None
    return None


def _verb_form(t: Token) -> bool:
    """A finite-looking verb: an auxiliary, a past form, or a reporting verb."""
    low = t.lower
    return t.text.islower() and (low in FINITE_VERBS or low in IRREGULAR_PAST
                                 or low.endswith("ed") or low in REPORTING_VERBS)


def _coordinated_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Roe attacked the plan, calling it a sham and vowing to block it": an -ing cue after
    "and" continues the participle it is coordinated with and shares that one's speaker."""
    toks = s.toks
    k = c.i - 1
    if k > 0 and (_is_ly_adverb(toks[k]) or toks[k].lower in FOCUS_ADVERBS):
        k -= 1  # "and pointedly saying", "and also saying"
    if not _ing(s, c) or k < 2 or toks[k].lower != "and":
        return None
    for m in range(k - 1, max(0, k - 40), -1):
        t = toks[m]
        if t.text in (";", ":") or (t.lower in REPORTING_VERBS and not _ing_word(t)
                                    and t.lower not in AMBIGUOUS_NOUN_FORMS):
            return None
        if not _ing_word(t) or t.lower in NON_VERB_ING_WORDS:
            continue
        if _after_clause(toks, m):
            subj = _closing_speaker(toks, m) or subject(toks, m - 1) \
                or _earlier_speaker(toks, m - 1)
        elif _progressive(toks, m):
            subj = subject(toks, _skip_auxiliaries(toks, m)[0] + 1)
        else:
            continue
        return None if subj is None else _forward(s, c, _span(toks, *subj), None, subj) or False
    return None


def _ing_word(t: Token) -> bool:
    """A lower-case verb form in -ing ("calling", "vowing"), not "thing" or "bring"."""
    return t.text.islower() and len(t.lower) > 5 and t.lower.endswith("ing")


def _closing_speaker(toks: list[Token], i: int) -> tuple[int, int] | None:
    """'It is a disaster," Roe said at a rally, adding ...': a participle right after a frame
    that closes its content continues that frame's speaker, not the sentence's subject."""
    comma = i - 1
    while comma > 0 and toks[comma].text != ",":
        comma -= 1  # past an adverb before the participle
    for m in range(comma - 1, max(0, comma - 10), -1):
        t = toks[m]
        if t.lower in REPORTING_VERBS and t.text.islower():
            hearer = t.lower in HEARER_VERBS
            if _tail_is_adjunct(toks, m + 1, hearer) != comma:
                return None
            if toks[m - 1].text in (",", _QUOTE):  # ", said Jo Roe, adding": inverted
                inverted = m + 1 < comma and is_capitalised(toks[m + 1])
                return _apposed_speaker(toks, m - 1) or (
                    _earlier_speaker(toks, m + 1) if inverted else None)
            subj = _earlier_speaker(toks, m + 1)
            if subj is None or subj[0] == 0 or toks[subj[0] - 1].text not in (",", _QUOTE):
                return None  # the frame must close its content: ', Roe said, adding'
            return subj
    return None


def _apposed_speaker(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """'"...," the mayor, Ana Ortiz, told the Herald, adding ...': the name in apposition
    before the verb's comma at ``comma``; None for an inverted frame (", said Roe, adding")."""
    if toks[comma].text != ",":
        return None
    subj, _ = apposition_subject(toks, comma)
    if subj is None or subj[0] == 0 or toks[subj[0] - 1].text != "," \
            or not is_capitalised(toks[subj[0]]):
        return None
    return subj


def _after_clause(toks: list[Token], i: int) -> bool:
    """Does a participle at ``i`` follow a finished clause?  After a comma or a dash (', a
    "disgrace," saying', ", eventually saying", "- only saying") or a subordinator ("while
    promising")."""
    k = i - 1
    if k >= 0 and (_is_ly_adverb(toks[k]) or toks[k].lower in FOCUS_ADVERBS):
        k -= 1
    if k >= 1 and toks[k].text == _QUOTE and toks[k - 1].text == ",":
        return True
    if k < 0:
        return False
    return toks[k].text in (",", "-", "--") or (k == i - 1 and _participle_link(toks, k))


def _participle_link(toks: list[Token], k: int) -> bool:
    """Does the word at ``k`` link a participle after it to the clause before ("while
    promising", ``PARTICIPLE_LINKS``; "aside from saying", ``PARTICIPLE_LINK_PAIRS``, after
    a clause: not "(But) aside from saying ..., the ministry ...", which opens the
    sentence)?"""
    return toks[k].lower in PARTICIPLE_LINKS or (k > 2 and _link_pair(toks, k))


def _link_pair(toks: list[Token], k: int) -> bool:
    """Do the words at ``k - 1`` and ``k`` make a two-word link ("aside from",
    ``PARTICIPLE_LINK_PAIRS``)?"""
    return (toks[k - 1].lower, toks[k].lower) in PARTICIPLE_LINK_PAIRS


def _is_ly_adverb(t: Token) -> bool:
    low = t.lower
    return low.endswith("ly") and len(low) > 4 and t.text.islower() and low not in LY_NOUNS


def _earlier_speaker(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker of the frame that a participle continues: '"...," he said, adding ...'
    and '"...," said Jo Roe, adding ...' (the sentence opens with a quote)."""
    for m in range(k - 1, max(0, k - 12), -1):
        t = toks[m]
        if t.lower not in REPORTING_VERBS or not t.text.islower():
            continue
        if toks[m - 1].lower in PRONOUNS:
            return m - 1, m
        if toks[m - 1].text in (",", _QUOTE):
            e = right_np(toks, m + 1, limit=8)
            return (m + 1, e) if e > m + 1 else None
        a, b, _ = left_np(toks, m)
        return (a, b) if b > a else None
    return None


def _document_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The campaign issued a statement saying ...": a document after a verb speaks for
    the verb's subject."""
    toks = s.toks
    d = c.i - 1  # "issued a statement (Tuesday) saying"
    if d > 0 and (toks[d].lower in DAY_WORDS or toks[d].lower in TIME_NOUNS):
        d -= 1
    if not _ing(s, c) or d < 0 or toks[d].lower not in DOCUMENT_NOUNS:
        return None
    a, _b, _ = left_np(toks, d + 1)
    if a == 0 or not (toks[a - 1].text.islower() and is_word(toks[a - 1])) \
            or toks[a - 1].lower in SPEAKER_STOPS or toks[a - 1].lower == "with":
        return None
    subj = subject(toks, a - 1)
    if subj is None or subj[1] > a - 1:
        return None
    return _forward(s, c, _span(toks, *subj), None, subj)


def _document_in_adjunct(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"said in a statement posted on its website that ...": a past participle right after
    a document noun that a preposition after another verb opens modifies that noun (a
    reduced passive relative); it is no frame of its own ("Figures in the report showed"
    has no verb before the preposition, and is one)."""
    toks = s.toks
    d = c.i - 1
    if d < 2 or not (toks[d].lower in DOCUMENT_NOUNS or toks[d].lower in DOCUMENT_HEADS) \
            or not toks[d].text.islower() or not _past_form(toks[c.i]) \
            or not toks[c.i].text.islower():
        return None  # "after the New York Post revealed ...": a name, a subject
    a, b, _ = left_np(toks, c.i)  # "a statement", "reporters in a video"
    p = next((m for m in range(d - 1, a - 2, -1) if toks[m].lower in ADJUNCT_PREPOSITIONS), None)
    if b != c.i or p is None or p < 1 or toks[p].lower in SUBORDINATORS:
        return None  # "after the report showed ...": a clause
    for m in range(p - 1, max(-1, p - 5), -1):
        if _verb_form(toks[m]):
            return False
        if not is_word(toks[m]):
            return None
    return None


#: How many tokens back from a participle a verb of sending is looked for ("sent a two-page
#: memo to the Dover Courier in April | explaining ...").
SENT_REACH: Final = 14


def _sent_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The senator emailed supporters saying ...", "She sent a letter to the board asking
    ...": a reporting participle after the object of a verb of sending or writing tells what
    was sent, so it speaks for that verb's subject."""
    toks = s.toks
    if not _ing(s, c) or c.i < 2:
        return None
    for m in range(c.i - 1, max(0, c.i - SENT_REACH), -1):
        t = toks[m]
        if t.lower in SENDING_VERBS and t.text.islower():
            if m == c.i - 1 or toks[m + 1].lower in ADJUNCT_PREPOSITIONS:
                return None  # "wrote in a statement explaining": no object sent
            k, _ = _skip_auxiliaries(toks, m)
            subj = _subject_at(toks, k)[0] if k >= 0 else None
            if subj is None or toks[k].lower in BE_VERBS:
                return None
            return _forward(s, c, _span(toks, *subj), None, subj) or False
        if not (is_word(t) or t.text in ("'s", "-") or _figure(t)) \
                or t.lower in REPORTING_VERBS \
                or t.lower in FINITE_VERBS or t.lower in RELATIVE_PRONOUNS:
            return None
    return None


def _lead_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"Roe made a point of stressing ...", "Some have taken to saying ...": an -ing cue after a
    set phrase whose verb it complements speaks for that verb's subject."""
    if not _ing(s, c) or _CUE_LEADS.before(s.toks, c.i) is None:
        return None
    return _subject_before(s, c)


#: How far before "by" or "in" the verb a manner participle modifies is looked for.
MANNER_REACH: Final = 8


def _manner_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The mayor erred in saying ...", "Roe opened the debate by first saying ...": a
    reporting participle after "by" or "in" tells how the clause's verb was done, so it
    speaks for that verb's subject."""
    toks = s.toks
    if not _ing(s, c):
        return None
    p = c.i - 1
    low = toks[p].lower
    if p > 0 and toks[p].text.islower() and (low in MANNER_ADVERBS
                                             or _is_ly_adverb(toks[p])):
        p -= 1  # "by first saying", "in essentially telling"
    if p < 1 or toks[p].lower not in MANNER_PREPOSITIONS or not toks[p].text.islower():
        return None
    for m in range(p - 1, max(-1, p - MANNER_REACH), -1):
        t = toks[m]
        if _verb_form(t):
            k, _ = _skip_auxiliaries(toks, m)
            subj = _subject_at(toks, k)[0] if k >= 0 else None
            if k >= 0 and toks[k].text == ",":
                subj = subject(toks, k) or subj  # "The mayor, Ana Ortiz, has reacted by ..."
            return None if subj is None else _forward(s, c, _span(toks, *subj), None, subj)
        if not (is_word(t) or t.text == "'s") or (t.lower in SPEAKER_STOPS and not (
                t.lower in DETERMINERS or t.lower in OBJECT_PRONOUNS)):
            return None  # "the plan, which ... by saying": another clause
    return None


def _reduced_relative(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"voters saying they want ...", "a sign saying "..."", "three in 10 saying ...": a
    reporting participle right after a group, a count or a document, with a clause, a quote
    or an infinitive after it, is what that phrase says (no comma: "who say")."""
    toks = s.toks
    if not _ing(s, c) or c.lemma not in REDUCED_RELATIVE_LEMMAS or c.i < 1 \
            or not _group_or_document(toks[c.i - 1]):
        return None
    k = c.end
    if not (k < len(toks) and (toks[k].text in (_QUOTE, ":") or toks[k].lower == "that"
                               or _has_verb_soon(toks, k) or _infinitive_soon(toks, c, k))):
        return None
    a, b, _ = left_np(toks, c.i)
    v = next((m for m in range(b - 2, a - 1, -1) if _verb_form(toks[m])), None)
    a = a if v is None else v + 1
    if b != c.i or b <= a:
        return None
    if (v is not None or (a > 0 and _verb_form(toks[a - 1]))) and not any(
            _figure(t) or t.lower in FIGURE_WORDS for t in toks[a:b]):
        return None  # "planted articles alleging": the object of a verb speaks only as a
        # count ("left 30 percent of farmers saying")
    return _forward(s, c, _span(toks, a, b), None, (a, b))


def _group_or_document(t: Token) -> bool:
    """A word that ends a phrase able to say something: a plural noun ("voters"), a figure
    or proportion ("three in 10", "62 percent of voters"), a document noun ("a sign")."""
    low = t.lower
    return (t.text.islower() and is_word(t) and (is_plural_noun(low) or low in DOCUMENT_NOUNS
                                                 or low in FIGURE_WORDS)) or _figure(t)


def _infinitive_soon(toks: list[Token], c: _Cue, k: int) -> bool:
    """A to-infinitive after an asking or urging cue and its object ("urging him to quit")."""
    return c.lemma in INFINITIVE_LEMMAS and any(
        _infinitive_at(toks, m) for m in range(k, min(len(toks) - 1, k + 5)))


def _bare_participle(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"the man saying ..." is no frame; "with one poster writing ..." is (an absolute
    clause), and so is "was saying" or "the report saying"."""
    prev = _prev(s, c)
    if not _ing(s, c) or (prev is not None and (prev.lower in BE_VERBS
                                                or prev.lower in DOCUMENT_NOUNS)) \
            or _progressive(s.toks, c.i):
        return None
    a, b, _ = left_np(s.toks, c.i)
    return None if b > a > 0 and s.toks[a - 1].lower == "with" else False


def _progressive(toks: list[Token], i: int) -> bool:
    """"is not saying", "is already claiming", "are certainly feeling": a form of "be" before
    the -ing cue, past negations and adverbs."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (toks[k].lower in AUXILIARIES or _is_ly_adverb(toks[k])):
        if toks[k].lower in BE_VERBS or toks[k].lower in NEGATED_BE_VERBS:
            return True  # "is not saying", "isn't saying"
        k -= 1
    return k >= 0 and toks[k].lower in BE_VERBS


def _negated_report(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The firm did not respond to a request for comment", "Roe never mentioned the 40
    deaths", "She did not say when": a negated speech verb with no clause after it is a frame
    of its subject that reports nothing (the content is empty, so no figure is claimed)."""
    toks = s.toks
    if not _negated(toks, c.i) or _ing(s, c):
        return None
    found = _subject_before(s, c)
    if isinstance(found, _Raw) or not (c.lemma in NON_ANSWER_LEMMAS or c.lemma in
                                       OBJECT_CONTENT_LEMMAS or c.lemma in STRONG_LEMMAS):
        return found
    to_follows = c.end < len(toks) and toks[c.end].lower == "to"
    if to_follows != (c.lemma in NON_ANSWER_LEMMAS):
        return found  # "does not claim to belong": a denied attitude, not a silence
    k = c.before
    if any(t.lower in BE_VERBS for t in toks[k + 1:c.i]):
        return found  # "has not been recalled": a passive names no speaker
    subj, via = _subject_at(toks, k) if k >= 0 else (None, None)
    if subj is None:
        return False
    return _Raw(c.span, _span(toks, *subj), (c.span[1], c.span[1]), via, False, None)


def _figure_gap(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"ahead of the $1.39 analysts had expected": a group (``GENERIC_SOURCES``) right after a
    figure with its unit, subject of a verb of expecting with no object (a relative clause
    with no relative word), expected that figure: the frame's content is the figure."""
    toks, k = s.toks, c.before
    if c.lemma not in EXPECTATION_LEMMAS or _ing(s, c) or k < 2 \
            or (c.end < len(toks) and toks[c.end].text.isalpha()) \
            or toks[k].lower not in GENERIC_SOURCES or not toks[k].text.islower():
        return None  # (a word after the cue: "2 million students expected to graduate")
    a = k
    while a > 0 and (_figure(toks[a - 1]) or toks[a - 1].lower in FIGURE_GAP_UNITS):
        a -= 1  # back to the figure's start ("$ 1.39", "38 million")
    figure = toks[a:k]
    if not any(_figure(t) for t in figure) \
            or not any(t.lower in FIGURE_GAP_UNITS for t in figure):
        return None  # ("the 40 analysts expected": a count of analysts)
    return _Raw(c.span, _span(toks, k, k + 1), _span(toks, a, k), None, False, None)


def _object_gap(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"a figure the army disputed", "$40, which she claimed as the typical fee": a cue whose
    object is the gap of a relative clause (no object or clause follows it, only an adjunct
    or the clause end) is a frame of the clause's subject; what it reports is the antecedent,
    outside the clause, so its content is only a complement of the gap ("as ..."), or the
    antecedent itself when that holds a figure ("the 15 percent rate he proposed for ...")."""
    toks = s.toks
    if c.lemma not in GAP_OBJECT_LEMMAS or _ing(s, c) or c.before < 1:
        return None
    if not _gap_follows(toks, c.end):
        return _figure_before_verb(s, c)
    found = _subject_before(s, c)
    if isinstance(found, _Raw):
        return found
    subj = _gap_subject(toks, c.before)
    if subj is None:
        return found
    figure = _claimed_figure(toks, c, subj)
    if figure is None and _contact_antecedent(toks, subj[0]) == 0:
        return found  # ("The UN panel received | the report on ...": no figure, no phrase)
    content = _gap_complement(s, c)
    if content[0] == content[1]:
        content = figure or content
    return _Raw(c.span, _span(toks, *subj), content, None, False, None)


def _figure_before_verb(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The $40 million the mayor promised never came": the main verb (or a negation) right
    after such a clause, whose antecedent holds a figure: the subject claims that figure.
    With another verb later in the clause, the first is the clause's own ("The 12 percent
    raise the minister said is fair was approved": its gap is that verb's subject), and
    the shape leaves the cue to the others."""
    toks = s.toks
    if c.end >= len(toks) or not (toks[c.end].lower in FINITE_VERBS
                                  or toks[c.end].lower in NEGATIONS) \
            or _verb_after_group(toks, c.end):
        return None
    subj = _gap_subject(toks, c.before)
    figure = None if subj is None else _claimed_figure(toks, c, subj)
    if subj is None or figure is None:
        return None
    return _Raw(c.span, _span(toks, *subj), figure, None, False, None)


#: How far past a relative clause's verb group another verb is looked for.
VERB_GROUP_REACH: Final = 24


def _verb_after_group(toks: list[Token], k: int) -> bool:
    """Past the verb group opening at ``k`` ("is", "never came", "have materialized"), does
    another verb follow before the clause ends ("is fair | was approved")?"""
    n = len(toks)
    while k < n and (toks[k].lower in AUXILIARIES or toks[k].lower in NEGATIONS
                     or _is_ly_adverb(toks[k])):
        k += 1
    if k < n and _clause_verb(toks[k]):
        k += 1  # the group's own verb ("never | came")
    for m in range(k, min(n, k + VERB_GROUP_REACH)):
        if toks[m].text in _CLAUSE_BREAKS or toks[m].lower in CLAUSE_LINKS \
                or toks[m].lower in CLAUSE_CONJUNCTIONS:
            return False  # ("never came and the plant closed": another clause)
        if _clause_verb(toks[m]):
            return True
    return False


def _claimed_figure(toks: list[Token], c: _Cue, subj: tuple[int, int]) -> tuple[int, int] | None:
    """The antecedent holding a figure that a gap clause's subject claims (not the thing a
    verb of writing makes, nor a claim a verb rejects: "the 40 books she wrote", "the 4
    percent figure the ministry denied", ``UNCLAIMED_OBJECT_LEMMAS``)."""
    return None if c.lemma in UNCLAIMED_OBJECT_LEMMAS else _figure_antecedent(toks, subj[0])


def _figure_antecedent(toks: list[Token], a: int) -> tuple[int, int] | None:
    """"the 15 percent rate he proposed", "the $40 million that the mayor promised": the
    noun phrase the gap stands for, right before the clause whose subject opens at ``a``
    (or before its "that"), when it holds a figure: what the clause's subject claims."""
    if a > 0 and toks[a - 1].lower == "that":
        a -= 1
    opener = _contact_antecedent(toks, a)
    if opener is None:
        return None
    first = opener if toks[opener].lower in CONTACT_DETERMINERS else opener + 1
    if not any(_figure(t) and not year_shaped(t.text) for t in toks[first:a]):
        return None  # ("The 2020 election the president claimed ...": a year)
    return _span(toks, first, a)


def _gap_complement(s: _Sentence, c: _Cue) -> tuple[int, int]:
    """What is claimed of the gap inside the clause: a complement opened by "as", or by "at"
    before a figure ("claimed as the typical fee", "estimated at 3,000"; not "mentions at
    every stop"), to the clause end; else empty."""
    toks = s.toks
    k = c.end + 1 if c.end < len(toks) and _is_ly_adverb(toks[c.end]) else c.end
    if k + 1 < len(toks) and toks[k].lower in GAP_COMPLEMENTS and (
            toks[k].lower == "as" or _figure(toks[k + 1]) or _opens_figure(toks, k + 1)):
        return _object_content(s, k + 1, _clause_stop(toks, k + 1))
    return c.span[1], c.span[1]


def _gap_follows(toks: list[Token], k: int) -> bool:
    """Does the cue's object gap show at ``k``: the clause end ("which he denied."), or a
    preposition opening an adjunct or complement ("claimed as ...", "denied to me")?"""
    if k < len(toks) and _is_ly_adverb(toks[k]):
        k += 1  # "which she denied outright."
    return k >= len(toks) or toks[k].text in _PROFORM_ENDS \
        or toks[k].lower in GAP_FOLLOWERS \
        or (toks[k].lower in TIME_DETERMINERS and not _no_time_after(toks, k))


def _gap_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The subject ending at ``k`` of a relative clause whose object is the gap: after
    "which", "that" or "what" ("which he claimed", "a point that aides disputed") or with no
    relative word after an object noun ("something he denied", "a fact she mentions"), which
    may open the sentence ("The 40 rooms he cited are empty")."""
    if toks[k].lower in PRONOUNS:
        a, b = k, k + 1
    else:
        a, b, _ = left_np(toks, k + 1)
        if b <= a or b - a > 5:
            return None
    if a == 0:
        return None
    rel = toks[a - 1]
    if rel.lower in GAP_OBJECT_RELATIVES:
        return (a, b) if a < 2 or toks[a - 2].lower not in RELATIVE_PREPOSITIONS else None
    if not (toks[a].lower in PRONOUNS or is_capitalised(toks[a])
            or toks[a].lower in CONTACT_SUBJECT_STARTS):
        return None
    if rel.lower in INDEFINITE_HEADS or (rel.lower not in SPEAKER_STOPS
                                             and _contact_relative(toks, (a, b), True)):
        return a, b
    return None


#: What may follow the "so" or "it" of a belief verb: the clause end ("doesn't think so.").
_PROFORM_ENDS: Final = frozenset({".", "!", "?", ",", ";", ":", _QUOTE, "-", "--", ")"})


def _belief_proform(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"She doesn't think so.", "He does not believe it!", "I doubt it": a belief verb
    whose only object is "so" or "it" (perhaps stressed: "believe it himself") is a frame of
    its subject that claims nothing here."""
    toks, n = s.toks, len(s.toks)
    if c.lemma not in PROFORM_BELIEF_LEMMAS or c.end >= n or _ing(s, c) \
            or toks[c.end].lower not in BELIEF_PROFORMS:
        return None
    after = c.end + 1
    if after < n and toks[after].lower in REFLEXIVE_INTENSIFIERS:
        after += 1  # "doesn't believe it himself."
    if after < n and toks[after].text not in _PROFORM_ENDS:
        return None  # "believe it or not", "think so many", "think it's unfair"
    k = c.before
    subj, via = _subject_at(toks, k) if k >= 0 else (None, None)
    if subj is None or any(t.lower in BE_VERBS for t in toks[k + 1:c.i]):
        return False
    return _Raw(c.span, _span(toks, *subj), (c.span[1], c.span[1]), via, False, None)


def _subject_before(s: _Sentence, c: _Cue) -> _Raw | bool | None:
    """"The ministry said ...", "He has also said ...", "X, a spokesman, said ...",
    "X, who ..., said", "X did not comment, but said ...": the subject before the verb."""
    toks = s.toks
    k, skipped = c.before, c.skipped
    if skipped and toks[k + 1].lower in BE_VERBS and not _ing(s, c) \
            and not _perfect_s(toks, k + 1):
        return False
    if k < 0:
        return False
    subj, via = _subject_at(toks, k)
    if subj is None and c.weak and _figure(toks[k]):
        subj = _document_subject(toks, c, (k, k + 1))  # "a review of budgets since 1985 showed"
    if subj is None:
        return False
    if c.weak:
        subj = _document_subject(toks, c, subj) or subj
    a, b = subj
    if b - a == 1 and (_figure(toks[a]) or (a > 0 and toks[a - 1].lower == "to"
                                            and toks[a].text.islower())):
        return False  # "in 2019 said", "asked him to probe claims"
    low = toks[c.i].lower
    head = b - 1 if b - a > 1 and (toks[b - 1].lower in RELATIVE_PRONOUNS
                                   or toks[b - 1].lower == "that") else b  # "polls that"
    if low in AMBIGUOUS_NOUN_FORMS and not low.endswith(("s", "ed", "ing")) and skipped == 0 \
            and toks[c.i - 1].lower != "to" and not plural_subject(toks[a:head]) \
            and not _speaker_before_that(toks, c, b) \
            and not _personal_subject(toks[a:b], toks[c.i]) \
            and not (low in BASE_FORM_PASTS and _has_figure(toks, c.end)) \
            and not (low in BASE_FORM_PASTS and _closing_position(toks, a, c)):
        return False  # "a unique light show that ..." is a noun, not "they show that ..."
    return _forward(s, c, _span(toks, a, b), via, subj) or False


def _closing_position(toks: list[Token], a: int, c: _Cue) -> bool:
    """"Output will drop 18 percent, the ministry forecast (on Thursday).": a past written
    like its base (``BASE_FORM_PASTS``) is a verb, no noun, when its subject follows a comma
    or a quote and the clause ends right after it, or after a time adjunct (a day, "on",
    "in")."""
    if a == 0 or toks[a - 1].text not in (",", _QUOTE):
        return False
    if c.end == len(toks):
        return True
    nxt = toks[c.end]
    return nxt.text in (".", "!", "?", ";", ",") or nxt.lower in DAY_WORDS \
        or nxt.lower in SHORT_ADJUNCT_PREPOSITIONS


def _document_subject(toks: list[Token], c: _Cue,
                      subj: tuple[int, int]) -> tuple[int, int] | None:
    """"A poll from Vale Law School released Wednesday found ...", "An analysis by X of
    county budgets since 1985 showed ...": a weak cue whose nearest noun phrase is no
    document speaks for the sentence's subject when that is headed by a document noun."""
    if _head(toks[subj[0]:subj[1]]).lower in DOCUMENT_NOUNS:
        return None
    if DOCUMENT_NOUNS.isdisjoint(map(_lower, toks[max(0, subj[0] - 16):subj[1]])):
        return None  # no document noun within reach to head the subject (most sentences)
    whole = subject(toks, c.i)
    if whole is None or whole[0] >= subj[0] or subj[0] - whole[0] > 16:
        return None
    span = toks[whole[0]:subj[1]]
    rel = _document_relative(span)
    if _head(span).lower not in DOCUMENT_NOUNS or any(
            t.text in (",", ";", _QUOTE) or (t.lower in FINITE_VERBS and m < rel)
            or (t.lower == "that" and m and span[m - 1].lower in REPORTING_VERBS)
            for m, t in enumerate(span)):
        return None  # (not "A poll of 60 grain buyers found that 55 percent | expected": the
        # survey's own frame comes between)
    return whole[0], subj[1]


def _document_relative(span: list[Token]) -> int:
    """Where a relative clause after a document noun opens in a subject ("the survey | that
    was taken before the vote showed ..."; its verbs are the clause's, not the subject's),
    else the subject's length."""
    for m in range(1, len(span) - 1):
        if span[m].lower in DOCUMENT_RELATIVES and span[m - 1].lower in DOCUMENT_NOUNS:
            return m
    return len(span)


def _personal_subject(phrase: list[Token], cue: Token) -> bool:
    """"I think ...", "Roe thought ...": after a pronoun, or a bare name before a past form,
    a form that is also a noun ("think", "thought") is a verb ("the Roe show", with a
    determiner, and the headline "Roe tweet to voters" are not)."""
    if len(phrase) == 1 and phrase[0].lower in PRONOUNS:
        return True
    return cue.lower in IRREGULAR_PAST and len(phrase) <= 4 \
        and phrase[0].lower not in _ARTICLES_AND_DETERMINERS \
        and all(is_capitalised(t) or t.text == "." for t in phrase)


def _speaker_before_that(toks: list[Token], c: _Cue, b: int) -> bool:
    """"The minister forecast that ...": a base-form cue before "that" is a verb when its
    subject is a person, a name or a pronoun (not "a light show that")."""
    if c.end >= len(toks) or toks[c.end].lower != "that":
        return False
    head = toks[b - 1]
    return is_capitalised(head) or head.lower in PRONOUNS or head.lower in \
        PERSON_ROLES or head.lower in GENERIC_SOURCES


#: The shapes a reporting verb's frame can take, in order: (name, shape).  A shape returns
#: None when it does not apply, else the frame it reads or False (the verb makes no frame).
VERB_SHAPES: tuple[tuple[str, Callable[[_Sentence, _Cue], _Raw | bool | None]], ...] = (
    ("set_phrase", _set_phrase),
    ("ungrounded", _ungrounded),
    ("held_back", _held_back),
    ("noun_base_form", _noun_base_form),
    ("adjectival_form", _adjectival_form),
    ("phrasal_particle", _phrasal_particle),
    ("idiom_object", _idiom_object),
    ("plural_noun_cue", _plural_noun_cue),
    ("infinitive_object", _infinitive_object),
    ("asked_question", _asked_question),
    ("quote_only_particle", _quote_only_particle),
    ("as_clause_only", _as_clause_only),
    ("opening_participle", _opening_participle),
    ("opening_inversion", _opening_inversion),
    ("infinitive_speaker", _infinitive_speaker),
    ("purpose_infinitive", _purpose_infinitive),
    ("as_clause", _as_clause),
    ("medial_as_clause", _medial_as_clause),
    ("counted_subject", _counted_subject),
    ("possessed_claim", _possessed_claim),
    ("possessed_figure", _possessed_figure),
    ("manner_participle", _manner_participle),
    ("noun_reading", _noun_reading),
    ("asked_by", _asked_by),
    ("quoted_as_saying", _quoted_as_saying),
    ("judged_by_agent", _judged_by_agent),
    ("passive", _passive),
    ("noun_compound", _noun_compound),
    ("modified_noun", _modified_noun),
    ("counted_noun", _counted_noun),
    ("participle_adjective", _participle_adjective),
    ("relative_that_after", _relative_that_after),
    ("performative", _performative),
    ("figure_by_agent", _figure_by_agent),
    ("reduced_passive", _reduced_passive),
    ("by_or_of", _by_or_of),
    ("apposed_subject", _apposed_subject),
    ("inverted", _inverted),
    ("participle", _participle),
    ("coordinated_participle", _coordinated_participle),
    ("document_participle", _document_participle),
    ("document_in_adjunct", _document_in_adjunct),
    ("sent_participle", _sent_participle),
    ("lead_participle", _lead_participle),
    ("reduced_relative", _reduced_relative),
    ("bare_participle", _bare_participle),
    ("belief_proform", _belief_proform),
    ("negated_report", _negated_report),
    ("compared_expectation", _compared_expectation),
    ("figure_gap", _figure_gap),
    ("object_gap", _object_gap),
    ("subject_before", _subject_before),
)


def _cue_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The cue words of these lemmas ("say" -> "say", "says", "said", "saying", ...)."""
    return frozenset(w for w, lemma in REPORTING_VERBS.items() if lemma in lemmas)


_ING_CUES: Final = frozenset(w for w in REPORTING_VERBS if w.endswith("ing"))
_OTHER_CUES: Final = frozenset(REPORTING_VERBS) - _ING_CUES  # "said", "says", "claim"
#: The cue words a verb shape can decide for, by shape name (a shape not named may decide
#: for any cue): it returns None for every other cue word, so it is not asked there.
VERB_SHAPE_WORDS: Final[dict[str, frozenset[str]]] = {
    "ungrounded": _cue_forms(frozenset(GROUNDED_LEMMAS)),
    "held_back": _ING_CUES,
    "noun_base_form": VERBAL_ONLY_BASE_FORMS,
    "adjectival_form": ADJECTIVAL_CUE_FORMS,
    "quote_only_particle": _cue_forms(QUOTE_ONLY_LEMMAS),
    "as_clause_only": _cue_forms(AS_CLAUSE_LEMMAS),
    "infinitive_speaker": BASE_FORMS,
    "purpose_infinitive": BASE_FORMS,
    "possessed_claim": AMBIGUOUS_NOUN_FORMS,
    "possessed_figure": POSSESSED_FIGURE_PARTICIPLES,
    "asked_by": _cue_forms(frozenset({"ask"})),
    "quoted_as_saying": frozenset({"quoted", "saying"}),
    "noun_compound": AMBIGUOUS_NOUN_FORMS,
    "modified_noun": AMBIGUOUS_NOUN_FORMS,
    "counted_noun": AMBIGUOUS_NOUN_FORMS,
    "performative": INFINITIVE_LEMMAS,  # the form that is the lemma itself
    "reduced_passive": REDUCED_PASSIVE_FORMS,
    "inverted": _cue_forms(INVERSION_LEMMAS),
    "participle": _ING_CUES,
    "coordinated_participle": _ING_CUES,
    "document_participle": _ING_CUES,
    "document_in_adjunct": frozenset(w for w in REPORTING_VERBS
                                     if w.endswith("ed") or w in IRREGULAR_CUE_PARTICIPLES),
    "bare_participle": _ING_CUES,
    "manner_participle": _ING_CUES,
    "belief_proform": _cue_forms(PROFORM_BELIEF_LEMMAS),
    "set_phrase": frozenset({"reported", *(cue for _, cue in SET_PHRASES)}),
    "phrasal_particle": _cue_forms(frozenset(NON_CUE_PARTICLES)),
    "idiom_object": _cue_forms(frozenset(NON_CUE_OBJECTS)),
    "plural_noun_cue": PLURAL_NOUN_CUES,
    "infinitive_object": AMBIGUOUS_NOUN_FORMS,
    "asked_question": _OTHER_CUES,
    "as_clause": _OTHER_CUES,
    "medial_as_clause": _OTHER_CUES - COMPLEMENTISER_ONLY,
    "counted_subject": frozenset(REPORTING_VERBS) - AMBIGUOUS_NOUN_FORMS,
    "passive": _OTHER_CUES,
    "judged_by_agent": frozenset(w for w in _OTHER_CUES if REPORTING_VERBS[w] in JUDGEMENT_LEMMAS
                                 and (w.endswith("ed") or w in IRREGULAR_CUE_PARTICIPLES)),
    "participle_adjective": frozenset(cue for cue, _ in PARTICIPLE_MODIFIED_NOUNS),
    "relative_that_after": RELATIVE_NOUN_FORMS,
    "figure_by_agent": frozenset(w for w in REPORTING_VERBS
                                 if w.endswith("ed") or w in IRREGULAR_CUE_PARTICIPLES),
    "by_or_of": frozenset(w for w in _OTHER_CUES
                          if REPORTING_VERBS[w] not in PREPOSITIONAL_OBJECT_LEMMAS),
    "apposed_subject": _OTHER_CUES,
    "sent_participle": _ING_CUES,
    "lead_participle": _ING_CUES,
    "reduced_relative": _ING_CUES & _cue_forms(REDUCED_RELATIVE_LEMMAS),
    "negated_report": _OTHER_CUES,
    "compared_expectation": _cue_forms(EXPECTATION_LEMMAS),
    "figure_gap": _cue_forms(EXPECTATION_LEMMAS) - _ING_CUES,
    "object_gap": _cue_forms(GAP_OBJECT_LEMMAS) - _ING_CUES,
}
_VERB_DISPATCH: WordDispatch[Callable[[_Sentence, _Cue], _Raw | bool | None]] = WordDispatch(
    lambda: VERB_SHAPES, VERB_SHAPE_WORDS)


def _skip_auxiliaries(toks: list[Token], i: int) -> tuple[int, int]:
    """The token before the verb at ``i`` once auxiliaries and -ly adverbs are skipped ("has
    also said"), and how many were skipped; a verb that takes the cue as its to-infinitive is
    read past too ("went on to say", "is expected to announce")."""
    k, skipped = _skip_set_adjunct(toks, _skip_catenative(toks, i - 1)), 0
    while k >= 0 and skipped < 4 and ((toks[k].lower in AUXILIARIES and (
            k == 0 or not toks[k].text[0].isupper())) or _perfect_s(toks, k) or (
            toks[k].text.islower() and toks[k].lower.endswith("ly") and len(toks[k].lower) > 4
            and toks[k].lower not in LY_NOUNS) or _floating_quantifier(toks, k)):
        k -= 1
        skipped += 1
        k = _skip_set_adjunct(toks, k)  # "have | in fact | reported"
    return _time_before_verb(toks, k), skipped


def _floating_quantifier(toks: list[Token], k: int) -> bool:
    """"Roe and Lind have | both | argued": a quantifier floated after its plural subject
    (not "Both said", nor "of both")."""
    if k < 1 or toks[k].lower not in FLOATING_QUANTIFIERS or not toks[k].text.islower():
        return False
    prev = toks[k - 1].lower
    return is_word(toks[k - 1]) and (prev not in SPEAKER_STOPS or prev in AUXILIARIES
                                     or prev in PRONOUNS)


def _skip_set_adjunct(toks: list[Token], k: int) -> int:
    """The token before a set phrase that ends at ``k`` ("PACs have | in fact | reported",
    "Roe has | in the past | said"), else ``k``."""
    hit = _VERB_ADJUNCTS.before(toks, k + 1)
    return hit[0] - 1 if hit is not None and hit[0] > 0 else k


_VERB_ADJUNCTS: Final = PhraseMatcher(VERB_ADJUNCT_PHRASES)


def _perfect_s(toks: list[Token], k: int) -> bool:
    """"he's said", "she's claimed": an "'s" after a personal pronoun before a cue is "has"
    (not the "is" of a passive)."""
    return toks[k].lower == "'s" and k > 0 and toks[k - 1].lower in PERFECT_S_SUBJECTS


def _name_day(toks: list[Token], m: int) -> bool:
    """"the Weekly Today reported": "today" written with a capital after a capitalised word
    is part of a name, not a time."""
    t = toks[m]
    return m > 0 and t.lower in RELATIVE_DAYS and t.text[0].isupper() \
        and is_capitalised(toks[m - 1])


def _time_before_verb(toks: list[Token], k: int) -> int:
    """The token before a time adjunct that ends at ``k`` between a subject and its verb
    ("The ministry on Friday | said", "Roe last week | said", "Roe on Monday night |
    said"): a time is no speaker."""
    if k >= 1 and toks[k].lower in TIME_UNITS and k + 1 < len(toks) \
            and toks[k + 1].lower in TIME_PHRASE_ENDS:  # "Roe a month (later) | announced"
        m = k
        while m >= 0 and k - m <= 4 and (toks[m].lower in TIME_UNITS or _number_word(
                toks[m]) or toks[m].lower in ARTICLES or toks[m].lower in FEW_WORDS):
            m -= 1
        if m < k and m >= 0 and is_word(toks[m]) and toks[m].lower not in SPEAKER_STOPS:
            return m
    m = k
    while m >= 0 and k - m < 4 and (toks[m].lower in DAY_WORDS
                                    or toks[m].lower in TIME_NOUNS) and not _name_day(toks, m):
        m -= 1
    if m == k or m < 0:
        return k
    if toks[m].lower in TIME_ADJUNCT_OPENERS and toks[m].text.islower():
        m -= 1
    elif toks[m + 1].lower not in DAY_WORDS:
        return k  # "the rally week | said": a noun, not a time adjunct
    prev = toks[m] if m >= 0 else None
    if prev is not None and (prev.text in (",", ")")
                             or prev.lower in SHARED_SUBJECT_CONJUNCTIONS):
        return m  # "Jo Roe, the chairman, this past week announced", "and on Monday announced"
    if prev is None or not is_word(prev) or prev.lower in MODIFIER_PARTICIPLES \
            or (prev.lower in SPEAKER_STOPS and prev.lower not in PRONOUNS):
        return k
    return m


_CUE_LEADS: Final = PhraseMatcher(CUE_LEAD_PHRASES)


def _skip_catenative(toks: list[Token], k: int) -> int:
    """Past "went on to", "is expected to" or "made a point of" before a cue at ``k + 1``,
    to what precedes them (the subject or its auxiliaries)."""
    lead = _CUE_LEADS.before(toks, k + 1)
    if lead is not None and lead[0] > 0 and toks[lead[0]].text.islower():
        return lead[0] - 1  # (an unnegated "resisted pointing out": the shape `held_back`)
    if k > 1 and _is_ly_adverb(toks[k]) and toks[k - 1].lower == "to":
        k -= 1  # "was able to consistently tout": a split infinitive
    if k < 1 or toks[k].lower != "to":
        return k
    m = k - 1
    if toks[m].lower in CATENATIVE_PARTICLES and m > 0:
        m -= 1
    verb = toks[m].lower
    if not (toks[m].text.islower() and verb in CATENATIVE_VERBS):
        return k
    m -= 1
    while m >= 0 and (toks[m].lower in DEGREE_WORDS or toks[m].lower in NEGATIONS or (
            toks[m].text.islower() and toks[m].lower.endswith("ly") and len(toks[m].lower) > 4)):
        m -= 1  # "are markedly more likely to say", "was not willing to say"
    while m >= 0 and toks[m].lower in BE_VERBS:
        m -= 1  # "is expected to": the passive of the catenative, not of the cue
    return m


def _subject_at(toks: list[Token],
                k: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The subject that ends at token ``k`` (just before the verb) and its ``via``."""
    kt = toks[k]
    if kt.lower in PRONOUNS:
        return (k, k + 1), None
    if (kt.lower in RELATIVE_PRONOUNS or (kt.lower == "that" and k > 0
                                              and _relative_that(toks[k - 1]))) \
            and k > 0:
        a, b, via = left_np(toks, k - 1 if toks[k - 1].text == "," else k)
        if kt.lower == "which" and b > a:
            a = _which_antecedent_start(toks, a, b)
        # "Roe, who said ...": the antecedent and the relative pronoun that stands for it
        return ((a, k + 1) if b > a else None), via
    if kt.text == "," and k + 1 < len(toks) and toks[k + 1].lower == "then":
        return _coordinated_subject(toks, k), None  # "X offered a job, then says ..."
    if kt.text in ("-", "--", ")"):
        inner = _parenthesis_subject(toks, k)
        if inner is not None:
            return inner, None
    if kt.text == "," or (kt.text == _QUOTE and k > 1 and toks[k - 1].text == ","):
        found = apposition_subject(toks, k)  # 'Roe, who calls Lima a "fraud," said'
        listed = _listed_verb_subject(toks, k) if found[0] is None and kt.text == "," else None
        return (listed, None) if listed is not None else found
    if kt.lower in SHARED_SUBJECT_CONJUNCTIONS:
        return _coordinated_subject(toks, k), None
    if _aged_group(toks, k):
        return (k - 2, k + 1), None
    a, b, via = left_np(toks, k + 1)
    head = _restrictive_relative_head(toks, a if b > a else k + 1, k)
    if head is not None:
        return (head, k + 1), None  # "Officials who reviewed the plan | said"
    return ((a, b) if b > a else None), via


def _which_antecedent_start(toks: list[Token], a: int, b: int) -> int:
    """"The bill drew criticism from the Vell Council, which said ...": the antecedent of a
    "which" after a comma is the noun phrase after the last preposition of source
    (``WHICH_OBJECT_PREPOSITIONS``) in the phrase ``[a, b)`` before it, not the clause the walk
    read back to, when a lower-case word comes before that preposition ("Citizens for Vell,
    which" is one name) and no time after it ("at noon Friday, which"); else ``a``."""
    cut = next((j for j in range(b - 2, a, -1)
                if toks[j].text.islower() and toks[j].lower in WHICH_OBJECT_PREPOSITIONS
                and toks[j - 1].text.islower() and not _time_at(toks[j + 1])), None)
    return cut + 1 if cut is not None else a


def _time_at(t: Token) -> bool:
    """A month, a weekday, a day word or a figure (a year): "records released in July,
    which" is about the records, not July."""
    return t.lower in MONTH_NAMES or t.lower in DAY_WORDS or _figure(t)


def _restrictive_relative_head(toks: list[Token], a: int, k: int) -> int | None:
    """"Officials who reviewed the plan said": the verb's subject is the antecedent of a
    relative clause with no commas whose last words (``a`` .. ``k``) end right before the
    verb; the start of that antecedent, else None.  The clause opens with "who" (or "that"
    after a document noun) and a lower-case word that is no determiner or preposition; its
    last word is no auxiliary or "to" ("who cannot | tell", "guidelines that allow firms to
    | report"), and the verb after it no noun form ("who violate classification | rules")."""
    if toks[k].text in FINITE_VERBS or toks[k].lower in NP_PREPOSITIONS \
            or toks[k].lower in DETERMINERS or toks[k].lower == "to" or _compound_cue(toks, k):
        return None
    m = a if toks[a].lower in ("who", "that") else a - 1  # "The memo | that circulated | said"
    while m > 0 and a - m <= RELATIVE_CLAUSE_REACH and (is_word(toks[m]) or _figure(toks[m])) \
            and toks[m].lower not in RELATIVE_PRONOUNS and toks[m].lower != "that":
        m -= 1
    if m < 1 or m >= k or not (
            toks[m].lower == "who" or (toks[m].lower == "that"
                                       and toks[m - 1].lower in DOCUMENT_NOUNS)):
        return None
    verb = toks[m + 1]
    if not verb.text.islower() or not is_word(verb) or verb.lower in DETERMINERS \
            or verb.lower in NP_PREPOSITIONS:
        return None  # "who | follow the firm": a verb (or an adverb before it) opens it
    c, e, _ = left_np(toks, m)
    return c if e > c else None


def _compound_cue(toks: list[Token], k: int) -> bool:
    """"Firms that violate licensing rules pay ...": a cue form in -s that is also a plural
    noun, after a singular lower-case noun, heads a compound (the cue "estimate" in "who
    reviewed the plan estimate" is a verb)."""
    if k + 1 >= len(toks):
        return False
    cue, prev = toks[k + 1].lower, toks[k]
    return cue in AMBIGUOUS_NOUN_FORMS and cue.endswith("s") and prev.text.islower() \
        and prev.text.isalpha() and not is_plural_noun(prev.lower)


#: Most words between a restrictive relative pronoun and its clause's end before the main
#: verb ("who backed | Roe in the 2020 primary | said").
RELATIVE_CLAUSE_REACH: Final = 8
#: Words a contact clause's object noun phrase may hold before its head, its determiner
#: included ("a | new | state | shortfall the treasurer said ..."); figures do not count.
CONTACT_MODIFIER_REACH: Final = 4
#: Most tokens, figures and units included, such a phrase may hold before its head.
CONTACT_TOKEN_REACH: Final = 12


def _listed_verb_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"The ministry hid the data, admitted it had lost files and ...": a past verb after the
    comma at ``k`` is the next in a list of past verbs that opens right after the
    sentence's subject, and shares that subject (when no plain object follows it)."""
    v = k + 1
    if v + 1 >= len(toks) or not toks[v].text.islower() or not _past_form(toks[v]) \
            or toks[v + 1].lower in SPEAKER_ARTICLES \
            or toks[v + 1].lower in OWN_POSSESSIVES:
        return None  # "toured the docks, quoted a poet": with a plain object, an act listed
    subj = subject(toks, k)
    if subj is None:
        return None
    m = subj[1]
    while m < k and (toks[m].lower in _ACTIVE_AUXILIARIES or _is_ly_adverb(toks[m])):
        m += 1
    if m >= k or not toks[m].text.islower() or not _past_form(toks[m]) or any(
            t.text in (",", ";", ":", _QUOTE, "-", "--", "(") or (
                t.lower in SPEAKER_STOPS and t.lower not in LIST_VERB_LINKS)
            for t in toks[m + 1:k]):
        return None
    return subj


def _past_form(t: Token) -> bool:
    """A form that may be a past verb ("admitted", "cast", "wrote")."""
    return t.lower.endswith("ed") or t.lower in IRREGULAR_PAST


def _aged_group(toks: list[Token], k: int) -> bool:
    """"Those over 60 say ...", "voters under 30 said": a figure at ``k`` after a preposition
    of age belongs to the group word before it, which heads the subject."""
    return k >= 2 and toks[k].text.isdigit() and len(toks[k].text) <= 2 \
        and toks[k - 1].lower in AGE_PREPOSITIONS \
        and toks[k - 2].text.isalpha() and (toks[k - 2].lower in GROUP_PRONOUNS
                                            or is_plural_noun(toks[k - 2].lower))


def _parenthesis_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"Jo Sims - a teacher from Dover - says ...", "Sen. Roe (a Democrat) says ...": the
    subject is the noun phrase before a parenthesis in dashes or brackets that closes at
    ``k``, right before the verb."""
    opening = "(" if toks[k].text == ")" else toks[k].text
    for d in range(k - 1, max(0, k - 40), -1):
        t = toks[d]
        if t.text in (".", ";") or (opening != "(" and t.text == ")"):
            return None
        if t.text == opening and (opening == "(" or t.start > toks[d - 1].end):  # not "12-year"
            a, b, _ = left_np(toks, d)
            return (a, b) if b > a and k - d > 2 else None
    return None


def _coordinated_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"X did not comment, but said ...": the coordinated verb shares the subject, unless
    the first verb is passive ("was hauled in and told"; "is a nurse but concedes" is a
    copula); after a frame that closes a quote ('"...," she said, but added ...') it shares
    that frame's speaker."""
    if k > 0 and toks[k - 1].text == "," and k + 1 < len(toks) \
            and toks[k + 1].lower not in BASE_FORMS:
        closing = _closing_speaker(toks, k + 1)
        if closing is not None:
            return closing
    subj = _bare_verb_subject(toks, k) or _dash_clause_subject(toks, k) \
        or _subordinate_subject(toks, k) or subject(toks, k) or _quoted_clause_subject(toks, k)
    if subj is None:
        return None
    m = subj[1]
    while m < k and toks[m].lower in _ACTIVE_AUXILIARIES:
        m += 1
    v = k + 1
    while v < len(toks) - 1 and toks[v].lower in AUXILIARIES:
        v += 1
    low = toks[v].lower  # "was forced out and said" shares it; "was hauled in and told" not
    passive_reading = low in HEARER_VERBS or low in WEAK_CUES
    return None if passive_reading and _passive_at(toks, m, k) \
        and not _copula_before(toks, m, k, low) else subj


def _quoted_clause_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """'"Our buyer, Lena Vogt, came in and said, ...': inside a quotation that opens the
    sentence and is still open at the conjunction ``k``, the subject of the quoted clause
    (or of its subordinate clause: '"When Roe stood up and said, ...')."""
    if k < 3 or toks[0].text != _QUOTE or any(t.text == _QUOTE for t in toks[1:k]):
        return None
    inner = toks[1:]
    found = _subordinate_subject(inner, k - 1) or subject(inner, k - 1)
    return None if found is None else (found[0] + 1, found[1] + 1)


def _bare_verb_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"Over lunch she shrugged and conceded ...": a lone past verb right after
    a subject pronoun, before the conjunction at ``k``, makes that pronoun the subject the cue
    shares (not the sentence's first subject)."""
    if k < 2 or not toks[k - 1].text.islower() or not _past_form(toks[k - 1]) \
            or toks[k - 2].lower not in SUBJECT_PRONOUNS:
        return None
    c = k - 3 if k >= 3 and toks[k - 3].lower != "that" else k - 4
    if c >= 0 and toks[c].lower in REPORTING_VERBS:
        return None  # "The minister said we failed and promised ...": "we" is reported
    return k - 2, k - 1


#: Dashes that, with a space before them, set off a clause or an aside.
_SPACED_DASHES = DASH_TOKENS


def _dash_clause_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"The ruling stung him - he called it a sham and said ...": a pronoun right after a spaced
    dash opens a clause of its own; a verb coordinated in that clause shares the pronoun,
    not the subject of the sentence before the dash (one dash only: a pair encloses an
    aside, "Jo Sims - a nurse - says")."""
    dashes = [d for d in range(1, k) if toks[d].text in _SPACED_DASHES
              and toks[d].start > toks[d - 1].end]
    if len(dashes) != 1 or dashes[0] + 2 >= k:
        return None
    d = dashes[0]
    if toks[d + 1].lower not in PERSONAL_PRONOUNS \
            or any(t.text in (",", ";", ":") for t in toks[d + 2:k]):
        return None  # "- he called it a sham and said": no clause break up to the conjunction
    return d + 1, d + 2


def _passive_at(toks: list[Token], m: int, k: int) -> bool:
    """A passive at ``m``, before ``k``: a form of "be" ("was hauled in"), not of a
    progressive ("was defending the plan")."""
    if m >= k or toks[m].lower not in BE_VERBS:
        return False
    while m < k and (toks[m].lower in BE_VERBS or toks[m].lower in NEGATIONS
                     or _is_ly_adverb(toks[m])):
        m += 1
    return m >= k or not _ing_word(toks[m])


def _copula_before(toks: list[Token], m: int, k: int, cue: str) -> bool:
    """"is a nurse but concedes", "was in Ohio and thinks": a form of "be" at ``m`` before a
    noun phrase, a name or a place up to the conjunction at ``k`` is a copula, no passive;
    not "a bold and calculated step" (one word after the determiner, then a form in -ed:
    adjectives of one noun phrase)."""
    while m < k and (toks[m].lower in BE_VERBS or toks[m].lower in NEGATIONS
                     or _is_ly_adverb(toks[m])):
        m += 1
    if m >= k:
        return False
    t = toks[m]
    determiner = t.lower in _ARTICLES_AND_DETERMINERS or t.lower in POSSESSIVE_DETERMINERS
    if not (determiner or t.lower in NP_PREPOSITIONS or is_capitalised(t) or _figure(t)) \
            or any(x.lower in RELATIVE_PRONOUNS or x.lower == "that" for x in toks[m:k]):
        return False  # "is a rallying point for crowds, who marched and called for": theirs
    return not (determiner and k - m == 2 and cue.endswith("ed"))


_ACTIVE_AUXILIARIES = AUXILIARIES - BE_VERBS


def _subordinate_subject(toks: list[Token], k: int) -> tuple[int, int] | None:
    """"Roe, though she praised the plan and said ...", "When Roe returned and said ...",
    "Lima left after Roe toured the mill and said ...": a verb coordinated inside a
    subordinate clause shares that clause's subject, not the sentence's (with no comma
    before it, only an adverbial subordinator whose subject has a verb right after it); None
    when no subordinator opens the clause before the conjunction at ``k``."""
    for m in range(k - 1, max(-1, k - 20), -1):
        t = toks[m]
        if not (is_word(t) or _figure(t) or t.text in ("'s", "-", _QUOTE)):
            return None
        if t.lower in SUBORDINATORS and t.lower != "as":
            if m + 1 >= k:
                return None
            bare = m > 0 and toks[m - 1].text != ","  # no comma before the clause
            if bare and t.lower not in ADVERBIAL_SUBORDINATORS:
                return None  # "deciding whether Roe could sue but said": unclear
            if toks[m + 1].lower in PRONOUNS:
                e = m + 2
            else:
                e = right_np(toks, m + 1, limit=8, subject=True)
                e = next((j for j in range(m + 2, e) if toks[j].lower in AUXILIARIES
                          or _is_ly_adverb(toks[j])), e)  # "When Roe | later returned"
            if not m + 1 < e < k or (bare and not (_verb_form(toks[e])
                                                  and _speaking_head(toks[e - 1]))):
                return None  # "went after Roe for ...": a preposition, no clause; "cut
                # jobs after demand fell and said": demand says nothing
            return m + 1, e
    return None


def _speaking_head(head: Token) -> bool:
    """A subject's head that can speak: a personal pronoun other than "it", a noun phrase
    head that ``_may_speak`` or a group's ("both sides", ``GROUP_NOUNS``)."""
    low = head.lower
    return low != "it" and (low in PERSONAL_PRONOUNS or low in GROUP_NOUNS or _may_speak(head))


def _passive_by(s: _Sentence, i: int, cue: tuple[int, int]) -> _Raw | None:
    """"It is claimed by the state that ...": the agent after "by" is the speaker."""
    toks = s.toks
    n = len(toks)
    if i + 2 >= n or toks[i + 1].lower != "by":
        return None
    e = right_np(toks, i + 2)
    if e <= i + 2 or e >= n or toks[e].lower != "that" or e + 1 >= n:
        return None
    return _Raw(cue, _span(toks, i + 2, e), (toks[e + 1].start, s.span.end), None, True, None)


def _forward(s: _Sentence, c: _Cue, speaker: tuple[int, int], via: tuple[int, int] | None,
             subj: tuple[int, int]) -> _Raw | None:
    """Frame for a verb cue whose subject is known: content before it when the frame closes
    its clause (", the ministry said on Monday."), else after it."""
    inner = _inner_quote(s, c)
    if inner is not None:
        return _Raw(c.span, speaker, inner, via, False, None)
    closing = _closing_frame(s, c, speaker, via, subj)
    if closing is not None:
        return closing if isinstance(closing, _Raw) else None
    return _content_after(s, c, speaker, via, subj)


def _inner_quote(s: _Sentence, c: _Cue) -> tuple[int, int] | None:
    """'"In May, Roe told us, 'We are 80 percent done,' and ..."': inside a quotation, a cue
    (and its hearer) then a comma or colon and a single quotation mark opens a quotation
    within the quotation; it is the cue's content, up to the single mark that closes it
    right after a comma, period, question or exclamation mark, before the outer one closes
    (two tokens or more, and no "that" after a short one: "told the board, 'frankly,' that
    ..." sets a word off)."""
    toks, n = s.toks, len(s.toks)
    if not s.quotes or s.inside_quote(toks[c.i].start) is None:
        return None  # (most cues: no quotation around them)
    k = _after_hearer(toks, c)
    if k + 2 >= n or toks[k].text not in (",", ":") \
            or toks[k + 1].text not in OPENING_SINGLE_QUOTES:
        return None
    for m in range(k + 3, n):
        t = toks[m]
        if t.text == _QUOTE:
            return None  # the outer quotation closes first: no quotation within it
        if t.text in APOSTROPHES and toks[m - 1].text in (",", ".", "?", "!") \
                and toks[m - 1].end == t.start:
            inner = m - k - 3
            if inner < INNER_QUOTE_TOKENS or (inner < 2 * INNER_QUOTE_TOKENS and m + 1 < n
                                              and toks[m + 1].lower == "that"):
                return None  # "told the board, 'frankly,' that ...": a word set off
            return toks[k + 2].start, _trim_end(s.text, toks[k + 2].start, toks[m - 1].end)
    return None


#: Fewest tokens a quotation within a quotation holds before its closing punctuation ("'40
#: percent,'"), fewer being a word set off in single marks ("'frankly,'").
INNER_QUOTE_TOKENS: Final = 2


def _closing_frame(s: _Sentence, c: _Cue, speaker: tuple[int, int], via: tuple[int, int] | None,
                   subj: tuple[int, int]) -> _Raw | bool | None:
    """'"...," he said.', "..., the agency said on Monday.", "He said." alone; None when
    the content follows the cue."""
    toks, n = s.toks, len(s.toks)
    a = _role_before_name(toks, subj)
    sep_tok = a - 1 if a > 0 and (toks[a - 1].text in _SEPARATORS or toks[a - 1].text == _QUOTE) \
        else None
    j = c.end
    while j < n and _is_ly_adverb(toks[j]):
        j += 1  # '"Why?" she asked rhetorically.'
    tail_end = _tail_is_adjunct(toks, j, _takes_hearer(toks, c))
    if tail_end is not None and sep_tok is None and _clause_after_adjunct(toks, j, tail_end):
        tail_end = None  # "Roe said on Monday the bank would cut jobs.": content follows
    if tail_end is None:
        return None if sep_tok is None else _frame_after_content(s, c, speaker, via, sep_tok)
    nxt = tail_end + 1 if tail_end < n and toks[tail_end].text == "," else tail_end
    quote_after = nxt < n and toks[nxt].text == _QUOTE
    if sep_tok is not None:
        content = _clause_before(s, sep_tok)
        if content[1] > content[0]:
            if quote_after:
                content = _joined_quote(s, content, nxt)
            if toks[c.i].lower in QUOTE_ONLY_CUES and not _quoted(s, content):
                return False  # "The rain stopped, the fighting continued." reports nothing
            return _Raw(c.span, speaker, _with_joined(s, content, tail_end), via, False,
                        toks[sep_tok].start)
        return None
    if a == 0 and not quote_after:
        q = _quote_just_before(s)
        if q is not None and (tail_end >= n - 1 or toks[tail_end].text == ","):
            # '"Why now?" she asked.', '"Why 40?" he asked, repeating a charge.'
            return _Raw(c.span, speaker, _quote_content(s, q), via, False, None)
        # "He said." alone: nothing reported in this sentence.
        return _Raw(c.span, speaker, (c.span[1], c.span[1]), via, False, None) \
            if _reports_alone(s, c) else False
    return None


def _role_before_name(toks: list[Token], subj: tuple[int, int]) -> int:
    """Where the speaker phrase starts: at the role phrase when the speaker is the name
    apposed to it ('"...," | the bank's chief, Ana Roe, said'), else at the speaker."""
    a = subj[0]
    if a < 2 or toks[a - 1].text != ",":
        return a
    start = a  # the leftmost determiner that opens the role ("the head of the union, Jo Roe")
    for m in range(a - 2, max(-1, a - 10), -1):
        if not (is_word(toks[m]) or toks[m].lower == "'s"):
            break
        if toks[m].lower in DETERMINERS:
            start = m
    return start if start < a and apposed_name(toks, start, a - 1) == subj else a


def _quote_just_before(s: _Sentence) -> tuple[int, int] | None:
    """A quote of the paragraph that closes right before the sentence ('"Why now?" | she
    asked.', where the question mark ended the quote's sentence)."""
    start = s.span.start
    for q in s.quotes:
        if q[1] < start and s.text[q[1] + 1:start].strip() == "":
            return q
    return None


def _reports_alone(s: _Sentence, c: _Cue) -> bool:
    """Does the cue make a frame with nothing reported after it ("He said.")?  Not a weak
    cue, nor one that reports only before "that" ("... in five states.")."""
    return not c.weak and s.toks[c.i].lower not in COMPLEMENTISER_ONLY


def _frame_after_content(s: _Sentence, c: _Cue, speaker: tuple[int, int],
                         via: tuple[int, int] | None, sep_tok: int) -> _Raw | None:
    """A frame after its content with a long tail ('"...," she said at a rally on Friday,
    where ...', "..., he said of the senator."), or inside it ("The bridge, she said, will
    cost $4m.": the content is the sentence around the frame)."""
    toks, n = s.toks, len(s.toks)
    if c.lemma in BELIEF_VERBS and c.end < n and toks[c.end].lower in ("it", "them"):
        return None  # '"If they close 3 plants, whole towns will feel it," she said': the
        # belief verb has its own object, it closes no content
    before = _clause_before(s, sep_tok)
    stop = _tail_stop(toks, c)
    if stop is None and _quoted(s, before) and _quote_then_tail(toks, c):
        stop = n  # '"...," she said and hung up.', '"...," she told an audience of ...'
    if before[1] <= before[0] or stop is None or toks[c.i].lower in QUOTE_ONLY_CUES:
        return None
    boundary = toks[sep_tok].start
    if _quoted(s, before) or stop >= n or toks[stop].text != "," or stop + 1 >= n \
            or _closes_frame(toks, stop + 1) or toks[stop + 1].lower in TAIL_CLOSERS:
        return _Raw(c.span, speaker, _with_joined(s, before, stop), via, False, boundary)
    k = _after_hearer(toks, c)
    if (stop > k and not _medial_tail(toks, c, k, stop)) \
            or not _continues_clause(toks, stop + 1):
        return None  # "The plan, she told reporters, was simple."
    return _Raw(c.span, speaker, _to_sentence_end(s, before[0]), via,
                False, boundary)


def _with_joined(s: _Sentence, content: tuple[int, int], stop: int) -> tuple[int, int]:
    """The content before a frame, to the sentence end when a joined clause after the
    frame's comma at ``stop`` goes on with it (``_joined_clause``)."""
    if _quoted(s, content) or not _joined_clause(s.toks, stop):
        return content
    return _to_sentence_end(s, content[0])


def _joined_clause(toks: list[Token], stop: int) -> bool:
    """"Prices rose 27 percent, the bureau said, while oil rose 19 percent": after a frame
    set inside reported speech (no quotation), a clause with its own subject joined by
    ``JOINED_CONTENT_CONJUNCTIONS`` goes on with what was said, unless another cue follows
    in it ("..., records show, and experts say ...", "..., she said, but added ...", "...,
    according to ...", "put the cost at ...") or a verb comes first ("..., he said, and
    left": the speaker's).  (In PolNeAR train, 11 of the 11 such clauses with no cue of
    their own lie inside the gold content.)"""
    n = len(toks)
    if stop + 2 >= n or toks[stop].text != "," \
            or toks[stop + 1].lower not in JOINED_CONTENT_CONJUNCTIONS:
        return False
    first = toks[stop + 2]
    if not is_word(first) or _verb_form(first) or first.lower in AUXILIARIES \
            or _is_ly_adverb(first) or n - stop > JOINED_CLAUSE_REACH:
        return False  # (a clause too long to read is left alone: the look stays bounded)
    return not any(_cue_word_at(toks, m) or toks[m].lower == "according"
                   or toks[m].lower in ESTIMATE_AT_VERBS for m in range(stop + 2, n))


#: Most tokens a joined clause after a frame may run to the sentence end.
JOINED_CLAUSE_REACH: Final = 40


def _medial_tail(toks: list[Token], c: _Cue, k: int, stop: int) -> bool:
    """"The cost, she told me on Friday, will rise": a frame inside its content may end in a
    short time or setting adjunct (at most ``MEDIAL_TAIL`` words, no verb) before its comma;
    not a relative clause ("Roe, who advised him on the bill, said") nor a noun ("the two
    states with the most votes")."""
    first = toks[k].lower
    if toks[c.i].lower in AMBIGUOUS_NOUN_FORMS or toks[c.i - 1].lower in \
            RELATIVE_PRONOUNS or _no_time_after(toks, k):
        return False  # "he said this, he tweeted that": "this" is no time here
    return stop - k <= MEDIAL_TAIL and (first in ADJUNCT_STARTS or first in DAY_WORDS) \
        and not any(not (is_word(t) or _figure(t)) or t.lower in FINITE_VERBS
                    or t.lower in COMPLEMENTISERS for t in toks[k:stop])


#: Most words in the adjunct that ends a frame inside its content ("on Friday night").
MEDIAL_TAIL: Final = 5


def _quote_then_tail(toks: list[Token], c: _Cue) -> bool:
    """After '"...," she said', is what follows the cue no content of its own (not "that", a
    colon, a quote or a clause)?  Then it is a tail, however long."""
    k = _after_hearer(toks, c)
    if k >= len(toks):
        return True
    t = toks[k]
    return t.text != _QUOTE and t.lower not in COMPLEMENTISERS and (
        t.lower in CLAUSE_CONJUNCTIONS or t.lower in TAIL_CLOSERS
        or t.lower in ADJUNCT_STARTS or t.lower in TAIL_OPENERS
        or not _has_verb_soon(toks, k))


def _continues_clause(toks: list[Token], k: int) -> bool:
    """After ", she said," the sentence goes on in lower case ("will cost", "by the end")."""
    t = toks[k]
    return t.text.islower() and is_word(t) and t.lower not in CLAUSE_CONJUNCTIONS


def _tail_stop(toks: list[Token], c: _Cue) -> int | None:
    """Where the words after a closing cue end (a comma, a quote or the sentence end), if
    they are only a tail: prepositional or participial phrases, days, -ly adverbs ("at a
    rally in Ohio on Friday", "of the senator", "to cheers"); None if content follows."""
    n = len(toks)
    k = _after_hearer(toks, c)
    if k < n and is_word(toks[k]) and not _tail_opener(toks, k, c):
        return None
    for m in range(k, min(n, k + 30)):
        t = toks[m]
        if t.lower in COMPLEMENTISERS or (_figure(t) and (m == k or not _date_figure(toks, m))):
            return None  # a figure right after the cue is its object ("; rivals claimed 2,000.")
        if t.text in (",", ".", "!", "?", ";", _QUOTE, "-", "--"):
            return m
    return n if n - k <= 30 else None


def _after_hearer(toks: list[Token], c: _Cue) -> int:
    """The token after a cue's hearer ("told them | ,", "told the crowd | in Ohio"), or
    after the cue when it takes none."""
    k = c.end
    if not _takes_hearer(toks, c):
        return k
    if _object_pronoun(toks, k):
        return k + 1
    return max(k, right_np(toks, k, limit=5)) if k < len(toks) and is_word(toks[k]) else k


def _tail_opener(toks: list[Token], k: int, c: _Cue) -> bool:
    """A word that opens a tail after a cue: a preposition, a day, an -ing or -ly word."""
    t = toks[k]
    low = t.lower
    if (not t.text.islower() and low not in WEEKDAY_NAMES) or _opens_figure(toks, k):
        return False  # (a name; a weekday is written with a capital: "said Friday, ...")
    if low == "to" and c.lemma in INFINITIVE_LEMMAS:
        return False
    return low in TAIL_OPENERS or low in ADJUNCT_STARTS or low in DAY_WORDS \
        or (len(low) > 4 and low.endswith(("ing", "ly")))


def _quoted(s: _Sentence, content: tuple[int, int]) -> bool:
    return content[0] > 0 and s.text[content[0] - 1] == _QUOTE


def _joined_quote(s: _Sentence, content: tuple[int, int], k: int) -> tuple[int, int]:
    """'"A," he said, "B."' joins both quotes; 'Roe, a coach, said, "B."' is just B."""
    q = s.quote_opening_at(s.toks[k].start)
    if q is None:
        return content
    inner = _quote_content(s, q)
    return (content[0] if _quoted(s, content) else inner[0]), inner[1]


def _content_start(s: _Sentence, c: _Cue) -> tuple[int, bool]:
    """Where the content after a cue starts, past a hearer ("told Reuters"), adjuncts ("on
    Monday") and "that" or ":"; and whether "that" or ":" was there."""
    toks, n = s.toks, len(s.toks)
    k = c.end
    hearer = _takes_hearer(toks, c)
    if k + 1 < n and _is_ly_adverb(toks[k]) and (toks[k + 1].text in (_QUOTE, ":")
                                                 or toks[k + 1].lower == "that"):
        k += 1  # 'she added warily: "..."', "said sharply that ..."
    if hearer and k < n and toks[k].text == _QUOTE:
        k = _past_quoted_title(toks, k)  # 'told "Meet the Press" that ...'
    elif hearer and k < n and toks[k].text != ":" \
            and toks[k].lower != "that":
        h = k + 1 if toks[k].lower in TOPIC_PREPOSITIONS else _hearer_end(toks, k)
        if _hearer_is_subject(toks, c, k, h):
            h = k
        preps = CONTENT_PREPOSITIONS.get(c.lemma, ())  # "asked the court | for action"
        k = _past_quoted_title(toks, next((m for m in range(k + 1, h) if toks[m].lower in preps),
                                          h))
    k = _past_partner(toks, c, k)
    if "for" not in CONTENT_PREPOSITIONS.get(c.lemma, ()):
        k = _duration_end(toks, k)
    k = _tally_end(toks, k)
    k = _skip_adjuncts(toks, k)
    if hearer or (c.lemma in STRONG_LEMMAS and k < n
                  and toks[c.i].lower not in BASE_FORMS
                  and toks[k].lower in LATE_ADJUNCT_PREPOSITIONS):
        k = _late_complementiser(toks, k)
    if k < n and toks[k].text == ",":
        k = _aside_end(toks, k) or k + 1
    if k < n and toks[k].lower in COMPLEMENTISERS and not _time_determiner(toks, k):
        k += 1
        if k < n and toks[k].text == ",":
            k += 1
        return k, True
    return k, False


def _past_partner(toks: list[Token], c: _Cue, k: int) -> int:
    """"agreed with Ana Lima | that ...": past the partner phrase of a cue of
    ``PARTNER_PREPOSITIONS`` when "that" follows it, opening no relative clause, and the
    phrase can speak (not "agreed with the union's demand that ...": the demand's own
    clause); else ``k``."""
    n = len(toks)
    if k + 1 >= n or toks[k].lower != PARTNER_PREPOSITIONS.get(c.lemma):
        return k
    h = k + 2 if _object_pronoun(toks, k + 1) else right_np(toks, k + 1, limit=8)
    if not (k + 1 < h < n - 1 and toks[h].lower == "that") or _verb_form(toks[h + 1]) \
            or toks[h + 1].lower in AUXILIARIES:
        return k  # ("agreed with the analysts that predicted ...": a relative clause)
    head = toks[h - 1]
    return h if head.lower in OBJECT_PRONOUNS or _may_speak(head) else k


def _hearer_is_subject(toks: list[Token], c: _Cue, k: int, h: int) -> bool:
    """"The agency warned | camps were full", "warned | prices across Asia would rise":
    after a verb whose hearer is optional, a noun phrase (with a prepositional phrase) and
    then a finite verb is the subject of a bare clause, not the hearer ("warned investors |
    prices would rise" keeps its hearer)."""
    if c.lemma not in OPTIONAL_HEARER_LEMMAS or not k < h < len(toks) \
            or _object_pronoun(toks, k):
        return False
    if toks[h].lower in TAIL_OPENERS and toks[h].lower != "to":
        h = right_np(toks, h + 1, limit=5)
    return h < len(toks) and toks[h].text.islower() \
        and (toks[h].lower in FINITE_VERBS or _past_verb_at(toks, h))


def _tally_end(toks: list[Token], k: int) -> int:
    """"ruled 5-2 that ...", "concluded 7-2 on Monday that": past a vote tally (a count, a
    dash and a count) right after a cue, when "that", a comma or an adjunct follows it;
    else ``k``."""
    e = k + 3
    if e >= len(toks) or not (toks[k].text.isdigit() and toks[k + 1].text == "-"
                              and toks[k + 2].text.isdigit()):
        return k
    low = toks[e].lower
    return e if low in COMPLEMENTISERS or toks[e].text == "," or low in ADJUNCT_OPENERS \
        or low in DAY_WORDS else k


def _time_determiner(toks: list[Token], k: int) -> bool:
    """"agreed that night to fund ...": "that" before a noun of time is a determiner, not a
    complementiser."""
    return toks[k].lower == "that" and k + 1 < len(toks) and toks[k + 1].lower in TIME_WORDS


def _past_quoted_title(toks: list[Token], k: int) -> int:
    """'told CNN's | "State of the Union" | on Sunday that ...': a quoted title in title case
    after a hearer names a show or a paper, not what was said, when "that" follows it (past
    adjuncts); else ``k``."""
    n = len(toks)
    if k >= n or toks[k].text != _QUOTE:
        return k
    close = next((m for m in range(k + 1, min(n, k + 10)) if toks[m].text == _QUOTE), None)
    if close is None or close == k + 1 or close + 1 >= n or not all(
            is_capitalised(t) or t.lower in TITLE_CASE_SMALL_WORDS
            for t in toks[k + 1:close]):
        return k
    nxt = _skip_adjuncts(toks, close + 1)
    return nxt if nxt < n and toks[nxt].lower in COMPLEMENTISERS else k


def _duration_end(toks: list[Token], k: int) -> int:
    """Past a duration adjunct after a cue ("has said | for weeks | that ...", "said for the
    first time", "has argued for the past two years"), else ``k``."""
    if k + 1 >= len(toks) or toks[k].lower != "for":
        return k
    for m in range(k + 1, min(len(toks), k + 6)):
        low = toks[m].lower
        if low in TIME_UNITS or (low in ("time", "while") and m > k + 1):
            return m + 1
        if not (low in DURATION_OPENERS or low in FEW_WORDS or low in ("first", "long")
                or _number_word(toks[m])):
            return k
    return k


def _late_complementiser(toks: list[Token], k: int) -> int:
    """"told the audience at his rally for veterans that ...", "asked Roe during a call-in
    if ...", "said after a dinner on Friday that ...": after a hearer or a preposition, a
    "that", "whether" or "if" past a longer adjunct (pairs of commas setting off a place or
    a time inside it, but no other punctuation, quote, relative word, finite verb or other
    cue between) opens the content; else ``k``."""
    commas = 0
    for m in range(k, min(len(toks), k + LATE_COMPLEMENTISER_REACH)):
        t = toks[m]
        if t.lower in LATE_COMPLEMENTISERS:
            opens = m + 1 < len(toks) and (toks[m + 1].text[:1].isalnum()
                                           or toks[m + 1].text == _QUOTE)
            return m if opens and commas % 2 == 0 else k  # commas set off an adjunct in pairs
        commas += t.text == ","
        if m > k and toks[m - 1].lower in CLAUSE_CONJUNCTIONS and t.text.islower() \
                and _past_form(t):
            return k  # "vowed a fight and tried to persuade the board ... that": not its own
        if m > k and t.lower in FINITE_VERBS and t.text.islower() \
                and toks[k].lower not in TAIL_OPENERS and toks[k].lower not in ADJUNCT_STARTS:
            return k  # "told jurors the clerk was hit ... and that ...": a bare
            # clause first, which the content opens with (not "saying to aides is that")
        if not (is_word(t) or _figure(t) or t.lower == "'s" or t.text == ",") \
                or _cue_word_at(toks, m) or t.lower in COMPLEMENTISERS \
                or t.lower in RELATIVE_PRONOUNS:
            return k
    return k


#: How far (in tokens) past a hearer or a preposition a late "that" may open the content
#: ("told a crowd of farmers in Dover, Ohio, on the last day of the fair that ...").
LATE_COMPLEMENTISER_REACH = 16


def _cue_word_at(toks: list[Token], m: int) -> bool:
    """A reporting verb at ``m`` with its particle, if it needs one ("spoke about", not
    "spoke to the panel")."""
    particles = CUE_PARTICLES.get(toks[m].lower)
    if particles is None:
        return toks[m].lower in REPORTING_VERBS
    return m + 1 < len(toks) and toks[m + 1].lower in particles


def _aside_end(toks: list[Token], k: int) -> int | None:
    """After the comma at ``k``, the "that" (or "whether", "why", ...) that follows a short
    aside ("believes, for example, that ...", "reported, citing two sources, that ...",
    "wondered, as many do, why ...")."""
    for m in range(k + 1, min(len(toks) - 1, k + 8)):
        if toks[m].text == ",":
            nxt = toks[m + 1].lower
            return m + 1 if nxt == "that" or nxt in INDIRECT_QUESTION_OPENERS else None
        if not (is_word(toks[m]) or _figure(toks[m])):
            return None
    return None


def _aside_via(toks: list[Token], c: _Cue) -> tuple[int, int] | None:
    """"reported, citing two sources, that ...": the cited source is the frame's ``via``."""
    k = c.end
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower in VIA_MARKERS:
        e = right_np(toks, k + 2)
        return _span(toks, k + 2, e) if e > k + 2 else None
    return None


def _takes_hearer(toks: list[Token], c: _Cue) -> bool:
    """Is the cue's first object its hearer ("told Reuters", "urged Congress", "called on
    voters")?"""
    return toks[c.i].lower in HEARER_VERBS or toks[c.end - 1].lower in HEARER_PARTICLES


def _hearer_end(toks: list[Token], k: int) -> int:
    """End of the hearer after "told": it stops before a figure ("told Reuters 7 people
    were hurt")."""
    if _object_pronoun(toks, k):
        return k + 1  # "asking him to ..."
    e = right_np(toks, k, limit=5)
    for m in range(k, e):
        if NUMBER_HINT.match(toks[m].text) or _figure(toks[m]) or _opens_figure(toks, m):
            return max(k, m)
    return max(k, _hearer_before_subject(toks, k, e))


def _hearer_before_subject(toks: list[Token], k: int, e: int) -> int:
    """A hearer read together with the next clause's subject ends before the noun next to
    the verb: "told analysts | sales would grow", "told union members | wages had fallen";
    before a name next to it: "told the council | Moscow had ..."."""
    first = k + 1 if toks[k].lower in DETERMINERS else k
    if e - first < 2 or e >= len(toks) or not toks[e].text.islower() \
            or not (toks[e].lower in FINITE_VERBS or _past_verb_at(toks, e)):
        return e
    if all(toks[m].text.islower() for m in range(first, e)):
        return e - 1
    return _named_subject_start(toks, first, e)


def _named_subject_start(toks: list[Token], first: int, e: int) -> int:
    """"told reporters | Taipei would ...", "told the Duma | Moscow had ...": in a hearer
    that runs into a finite verb at ``e``, the clause's subject is the run of capitalised
    words before the verb after a lower-case noun, else the last of an all-capitalised run;
    ``e`` when neither fits ("told the council U.S. forces would"), or when a preposition
    comes before the run ("warned prices in Asia would": the place closes the phrase)."""
    m = e
    while m > first and is_capitalised(toks[m - 1]):
        m -= 1
    if m == e:
        return e
    if m > first:
        prev = toks[m - 1]
        return m if prev.text.isalpha() and prev.text.islower() \
            and prev.lower not in OBLIQUE_PREPOSITIONS else e
    return e - 1


def _object_pronoun(toks: list[Token], k: int) -> bool:
    """A pronoun hearer ("told them", "asked him"); "her" only when no noun follows it
    ("asked her to", not "asked her assistant")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if k < len(toks) and toks[k].lower == "it":
        return nxt is not None and nxt.lower == "to"  # "asked it to", not "warned it would"
    if k >= len(toks) or toks[k].lower not in OBJECT_PRONOUNS:
        return False
    return toks[k].lower != "her" or nxt is None or not is_word(nxt) \
        or nxt.lower in SPEAKER_STOPS or nxt.lower in COMPLEMENTISERS \
        or nxt.lower == "to"


def _content_after(s: _Sentence, c: _Cue, speaker: tuple[int, int], via: tuple[int, int] | None,
                   subj: tuple[int, int]) -> _Raw | None:
    """"said (that) ...", 'said: "..."', "reported 40 new cases": content after the cue,
    if what follows is a clause, a quote or (for strong cues) a figure."""
    toks, n = s.toks, len(s.toks)
    k, strong_start = _content_start(s, c)
    via = via or _aside_via(toks, c)
    if k >= n or toks[k].text in (".", "!", "?", ";"):
        announces = strong_start and toks[k - 1].text == ":"  # "Hewitt writes:" + what follows
        return _Raw(c.span, speaker, (c.span[1], c.span[1]), via, False, None) \
            if _reports_alone(s, c) or announces else None
    if toks[k].text == _QUOTE:
        q = s.quote_opening_at(toks[k].start)
        if q is not None:
            return _Raw(c.span, speaker, _quote_content(s, q), via, False, None)
    if not strong_start and not _reports_what_follows(s, c, k, subj):
        return None
    start, end = toks[k].start, _subordinate_end(s, c, subj, k)
    q = s.inside_quote(start)  # inside a quote, the content stops at the closing mark
    if q is not None and q[1] < end:
        end = q[1]
    return _Raw(c.span, speaker, (start, end), via, True, None)


def _subordinate_end(s: _Sentence, c: _Cue, subj: tuple[int, int], k: int) -> int:
    """Where content after a cue (from token ``k``) ends: the sentence end, the comma that
    closes a subordinate clause holding the frame ("When Roe announced 600 layoffs, |
    workers ...") or a relative clause set off by commas ("The levy, which she said is
    fair, | costs $4", ``_relative_close``)."""
    toks = s.toks
    if _in_aside_relative(toks, subj):
        return _relative_close(s, min(k, c.end))
    if toks[0].lower not in SUBORDINATORS or any(t.text == "," for t in toks[1:c.i]):
        return s.span.end
    comma = next((t for t in toks[c.end:] if t.text in (",", ";")), None)
    return comma.start if comma is not None else s.span.end


def _relative_close(s: _Sentence, k: int) -> int:
    """"The plan, which Roe said would cut taxes, raise pay and add 40 jobs, | passed": the
    comma that closes a relative clause set off by commas is the first one before the main
    clause's verb (a finite form: "passed", "costs", "was", "said"), so a list inside the
    clause stays in; with no such verb, the first comma ("Roe, who backs the levy, | and Ana
    Lima, who ..."); a semicolon closes it too; commas inside a quotation opened in the
    clause do not count; else the sentence end."""
    toks, n = s.toks, len(s.toks)
    outer = s.inside_quote(toks[k].start)  # (a frame quoted whole: its commas count)
    first = None
    for j in range(min(k, n - 1), n - 1):
        if toks[j].text == ";":
            return toks[j].start if first is None else first
        if toks[j].text != ",":
            continue
        if s.inside_quote(toks[j].start) == outer:
            if _finite_form(toks, j + 1) or (
                    toks[j + 1].lower in ("and", "but") and j + 2 < n
                    and (is_capitalised(toks[j + 2]) or toks[j + 2].lower in DETERMINERS)):
                return toks[j].start  # (", and the bank, which ...": another conjunct)
            first = toks[j].start if first is None else first
        elif toks[j + 1].text == _QUOTE and j + 2 < n and _finite_form(toks, j + 2):
            return toks[j + 1].end  # 'which she called "fair, cheap," | cost ...'
    return s.span.end if first is None else first


def _finite_form(toks: list[Token], j: int) -> bool:
    """Does a finite verb stand at ``j`` ("passed", "costs", "was", "owns"; not a plural noun
    in a list: "taxes and fees"; ``tokens.reads_as_verb``)?"""
    t = toks[j]
    return t.text.islower() and t.text.isalpha() \
        and reads_as_verb(t.lower, toks[j + 1].lower if j + 1 < len(toks) else "")


def _in_aside_relative(toks: list[Token], subj: tuple[int, int]) -> bool:
    """"The levy, which she said is fair, costs $4", "Roe, who said little, owns 3 farms":
    is the frame a relative clause set off by a comma, the speaker its subject ("which she")
    or its antecedent ("Roe, who")?  Its content ends where the relative clause does, at the
    next comma; what follows is the writer's."""
    a, b = subj
    return (a >= 2 and toks[a - 1].lower in RELATIVE_PRONOUNS and toks[a - 2].text == ",") \
        or (b - a >= 3 and toks[b - 1].lower in RELATIVE_PRONOUNS and toks[b - 2].text == ",")


def _reports_what_follows(s: _Sentence, c: _Cue, k: int, subj: tuple[int, int]) -> bool:
    """With no "that" or ":", does what follows the cue read as its content?  A clause
    ("found the rate rose"), or for object-taking verbs a figure ("reported 40 cases");
    not an adjunct ("announced at a briefing") or a plain object ("announced the start")."""
    toks = s.toks
    if (toks[c.i].lower in COMPLEMENTISER_ONLY and not _known_clause(toks, c, k)) \
            or _anonymity(toks, k):
        return False
    verdict = _lemma_object(toks, c, k)
    if verdict is not None:
        return verdict
    if _negated(toks, c.i):
        pass  # "did not mention the 40 deaths": a plain object is no claim of the speaker's
    elif c.lemma in OBJECT_CONTENT_LEMMAS and (_object_at(toks, k) or _object_at(
            toks, _past_day(toks, k))):
        return True  # "announced plans", "announced on Monday the lawsuit"
    elif toks[k].lower in CONTENT_PREPOSITIONS.get(c.lemma, ()) and k + 1 < len(toks) \
            and (is_word(toks[k + 1]) or _object_at(toks, k + 1)):
        return True  # "joked about the polls", "cautioned against cuts", "asked for $2m"
    if _question_or_gerund(toks, c, k):
        return True
    if c.lemma in PREPOSITION_ONLY_LEMMAS:
        return False  # "would respond within 48 hours": it needs to/with, that or a quote
    if c.lemma in FIGURE_OBJECT_LEMMAS and _forecast(toks, k, subj):
        return True  # "officials expect a turnout of 4 million", "expects to save $2 billion"
    clause = _clause_follows(toks, k, c.lemma, toks[subj[0]:subj[1]]) \
        or _small_clause(toks, k, c.lemma)
    if (c.weak or _negated(toks, c.i)) and not clause:
        return False
    first = toks[k]
    if first.lower in FINITE_VERBS and _relative_gap(toks, subj):
        return True  # "a memo that she said | was written by the agency"
    if first.text.islower() and (first.lower in CONTENT_NEVER_STARTS
                                 or first.lower in FINITE_VERBS) and not _opens_figure(toks, k):
        return False
    return clause or c.lemma in OBJECT_OK_LEMMAS or _has_figure(toks, k)


def _lemma_object(toks: list[Token], c: _Cue, k: int) -> bool | None:
    """What the cue's lemma alone decides: an infinitive after a verb of urging or promising
    is its content ("vowed to hire"), so is an object and an adjective after "find" ("found
    the fee unfair"), and a verb of judging reports only its object."""
    if c.lemma in INFINITIVE_LEMMAS and _infinitive_at(toks, k):
        return True
    if c.lemma in JUDGED_ADJECTIVE_LEMMAS and _object_then_adjective(toks, k):
        return True  # "I find his plan troubling": the judgement is the claim
    if c.lemma in GROUNDED_LEMMAS:
        return _grounded_object(toks, c, k)
    return _judged_object(toks, c, k) if c.lemma in JUDGEMENT_LEMMAS else None


def _grounded_object(toks: list[Token], c: _Cue, k: int) -> bool:
    """"attacked rivals on stage for taking gifts", "linked the rise in crime to the
    closures": a verb of ``GROUNDED_LEMMAS`` reports its object only when a ground's
    preposition follows it within reach, before any break in the clause (and, for a verb
    of ``SPEAKING_OBJECT_LEMMAS``, when a word of that object can speak: "attacked the
    mayor", not "attacked the base over the weekend")."""
    if not _judged_object(toks, c, k):
        return False
    grounds = GROUNDED_LEMMAS[c.lemma]
    for m in range(k + 1, min(k + 1 + GROUND_REACH, len(toks) - 1)):
        t = toks[m]
        if _ground_at(toks, m, grounds):
            return c.lemma not in SPEAKING_OBJECT_LEMMAS or _object_pronoun(toks, k) \
                or any(_speaking_head(o) for o in toks[k:m])
        if not (is_word(t) or _figure(t) or t.lower == "'s") or t.lower in FINITE_VERBS \
                or t.lower in CLAUSE_LINKS:
            return False
    return False


def _ground_at(toks: list[Token], m: int, grounds: frozenset[str]) -> bool:
    """Does the ground of a judgement open at ``m`` (one of ``grounds``, with a word after
    it)?  Not a word of a body's name ("the Center for Fair Pay": an organisation word
    before it, a capital after it), nor a span of time or an occasion ("for two hours",
    "over the weekend", "for the third time": ``GROUND_TIME_COUNTERS`` before a time word;
    "for last year's tax rise" is a ground)."""
    n = len(toks)
    if toks[m].lower not in grounds or m + 1 >= n:
        return False
    if m > 0 and is_capitalised(toks[m - 1]) and toks[m - 1].lower in ORG_SUFFIXES \
            and is_capitalised(toks[m + 1]):
        return False
    k = m + 1
    while k < min(n, m + 6) and (toks[k].lower in GROUND_TIME_COUNTERS or _figure(toks[k])
                                 or toks[k].lower in SMALL_NUMBER_WORDS):
        k += 1  # ("for | nearly an | hour", "for | the third | time")
    return not (k < n and toks[k].lower in GROUND_TIME_WORDS
                and not (k + 1 < n and toks[k + 1].lower == "'s"))


def _judged_object(toks: list[Token], c: _Cue, k: int) -> bool:
    """"blamed the council for the cuts", "praised the plan as a model": a verb of judging
    reports its object and the complement after it; with no object before its preposition
    it is a passive ("the man accused of fraud"), and negated it claims nothing."""
    if _negated(toks, c.i) or k >= len(toks) or toks[k].lower in JUDGEMENT_COMPLEMENTS:
        return False
    return _object_at(toks, k) or _object_pronoun(toks, k)


def _question_or_gerund(toks: list[Token], c: _Cue, k: int) -> bool:
    """"asked whether the plan meant a change" (an indirect question, whatever its verb),
    "suggested raising the levy" (what is proposed)."""
    if c.lemma in QUESTION_LEMMAS and toks[k].lower in QUESTION_WORDS:
        return k + 1 < len(toks) and is_word(toks[k + 1])
    return c.lemma in GERUND_OBJECT_LEMMAS and _ing_word(toks[k]) \
        and toks[k].lower not in NOT_SMALL_CLAUSE


def _small_clause(toks: list[Token], k: int, lemma: str) -> bool:
    """"The footage shows Okafor handing out 40 bonuses", "polls that show him leading": an
    object and a verb in -ing after a verb of showing report what they show."""
    if lemma not in SMALL_CLAUSE_LEMMAS or k >= len(toks) \
            or toks[k].lower in QUESTION_WORDS or toks[k].lower in SUBORDINATORS:
        return False  # "starts to show when one looks at ..."
    for m in range(k + 1, min(len(toks), k + 6)):
        t = toks[m]
        if _ing_word(t):
            return t.lower not in NOT_SMALL_CLAUSE and not _figure(toks[k])
        if not is_word(t) or t.lower in FINITE_VERBS or t.lower in NOT_CLAUSE_STARTS:
            return False
    return False


def _object_then_adjective(toks: list[Token], k: int) -> bool:
    """"I find his plan troubling", "found the new rules sensible", "finds the levy wholly
    unfair.": an object noun phrase at ``k`` (no pronoun: "find it hard to") and an
    adjective that closes the clause after it report a judgement."""
    if k >= len(toks) or toks[k].lower in OBJECT_PRONOUNS or toks[k].lower == "it":
        return False
    z = next((m for m in range(k + 2, min(len(toks), k + 14))
              if toks[m].text in (".", ",", ";", "!", _QUOTE)), None)
    if z is None:
        return False
    a = z - 1
    t = toks[a]
    if not (t.text.islower() and t.text.isalpha() and len(t.text) > 4
            and t.lower not in NOT_ADJECTIVES and (
                t.lower.endswith((*ADJECTIVE_ENDINGS, "ate"))
                or t.lower in PLAIN_ADJECTIVES)):
        return False
    if _is_ly_adverb(toks[a - 1]) or toks[a - 1].lower in DEGREE_WORDS:
        a -= 1  # "wholly appropriate", "so odd"
    first = toks[k]
    opens_np = first.lower in _ARTICLES_AND_DETERMINERS or first.lower in OWN_POSSESSIVES \
        or is_capitalised(first) or _figure(first) or first.text in CURRENCY_SYMBOLS
    return a > k and opens_np and not any(
        t.lower in FINITE_VERBS or t.lower == "to"
        or not (is_word(t) or _figure(t) or t.lower == "'s" or t.text in CURRENCY_SYMBOLS)
        for t in toks[k:a])


def _past_day(toks: list[Token], k: int) -> int:
    """Past a day adjunct at ``k`` ("announced | on Monday | the lawsuit"), else ``k``."""
    m = k + 1 if k < len(toks) and toks[k].lower == "on" else k
    while m < len(toks) - 1 and toks[m].lower in DAY_WORDS:
        m += 1
    return m if m > k + 1 or (m > k and toks[k].lower in DAY_WORDS) else k


def _forecast(toks: list[Token], k: int, subj: tuple[int, int]) -> bool:
    """An object or to-infinitive at ``k`` that holds a figure, after a subject in the third
    person, in a sentence that reports nothing else ("Analysts expect 5% growth, the bank
    said" is the bank's report; "We expect 40" inside a quote is the quote's speaker's; a
    participle after a comma shares the subject, "..., citing poor harvests", and counts
    for nothing here)."""
    return (_object_at(toks, k) or _infinitive_at(toks, k)) and _has_figure(toks, k) \
        and not any(t.lower in FIRST_PERSON for t in toks[subj[0]:subj[1]]) \
        and not any(t.text.islower() and t.lower in REPORTING_VERBS and not _determined_noun(
            toks, m) and not _missing_particle(toks, m)
            and not (_ing_word(t) and _after_clause(toks, m))  # ", citing ..."
            for m, t in enumerate(toks[k:k + 40], k))


def _missing_particle(toks: list[Token], m: int) -> bool:
    """"raise rates by 0.5 points": a cue form that needs a particle ("pointed out") has none
    after it, so it is no cue."""
    particles = CUE_PARTICLES.get(toks[m].lower)
    return particles is not None and (m + 1 >= len(toks) or toks[m + 1].lower not in particles)


def _speech_object(toks: list[Token], m: int, i: int) -> bool:
    """'Roe added a final caveat: "..."': is the cue at ``m`` a form of "add"
    (``SPEECH_OBJECT_CUES``) whose direct object, before the colon at ``i``, is a determiner
    and a noun for something said (``SPEECH_NOUNS``, perhaps after one adjective), so that it
    reports nothing itself and the quote after the colon is what was said?"""
    return toks[m].lower in SPEECH_OBJECT_CUES and m + 2 < i \
        and toks[m + 1].lower in DETERMINERS and (toks[m + 2].lower in SPEECH_NOUNS or (
            m + 3 < i and toks[m + 3].lower in SPEECH_NOUNS))


def _determined_noun(toks: list[Token], m: int) -> bool:
    """"below an earlier estimate of 5%": a cue form that is also a noun is the noun right
    after a determiner, or after "a"/"an" and one word when it has no verb's -s ("the bank
    estimates" is a verb)."""
    low = toks[m].lower
    return low in AMBIGUOUS_NOUN_FORMS and (toks[m - 1].lower in DETERMINERS or (
        m > 1 and toks[m - 2].lower in ("a", "an") and not low.endswith("s")))


def _known_clause(toks: list[Token], c: _Cue, k: int) -> bool:
    """"I know voters are tired", "Roe knew the bill would fail": a verb of knowing reports a
    plain clause that opens with a pronoun, a name or a determiner and has its verb soon."""
    if toks[c.i].lower not in KNOWING_FORMS or k >= len(toks) or c.end != k or (
            c.i > 1 and toks[c.i - 2].lower in DO_FORMS
            and toks[c.i - 1].lower not in NEGATIONS and not _is_ly_adverb(toks[c.i - 1])):
        return False  # "Does anybody know what ...", "Little did they know": a question
    first = toks[k]
    if first.lower in QUESTION_WORDS:
        return True  # "knows how hard it is", "do not know which firm"
    if not (first.lower in PRONOUNS or is_capitalised(first) or first.lower in
            _ARTICLES_AND_DETERMINERS or is_plural_noun(first.lower) or _figure(first)) \
            or first.lower in OBJECT_PRONOUNS:
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        t = toks[m]
        if t.lower in FINITE_VERBS or (t.text.islower() and _past_verb_at(toks, m)):
            return True
        if not is_word(t) or t.lower in CLAUSE_LINKS:
            return False
    return False


def _negated(toks: list[Token], i: int) -> bool:
    """A negation among the auxiliaries before the cue at ``i`` ("did not mention", "never
    confirmed", "hasn't announced")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (toks[k].lower in AUXILIARIES
                                     or _is_ly_adverb(toks[k])):  # "did not immediately"
        if toks[k].lower in NEGATIONS:
            return True
        k -= 1
    return False


def _relative_gap(toks: list[Token], subj: tuple[int, int]) -> bool:
    """"the money that he said was lost", "a rate which the bank says had risen": the
    cue's subject follows a relative word, so the content's own subject is the gap the
    relative word fills."""
    a = subj[0]
    if subj[1] - a > 6 and not all(is_capitalised(t) or t.lower in NAME_FUNCTION_WORDS
                                   for t in toks[a + 1:subj[1]]):
        return False  # a long name may fill it ("which the Organisation for ... says had")
    if a == 0 or toks[a - 1].lower not in GAP_RELATIVES:
        return _contact_relative(toks, subj)
    return toks[a - 1].lower == "what" or not (  # "adapt to what she said was ..." has a gap
        a > 1 and toks[a - 2].lower in RELATIVE_PREPOSITIONS)


def _contact_relative(toks: list[Token], subj: tuple[int, int], at_start: bool = False) -> bool:
    """"faces a shortfall the treasurer said could reach $4 million": a relative clause with
    no relative word, after an object noun phrase (a determiner, not at the sentence start
    unless ``at_start``, and its lower-case head right before the cue's subject); the
    content's subject is the gap."""
    a = subj[0]
    subject_first = toks[a]
    if not (is_capitalised(subject_first) or subject_first.lower in CONTACT_SUBJECT_STARTS):
        return False
    opener = _contact_antecedent(toks, a)
    return opener is not None and (opener > 0 or at_start)


def _contact_antecedent(toks: list[Token], a: int) -> int | None:
    """Where the object noun phrase before a contact clause's subject at ``a`` opens: its
    determiner ("a shortfall | the treasurer"), or the dash or colon before a phrase with
    none ("-- meddling | the envoy"); a figure and its unit sit inside it and do not count
    against the reach ("the 15 percent levy | she"). ``None`` when there is no such
    phrase: its head right before ``a`` must be a lower-case noun."""
    head = toks[a - 1] if a > 0 else None
    if head is None or not head.text.isalpha() or not head.text.islower() \
            or head.lower in CONTACT_NOT_HEADS:
        return None
    words = 0
    for m in range(a - 2, max(-1, a - 2 - CONTACT_TOKEN_REACH), -1):
        t = toks[m]
        if t.lower in CONTACT_DETERMINERS:
            return m
        if _figure(t) or t.lower in FIGURE_GAP_UNITS:
            continue
        if t.text == "-" and m > 0 and toks[m - 1].end == t.start:
            continue  # a hyphen inside a word ("15-year")
        if not t.text.replace("-", "").isalpha():  # (a "well-known" word is one)
            return m if t.text in CONTACT_PHRASE_OPENERS else None
        words += 1
        if words >= CONTACT_MODIFIER_REACH:
            return None
    return None


def _anonymity(toks: list[Token], k: int) -> bool:
    """"asked not to be named", "asked to remain anonymous": a request about the speaker."""
    words = [t.lower for t in toks[k:k + 4]]
    if words[:1] == ["not"]:
        words = words[1:]
    return words[:1] == ["to"] and len(words) > 2 and words[1] in ("be", "remain") \
        and words[2] in ANONYMITY_WORDS


def _infinitive_at(toks: list[Token], k: int) -> bool:
    """A to-infinitive: "vowed | to hire 200 officers", "asked them | not to march" (not "to
    the press")."""
    if k + 2 < len(toks) and toks[k].lower == "not" and toks[k + 1].lower == "to":
        k += 1  # "urged them not to protest"
    if k + 2 < len(toks) and toks[k + 1].text == _QUOTE:
        k += 1  # 'asked it to "cease and desist"'
    return k + 1 < len(toks) and toks[k].lower in ("to", '"') and toks[k + 1].text.islower() \
        and is_word(toks[k + 1]) and toks[k + 1].lower not in DETERMINERS


def _object_at(toks: list[Token], k: int) -> bool:
    """A noun phrase object: "proposed | a ban on imports", "called for | new elections"."""
    t = toks[k]
    low = t.lower
    return (is_word(t) or _number_word(t) or t.text == "$") and low not in \
        CONTENT_NEVER_STARTS and (low not in SPEAKER_STOPS or low in DETERMINERS
                                      or low in QUESTION_WORDS)  # "recalled her days"


_FIGURE_OPENERS = PhraseMatcher(FIGURE_OPENERS)


def _opens_figure(toks: list[Token], k: int) -> bool:
    """A bound or approximation cue and its number ("at least 21", "over 50", "under 10%"):
    content that starts with a figure, not an adjunct ("said at a briefing")."""
    cue = _FIGURE_OPENERS.at(toks, k)
    if cue is None:
        return False
    nxt = toks[k + len(cue)] if k + len(cue) < len(toks) else None
    return nxt is not None and (_number_word(nxt) or nxt.text in ("$", "£", "€"))


def _number_word(t: Token) -> bool:
    """A figure or a word of a number ("40", "thirteen", "forty-two", "dozens", "per cent")."""
    return _figure(t) or NUMBER_HINT.match(t.text) is not None or t.lower in FIGURE_WORDS


def _has_figure(toks: list[Token], k: int) -> bool:
    """A number among the next dozen tokens of the clause ("reported 40 new cases")."""
    for t in toks[k: k + 12]:
        if t.text in (".", ";", _QUOTE):
            return False
        if _number_word(t):
            return True
    return False


def _skip_adjuncts(toks: list[Token], k: int) -> int:
    """Past the adjuncts between a cue and its content: "said on Thursday that", "said in a
    statement:", "stated to LA Weekly that", "said on Monday 40 people died"."""
    n = len(toks)
    start = k
    clause = _adjunct_before_clause(toks, k)
    if clause is not None:
        return clause
    if k < n and (toks[k].lower in ADJUNCT_PREPOSITIONS or (
            toks[k].lower == "by" and k + 1 < n and toks[k + 1].lower in MEDIUM_NOUNS)):
        e = right_np(toks, k + 1, limit=7)  # "said by phone that"
        if k + 1 < e < n and (toks[e].lower in COMPLEMENTISERS or (
                toks[e].text == "," and e + 1 < n and (toks[e + 1].text == _QUOTE
                                                        or toks[e + 1].lower == "that"))):
            return e  # "said at a briefing that", "saying at one point, \"...\""
        long_end = _long_adjunct_end(toks, k)
        if long_end is not None:
            return long_end
    while k < n and k - start < 8:
        low = toks[k].lower
        if not (low in ADJUNCT_OPENERS or low in DAY_WORDS
                or (low == "by" and k + 1 < n and _figure(toks[k + 1]))):  # "by 2050,"
            break
        e = _adjunct_end(toks, k)
        if low in SHORT_ADJUNCT_PREPOSITIONS and e == k + 1:
            return start
        # only if the adjunct is followed by "that", ":", a quote, a comma, or content
        # that opens with a figure ("said on Monday 40 people died")
        if not (e < n and (toks[e].lower in COMPLEMENTISERS or toks[e].text in (",", _QUOTE)
                           or toks[e].lower in QUESTION_WORDS
                           or toks[e].lower in PRONOUNS or _infinitive_at(toks, e)
                           or _figure(toks[e]) or _opens_figure(toks, e)
                           or _clause_at(toks, e))):
            return start
        k = e
    return k


def _clause_after_adjunct(toks: list[Token], j: int, end: int) -> bool:
    """Does a clause open right after a time or setting adjunct between ``j`` and ``end``
    ("said on Tuesday | the deficit would narrow", "said in a statement | the firm had ...")?"""
    return any((toks[m - 1].lower in DAY_WORDS or toks[m - 1].lower in ADJUNCT_NOUNS
                or toks[m - 1].lower in TIME_UNITS) and _clause_at(toks, m)
               for m in range(j + 1, end))


def _clause_at(toks: list[Token], k: int) -> bool:
    """A clause with a determiner or a name for its subject opens at ``k``: "said on Monday
    | the bank would cut 40 jobs", "said Friday | Acme had hired 12 people"."""
    t = toks[k]
    if k + 1 < len(toks) and (toks[k + 1].lower in TIME_UNITS
                              or toks[k + 1].lower in TIME_NOUNS):
        return False  # "said on Monday | the day after 40 people died": a time phrase
    return (t.lower in DETERMINERS or is_capitalised(t)) and t.lower != "that" \
        and _has_verb_soon(toks, k + 1, 7)


def _adjunct_before_clause(toks: list[Token], k: int) -> int | None:
    """"admitted under questioning | he had not paid", "said at the hearing | she would cut
    40 jobs": a short prepositional adjunct right after a cue, then a clause with no "that"
    opened by a subject pronoun and its verb; where that clause starts, else None."""
    n = len(toks)
    if k + 3 >= n or toks[k].lower not in CLAUSE_ADJUNCT_PREPOSITIONS:
        return None
    e = right_np(toks, k + 1, limit=5)
    if not k + 1 < e < n - 1 or toks[e].lower not in SUBJECT_PRONOUNS:
        return None
    verb = toks[e + 1]
    if not (verb.text.islower() and (verb.lower in FINITE_VERBS or verb.lower in
                                     IRREGULAR_PAST or verb.lower.endswith("ed"))):
        return None
    for m in range(e + 2, n):  # "said in the town she grew up in that ...": a relative clause
        t = toks[m]
        if t.lower == "that" or t.text in (",", ";", _QUOTE):
            after = toks[m + 1] if m + 1 < n else None
            if t.lower == "that" or (t.text == "," and after is not None and (
                    after.text == _QUOTE or after.lower == "that")):
                return None  # 'said at the meeting he chaired, "..."': the quote is content
            return e
    return e


def _long_adjunct_end(toks: list[Token], k: int) -> int | None:
    """The "that" after a long adjunct: "said in a long memoir of the war years that
    ...", "said during her closing address Friday that ..."; or the comma before a quote
    ('said at a forum in Dover on Monday, "..."')."""
    if toks[k].lower not in LONG_ADJUNCT_PREPOSITIONS:
        return None
    for m in range(k + 1, min(len(toks), k + 16)):
        t = toks[m]
        if t.lower == "that" or (t.text == "," and m + 1 < len(toks)
                                 and toks[m + 1].text == _QUOTE):
            return m if m > k + 2 else None
        if toks[m - 1].lower in DAY_WORDS and _clause_at(toks, m):
            return m  # "said at a rally in Ohio on Monday | the plan would cost $4m"
        possessive = t.lower in DETERMINERS and m + 1 < len(toks) \
            and toks[m + 1].text.islower()  # "in her closing talk"
        if not (is_word(t) or _figure(t) or t.text in ("-", "'s")) or t.lower in FINITE_VERBS \
                or t.lower in QUESTION_WORDS or t.lower in CLAUSE_CONJUNCTIONS \
                or t.lower in PRONOUNS or (t.lower in OBJECT_PRONOUNS and not possessive) \
                or t.lower in TOPIC_PREPOSITIONS:
            return None
    return None


def _adjunct_end(toks: list[Token], k: int) -> int:
    """One past the words of a time or setting adjunct opened at ``k`` ("on Thursday", "in a
    televised speech", "by 2050")."""
    e = k + 1
    while e < len(toks) and e - k < 5:
        t = toks[e]
        if not (is_word(t) or _figure(t)) or t.lower == "that":
            break
        if toks[e - 1].lower in DAY_WORDS and _clause_at(toks, e):
            break  # "said Friday | Acme had hired 12 people"
        if not (t.lower in DAY_WORDS or t.lower in ADJUNCT_NOUNS or is_capitalised(t)
                or _date_figure(toks, e) or (t.lower in DETERMINERS and e == k + 1
                                             and toks[k].lower not in DAY_WORDS)):
            break  # a determiner only right after the opener: "said on Monday | the bank ..."
        e += 1
    return e


def _clause_follows(toks: list[Token], k: int, lemma: str, subject: list[Token]) -> bool:
    """A weak cue reports only before a clause, or with a document or person-like subject."""
    if any(t.lower in DOCUMENT_NOUNS for t in subject[-2:]) or (
            subject and _head(subject).lower in DOCUMENT_NOUNS):
        return True  # "The study found", "A poll of Ohio released on Tuesday showed"
    first = toks[k].lower
    if first in NOT_CLAUSE_STARTS:
        return False
    if lemma in BELIEF_VERBS or lemma in CLAUSE_LEMMAS:
        # "I think we ...", "she believed the movement ..." : a pronoun or determiner + noun
        # followed, within a few words, by a finite verb-like word; a belief verb's subject
        # may be long ("she believes the popularity of the plan among older voters ensures").
        return _has_verb_soon(toks, k, BELIEF_CLAUSE_REACH if lemma in BELIEF_VERBS
                              else 9)
    return (_has_verb_soon(toks, k) and first not in _ARTICLES_AND_DETERMINERS) or (
        first in DETERMINERS and _has_verb_soon(toks, k))


_ARTICLES_AND_DETERMINERS: Final = DETERMINERS | ARTICLES


def _head(phrase: list[Token]) -> Token:
    """The head of a noun phrase: the word before its first preposition or participle
    ("a poll | of Ohio released on Tuesday"), or a document noun before its relative
    clause ("the survey | that was taken"), else its last word."""
    for m in range(1, len(phrase)):
        low = phrase[m].lower
        if phrase[m].text.islower() and (low in NP_PREPOSITIONS or low == "by"
                                         or low in MODIFIER_PARTICIPLES):
            return phrase[m - 1]
        if low in DOCUMENT_RELATIVES and phrase[m - 1].lower in DOCUMENT_NOUNS \
                and m < len(phrase) - 1:
            return phrase[m - 1]
    return phrase[-1]


def _has_verb_soon(toks: list[Token], k: int, reach: int = 9) -> bool:
    """A finite-looking verb within ``reach`` - 1 tokens (eight by default): an auxiliary, or
    a word after a noun phrase ending in -ed / -s that is not followed by a noun marker."""
    for m in range(k, min(len(toks), k + reach)):
        t = toks[m]
        if t.text in (".", ";", ":", _QUOTE, ",", "-"):
            return False
        if (t.lower in FINITE_VERBS and (m == k or not (
                t.lower in MONTH_NAMES and t.text[0].isupper()))) or t.lower == "n't":
            return True  # (not the month past the first word: "jobs in | May")
        if t.lower == "'s" and m > 0 and toks[m - 1].lower in _CONTRACTING:
            return True
        if m > k and t.text.islower() and _past_verb_at(toks, m):
            return True
        if m > k and t.text.islower() and t.lower.endswith("s") \
                and toks[m - 1].lower in SINGULAR_SUBJECTS:
            return True
    return False


_CONTRACTING: Final = frozenset(PRONOUNS) | CONTRACTING_WORDS


def _past_verb_at(toks: list[Token], m: int) -> bool:
    """A past-tense verb at ``m`` ("rose", "reached"), not a participle adjective after a
    determiner or before a plural noun ("numerous bloodied bodies")."""
    t = toks[m]
    if not (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST):
        return False
    prev = toks[m - 1]
    if prev.lower in DETERMINERS or prev.lower in NP_PREPOSITIONS:
        return False
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    return not (nxt is not None and nxt.text.islower() and is_word(nxt)
                and nxt.lower.endswith("s") and nxt.lower not in FUNCTION_AFTER_VERB)


# --------------------------------------------------------------------------------------------
# According to, dash credits
# --------------------------------------------------------------------------------------------


def _according_source(toks: list[Token], k: int) -> tuple[int, int, tuple[int, int] | None]:
    """The source after "according to" at ``k`` ("the UN", "her", "a report by the UN"):
    its end, the end past a ", quoting Y" after it, and Y as ``via``."""
    n = len(toks)
    e = right_np(toks, k)
    if e <= k and k < n and (toks[k].lower in OBJECT_PRONOUNS or toks[k].lower == "it"):
        e = k + 1  # "according to her": the pronoun is the source
    d = _past_day(toks, e)  # "a poll released | on Tuesday | by the university"
    if d < n and toks[d].lower == "by" and d + 1 < n:  # "according to a report by the UN"
        e2 = right_np(toks, d + 1)
        if e2 > d + 1:
            e = e2
    if e > k and e + 2 < n and toks[e].text == "," and toks[e + 1].lower == "quoting":
        e3 = right_np(toks, e + 2)
        if e3 > e + 2:
            return e, e3, _span(toks, e + 2, e3)
    return e, e, None


def _according(s: _Sentence, i: int, m: int) -> _Raw | None:
    """"..., according to X." (content before) or "According to X, ..." (content after);
    "according to X, quoting Y" keeps Y as ``via``."""
    toks, n = s.toks, len(s.toks)
    cue = (toks[i].start, toks[i + m - 1].end)
    source_end, e, via = _according_source(toks, i + m)
    if source_end <= i + m:
        return None
    speaker = _span(toks, i + m, source_end)
    if sum(1 for t in toks[:i] if is_word(t) or _figure(t)) >= 2:
        return _according_after(s, i, e, cue, speaker, via)
    k = e
    while k < n and toks[k].text in (",", "-", ":"):
        k += 1
    if k < n and toks[e].text == ",":  # "According to Ana Lima, the panel's chair, ..."
        named = _apposed_source_name(toks, source_end, k)
        if named is not None:  # "According to the clinic's director, Ana Lima, ...":
            speaker, k = _span(toks, i + m, named), named + 1  # the apposed name speaks
        else:
            k = _past_source_apposition(toks, k, is_capitalised(toks[source_end - 1]))
    if k >= n:
        return None
    if toks[k].text == _QUOTE:
        q = s.quote_opening_at(toks[k].start)
        if q is not None:
            return _Raw(cue, speaker, _quote_content(s, q), via, False, None)
    return _Raw(cue, speaker, (toks[k].start, s.span.end), via, True, None)


def _past_source_apposition(toks: list[Token], k: int, named: bool) -> int:
    """"According to Ana Lima, the panel's chair, 12 people ...": past an apposition to the
    source at ``k`` (a relative clause, or, after a ``named`` source, a phrase with a
    person's role, no verb of its own and a lower-case last word) and its closing comma,
    else ``k`` ("According to police, the officer, a veteran, was shot": the officer is the
    clause's subject, as is "Professor Jo Roe" in "According to the Herald, Professor Jo
    Roe, ... said")."""
    for j in range(k + 1, min(len(toks) - 1, k + SOURCE_APPOSITION_REACH)):
        if toks[j].text != ",":
            continue
        words = toks[k:j]
        relative = words[0].lower in RELATIVE_PRONOUNS
        role = named and words[-1].text.islower() and any(
            t.lower in PERSON_ROLES for t in words) and not any(
            t.lower in FINITE_VERBS or _past_form(t) for t in words)  # not "Prof. Jo Roe, said"
        return j + 1 if relative or role else k
    return k


def _apposed_source_name(toks: list[Token], source_end: int, k: int) -> int | None:
    """"According to the clinic's director, | Ana Lima |, ...": after a fronted source
    headed by a person's role in lower case, a name of up to four capitalised words at ``k``
    set off by commas is the source's name (the speaker phrase takes it in, and the resolver
    names the speaker by it, ``RESOLVER_STEPS`` "inner_apposed_name"), unless an age, a relative
    pronoun or a verb after it makes the name the clause's subject; the index of its
    closing comma, else None."""
    if toks[source_end - 1].lower not in PERSON_ROLES or not toks[source_end - 1].text.islower():
        return None
    j = next((j for j in range(k, min(len(toks), k + 5)) if not is_capitalised(toks[j])), None)
    if j is None or j == k or toks[j].text != "," or j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    age = _figure(nxt) and j + 2 < len(toks) and toks[j + 2].text == ","
    if age or nxt.lower in RELATIVE_PRONOUNS or (nxt.text.islower() and _verb_form(nxt)):
        return None  # ("According to the sheriff, Jo Roe, 40, fled": Jo Roe fled)
    return j


#: Most tokens of an apposition to a fronted "according to" source.
SOURCE_APPOSITION_REACH: Final = 12


def _according_after(s: _Sentence, i: int, e: int, cue: tuple[int, int],
                     speaker: tuple[int, int], via: tuple[int, int] | None) -> _Raw:
    """"Prices rose, according to the bank." and "X, according to Y, rose by 4%": the
    content comes before the cue (or is the whole sentence around it)."""
    toks, n = s.toks, len(s.toks)
    sep = i - 1 if i > 0 and toks[i - 1].text in _SEPARATORS else None
    if sep is not None:
        content = _clause_before(s, sep)
    else:
        start = s.span.start + (1 if toks[0].text == _QUOTE else 0)
        content = (start, _trim_end(s.text, start, toks[i].start))
    if e < n and toks[e].text == "," and sep is not None and _is_word_after(toks, e):
        return _Raw(cue, speaker, _to_sentence_end(s, content[0]), via,
                    False, None)
    return _Raw(cue, speaker, content, via, False,
                toks[sep].start if sep is not None else toks[i].start)


def _is_word_after(toks: list[Token], e: int) -> bool:
    """True when a lower-case word follows the comma at ``e`` (the sentence goes on)."""
    return e + 1 < len(toks) and toks[e + 1].text[0].islower() \
        and toks[e + 1].lower not in CLAUSE_LINKS


def _dash_credit(s: _Sentence, i: int) -> _Raw | None:
    """'"...quote..." - Jane Roe.' : a quote credited after a dash, with no verb."""
    toks, n = s.toks, len(s.toks)
    if i == 0:
        q = _quote_just_before(s)
    elif toks[i - 1].text == _QUOTE:
        q = s.quote_closing_at(toks[i - 1].start)
    else:
        return None
    if q is None:
        return None
    e = right_np(toks, i + 1, limit=8)
    if e <= i + 1 or not is_capitalised(toks[i + 1]):
        return None
    if e < n and (toks[e].text not in (".", ",", ";")
                  or (toks[e].text == "," and any(t.lower in REPORTING_VERBS
                                                  for t in toks[e: e + 4]))
                  or (e + 1 < n and toks[e + 1].lower in REPORTING_VERBS)):
        return None
    return _Raw((toks[i].start, toks[i].end), _span(toks, i + 1, e), _quote_content(s, q),
                None, False, None)


# --------------------------------------------------------------------------------------------
# Quotes that continue an attributed quote
# --------------------------------------------------------------------------------------------


def _continue_quotes(text: str, frames: list[Frame], sentences: Sequence[Span],
                     paragraphs: Sequence[Span]) -> list[Frame]:
    """'"A," she said. "B."' : B continues the same speaker's quote in the same paragraph.

    The frame's content is widened to the end of each following quote of the paragraph that has
    no frame of its own, and on into the next paragraphs while the frame's sentence ends its
    paragraph and each next paragraph is all quotation with no frame of its own
    (``_quote_paragraphs_run_on``).
    """
    if not frames:
        return frames
    by_sentence: dict[int, list[int]] = {}
    for k, f in enumerate(frames):
        by_sentence.setdefault(f.sentence, []).append(k)
    starts = [sp.start for sp in sentences]
    out = list(frames)
    pi = 0
    for k, f in enumerate(frames):
        c0, c1 = f.content
        if c0 == 0 or text[c0 - 1] != _QUOTE or c1 <= c0:
            continue
        while pi < len(paragraphs) and paragraphs[pi].end < f.cue[0]:
            pi += 1
        if pi >= len(paragraphs):
            break
        new_end = _quotes_run_on(text, frames, by_sentence, sentences, paragraphs[pi],
                                 f.sentence + 1, c1)
        last = max(new_end, f.cue[1], f.speaker[1])
        if (k + 1 == len(frames) or frames[k + 1].cue[0] >= paragraphs[pi].end) \
                and bisect_right(starts, last) == bisect_left(starts, paragraphs[pi].end):
            # the frame's sentence ends its paragraph: its quote may run on in the next ones
            run = _quote_paragraphs_run_on(text, frames, by_sentence, sentences, starts,
                                           paragraphs, pi, last)
            new_end = run if run > last else new_end
        if new_end > c1 and f.cue[0] < new_end:
            out[k] = f._replace(content=(c0, new_end))
    return out


#: How many paragraphs after its own a speaker's quote may run on into.
QUOTE_PARAGRAPHS: Final = 3


def _quote_paragraphs_run_on(text: str, frames: list[Frame], by_sentence: dict[int, list[int]],
                             sentences: Sequence[Span], starts: list[int],
                             paragraphs: Sequence[Span], pi: int, end: int) -> int:
    """'"Crews made progress," said Chief Ana Roe. ¶ "We have 840 firefighters out."': a
    paragraph that is all quotation and names no speaker continues the quote of the
    paragraph before, when that paragraph's last quote is the frame's (news style gives one
    quote its tag once).  Not a paragraph with any word outside its quotes (a tag the cue
    list lacks: '"Not one!" the crowd chanted'), a question (an interviewer's), or one the
    next paragraph opens on with a demonstrative ('That was the warning from ...').
    Returns the end of the last such quote (or ``end``, the end of the frame's own
    sentence, for none)."""
    if text.find(_QUOTE, end, paragraphs[pi].end) >= 0:
        return end  # another quote after the frame's: whose it is, the frame does not say
    for pj in range(pi + 1, min(pi + 1 + QUOTE_PARAGRAPHS, len(paragraphs))):
        para = paragraphs[pj]
        quotes = quote_spans(text, para)
        if not quotes or quotes[0][0] != para.start or not _all_quoted(text, para, quotes) \
                or text[quotes[-1][0] + 1:quotes[-1][1]].rstrip(' .,"').endswith("?"):
            break
        si = bisect_left(starts, para.start)
        if any(not any(q0 < frames[j].cue[0] < q1 for q0, q1 in quotes)
               for k in range(si, bisect_left(starts, para.end))
               for j in by_sentence.get(k, ())):
            break  # a frame outside its quotes: it has a speaker of its own
        if pj + 1 < len(paragraphs) and _demonstrative_opening(text, paragraphs[pj + 1]):
            break  # '¶ "We found 14 cracks." ¶ That was the warning from Jo Roe, ...'
        end = _trim_end(text, quotes[-1][0] + 1, quotes[-1][1])
    return end


#: Words that, opening a paragraph after a quoted one, point back at that quote ("That was
#: the warning from ...", "Those were the words of ..."): they may name its speaker.
QUOTE_POINTERS: Final = frozenset({"that", "this", "those", "these", "such"})


def _all_quoted(text: str, para: Span, quotes: list[tuple[int, int]]) -> bool:
    """Is nothing but white space outside the paragraph's quotes (and the closing marks'
    punctuation)?"""
    prev = para.start
    for q0, q1 in quotes:
        if text[prev:q0].strip(" \t.,;:"):
            return False
        prev = q1 + 1
    return not text[prev:para.end].strip(" \t.,;:")


def _demonstrative_opening(text: str, para: Span) -> bool:
    """Does the paragraph open with a word of ``QUOTE_POINTERS``?"""
    word = text[para.start:min(para.end, para.start + 8)].split(" ", 1)[0]
    return word.lower() in QUOTE_POINTERS


def _quotes_run_on(text: str, frames: list[Frame], by_sentence: dict[int, list[int]],
                   sentences: Sequence[Span], para: Span, si: int, end: int) -> int:
    """End of the last quote, from sentence ``si`` on, that continues a frame's quote in the
    paragraph ``para`` (or ``end``)."""
    first = si
    new_end = end
    while si < len(sentences) and sentences[si].start < para.end and si - first < 7:
        sp = sentences[si]
        if text[sp.start] != _QUOTE:
            break
        close = text.find(_QUOTE, sp.start + 1, para.end)
        close = para.end if close < 0 else close
        # the sentences the quote opens and closes in
        last = si
        while last + 1 < len(sentences) and sentences[last + 1].start < close \
                and last - si < 8:  # (bounded: a quote left open to a huge paragraph's end)
            last += 1
        # a quote with a frame outside it ('"B. C," he added.') has its own speaker
        if any(not (sp.start < frames[j].cue[0] < close)
               for k in range(si, last + 1) for j in by_sentence.get(k, ())):
            break
        new_end = _trim_end(text, sp.start, close)
        si = last + 1
    return new_end
