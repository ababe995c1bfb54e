"""Every hedge on a quantity: its own bound, approximation and vague cues, and the modal,
evidential and disputed cues around it.  A modal must sit in the number's clause.

Each sentence's cues and clause marks are found once per document and attached by position.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import compress, count
from operator import attrgetter
from typing import Final, Literal, NamedTuple

from . import model
from .attribution import FrameIndex
from .lexicon.attribution import (
    CLAIM_ANAPHORS,
    CLAIM_CUE_EVIDENTIALS,
    CLAIM_DETERMINERS,
    CLAIM_NOUNS,
    CLAIM_POINTERS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_OPENERS,
    DISPUTE_CUES,
    DISPUTE_NEGATORS,
    EVIDENTIAL_CUES,
    EVIDENTIAL_PHRASES,
    EVIDENTIAL_REPORTING_LEMMAS,
    MODAL_CUES,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    SENTENCE_WIDE_EVIDENTIALS,
)
from .model import HedgeKind
from .text import Span
from .tokens import PhraseMatcher, SentenceTokens, Token

__all__ = ["HedgeFinder", "NumberCue"]


class NumberCue(NamedTuple):
    """A cue the quantity reader found next to its number: "up to" (bound), "about"
    (approximation), "dozens" (vague)."""

    start: int
    end: int
    kind: HedgeKind


#: What a cue word of a sentence is: an evidential phrase such as "unconfirmed reports" hedges
#: every number of its sentence ("evidential-anywhere"), the others only those they govern.
CueKind = Literal["modal", "evidential", "evidential-anywhere", "disputed"]


class _Cue(NamedTuple):
    """A hedge cue of a sentence: token range and the rule's kind."""

    k: int
    k_end: int
    kind: CueKind


class _SentenceCues(NamedTuple):
    """A sentence's tokens, its cues grouped by kind (token positions and cues, in order),
    its clause marks, and the speaker-to-cue spans of the frames that overlap it."""

    tokens: list[Token]
    by_kind: dict[str, tuple[list[int], list[_Cue]]]
    marks: tuple[int, ...]  # clause boundary token indices
    starts: tuple[int, ...]  # token starts
    claims: list[tuple[int, int, int, int]]  # (speaker start, cue end, content start, end)


class _Quantity(NamedTuple):
    """What a cue rule knows of the quantity: its offsets and tokens, clause and own frame."""

    start: int
    end: int
    k: int  # its first token
    k_end: int  # one past its last token
    clause: tuple[int, int]
    own: model.Attribution | None


