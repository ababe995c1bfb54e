"""Non-bound hedges around a quantity: modal, evidential and disputed cues.

A modal must sit in the clause holding the number; a dispute may follow in the next sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from . import model
from .attribution import Token, tokenize
from .lexicon import attribution as lex
from .text import Span

__all__ = ["find_hedges"]

_HARD_BOUNDARIES = frozenset({";", ":", "-", "--", "(", ")"})
#: Tokens looked at on each side of the number: keeps every call bounded on huge sentences.
_WINDOW = 120


@lru_cache(maxsize=8)
def _sentence_tokens(text: str, start: int, end: int) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    """Tokens of one sentence and their start offsets (cached: a sentence holds many numbers)."""
    toks = tuple(tokenize(text, start, end))
    return toks, tuple(t.start for t in toks)


def _window(text: str, span: Span, start: int) -> list[Token]:
    toks, starts = _sentence_tokens(text, span.start, span.end)
    q = bisect_left(starts, start)
    return list(toks[max(0, q - _WINDOW) : q + _WINDOW])


def find_hedges(
    text: str,
    sentences: Sequence[Span],
    sentence: int,
    start: int,
    end: int,
    attributions: Sequence[model.Attribution],
) -> tuple[model.Hedge, ...]:
    """Modal, evidential and disputed cues that qualify the quantity at ``[start, end)``.

    Args:
        text: the normalised text.
        sentences: sentence spans.
        sentence: index of the sentence holding the quantity.
        start: quantity start offset.
        end: quantity end offset.
        attributions: resolved attributions of the document (for "claimed" frames and for
            linking a dispute in the next sentence to the same claim).

    Returns:
        Hedges sorted by offset; kinds are exactly "modal", "evidential" and "disputed".
    """
    if not 0 <= sentence < len(sentences):
        return ()
    span = sentences[sentence]
    toks = _window(text, span, start)
    if not toks:
        return ()
    out: dict[tuple[int, int, str], model.Hedge] = {}

    def add(t0: Token, t1: Token, kind: str) -> None:
        out[(t0.start, t1.end, kind)] = model.Hedge(text[t0.start:t1.end], kind, t0.start, t1.end)

    attributions = _near(attributions, sentence)
    c0, c1 = _clause(toks, start, end)
    own = _innermost(attributions, start, end)
    for k, t in enumerate(toks):
        low = t.low
        in_clause = c0 <= k < c1 and not (start <= t.start < end)
        # modal verbs and epistemic adverbs in the number's clause
        if in_clause and low in lex.MODAL_CUES and t.text.islower() and not _cue_of_other_frame(
                attributions, t.start, start, end):
            add(t, t, "modal")
        # evidential adverbs / adjectives in the clause; "unconfirmed reports" anywhere
        if in_clause and low in lex.EVIDENTIAL_CUES and not (
                low in ("claimed", "alleged") and own is not None and own.cue_start == t.start):
            add(t, t, "evidential")
        for phrase in lex.EVIDENTIAL_PHRASES:
            m = len(phrase)
            if k + m <= len(toks) and all(toks[k + i].low == phrase[i] for i in range(m)):
                if in_clause or phrase[0] in ("unconfirmed", "unverified"):
                    add(t, toks[k + m - 1], "evidential")
        # disputes anywhere in the same sentence
        if low in lex.DISPUTE_CUES and not (start <= t.start < end) and not _negated(toks, k):
            add(t, t, "disputed")
    # the claim's own reporting verb is evidential ("X claimed that 40 died")
    if own is not None:
        lemma = lex.REPORTING_VERBS.get(own.cue_text.lower())
        if lemma in lex.EVIDENTIAL_REPORTING_LEMMAS:
            out[(own.cue_start, own.cue_end, "evidential")] = model.Hedge(
                text[own.cue_start:own.cue_end], "evidential", own.cue_start, own.cue_end)
    # a dispute in the next sentence that points back at this claim
    if sentence + 1 < len(sentences):
        nxt = sentences[sentence + 1]
        ntoks = _window(text, nxt, nxt.start)
        if _refers_back(text, ntoks, toks, own):
            for k, t in enumerate(ntoks):
                if t.low in lex.DISPUTE_CUES and not _negated(ntoks, k):
                    add(t, t, "disputed")
    kept = [h for h in out.values() if not any(
        o is not h and o.kind == h.kind and o.start <= h.start and h.end <= o.end
        and (o.start, o.end) != (h.start, h.end) for o in out.values())]
    return tuple(sorted(kept, key=lambda h: (h.start, h.end, h.kind)))


_NEAR_SENTENCES = 40
_last: list[object] = [None, ()]  # the attributions seen last and their sentence keys


def _near(attributions: Sequence[model.Attribution],
          sentence: int) -> Sequence[model.Attribution]:
    """Attributions whose cue is within a few dozen sentences (content spans never reach
    further: quotes stay inside their paragraph).  Keys are cached for the sequence last seen,
    which is kept referenced so its id cannot be reused."""
    if len(attributions) < 2 * _NEAR_SENTENCES:
        return attributions
    if _last[0] is not attributions:
        _last[0] = attributions
        _last[1] = tuple(a.sentence for a in attributions)
    keys = _last[1]
    assert isinstance(keys, tuple)
    lo = bisect_left(keys, sentence - _NEAR_SENTENCES)
    hi = bisect_left(keys, sentence + _NEAR_SENTENCES + 1)
    return attributions[lo:hi]


def _clause(toks: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Token range of the clause holding ``[start, end)``.

    Clauses split at ; : dashes and brackets, and at a comma or boundary word that opens a new
    clause ("but", "although", "while", "which", "who", ...).
    """
    n = len(toks)
    q = 0
    while q < n and toks[q].end <= start:
        q += 1
    lo = q
    while lo > 0:
        t = toks[lo - 1]
        if t.text in _HARD_BOUNDARIES or t.low in lex.CLAUSE_OPENERS:
            break
        lo -= 1
    hi = q
    while hi < n:
        t = toks[hi]
        if t.start >= end and (t.text in _HARD_BOUNDARIES or t.low in lex.CLAUSE_OPENERS):
            break
        hi += 1
    return lo, hi


