"""Every hedge on a quantity: its own bound, approximation and vague cues, and the modal,
evidential and disputed cues around it.  A modal must sit in the number's clause.

Each sentence's cues and clause marks are found once per document and attached by position.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from . import model
from .attribution import FrameIndex
from .lexicon import attribution as lex
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
    tokens: list[Token]
    cues: tuple[_Cue, ...]
    marks: tuple[int, ...]  # clause boundary token indices
    starts: tuple[int, ...]  # token starts


class _Quantity(NamedTuple):
    """What a cue rule knows of the quantity: its offsets, clause and innermost frame."""

    start: int
    end: int
    clause: tuple[int, int]
    own: model.Attribution | None
    near: Sequence[model.Attribution]


class HedgeFinder:
    """Hedges for the quantities of one document, read in text order.

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
        q = _Quantity(start, end, _clause(here, start, end), own, self.frames.near(sentence))
        out: dict[tuple[int, int, str], model.Hedge] = {}
        for cue in here.cues:
            kind = _cue_applies(cue, here.tokens, q)
            if kind is not None:
                self._add(out, here.tokens, cue, kind)
        claim = _claim_verb(q)
        if claim is not None:
            out[(claim[0], claim[1], "evidential")] = self._hedge(*claim, "evidential")
        self._next_sentence_disputes(out, sentence, here, own)
        return _outermost(out)

    def _add(self, out: dict[tuple[int, int, str], model.Hedge], toks: list[Token], cue: _Cue,
             kind: HedgeKind) -> None:
        s, e = toks[cue.k].start, toks[cue.k_end - 1].end
        out[(s, e, kind)] = self._hedge(s, e, kind)

    def _next_sentence_disputes(self, out: dict[tuple[int, int, str], model.Hedge],
                                sentence: int, here: _SentenceCues,
                                own: model.Attribution | None) -> None:
        """'Officials said 40 died. The army disputed the figure.': a dispute in the next
        sentence that points back at this claim."""
        if sentence + 1 >= len(self.sentences):
            return
        nxt = self._sentence(sentence + 1)
        disputes = [c for c in nxt.cues if c.kind == "disputed"]
        if disputes and _refers_back(nxt.tokens, here.tokens, own):
            for cue in disputes:
                self._add(out, nxt.tokens, cue, "disputed")

    def _sentence(self, index: int) -> _SentenceCues:
        """Cues and clause marks of a sentence, found once (kept for a window of sentences)."""
        found = self._memo.get(index)
        if found is None:
            span = self.sentences[index]
            toks = self.tokens.get(span.start, span.end)
            found = _SentenceCues(toks, _find_cues(toks), *_find_boundaries(toks))
            if len(self._memo) >= 2 * self.tokens.limit:
                self._memo = {}  # sentences are read in text order: older ones are done
            self._memo[index] = found
        return found


def _order(h: model.Hedge) -> tuple[int, int, str]:
    return h.start, h.end, h.kind


def _outermost(out: dict[tuple[int, int, str], model.Hedge]) -> list[model.Hedge]:
    """Drop a hedge nested inside a longer one of the same kind."""
    return [h for h in out.values() if not any(
        o is not h and o.kind == h.kind and o.start <= h.start and h.end <= o.end
        and (o.start, o.end) != (h.start, h.end) for o in out.values())]


# --------------------------------------------------------------------------------------------
# Cue rules: does a cue of the sentence qualify this quantity?
# --------------------------------------------------------------------------------------------


def _modal_in_clause(cue: _Cue, toks: list[Token], q: _Quantity) -> HedgeKind | None:
    """"Up to 40 people may have died": a modal in the number's clause, not the cue of
    another frame ("officials could say ...")."""
    pos = toks[cue.k].start
    if cue.kind == "modal" and _in_clause(cue, q) and not _cue_of_other_frame(q.near, pos, q.start):
        return "modal"
    return None


def _evidential_in_clause(cue: _Cue, toks: list[Token], q: _Quantity) -> HedgeKind | None:
    """"Reportedly 40 people died": an evidential word in the number's clause (not the cue
    of the claim itself, which ``claim_verb`` reads)."""
    t = toks[cue.k]
    if cue.kind != "evidential" or not _in_clause(cue, q):
        return None
    if t.lower in lex.CLAIM_CUE_EVIDENTIALS and q.own is not None and q.own.cue_start == t.start:
        return None
    return "evidential"


def _evidential_anywhere(cue: _Cue, toks: list[Token], q: _Quantity) -> HedgeKind | None:
    """"Unconfirmed reports put the toll at 40": hedges every number of its sentence."""
    return "evidential" if cue.kind == "evidential-anywhere" else None


def _disputed_in_sentence(cue: _Cue, toks: list[Token], q: _Quantity) -> HedgeKind | None:
    """"The army disputed the figure of 40": a dispute anywhere in the sentence."""
    return "disputed" if cue.kind == "disputed" else None


#: Sentence cue rules, in order: (name, rule).  The first rule that accepts a cue gives its kind.
CUE_RULES: tuple[tuple[str, Callable[[_Cue, list[Token], _Quantity], HedgeKind | None]], ...] = (
    ("modal_in_clause", _modal_in_clause),
    ("evidential_in_clause", _evidential_in_clause),
    ("evidential_anywhere", _evidential_anywhere),
    ("disputed_in_sentence", _disputed_in_sentence),
)


