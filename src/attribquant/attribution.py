"""Reporting frames within sentences: speaker mention, cue and content spans.

Finds "X said ...", "..., X said.", "..., said X", "according to X", quotes and dashes, with offsets.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, repeat
from typing import NamedTuple, TypeVar

import attrs
import regex

from . import model
from .lexicon import attribution as lex
from .tokens import NUMBER_HINT, SentenceTokens, Token, is_figure
from .text import Span

__all__ = ["Frame", "FrameIndex", "find_frames", "quote_spans"]


@attrs.frozen
class Frame:
    """One reporting frame.

    The speaker span includes a leading determiner ("the ministry"); the resolver strips it from
    the canonical name only.  Content spans exclude quotation marks.
    """

    cue: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    sentence: int
    via: tuple[int, int] | None = None


class FrameIndex:
    """A document's attributions indexed by content span: the innermost one holding a
    quantity (its speaker), and those within hedge reach of a sentence, in logarithmic time."""

    #: How many earlier-starting contents to look back through (nesting depth bound).
    LOOKBACK = 64
    #: How many sentences away an attribution can matter to a quantity's hedges (content
    #: spans never reach further: quotes stay inside their paragraph).
    REACH_SENTENCES = 40

    def __init__(self, attributions: Sequence[model.Attribution]) -> None:
        self.items = sorted(attributions, key=lambda a: (a.content_start, -a.content_end))
        self.starts = [a.content_start for a in self.items]
        self.in_order = attributions  # text order: sentence indices never decrease
        self.sentences = [a.sentence for a in attributions]

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
            if end <= a.content_end and (
                best is None or a.content_end - a.content_start < best.content_end - best.content_start
            ):
                best = a
        return best

    def speaker_for(self, start: int, end: int) -> model.Speaker | None:
        """Speaker of the innermost attribution whose content contains ``[start, end)``."""
        best = self.innermost(start, end)
        return best.speaker if best is not None else None


def _is_figure(t: Token) -> bool:
    """A token that is a written number: "40", "1,000", or a decimal without its zero (".5")."""
    return is_figure(t.text)


_BE = frozenset({"is", "was", "were", "are", "be", "been", "being", "am", "'s", "'m", "'re",
                 "get", "got", "gets", "become", "became", "becomes", "seem", "seems", "seemed",
                 "remain", "remains", "remained"})
_NOUN_MARKERS = lex.DETERMINERS | frozenset(
    {"'s", "new", "recent", "latest", "initial", "early", "earlier", "official", "no", "any",
     "some", "first", "final", "annual", "several", "many", "further", "such", "other", "press",
     "news", "police", "two", "three", "four", "of", "in", "to", "for", "on", "with", "by",
     "whose", "our", "your", "my", "every", "each"}
)
_SEPARATORS = frozenset({",", "-", "--", "---", ";", ":"})
_QUOTE = '"'
_MAX_NP = 14
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"]
)


def quote_spans(text: str, para: Span) -> list[tuple[int, int]]:
    """Pairs of straight double quotes in a paragraph as ``(open, close)`` mark offsets.

    Marks pair in order; an unpaired last mark opens a quote that runs to the paragraph end
    (news style leaves a quote open when it continues in the next paragraph).
    """
    marks: list[int] = []
    pos = text.find(_QUOTE, para.start, para.end)
    while pos >= 0:
        marks.append(pos)
        pos = text.find(_QUOTE, pos + 1, para.end)
    pairs = [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:
        pairs.append((marks[-1], para.end))
    return pairs


def _is_word(t: Token) -> bool:
    return t.text[0].isalpha()


def _is_cap(t: Token) -> bool:
    """Capitalised, or a particle-joined name part ("al-Mustafa", "bin-Salman")."""
    if t.text[0].isupper():
        return True
    head, _, rest = t.text.partition("-")
    return bool(rest) and rest[0].isupper() and head.lower() in lex.NAME_PARTICLES


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
        while pi < len(paragraphs) and paragraphs[pi].end < span.start:
            pi += 1
        if pi != current_para:
            current_para = pi
            para_quotes = quote_spans(text, paragraphs[pi]) if pi < len(paragraphs) else []
        if len(span) and span.end - span.start > 0:
            sent = _Sentence(text, si, span, _quotes_near(para_quotes, span),
                             tokens.get(span.start, span.end))
            frames.extend(_sentence_frames(sent))
    frames.extend(_credit_frames(text, sentences, paragraphs))
    frames.sort(key=lambda f: (f.cue[0], f.cue[1]))
    return _continue_quotes(text, frames, sentences, paragraphs)


_CREDIT = regex.compile(
    r"\b(?P<cue>(?:" + "|".join(lex.CREDIT_LABELS) + r")s?+)[ ]*+:[ ]*+(?P<who>\p{Lu}[^\n:]{0,80}+)",
    regex.IGNORECASE,
)
_NAME_LINE = regex.compile(
    r"\p{Lu}[\p{L}'.-]*+(?:[ ]\p{Lu}[\p{L}'.-]*+){1,3}+(?=[ ]*+(?:,|\.?$))", regex.MULTILINE
)


def _credit_frames(text: str, sentences: Sequence[Span],
                   paragraphs: Sequence[Span]) -> list[Frame]:
    """Credit lines: "Image: Jo Roe." and "Source: Statistics Office", alone or closing a
    caption, attribute the material they label to the named source; a paragraph that is only a name ("Jo Roe, analyst") right
    after a quoted paragraph credits that quote (pull-quote style)."""
    out: list[Frame] = []
    starts = [s.start for s in sentences]
    for pi, para in enumerate(paragraphs):
        if para.end - para.start > 240:
            continue
        m = _CREDIT.search(text, max(para.start, para.end - 100), para.end)
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
            if text[q1:prev.end].strip(" .") == "":
                # no cue word: the credit line itself is the cue
                out.append(Frame((para.start, para.start), (n.start(), n.end()),
                                 (q0 + 1, q1), si))
    return out


def _quotes_near(quotes: list[tuple[int, int]], span: Span) -> list[tuple[int, int]]:
    """Quotes that overlap a sentence (kept short so per-sentence look-ups stay cheap).

    Quotes of a paragraph do not overlap and are sorted, so a binary search finds the first.
    """
    k = bisect_right(quotes, (span.start, len(quotes) + span.end + 1))
    if k > 0 and quotes[k - 1][1] >= span.start:
        k -= 1
    out: list[tuple[int, int]] = []
    while k < len(quotes) and quotes[k][0] <= span.end and len(out) < 64:
        if quotes[k][1] >= span.start:
            out.append(quotes[k])
        k += 1
    return out


# --------------------------------------------------------------------------------------------
# Noun phrases
# --------------------------------------------------------------------------------------------


def _left_np(toks: list[Token], j: int) -> tuple[int, int, tuple[int, int] | None]:
    """Speaker noun phrase ending just before token ``j``: ``(first, last + 1, via)``.

    Walks left over name words, nouns, determiners, "'s" and NP-internal prepositions; stops at
    punctuation and function words.  "X quoting Y" keeps Y as ``via``.
    """
    k = j - 1
    first = j
    via: tuple[int, int] | None = None
    steps = 0
    while k >= 0 and steps < _MAX_NP:
        t = toks[k]
        low = t.lower
        steps += 1
        if low == "'s":
            first = k
            k -= 1
            continue
        if t.text == ")" and first == j:
            # "The World Health Organisation (WHO) recommends": skip the parenthesis.
            m = k - 1
            while m >= 0 and k - m < 8 and toks[m].text != "(":
                m -= 1
            if m > 0 and toks[m].text == "(":
                k = m - 1
                j = m
                first = m
                continue
            break
        if not _is_word(t) and not _is_figure(t) and low != "&":
            break
        if t.text.isupper() and len(t.text) > 1:
            first = k
            k -= 1
            continue
        if low in lex.VIA_MARKERS and first < j:
            via = (toks[first].start, toks[j - 1].end)
            j = k
            first = k
            k -= 1
            continue
        if low in lex.DETERMINERS:
            first = k
            if k > 0 and toks[k - 1].lower in lex.NP_PREPOSITIONS and toks[k - 1].text.islower():
                k -= 1
                continue
            break
        if low in lex.NP_PREPOSITIONS and t.text.islower():
            if first >= j or k == 0 or not _is_word(toks[k - 1]):
                break
            prev = toks[k - 1]
            if prev.lower in lex.SPEAKER_STOPS or prev.lower in lex.DETERMINERS:
                break
            first = k
            k -= 1
            continue
        if low == "and" or low == "&":
            if first < j and _is_cap(toks[first]) and k > 0 and _is_cap(toks[k - 1]):
                first = k
                k -= 1
                continue
            break
        if low in lex.SPEAKER_STOPS and not (_is_cap(t) and first < j and low not in _CLAUSE_CAPS):
            break
        if t.text.islower() and low.endswith("ly") and len(low) > 4:
            break
        if low in lex.REPORTING_VERBS and t.text.islower() and low not in lex.DOCUMENT_NOUNS \
                and low not in lex.AMBIGUOUS_NOUN_FORMS:
            break
        if _is_figure(t) and first >= j:
            break
        first = k
        k -= 1
    # An NP never starts with a preposition or a conjunction.
    while first < j and (toks[first].lower in lex.NP_PREPOSITIONS or toks[first].lower == "and"):
        first += 1
    return first, j, via


_CLAUSE_CAPS = frozenset(
    {"that", "which", "who", "when", "where", "while", "because", "although", "though", "if",
     "since", "until", "after", "before", "as", "but", "and", "or", "so", "yet", "then",
     "there", "here", "also", "not", "no", "in", "on", "by", "with", "about", "during",
     "it", "he", "she", "they", "we", "i", "you", "is", "was", "were", "are", "has", "have",
     "had", "will", "would", "can", "could", "may", "might", "said", "says", "told", "than",
     "what", "how", "why", "whose", "into", "over", "under", "against", "between", "among",
     "through", "without", "within", "across", "despite", "like", "per"}
)


def _right_np(toks: list[Token], i: int, limit: int = _MAX_NP, lowercase: bool = True,
              subject: bool = False) -> int:
    """End (exclusive token index) of a noun phrase starting at token ``i``; ``i`` if none.

    With ``subject`` the phrase also stops before a word that looks like its verb: a
    lower-case word ending in -ed, or one followed by a determiner or a number ("The ministry
    gave no figure").
    """
    k = i
    n = len(toks)
    while k < n and k - i < limit:
        t = toks[k]
        low = t.lower
        if subject and k > i and t.text.islower() and low not in lex.NP_PREPOSITIONS \
                and toks[k - 1].lower not in lex.DETERMINERS and (
                    (low.endswith("ed") and len(low) > 4)
                    or (k + 1 < n and (toks[k + 1].lower in lex.DETERMINERS
                                       or toks[k + 1].lower == "no"
                                       or _is_figure(toks[k + 1])))):
            break
        if low == "'s" and k > i:
            k += 1
            continue
        if not _is_word(t) and low != "&" and not (_is_figure(t) and lowercase):
            break
        if low in lex.DETERMINERS:
            if k == i or toks[k - 1].lower in lex.NP_PREPOSITIONS:
                k += 1
                continue
            break
        if low in lex.NP_PREPOSITIONS and t.text.islower():
            if k == i or k + 1 >= n or not _is_word(toks[k + 1]):
                break
            if low == "in" or low == "to":
                if not _is_cap(toks[k + 1]) and toks[k + 1].lower not in lex.DETERMINERS:
                    break
            k += 1
            continue
        if (low == "and" or low == "&") and k > i and k + 1 < n and _is_cap(toks[k + 1]) \
                and _is_cap(toks[k - 1]):
            k += 1
            continue
        if (low in lex.SPEAKER_STOPS or low in _WEEKDAYS) and not (
                t.text.isupper() and len(t.text) > 1):
            break
        if t.text.islower() and not lowercase:
            break
        if t.text.islower() and low in lex.REPORTING_VERBS and k > i and not (
                low in lex.AMBIGUOUS_NOUN_FORMS and k + 1 < n and toks[k + 1].lower in lex.COMPOUND_HEADS):
            break
        if t.text.islower() and low.endswith("ly") and len(low) > 4:
            break
        k += 1
    while k > i and toks[k - 1].lower in lex.NP_PREPOSITIONS | lex.DETERMINERS | {"and", "&"}:
        k -= 1
    return k


def _subject(toks: list[Token], before: int) -> tuple[int, int] | None:
    """Subject noun phrase of a sentence (for "..., but said" and ", claiming that").

    Skips a fronted adverbial ("In a statement, ..."); a name in apposition ("A spokesman for
    X, Jane Roe, ...") is preferred over the role noun before it.
    """
    i = 0
    if toks and toks[0].text == _QUOTE:
        return None
    if toks and (toks[0].lower in lex.ADJUNCT_STARTS or toks[0].lower in lex.NP_PREPOSITIONS):
        for k in range(1, min(before, 10)):
            if toks[k].text == ",":
                i = k + 1
                break
    if i >= before:
        return None
    t0 = toks[i]
    if t0.lower in lex.PRONOUNS:
        return i, i + 1
    end = _right_np(toks, i, subject=True)
    if end <= i or end > before:
        return None
    if end + 2 < before and toks[end].text == ",":
        e2 = _right_np(toks, end + 1, limit=6, lowercase=False)
        if e2 > end + 1 and e2 <= before and toks[e2].text == "," \
                and all(_is_cap(t) or t.lower in lex.NAME_PARTICLES for t in toks[end + 1:e2]):
            return end + 1, e2
    return i, end


# --------------------------------------------------------------------------------------------
# Frames in one sentence
# --------------------------------------------------------------------------------------------


@attrs.define
class _Raw:
    cue: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    via: tuple[int, int] | None
    forward: bool  # content follows the cue and may need clipping at a later boundary
    boundary: int | None  # offset where this frame's clause starts (separator before speaker)


def _sentence_frames(s: _Sentence) -> list[Frame]:
    toks = s.toks
    raws: list[_Raw] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        low = t.lower
        consumed = 1
        prep = _prepositional_cue(toks, i)
        if prep:
            r = _according(s, i, prep)
            if r is not None:
                raws.append(r)
            consumed = prep
        elif low in lex.REPORTING_VERBS and t.text.islower():
            r = _verb_frame(s, i) or _parenthetical(s, i)
            if r is not None:
                raws.append(r)
        elif t.text == "-" or t.text == "--":
            r = _dash_credit(s, i)
            if r is not None:
                raws.append(r)
        i += consumed
    # Forward contents end where a later frame's clause begins (", the agency reported").
    out: list[Frame] = []
    bounds = sorted(r.boundary for r in raws if r.boundary is not None)
    for r in raws:
        c0, c1 = r.content
        if r.forward:
            k = bisect_right(bounds, max(c0, r.cue[1]))
            if k < len(bounds) and bounds[k] < c1:
                c1 = bounds[k]
            c1 = _trim_end(s.text, c0, c1)
        out.append(Frame(cue=r.cue, speaker=r.speaker, content=(c0, max(c0, c1)),
                         sentence=s.index, via=r.via))
    return out


def _parenthetical(s: _Sentence, i: int) -> _Raw | None:
    """A first-person belief aside inside a quote ('"Prompted, I think, by the video, ..."'):
    the speaker is "I" and the content is the whole quote."""
    toks = s.toks
    if i == 0 or toks[i - 1].lower not in ("i", "we") or toks[i].lower not in lex.PARENTHETICAL_VERBS:
        return None
    q = s.inside_quote(toks[i].start)
    if q is None:
        return None
    return _Raw((toks[i].start, toks[i].end), (toks[i - 1].start, toks[i - 1].end),
                (q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])), None, False, None)


_PREP_FIRST = frozenset(p[0] for p in lex.PREPOSITIONAL_CUES)


def _prepositional_cue(toks: list[Token], i: int) -> int:
    if toks[i].lower not in _PREP_FIRST:
        return 0
    for phrase in lex.PREPOSITIONAL_CUES:
        m = len(phrase)
        if i + m <= len(toks) and all(toks[i + k].lower == phrase[k] for k in range(m)):
            return m
    return 0


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing spaces, commas, dashes and sentence punctuation from a content span."""
    while end > start and text[end - 1] in " ,;:-.!?\n":
        end -= 1
    return end


def _span(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _clause_before(s: _Sentence, sep_tok: int) -> tuple[int, int]:
    """Content that precedes a separator token: a quote if it closes there, else the clause."""
    toks = s.toks
    if sep_tok <= 0:
        return s.span.start, s.span.start
    end = toks[sep_tok].start
    # '"...," he said' / '"..." - he said': the quote closes at or just before the separator.
    k = sep_tok
    if toks[k].text == _QUOTE:
        q = s.quote_closing_at(toks[k].start)
        if q is not None:
            return q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])
    if k > 0 and toks[k - 1].text == _QUOTE:
        q = s.quote_closing_at(toks[k - 1].start)
        if q is not None:
            return q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])
    # A quote that is still open at the separator ('"It was good, he said, and ...' is rare;
    # '"First. Second," he said' closes with the comma inside the quote).
    q = s.inside_quote(end)
    if q is not None and q[1] <= toks[-1].end and q[1] > end and k + 1 < len(toks) \
            and toks[k + 1].text == _QUOTE:
        return q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])
    start = s.span.start
    if toks[0].text == _QUOTE:
        start = toks[0].end
    return start, _trim_end(s.text, start, end)