def _negated(toks: Sequence[Token], k: int) -> bool:
    return any(t.low in lex.DISPUTE_NEGATORS for t in toks[max(0, k - 2) : k]) or toks[k].low in (
        "undisputed",)


def _innermost(attributions: Sequence[model.Attribution], start: int,
               end: int) -> model.Attribution | None:
    best: model.Attribution | None = None
    for a in attributions:
        if a.content_start <= start and end <= a.content_end:
            if best is None or a.content_end - a.content_start < best.content_end - best.content_start:
                best = a
    return best


def _cue_of_other_frame(attributions: Sequence[model.Attribution], pos: int, start: int,
                        end: int) -> bool:
    """True for a modal inside a reporting frame that does not report this number
    ("officials could say ..." is about saying, not about the figure)."""
    for a in attributions:
        if a.content_start <= start < a.content_end:
            continue
        if a.speaker.start <= pos < a.cue_end:
            return True
    return False


def _refers_back(text: str, ntoks: Sequence[Token], toks: Sequence[Token],
                 own: model.Attribution | None) -> bool:
    """Is the next sentence about the same claim?  Yes when it opens with or contains an
    anaphoric claim noun ("the figure", "the toll", "these accounts", "such"), names the
    claim's speaker, or repeats a content noun of the claim's sentence."""
    head = ntoks[:12]
    for k, t in enumerate(head):
        if t.low in lex.CLAIM_NOUNS and t.low not in ("it", "this", "that", "these", "those",
                                                      "such"):
            if k > 0 and head[k - 1].low in lex.DETERMINERS | {"such"}:
                return True
        if t.low in ("this", "these", "those", "such", "that") and k + 1 < len(head) and \
                head[k + 1].low in lex.CLAIM_NOUNS:
            return True
    if own is not None:
        name_words = {w.lower() for w in own.speaker.name.split() if len(w) > 2}
        if name_words & {t.low for t in ntoks}:
            return True
    content = {t.low for t in toks if t.text.islower() and len(t.low) > 4}
    return any(t.low in content and t.low not in lex.DISPUTE_CUES for t in ntoks
               if t.text.islower())