class HedgeFinder:
    """Hedges for the quantities of one document, read in text order.

    A quantity takes, of each kind of cue around it, the nearest one that qualifies it
    (``CUE_RULES``): each sentence's cues are found once and looked up by position, so the
    time stays linear however many cues and numbers a sentence holds.

    Args:
        source: the original text (hedge surfaces are read from it).
        text: the normalised text the tokens index into.
        sentences: sentence spans.
        tokens: the document's shared sentence tokens.
        frames: the document's attributions, indexed.
    """

    def __init__(self, source: str, text: str, sentences: Sequence[Span],
                 tokens: SentenceTokens, frames: FrameIndex) -> None:
        self.source = source
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.frames = frames
        self._memo: dict[int, _SentenceCues] = {}
        self._no_dispute: set[int] = set()  # sentences known to hold no dispute word
        self._refers: dict[tuple[int, str | None], bool] = {}

    def hedges(self, sentence: int, start: int, end: int,
               cues: Sequence[NumberCue]) -> tuple[model.Hedge, ...]:
        """All hedges of the quantity at ``[start, end)``, sorted by offset then kind."""
        found = {*(self._hedge(c.start, c.end, c.kind) for c in cues),
                 *self._context_hedges(sentence, start, end)}
        return tuple(sorted(found, key=_order))

    def _hedge(self, start: int, end: int, kind: HedgeKind) -> model.Hedge:
        return model.Hedge(self.source[start:end], kind, start, end)

    def _context_hedges(self, sentence: int, start: int, end: int) -> list[model.Hedge]:
        """Modal, evidential and disputed cues around the quantity (not nested in another of
        the same kind)."""
        if not 0 <= sentence < len(self.sentences):
            return []
        here = self._sentence(sentence)
        if not here.tokens:
            return []
        own = self.frames.innermost(start, end)
        out: dict[tuple[int, int, str], model.Hedge] = {}
        if here.by_kind:  # most sentences have no cue: no rule can find one
            q_k, q_end = bisect_left(here.starts, start), bisect_left(here.starts, end)
            q = _Quantity(start, end, q_k, q_end, _clause(here, q_k, q_end), own)
            for _name, rule in CUE_RULES:
                found = rule(here, q)
                if found is not None:
                    self._add(out, here.tokens, *found)
        claim = _claim_verb(own)
        if claim is not None:
            out[(claim[0], claim[1], "evidential")] = self._hedge(*claim, "evidential")
        self._next_sentence_dispute(out, sentence, here, own)
        return _outermost(out)

    def _add(self, out: dict[tuple[int, int, str], model.Hedge], toks: list[Token], cue: _Cue,
             kind: HedgeKind) -> None:
        s, e = toks[cue.k].start, toks[cue.k_end - 1].end
        out[(s, e, kind)] = self._hedge(s, e, kind)

    def _next_sentence_dispute(self, out: dict[tuple[int, int, str], model.Hedge],
                               sentence: int, here: _SentenceCues,
                               own: model.Attribution | None) -> None:
        """'Officials said 40 died. The army disputed the figure.': the first dispute of the
        next sentence, when that sentence points back at this claim."""
        if sentence + 1 >= len(self.sentences):
            return
        if sentence + 1 in self._no_dispute:
            return
        if sentence + 1 not in self._memo:
            span = self.sentences[sentence + 1]
            if DISPUTE_CUES.isdisjoint(map(_LOWER, self.tokens.get(span.start, span.end))):
                self._no_dispute.add(sentence + 1)  # asked once a sentence, not a quantity
                return  # no dispute word: no need to find the next sentence's cues
        nxt = self._sentence(sentence + 1)
        disputes = nxt.by_kind.get("disputed")
        if not disputes:
            return
        key = (sentence, own.speaker.name if own is not None else None)
        refers = self._refers.get(key)
        if refers is None:
            refers = _refers_back(nxt.tokens, here.tokens, own)
            if len(self._refers) >= 2 * self.tokens.limit:
                self._refers = {}
            self._refers[key] = refers
        if refers:
            self._add(out, nxt.tokens, disputes[1][0], "disputed")

    def _sentence(self, index: int) -> _SentenceCues:
        """Cues and clause marks of a sentence, found once (kept for a window of sentences)."""
        found = self._memo.get(index)
        if found is None:
            span = self.sentences[index]
            toks = self.tokens.get(span.start, span.end)
            found = _SentenceCues(toks, _by_kind(_find_cues(toks)), *_find_boundaries(toks),
                                  self.frames.claims_in(span.start, span.end))
            if len(self._memo) >= 2 * self.tokens.limit:
                self._memo = {}  # sentences are read in text order: older ones are done
            self._memo[index] = found
        return found


def _by_kind(cues: Sequence[_Cue]) -> dict[str, tuple[list[int], list[_Cue]]]:
    out: dict[str, tuple[list[int], list[_Cue]]] = {}
    for cue in cues:
        ks, found = out.setdefault(cue.kind, ([], []))
        ks.append(cue.k)
        found.append(cue)
    return out


def _order(h: model.Hedge) -> tuple[int, int, str]:
    return h.start, h.end, h.kind


def _outermost(out: dict[tuple[int, int, str], model.Hedge]) -> list[model.Hedge]:
    """Drop a hedge nested inside a longer one of the same kind."""
    return [h for h in out.values() if not any(
        o is not h and o.kind == h.kind and o.start <= h.start and h.end <= o.end
        and (o.start, o.end) != (h.start, h.end) for o in out.values())]


# --------------------------------------------------------------------------------------------
# Cue rules: which cue of a kind qualifies the quantity?  Each takes the nearest one: the
# closest before the number, else the closest after it.
# --------------------------------------------------------------------------------------------

#: How many cues of one kind a rule looks through on each side of the number for one that
#: qualifies it (a cue of another frame, or the claim's own cue, is passed over).
_REACH: Final = 8


def _nearest(here: _SentenceCues, kind: str, q: _Quantity, lo: int, hi: int,
             qualifies: Callable[[_Cue], bool]) -> _Cue | None:
    """The cue of ``kind`` nearest the quantity within tokens ``[lo, hi)`` that qualifies."""
    found = here.by_kind.get(kind)
    if found is None:
        return None
    ks, cues = found
    i = bisect_left(ks, q.k)
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if ks[j] < lo:
            break
        if qualifies(cues[j]):
            return cues[j]
    first = bisect_left(ks, q.k_end, lo=i)
    for j in range(first, min(len(ks), first + _REACH)):
        if ks[j] >= hi:
            break
        if qualifies(cues[j]):
            return cues[j]
    return None