def _date_figure(toks: list[Token], k: int) -> bool:
    """A figure inside a time adjunct ("on 5 May", "in 2019.", "by 2030,"): not followed by a
    lower-case word, which would make it the figure of the reported content."""
    if not _is_figure(toks[k]):
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
    if nxt.text == _QUOTE or nxt.lower in ("according", "but", "and", "while", "as", "although"):
        return True
    if not nxt.lower.endswith("ing"):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (nxt.lower in lex.REPORTING_VERBS or after is None or not _is_word(after)
            or after.lower in lex.DETERMINERS or after.lower in ("that", "to"))


def _tail_is_adjunct(toks: list[Token], j: int, hearer: bool) -> int | None:
    """If the tokens from ``j`` are only adjuncts up to the clause end, return that end index.

    ", he said on Thursday.", ", she told reporters in Geneva.", ", it said in a statement."
    """
    n = len(toks)
    k = j
    if hearer and k < n and _is_word(toks[k]) and toks[k].lower not in lex.COMPLEMENTISERS:
        e = _right_np(toks, k, limit=5)
        k = max(k, e)
    steps = 0
    while k < n and steps < 10:
        t = toks[k]
        if t.text in (".", "!", "?", ";") or t.text == _QUOTE:
            return k
        if t.text == "," or t.text in ("-", "--"):
            # ', he said, "..."', ', he said, adding ...', ', he said, but ...': the frame
            # ends here; otherwise the comma closes an adjunct before the content
            return k if _closes_frame(toks, k + 1) else None
        if steps == 0 and (t.lower not in lex.ADJUNCT_STARTS and t.lower not in _WEEKDAYS
                           or _opens_figure(toks, k)):
            return None
        if steps > 0 and (_is_figure(t) and not _date_figure(toks, k) or _opens_figure(toks, k)):
            return None  # "said on Monday 40 people died": the content follows the adjunct
        if t.lower in lex.COMPLEMENTISERS:
            return None
        steps += 1
        k += 1
    return k if k >= n else None


