"""Non-bound hedges around a quantity: modal, evidential and disputed cues.

A modal must sit in the clause holding the number; a dispute may follow in the next sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from . import model
from .attribution import SentenceTokens, Token
from .lexicon import attribution as lex
from .text import Span

__all__ = ["find_hedges"]

_HARD_BOUNDARIES = frozenset({";", ":", "-", "--", "(", ")"})


def find_hedges(
    text: str,
    sentences: Sequence[Span],
    sentence: int,
    start: int,
    end: int,
    attributions: Sequence[model.Attribution],
    tokens: SentenceTokens | None = None,
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
    if tokens is None:
        tokens = SentenceTokens(text)
    toks = tokens.get(span.start, span.end)
    if not toks:
        return ()
    out: dict[tuple[int, int, str], model.Hedge] = {}

    def add(t0: Token, t1: Token, kind: str) -> None:
        out[(t0.start, t1.end, kind)] = model.Hedge(text[t0.start:t1.end], kind, t0.start, t1.end)

    c0, c1 = _clause(tokens, span, start, end)
    own = _innermost(attributions, start, end)
    for k, k_end, kind in _cues(tokens, span):
        t, t_last = toks[k], toks[k_end - 1]
        if start <= t.start < end:
            continue
        in_clause = c0 <= k < c1
        if kind == "modal":
            if in_clause and not _cue_of_other_frame(attributions, t.start, start, end):
                add(t, t_last, kind)
        elif kind == "evidential":
            if in_clause and not (t.low in ("claimed", "alleged") and own is not None
                                  and own.cue_start == t.start):
                add(t, t_last, kind)
        elif kind == "evidential-anywhere" or kind == "disputed":
            add(t, t_last, "evidential" if kind != "disputed" else kind)
    # the claim's own reporting verb is evidential ("X claimed that 40 died")
    if own is not None:
        lemma = lex.REPORTING_VERBS.get(own.cue_text.lower())
        if lemma in lex.EVIDENTIAL_REPORTING_LEMMAS:
            out[(own.cue_start, own.cue_end, "evidential")] = model.Hedge(
                text[own.cue_start:own.cue_end], "evidential", own.cue_start, own.cue_end)
    # a dispute in the next sentence that points back at this claim
    if sentence + 1 < len(sentences):
        nxt = sentences[sentence + 1]
        ntoks = tokens.get(nxt.start, nxt.end)
        disputes = [c for c in _cues(tokens, nxt) if c[2] == "disputed"]
        if disputes and _refers_back(text, ntoks, toks, own):
            for k, k_end, _kind in disputes:
                add(ntoks[k], ntoks[k_end - 1], "disputed")
    kept = [h for h in out.values() if not any(
        o is not h and o.kind == h.kind and o.start <= h.start and h.end <= o.end
        and (o.start, o.end) != (h.start, h.end) for o in out.values())]
    return tuple(sorted(kept, key=lambda h: (h.start, h.end, h.kind)))


#: How many sentences away an attribution can matter to a quantity's hedges (content spans
#: never reach further: quotes stay inside their paragraph).  Callers with many attributions
#: may pass only those within this reach; ``api`` does.
REACH_SENTENCES = 40


def _cues(tokens: SentenceTokens, span: Span) -> tuple[tuple[int, int, str], ...]:
    """Every hedge cue of a sentence, found once: (token index, end index, kind).

    Kinds: "modal", "evidential" (counts inside the number's clause), "evidential-anywhere"
    ("unconfirmed reports"), "disputed" (not negated).
    """
    return tokens.derived("cues", span, _find_cues)


def _find_cues(toks: list[Token]) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    for k, t in enumerate(toks):
        low = t.low
        if low in lex.MODAL_CUES and t.text.islower():
            out.append((k, k + 1, "modal"))
        if low in lex.EVIDENTIAL_CUES:
            out.append((k, k + 1, "evidential"))
        for phrase in _PHRASES_BY_FIRST.get(low, ()):
            m = len(phrase)
            if k + m <= len(toks) and all(toks[k + i].low == phrase[i] for i in range(m)):
                anywhere = phrase[0] in ("unconfirmed", "unverified")
                out.append((k, k + m, "evidential-anywhere" if anywhere else "evidential"))
        if low in lex.DISPUTE_CUES and not _negated(toks, k):
            out.append((k, k + 1, "disputed"))
    return tuple(out)


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in lex.EVIDENTIAL_PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(tuple(_phrase))


def _boundaries(tokens: SentenceTokens, span: Span) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Clause boundary token indices of a sentence, and all token starts."""
    return tokens.derived("clauses", span, _find_boundaries)


def _find_boundaries(toks: list[Token]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    marks = tuple(k for k, t in enumerate(toks)
                  if t.text in _HARD_BOUNDARIES or t.low in lex.CLAUSE_OPENERS
                  or (t.low in ("and", "or") and k > 0 and toks[k - 1].text == ","))
    return marks, tuple(t.start for t in toks)


def _clause(tokens: SentenceTokens, span: Span, start: int, end: int) -> tuple[int, int]:
    """Token range of the clause holding ``[start, end)``.

    Clauses split at ; : dashes and brackets, at ", and" / ", or", and at a boundary word that
    opens a new clause ("but", "although", "while", "which", "who", ...).
    """
    marks, starts = _boundaries(tokens, span)
    q = bisect_left(starts, start)  # first token starting at or after the number
    b = bisect_left(marks, q)
    lo = marks[b - 1] + 1 if b > 0 else 0
    after = bisect_left(starts, end)
    e = bisect_left(marks, max(q, after))
    hi = marks[e] if e < len(marks) else len(starts)
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