def _modal_in_clause(here: _SentenceCues, q: _Quantity) -> tuple[_Cue, HedgeKind] | None:
    """"Up to 40 people may have died": the nearest modal in the number's clause that is not
    the cue of another frame ("officials could say ...")."""
    def qualifies(c: _Cue) -> bool:
        """A modal of the number's own words, not another frame's or its speaker's."""
        pos = here.tokens[c.k].start
        return not _cue_of_other_frame(here, pos, q.start) \
            and not _across_speaker_phrase(here, c.k, q.start)

    cue = _nearest(here, "modal", q, *q.clause, qualifies)
    return (cue, "modal") if cue is not None else None


def _evidential_in_clause(here: _SentenceCues, q: _Quantity) -> tuple[_Cue, HedgeKind] | None:
    """"Reportedly 40 people died": the nearest evidential word in the number's clause (not
    the cue of the claim itself, which ``_claim_verb`` reads)."""
    def qualifies(c: _Cue) -> bool:
        t = here.tokens[c.k]
        return not (t.lower in CLAIM_CUE_EVIDENTIALS and q.own is not None
                    and q.own.cue_start == t.start)

    cue = _nearest(here, "evidential", q, *q.clause, qualifies)
    return (cue, "evidential") if cue is not None else None


def _evidential_anywhere(here: _SentenceCues, q: _Quantity) -> tuple[_Cue, HedgeKind] | None:
    """"Unconfirmed reports put the toll at 40": the nearest such phrase in the sentence."""
    cue = _nearest(here, "evidential-anywhere", q, 0, len(here.tokens), lambda c: True)
    return (cue, "evidential") if cue is not None else None


def _disputed_in_sentence(here: _SentenceCues, q: _Quantity) -> tuple[_Cue, HedgeKind] | None:
    """"The army disputed the figure of 40": the nearest dispute in the sentence."""
    cue = _nearest(here, "disputed", q, 0, len(here.tokens), lambda c: True)
    return (cue, "disputed") if cue is not None else None


#: The cue rules, in order: (name, rule).  Each gives the cue of its kind that qualifies the
#: quantity, if any.
CUE_RULES: tuple[tuple[str, Callable[[_SentenceCues, _Quantity],
                                     tuple[_Cue, HedgeKind] | None]], ...] = (
    ("modal_in_clause", _modal_in_clause),
    ("evidential_in_clause", _evidential_in_clause),
    ("evidential_anywhere", _evidential_anywhere),
    ("disputed_in_sentence", _disputed_in_sentence),
)


def _claim_verb(own: model.Attribution | None) -> tuple[int, int] | None:
    """"The group claimed that 40 soldiers died": the claim's own reporting verb is
    evidential."""
    if own is not None and REPORTING_VERBS.get(own.cue_text.lower()) \
            in EVIDENTIAL_REPORTING_LEMMAS:
        return own.cue_start, own.cue_end
    return None


# --------------------------------------------------------------------------------------------
# Per-sentence cues and clauses
# --------------------------------------------------------------------------------------------

_HARD_BOUNDARIES: Final = frozenset({";", ":", "-", "--", "(", ")"})
_EVIDENTIAL_PHRASES: Final = PhraseMatcher(EVIDENTIAL_PHRASES)
_EVIDENTIAL_PHRASE_FIRSTS: Final = _EVIDENTIAL_PHRASES.firsts()
#: Every word that may be a cue or open a cue phrase, and every word that may mark a clause
#: boundary (a hard boundary's lower-cased text is its text).
_CUE_WORDS: Final = frozenset({*MODAL_CUES, *EVIDENTIAL_CUES, *_EVIDENTIAL_PHRASE_FIRSTS,
                        *DISPUTE_CUES})
_BOUNDARY_WORDS: Final = frozenset({*_HARD_BOUNDARIES, *CLAUSE_OPENERS, *CLAUSE_CONJUNCTIONS})
_LOWER: Final = attrgetter("lower")
_START: Final = attrgetter("start")


def _find_cues(toks: list[Token]) -> tuple[_Cue, ...]:
    """Every hedge cue of a sentence: modal words, evidential words and phrases ("said to",
    "unconfirmed reports", which hedge the whole sentence), and disputes not negated."""
    out: list[_Cue] = []
    # only a token that can be a cue or open a phrase is looked at (most are neither)
    for k in compress(count(), map(_CUE_WORDS.__contains__, map(_LOWER, toks))):
        t = toks[k]
        low = t.lower
        if low in MODAL_CUES and t.text.islower():
            out.append(_Cue(k, k + 1, "modal"))
        if low in EVIDENTIAL_CUES:
            out.append(_Cue(k, k + 1, "evidential"))
        if low in _EVIDENTIAL_PHRASE_FIRSTS:
            out.extend(_evidential_phrases(toks, k))
        if low in DISPUTE_CUES and not _negated(toks, k):
            out.append(_Cue(k, k + 1, "disputed"))
    return tuple(out)