def _verb_frame(s: _Sentence, i: int) -> _Raw | None:
    toks = s.toks
    t = toks[i]
    low = t.lower
    lemma = lex.REPORTING_VERBS[low]
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    cue_end_tok = i + 1
    particle = lex.CUE_PARTICLES.get(low)
    if particle is not None:
        if i + 1 < n and toks[i + 1].lower == particle:
            cue_end_tok = i + 2
        else:
            return None
    cue = (t.start, toks[cue_end_tok - 1].end)
    weak = low in lex.WEAK_CUES
    # Noun readings ("the report", "an estimated 40") and passives ("was reported") are no cue.
    if prev is not None and prev.lower in _NOUN_MARKERS and prev.lower not in ("news", "police",
                                                                             "press"):
        return None
    if prev is not None and prev.lower in _BE and not low.endswith("ing"):
        return _passive_by(s, i, cue)
    if low in lex.AMBIGUOUS_NOUN_FORMS and i + 1 < n and (
            toks[i + 1].lower in lex.COMPOUND_HEADS or toks[i + 1].lower in _FINITE
            or toks[i + 1].lower in lex.REPORTING_VERBS
            or (i + 2 < n and toks[i + 2].lower in lex.REPORTING_VERBS and _is_word(toks[i + 1]))):
        return None
    if i + 1 < n and toks[i + 1].lower in ("by", "of") and not low.endswith("ing") \
            and lemma not in ("warn", "inform", "assure", "speak", "complain") \
            and not (toks[i + 1].lower == "by" and i + 2 < n and _is_figure(toks[i + 2])):
        return None  # "reported by X", "reports of X"; but "said by 2030, ..." is a time

    # 1. Inverted: '"...," said the minister.' / ', said Jane Roe, a spokeswoman.'
    if prev is not None and (prev.text in (",", _QUOTE) or prev.text in ("-", "--")) \
            and lemma in lex.INVERSION_LEMMAS and not low.endswith("ing") \
            and cue_end_tok < n and (_is_cap(toks[cue_end_tok])
                                     or toks[cue_end_tok].lower in lex.DETERMINERS
                                     or _short_np_at_end(toks, cue_end_tok)):
        e = _right_np(toks, cue_end_tok, limit=8)
        if e > cue_end_tok and not any(_is_figure(x) for x in toks[cue_end_tok:e]):
            after = toks[e] if e < n else None
            if after is None or after.text in (".", ",", _QUOTE, ";", "!", "?", "-") \
                    or after.lower in lex.ADJUNCT_STARTS or after.lower in _WEEKDAYS \
                    or after.lower == "to":
                sep = i - 1
                content = _clause_before(s, sep)
                if content[1] > content[0]:
                    return _Raw(cue, _span(toks, cue_end_tok, e), content, None, False, None)

    # 2. Participle after a comma or a subordinator: ", saying ...", ", adding that ...",
    #    "whilst promising ..." -- the speaker is the subject of the sentence.
    via: tuple[int, int] | None = None
    if low.endswith("ing") and prev is not None and (
            prev.text == "," or prev.lower in ("while", "whilst", "after", "before", "when", "by")):
        subj = _subject(toks, i - 1)
        if subj is None:
            return None
        speaker = _span(toks, *subj)
        return _forward(s, i, cue_end_tok, cue, speaker, None, weak, lemma, subj)
    if low.endswith("ing") and (prev is None or (prev.lower not in _BE and prev.lower not in
                                                 lex.DOCUMENT_NOUNS)):
        a, b, _ = _left_np(toks, i)
        if not (b > a > 0 and toks[a - 1].lower == "with"):
            return None  # "with one poster writing ...": an absolute clause reports too

    # 3. Subject before the verb.
    k = i - 1
    skipped = 0
    while k >= 0 and skipped < 4 and (toks[k].lower in lex.AUXILIARIES or (
            toks[k].text.islower() and toks[k].lower.endswith("ly") and len(toks[k].lower) > 4)):
        k -= 1
        skipped += 1
    if skipped and toks[k + 1].lower in _BE and not low.endswith("ing"):
        return None
    if k < 0:
        return None
    kt = toks[k]
    subj_range: tuple[int, int] | None = None
    if kt.lower in lex.PRONOUNS:
        subj_range = (k, k + 1)
    elif kt.lower in ("who", "which") and k > 0:
        kk = k - 1 if toks[k - 1].text == "," else k
        a, b, via = _left_np(toks, kk)
        if b > a:
            subj_range = (a, b)
    elif kt.text == ",":
        subj_range, via = _apposition_subject(toks, k)
    elif kt.lower in ("and", "but"):
        # "X did not comment, but said ...": the coordinated verb shares the subject, unless
        # the first verb is passive ("was hauled in and told").
        subj = _subject(toks, k)
        if subj is None:
            return None
        m = subj[1]
        while m < k and (toks[m].lower in lex.AUXILIARIES - _BE):
            m += 1
        if m < k and toks[m].lower in _BE:
            return None
        subj_range = subj
    else:
        a, b, via = _left_np(toks, k + 1)
        if b > a:
            subj_range = (a, b)
    if subj_range is None:
        return None
    a, b = subj_range
    if b - a == 1 and _is_figure(toks[a]):
        return None
    if low in lex.AMBIGUOUS_NOUN_FORMS and not low.endswith(("s", "ed")) and skipped == 0 \
            and not _plural_subject(toks[a:b]):
        return None  # "a unique light show that ..." is a noun, not "they show that ..."
    speaker = _span(toks, a, b)
    return _forward(s, i, cue_end_tok, cue, speaker, via, weak, lemma, subj_range)