def _cue_applies(cue: _Cue, toks: list[Token], q: _Quantity) -> HedgeKind | None:
    if q.start <= toks[cue.k].start < q.end:
        return None  # a word inside the quantity itself
    for _name, rule in CUE_RULES:
        kind = rule(cue, toks, q)
        if kind is not None:
            return kind
    return None


def _in_clause(cue: _Cue, q: _Quantity) -> bool:
    return q.clause[0] <= cue.k < q.clause[1]


def _claim_verb(q: _Quantity) -> tuple[int, int] | None:
    """"The group claimed that 40 soldiers died": the claim's own reporting verb is
    evidential."""
    own = q.own
    if own is not None and lex.REPORTING_VERBS.get(own.cue_text.lower()) \
            in lex.EVIDENTIAL_REPORTING_LEMMAS:
        return own.cue_start, own.cue_end
    return None


# --------------------------------------------------------------------------------------------
# Per-sentence cues and clauses
# --------------------------------------------------------------------------------------------

_HARD_BOUNDARIES = frozenset({";", ":", "-", "--", "(", ")"})
_EVIDENTIAL_PHRASES = PhraseMatcher(lex.EVIDENTIAL_PHRASES)
_EVIDENTIAL_PHRASE_FIRSTS = _EVIDENTIAL_PHRASES.firsts()


def _find_cues(toks: list[Token]) -> tuple[_Cue, ...]:
    """Every hedge cue of a sentence: modal words, evidential words and phrases ("said to",
    "unconfirmed reports", which hedge the whole sentence), and disputes not negated."""
    out: list[_Cue] = []
    for k, t in enumerate(toks):
        low = t.lower
        if low in lex.MODAL_CUES and t.text.islower():
            out.append(_Cue(k, k + 1, "modal"))
        if low in lex.EVIDENTIAL_CUES:
            out.append(_Cue(k, k + 1, "evidential"))
        if low in _EVIDENTIAL_PHRASE_FIRSTS:
            out.extend(_evidential_phrases(toks, k))
        if low in lex.DISPUTE_CUES and not _negated(toks, k):
            out.append(_Cue(k, k + 1, "disputed"))
    return tuple(out)


def _evidential_phrases(toks: list[Token], k: int) -> list[_Cue]:
    out = []
    for phrase in _EVIDENTIAL_PHRASES.all_at(toks, k):
        anywhere = phrase[0] in lex.SENTENCE_WIDE_EVIDENTIALS
        out.append(_Cue(k, k + len(phrase), "evidential-anywhere" if anywhere else "evidential"))
    return out


def _find_boundaries(toks: list[Token]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Clause boundary token indices of a sentence, and all token starts."""
    marks = tuple(k for k, t in enumerate(toks)
                  if t.text in _HARD_BOUNDARIES or t.lower in lex.CLAUSE_OPENERS
                  or (t.lower in lex.CLAUSE_CONJUNCTIONS and k > 0 and toks[k - 1].text == ","))
    return marks, tuple(t.start for t in toks)


def _clause(here: _SentenceCues, start: int, end: int) -> tuple[int, int]:
    """Token range of the clause holding ``[start, end)``.

    Clauses split at ; : dashes and brackets, at ", and" / ", or", and at a boundary word that
    opens a new clause ("but", "although", "while", "which", "who", ...).
    """
    marks, starts = here.marks, here.starts
    q = bisect_left(starts, start)  # first token starting at or after the number
    b = bisect_left(marks, q)
    lo = marks[b - 1] + 1 if b > 0 else 0
    after = bisect_left(starts, end)
    e = bisect_left(marks, max(q, after))
    hi = marks[e] if e < len(marks) else len(starts)
    return lo, hi


def _negated(toks: Sequence[Token], k: int) -> bool:
    return any(t.lower in lex.DISPUTE_NEGATORS for t in toks[max(0, k - 2): k])


def _cue_of_other_frame(attributions: Sequence[model.Attribution], pos: int,
                        start: int) -> bool:
    """True for a modal inside a reporting frame that does not report this number
    ("officials could say ..." is about saying, not about the figure)."""
    for a in attributions:
        if a.content_start <= start < a.content_end:
            continue
        if a.speaker.start <= pos < a.cue_end:
            return True
    return False


def _refers_back(ntoks: Sequence[Token], toks: Sequence[Token],
                 own: model.Attribution | None) -> bool:
    """Is the next sentence about the same claim?  Yes when it opens with or contains an
    anaphoric claim noun ("the figure", "the toll", "these accounts", "such"), names the
    claim's speaker, or repeats a content noun of the claim's sentence."""
    head = ntoks[:12]
    for k, t in enumerate(head):
        if t.lower in lex.CLAIM_NOUNS and k > 0 and head[k - 1].lower in lex.CLAIM_DETERMINERS:
            return True  # "the figure", "such claims"
        if t.lower in lex.CLAIM_POINTERS and k + 1 < len(head) and \
                head[k + 1].lower in lex.CLAIM_ANAPHORS:
            return True  # "this account", "that it"
    if own is not None:
        name_words = {w.lower() for w in own.speaker.name.split() if len(w) > 2}
        if name_words & {t.lower for t in ntoks}:
            return True
    content = {t.lower for t in toks if t.text.islower() and len(t.lower) > 4}
    return any(t.lower in content and t.lower not in lex.DISPUTE_CUES for t in ntoks
               if t.text.islower())