def _evidential_phrases(toks: list[Token], k: int) -> list[_Cue]:
    out = []
    for phrase in _EVIDENTIAL_PHRASES.all_at(toks, k):
        anywhere = phrase[0] in SENTENCE_WIDE_EVIDENTIALS
        out.append(_Cue(k, k + len(phrase), "evidential-anywhere" if anywhere else "evidential"))
    return out


def _find_boundaries(toks: list[Token]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Clause boundary token indices of a sentence, and all token starts."""
    marks = tuple(k for k in compress(count(), map(_BOUNDARY_WORDS.__contains__,
                                                   map(_LOWER, toks)))
                  if toks[k].text in _HARD_BOUNDARIES or toks[k].lower in CLAUSE_OPENERS
                  or (toks[k].lower in CLAUSE_CONJUNCTIONS and k > 0
                      and toks[k - 1].text == ","))
    return marks, tuple(map(_START, toks))


def _clause(here: _SentenceCues, q: int, after: int) -> tuple[int, int]:
    """Token range of the clause holding tokens ``[q, after)``.

    Clauses split at ; : dashes and brackets, at ", and" / ", or", and at a boundary word that
    opens a new clause ("but", "although", "while", "which", "who", ...).
    """
    marks = here.marks
    b = bisect_left(marks, q)
    lo = marks[b - 1] + 1 if b > 0 else 0
    e = bisect_left(marks, max(q, after))
    hi = marks[e] if e < len(marks) else len(here.starts)
    return lo, hi


def _negated(toks: list[Token], k: int) -> bool:
    return any(t.lower in DISPUTE_NEGATORS for t in toks[max(0, k - 2): k])


def _cue_of_other_frame(here: _SentenceCues, pos: int, start: int) -> bool:
    """True for a modal inside a reporting frame that does not report this number
    ("officials could say ..." is about saying, not about the figure)."""
    claims = here.claims
    k = bisect_right(claims, (pos, sys.maxsize))
    for s, e, cs, ce in claims[max(0, k - _REACH):k]:
        if s <= pos < e and not cs <= start < ce:
            return True
    return False


def _across_speaker_phrase(here: _SentenceCues, k: int, start: int) -> bool:
    """Does the modal at token ``k`` lie across a frame's speaker phrase (speaker to cue) from
    the number at ``start``?  A number in the phrase takes no modal from outside it ("Two
    officials said the cut would be 15 percent"); a modal in a relative clause of the phrase
    hedges no number outside it ("Voters who may switch parties say 40 percent ...")."""
    pos = here.tokens[k].start
    claims = here.claims
    j = bisect_right(claims, (max(pos, start), sys.maxsize))
    for s, e, _, _ in claims[max(0, j - _REACH):j]:
        holds_number, holds_modal = s <= start < e, s <= pos < e
        if holds_number and not holds_modal:
            return True
        if holds_modal and not holds_number and any(
                t.lower in RELATIVE_WORDS for t in here.tokens[max(0, k - 8):k] if t.start >= s):
            return True
    return False


def _refers_back(ntoks: list[Token], toks: list[Token],
                 own: model.Attribution | None) -> bool:
    """Is the next sentence about the same claim?  Yes when it opens with or contains an
    anaphoric claim noun ("the figure", "the toll", "these accounts", "such"), names the
    claim's speaker, or repeats a content noun of the claim's sentence."""
    head = ntoks[:12]
    for k, t in enumerate(head):
        if t.lower in CLAIM_NOUNS and k > 0 and head[k - 1].lower in CLAIM_DETERMINERS:
            return True  # "the figure", "such claims"
        if t.lower in CLAIM_POINTERS and k + 1 < len(head) and \
                head[k + 1].lower in CLAIM_ANAPHORS:
            return True  # "this account", "that it"
    if own is not None:
        name_words = {w.lower() for w in own.speaker.name.split() if len(w) > 2}
        if name_words & {t.lower for t in ntoks}:
            return True
    content = {t.lower for t in toks if t.text.islower() and len(t.lower) > 4}
    return any(t.lower in content and t.lower not in DISPUTE_CUES for t in ntoks
               if t.text.islower())