def _short_np_at_end(toks: list[Token], k: int) -> bool:
    """'..., say analysts.' : one to three lower-case words that end the clause."""
    e = _right_np(toks, k, limit=3)
    return e > k and (e >= len(toks) or toks[e].text in (".", _QUOTE, ",", "!", "?"))


def _passive_by(s: _Sentence, i: int, cue: tuple[int, int]) -> _Raw | None:
    """"It is asserted by the Crown that ...": the agent after "by" is the speaker."""
    toks = s.toks
    n = len(toks)
    if i + 2 >= n or toks[i + 1].lower != "by":
        return None
    e = _right_np(toks, i + 2)
    if e <= i + 2 or e >= n or toks[e].lower != "that":
        return None
    k = e + 1
    if k >= n:
        return None
    return _Raw(cue, _span(toks, i + 2, e), (toks[k].start, s.span.end), None, True, None)


def _plural_subject(subject: Sequence[Token]) -> bool:
    """Could this noun phrase take a bare present verb ("they say", "researchers show")?"""
    head = subject[-1]
    if head.lower in ("i", "we", "you", "they"):
        return True
    if head.text.isupper() or any(t.lower in ("and", "&") for t in subject):
        return True
    return head.lower.endswith("s") and not head.lower.endswith(("ss", "us", "is")) or head.lower in (
        "people", "police", "media", "data", "staff", "children", "public", "government",
        "team", "army", "military", "authorities", "feds", "officials")


def _apposition_subject(
    toks: list[Token], comma: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Subject before a parenthetical that ends at ``comma``: "X, who ..., said", "X, 45, said",
    "A spokesman for Y, Jane Roe, said" (the name wins), "X, quoting Y, reported" (Y is via).

    When the sentence opens with a noun phrase followed by a comma, that noun phrase is the
    subject and everything up to the verb is apposition ("X, director of Y, and a member of Z,
    says").
    """
    subj = _subject(toks, comma)
    if subj is not None and subj[1] < comma and toks[subj[1]].text == "," \
            and not any(t.text in (_QUOTE, ";") for t in toks[subj[1]:comma]):
        via_seg: tuple[int, int] | None = None
        nxt = subj[1] + 1
        if nxt < comma and toks[nxt].lower in lex.VIA_MARKERS:
            via_seg = (toks[nxt + 1].start, toks[comma - 1].end) if nxt + 1 < comma else None
        return subj, via_seg
    c1 = -1
    for k in range(comma - 1, max(-1, comma - 30), -1):
        if toks[k].text == ",":
            c1 = k
            break
        if toks[k].text in (".", ";", _QUOTE):
            break
    if c1 < 0:
        # "The firm Secunia.com, has said that ...": a stray comma after the subject.
        a, b, v = _left_np(toks, comma)
        if b > a and a == 0:
            return (a, b), v
        if 0 < comma <= 25 and toks[0].lower not in lex.NP_PREPOSITIONS and toks[0].lower not in \
                lex.ADJUNCT_STARTS and toks[0].text != _QUOTE and not any(
                    t.lower in _FINITE or t.lower in lex.SPEAKER_STOPS - {"in", "on", "by", "with"}
                    for t in toks[:comma]):
            return (0, comma), None
        return None, None
    seg = toks[c1 + 1 : comma]
    if not seg:
        return None, None
    via: tuple[int, int] | None = None
    if seg[0].lower in lex.VIA_MARKERS and len(seg) > 1:
        via = (seg[1].start, seg[-1].end)
    elif all(_is_cap(t) or t.lower in lex.NAME_PARTICLES or t.lower == "'s" for t in seg) \
            and _is_cap(seg[0]) and len(seg) <= 6:
        a, b, _ = _left_np(toks, c1)
        if b > a and not any(_is_cap(t) and t.lower not in lex.NON_NAME_CAPITALS
                             for t in toks[a:b] if t.lower not in lex.DETERMINERS) \
                or (b > a and toks[b - 1].lower in lex.PERSON_ROLES):
            return (c1 + 1, comma), None
        if b > a and toks[a].lower in ("a", "an"):
            return (c1 + 1, comma), None
    a, b, v2 = _left_np(toks, c1)
    if b <= a:
        return None, None
    return (a, b), via or v2


def _forward(s: _Sentence, i: int, j: int, cue: tuple[int, int], speaker: tuple[int, int],
             via: tuple[int, int] | None, weak: bool, lemma: str,
             subj: tuple[int, int]) -> _Raw | None:
    """Frame for a verb cue whose subject is known: content after it, or before it when the
    frame closes its clause (", the ministry said on Monday.")."""
    toks = s.toks
    n = len(toks)
    hearer = toks[i].lower in lex.HEARER_VERBS
    a, b = subj
    sep_tok = a - 1 if a > 0 and (toks[a - 1].text in _SEPARATORS or toks[a - 1].text == _QUOTE) \
        else None
    tail_end = _tail_is_adjunct(toks, j, hearer)
    quote_after = False
    if tail_end is not None:
        # '"...," he said, "...".' continues a quote after the frame.
        nxt = tail_end + 1 if tail_end < n and toks[tail_end].text == "," else tail_end
        quote_after = nxt < n and toks[nxt].text == _QUOTE
    if tail_end is not None and sep_tok is not None:
        content = _clause_before(s, sep_tok)
        if content[1] > content[0]:
            if quote_after:
                k = tail_end + 1 if toks[tail_end].text == "," else tail_end
                q = s.quote_opening_at(toks[k].start)
                if q is not None:
                    quoted_before = content[0] > 0 and s.text[content[0] - 1] == _QUOTE
                    # '"A," he said, "B."' joins both; 'Roe, a coach, said, "B."' is just B
                    content = (content[0] if quoted_before else q[0] + 1,
                               _trim_end(s.text, q[0] + 1, q[1]))
            if toks[i].lower in lex.QUOTE_ONLY_CUES and not (
                    content[0] > 0 and s.text[content[0] - 1] == _QUOTE):
                return None  # "The rain stopped, the fighting continued." reports nothing
            return _Raw(cue, speaker, content, via, False, toks[sep_tok].start)
    if tail_end is not None and sep_tok is None and a == 0 and not quote_after:
        # "He said." alone: nothing reported in this sentence.
        if weak:
            return None
        return _Raw(cue, speaker, (cue[1], cue[1]), via, False, None)
    # Content after the cue.
    k = j
    if hearer and k < n and toks[k].text not in (_QUOTE, ":") and toks[k].lower != "that":
        if toks[k].lower in ("of", "about"):
            k += 1
        else:
            e = _right_np(toks, k, limit=5)
            # the hearer ends before a figure: "told Reuters 7 people were hurt"
            for m in range(k, e):
                if NUMBER_HINT.match(toks[m].text) or _is_figure(toks[m]) or _opens_figure(toks, m):
                    e = m
                    break
            k = max(k, e)
    # adjuncts between cue and content: "said on Thursday that", "said in a statement:"
    k = _skip_adjuncts(toks, k)
    strong_start = False
    if k < n and toks[k].text == ",":
        k += 1
    if k < n and toks[k].lower in ("that", ":"):
        k += 1
        strong_start = True
        if k < n and toks[k].text == ",":
            k += 1
    if k >= n:
        return None if weak else _Raw(cue, speaker, (cue[1], cue[1]), via, False, None)
    if toks[k].text == _QUOTE:
        q = s.quote_opening_at(toks[k].start)
        if q is not None:
            return _Raw(cue, speaker, (q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])), via, False,
                        None)
    if not strong_start and toks[i].lower in lex.COMPLEMENTISER_ONLY:
        return None
    clause = strong_start or _clause_follows(toks, k, lemma, toks[a:b])
    if weak and not clause:
        return None
    if not strong_start and toks[k].text.islower() and (
            toks[k].lower in _CONTENT_NEVER_STARTS or toks[k].lower in _FINITE) and not _opens_figure(
            toks, k):
        return None
    if not clause and lemma not in lex.OBJECT_OK_LEMMAS and not _has_figure(toks, k):
        return None  # "announced the start of a process": an object, not a reported claim
    start = toks[k].start
    end = s.span.end
    # inside a quote, the content stops at the closing mark
    q = s.inside_quote(start)
    if q is not None and q[1] < end:
        end = q[1]
    return _Raw(cue, speaker, (start, end), via, True, None)


def _opens_figure(toks: list[Token], k: int) -> bool:
    """A bound or approximation cue and its number ("at least 21", "over 50", "under 10%"):
    content that starts with a figure, not an adjunct ("said at a briefing")."""
    for cue in lex.FIGURE_OPENERS:
        m = len(cue)
        if all(k + d < len(toks) and toks[k + d].lower == w for d, w in enumerate(cue)):
            nxt = toks[k + m] if k + m < len(toks) else None
            return nxt is not None and (NUMBER_HINT.match(nxt.text) is not None or _is_figure(nxt)
                                        or nxt.lower in lex.FIGURE_WORDS
                                        or nxt.text in ("$", "£", "€"))
    return False


def _has_figure(toks: list[Token], k: int) -> bool:
    """A number among the next dozen tokens of the clause ("reported 40 new cases")."""
    for t in toks[k : k + 12]:
        if t.text in (".", ";", _QUOTE):
            return False
        if _is_figure(t) or t.lower in lex.FIGURE_WORDS:
            return True
    return False


def _skip_adjuncts(toks: list[Token], k: int) -> int:
    n = len(toks)
    start = k
    if k < n and toks[k].lower in ("to", "at", "during", "in", "on", "via", "through"):
        # "stated to LA Weekly that", "said at a news conference that"
        e = _right_np(toks, k + 1, limit=7)
        if e > k + 1 and e < n and toks[e].lower in ("that", ":"):
            return e
    while k < n and k - start < 8:
        low = toks[k].lower
        if low in ("on", "in", "late", "early", "last", "this", "earlier", "later", "yesterday",
                   "today", "again", "also", "publicly", "repeatedly", "recently",
                   "previously", "tonight") or low in _WEEKDAYS or (
                       low == "by" and k + 1 < n and _is_figure(toks[k + 1])):  # "by 2050,"
            e = k + 1
            while e < n and e - k < 5 and (_is_word(toks[e]) or _is_figure(toks[e])) \
                    and toks[e].lower not in ("that",) and (
                        toks[e].lower in _WEEKDAYS or toks[e].lower in lex.DETERMINERS
                        or toks[e].lower in ("statement", "interview", "week", "month", "year",
                                           "night", "morning", "afternoon", "evening",
                                           "conference", "news", "press", "release", "briefing",
                                           "speech", "letter", "post", "tweet", "report",
                                           "written", "televised", "joint", "brief", "radio",
                                           "television", "on")
                        or _is_cap(toks[e]) or _date_figure(toks, e)):
                e += 1
            if low in ("on", "in") and e == k + 1:
                return start
            # only if the adjunct is followed by "that", ":", a quote, a comma, or content
            # that opens with a figure ("said on Monday 40 people died")
            if e < n and (toks[e].lower in ("that", ":", ",") or toks[e].text == _QUOTE
                          or _is_figure(toks[e]) or _opens_figure(toks, e)):
                k = e
                continue
            return start
        break
    return k


def _clause_follows(toks: list[Token], k: int, lemma: str, subject: Sequence[Token]) -> bool:
    """A weak cue reports only before a clause, or with a document or person-like subject."""
    if any(t.lower in lex.DOCUMENT_NOUNS for t in subject[-2:]):
        return True
    first = toks[k].lower
    if first in ("in", "of", "about", "so", "to", "out", "up", "for", "on", "at", "with",
                 "by", "from", "into", "off", "over", "as", "no", "nothing", "him",
                 "them", "me", "us"):
        return False
    if lemma in lex.BELIEF_VERBS or lemma in ("suggest", "indicate", "add", "note"):
        # "I think we ...", "she believed the movement ..." : a pronoun or determiner + noun
        # followed, within a few words, by a finite verb-like word.
        return _has_verb_soon(toks, k)
    return _has_verb_soon(toks, k) and first not in lex.DETERMINERS | {"a", "an"} or (
        first in lex.DETERMINERS and _has_verb_soon(toks, k))


#: Words that cannot open reported content: "a truce announced at the end of May" is no report.
_CONTENT_NEVER_STARTS = frozenset(
    ["at", "in", "on", "by", "for", "to", "from", "with", "after", "before", "during", "since", "until", "into", "over", "under", "as", "than", "and", "or", "but"]
)

_FINITE = frozenset(
    ["is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "be", "been", "being", "'re", "'ve", "'ll", "'m", "wo"]
)


def _has_verb_soon(toks: list[Token], k: int) -> bool:
    """A finite-looking verb within eight tokens: an auxiliary, or a word after a noun phrase
    ending in -ed / -s that is not followed by a noun marker."""
    for m in range(k, min(len(toks), k + 9)):
        t = toks[m]
        if t.text in (".", ";", ":", _QUOTE, ",", "-"):
            return False
        if t.lower in _FINITE or t.lower == "n't":
            return True
        if t.lower == "'s" and m > 0 and toks[m - 1].lower in _CONTRACTING:
            return True
        if m > k and t.text.islower() and (t.lower.endswith("ed") or t.lower in _IRREGULAR_PAST):
            nxt = toks[m + 1] if m + 1 < len(toks) else None
            prev = toks[m - 1]
            if prev.lower in lex.DETERMINERS or prev.lower in lex.NP_PREPOSITIONS:
                continue
            if nxt is not None and nxt.text.islower() and _is_word(nxt) \
                    and nxt.lower.endswith("s") and nxt.lower not in _FUNCTION_AFTER_VERB:
                continue  # "numerous bloodied bodies": a participle adjective
            return True
        if m > k and t.text.islower() and t.lower.endswith("s") and toks[m - 1].lower in _SUBJECTS:
            return True
    return False


_SUBJECTS = frozenset(
    ["he", "she", "it", "everybody", "everyone", "nobody", "someone", "somebody", "something", "nothing", "who", "that", "this", "there", "one"]
)

_CONTRACTING = frozenset(lex.PRONOUNS) | {"that", "there", "what", "who"}

_FUNCTION_AFTER_VERB = frozenset(
    ["that", "to", "by", "in", "on", "at", "for", "from", "with", "into", "as", "up", "down", "out", "off", "over", "about", "more", "less", "than", "it", "him", "her", "them", "us", "me", "its", "his", "their", "our", "by"]
)


_IRREGULAR_PAST = frozenset(
    ["rose", "fell", "grew", "made", "took", "gave", "went", "came", "saw", "got", "lost", "won", "left", "kept", "held", "became", "began", "ran", "paid", "sold", "bought", "built", "brought", "caught", "cost", "cut", "felt", "found", "hit", "hurt", "led", "lay", "met", "put", "read", "sent", "set", "shot", "spent", "stood", "struck", "told", "thought", "understood", "wrote", "broke", "chose", "drove"]
)


def _according(s: _Sentence, i: int, m: int) -> _Raw | None:
    """"..., according to X." (content before) or "According to X, ..." (content after);
    "according to X, quoting Y" keeps Y as ``via``."""
    toks = s.toks
    n = len(toks)
    cue = (toks[i].start, toks[i + m - 1].end)
    e = _right_np(toks, i + m)
    if e <= i + m and i + m < n and (toks[i + m].lower in lex.OBJECT_PRONOUNS
                                     or toks[i + m].lower == "it"):
        e = i + m + 1  # "according to her": the pronoun is the source
    # "according to a report by the UN", "according to figures from the ministry"
    if e < n and toks[e].lower == "by" and e + 1 < n:
        e2 = _right_np(toks, e + 1)
        if e2 > e + 1:
            e = e2
    if e <= i + m:
        return None
    speaker = _span(toks, i + m, e)
    # "according to X, quoting Y": Y is the quoted source of the chain
    via = None
    if e + 2 < n and toks[e].text == "," and toks[e + 1].lower == "quoting":
        e3 = _right_np(toks, e + 2)
        if e3 > e + 2:
            via = _span(toks, e + 2, e3)
            e = e3
    before = [t for t in toks[:i] if _is_word(t) or _is_figure(t)]
    if len(before) >= 2:
        sep = i - 1 if i > 0 and toks[i - 1].text in _SEPARATORS else None
        if sep is not None:
            content = _clause_before(s, sep)
        else:
            start = s.span.start + (1 if toks[0].text == _QUOTE else 0)
            content = (start, _trim_end(s.text, start, toks[i].start))
        # "X, according to Y, rose by 4%": the content is the whole sentence minus the cue.
        if e < n and toks[e].text == "," and sep is not None and _is_word_after(toks, e):
            content = (content[0], _trim_end(s.text, content[0], s.span.end))
            return _Raw(cue, speaker, content, via, False, None)
        return _Raw(cue, speaker, content, via, False,
                    toks[sep].start if sep is not None else toks[i].start)
    k = e
    while k < n and toks[k].text in (",", "-", ":"):
        k += 1
    if k >= n:
        return None
    start = toks[k].start
    if toks[k].text == _QUOTE:
        q = s.quote_opening_at(start)
        if q is not None:
            return _Raw(cue, speaker, (q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])), via,
                        False, None)
    return _Raw(cue, speaker, (start, s.span.end), via, True, None)


def _is_word_after(toks: list[Token], e: int) -> bool:
    """True when a lower-case word follows the comma at ``e`` (the sentence goes on)."""
    return e + 1 < len(toks) and toks[e + 1].text[0].islower() and toks[e + 1].lower not in (
        "and", "but", "which", "who", "with", "while")


def _dash_credit(s: _Sentence, i: int) -> _Raw | None:
    """'"...quote..." - Jane Roe.' : a quote credited after a dash, with no verb."""
    toks = s.toks
    if i == 0 or toks[i - 1].text != _QUOTE:
        return None
    q = s.quote_closing_at(toks[i - 1].start)
    if q is None:
        return None
    e = _right_np(toks, i + 1, limit=8)
    if e <= i + 1 or not _is_cap(toks[i + 1]):
        return None
    if e < len(toks) and toks[e].text not in (".", ",", ";"):
        return None
    if e < len(toks) and toks[e].text == "," and any(
            t.lower in lex.REPORTING_VERBS for t in toks[e: e + 4]):
        return None
    if e < len(toks) and e + 1 < len(toks) and toks[e + 1].lower in lex.REPORTING_VERBS:
        return None
    return _Raw((toks[i].start, toks[i].end), _span(toks, i + 1, e),
                (q[0] + 1, _trim_end(s.text, q[0] + 1, q[1])), None, False, None)


# --------------------------------------------------------------------------------------------
# Quotes that continue an attributed quote
# --------------------------------------------------------------------------------------------


def _continue_quotes(text: str, frames: list[Frame], sentences: Sequence[Span],
                     paragraphs: Sequence[Span]) -> list[Frame]:
    """'"A," she said. "B."' : B continues the same speaker's quote in the same paragraph.

    The frame's content is widened to the end of each following quote of the paragraph that has
    no frame of its own.
    """
    if not frames:
        return frames
    by_sentence: dict[int, list[int]] = {}
    for k, f in enumerate(frames):
        by_sentence.setdefault(f.sentence, []).append(k)
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
        para = paragraphs[pi]
        si = f.sentence + 1
        new_end = c1
        while si < len(sentences) and sentences[si].start < para.end and si - f.sentence < 8:
            sp = sentences[si]
            if text[sp.start] != _QUOTE:
                break
            close = text.find(_QUOTE, sp.start + 1, para.end)
            close = para.end if close < 0 else close
            # a quote with a frame outside it ('"B," he added.') has its own speaker
            if any(not (sp.start < frames[j].cue[0] < close) for j in by_sentence.get(si, [])):
                break
            new_end = _trim_end(text, sp.start, close)
            while si < len(sentences) and sentences[si].end <= close:
                si += 1
            if si < len(sentences) and sentences[si].start < close:
                si += 1
        if new_end > c1 and f.cue[0] < new_end:
            out[k] = attrs.evolve(f, content=(c0, new_end))
    return out
