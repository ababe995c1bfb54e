"""The public entry points: ``extract`` for one text, ``extract_many`` for a stream.

Runs the stages in order (text, numbers, quantities, attribution, resolver, hedges).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence

import attrs

from . import attribution, resolver
from .attribution import FrameIndex
from .hedges import HedgeFinder
from .model import Attribution, Document, NumericMention, Quantity, Source, Speaker
from .quantities import Reading, extract_sentence
from .text import Span, Spans, normalise, paragraphs, sentences
from .tokens import SentenceTokens

__all__ = ["extract", "extract_many"]


def extract(text: str) -> Document:
    """Extract attributed quantities from one English news text.

    Args:
        text: any string; offsets in the result index into it.

    Returns:
        A frozen `Document`.

    Raises:
        TypeError: if ``text`` is not a ``str``.

    Examples:
        >>> doc = extract("Officials said up to 40 people were hurt.")
        >>> q = doc.quantities[0]
        >>> (q.text, q.high, q.unit, q.speaker.name)
        ('up to 40 people', 40.0, 'people', 'Officials')
    """
    if not isinstance(text, str):
        raise TypeError(f"attribquant.extract() needs a str, not {type(text).__name__}")
    if len(text) <= _QUIET_GC_CHARS or not gc.isenabled():
        return _extract(text)
    # a long text: its tokens stay alive while it is read, and the cyclic collector would walk
    # them again and again; the stages make no reference cycles, so it rests meanwhile
    gc.disable()
    try:
        return _extract(text)
    finally:
        gc.enable()


#: Texts longer than this are read with the cyclic garbage collector paused.
_QUIET_GC_CHARS = 50_000


def _extract(text: str) -> Document:
    norm = normalise(text)
    paras, sents, tokens = _segment(norm)
    # Attribution first: then each quantity gets its speaker and hedges as soon as it is
    # read, and no list of raw quantities builds up over a long text.
    attributions, sources = _attributions(text, norm, paras, sents, tokens)
    index = FrameIndex(attributions)
    hedge_finder = HedgeFinder(text, norm, sents, tokens, index)
    quantities: list[Quantity] = []
    excluded: list[NumericMention] = []
    for si, s in enumerate(sents):
        readings, ex = extract_sentence(text, norm, tokens, si, s.start, s.end)
        quantities.extend(_finish(r, index, hedge_finder) for r in readings)
        excluded.extend(NumericMention(text[x.start:x.end], x.start, x.end, x.kind, si)
                        for x in ex)
    return Document(
        text=text,
        quantities=tuple(quantities),
        attributions=attributions,
        speakers=sources,
        excluded=tuple(excluded),
        sentences=tuple((s.start, s.end) for s in sents),
    )


def _segment(norm: str) -> tuple[Sequence[Span], Sequence[Span], SentenceTokens]:
    """Paragraphs, sentences and the shared sentence tokens of a normalised text."""
    para_list = paragraphs(norm)
    sent_list = sentences(norm, para_list)
    if len(sent_list) <= _LONG_TEXT:
        return para_list, sent_list, SentenceTokens(norm, limit=max(1, len(sent_list)))
    # a long text: the spans as arrays, and the tokens of a window of sentences
    return Spans(para_list), Spans(sent_list), SentenceTokens(norm, limit=_TOKEN_WINDOW)


def _attributions(text: str, norm: str, paras: Sequence[Span], sents: Sequence[Span],
                  tokens: SentenceTokens) -> tuple[tuple[Attribution, ...], tuple[Source, ...]]:
    """The document's frames with their resolved speakers, and its sources, with surfaces
    read from the original text."""
    frames = attribution.find_frames(norm, sents, paras, tokens)
    resolved = resolver.resolve(norm, frames, sents, paras, tokens)
    del frames
    attributions, sources = list(resolved[0]), list(resolved[1])
    del resolved
    if norm is not text:
        _with_text(text, attributions, sources)
    return tuple(attributions), tuple(sources)


#: Texts of up to this many sentences (nearly every article) keep each sentence's tokens for
#: the three stages that read them.  Longer texts keep the tokens of a window of
#: ``_TOKEN_WINDOW`` sentences, rebuild the others from their kept offsets (about as fast
#: as keeping them all, for a small fraction of the memory) and hold their spans as arrays.
_LONG_TEXT = 1024
_TOKEN_WINDOW = 8


def _with_text(text: str, attributions: list[Attribution], sources: list[Source]) -> None:
    """Re-read surfaces from the original text where normalisation changed them (quote
    marks, dashes), in place: an unchanged surface keeps its string and its object."""

    def fix(sp: Speaker) -> Speaker:
        mention = text[sp.start:sp.end]
        return sp if mention == sp.mention else attrs.evolve(sp, mention=mention)

    for k, a in enumerate(attributions):
        speaker, cue = fix(a.speaker), text[a.cue_start:a.cue_end]
        via = None if a.via is None else fix(a.via)
        if speaker is not a.speaker or via is not a.via or cue != a.cue_text:
            attributions[k] = attrs.evolve(a, speaker=speaker, via=via, cue_text=cue)
    for k, src in enumerate(sources):
        mentions = tuple(m if text[m.start:m.end] == m.text
                         else attrs.evolve(m, text=text[m.start:m.end]) for m in src.mentions)
        if any(m is not old for m, old in zip(mentions, src.mentions, strict=True)):
            sources[k] = attrs.evolve(src, mentions=mentions)


def _finish(r: Reading, index: FrameIndex, hedge_finder: HedgeFinder) -> Quantity:
    """Attach the speaker and every hedge to a quantity as read."""
    q = r.quantity
    speaker = index.speaker_for(q.start, q.end)
    found = hedge_finder.hedges(q.sentence, q.start, q.end, r.cues)
    return q if speaker is None and not found else q.claimed(speaker, found)


def extract_many(texts: Iterable[str], *, workers: int | None = None) -> Iterator[Document]:
    """Extract from each text of ``texts`` in order, streaming the results.

    With ``workers`` > 1 the texts are sent, in batches, to that many worker processes;
    results still come back in input order, and input is read lazily.  If reading the input
    raises, every document taken from it before is still extracted and yielded first.
    """
    if isinstance(texts, str):
        raise TypeError("attribquant.extract_many() needs an iterable of str, not one str")
    if workers is None or workers <= 1:
        for t in texts:
            yield extract(_checked(t))
        return
    yield from _parallel(iter(texts), workers)


def _checked(t: object) -> str:
    if not isinstance(t, str):
        raise TypeError(f"attribquant.extract_many() needs str items, not {type(t).__name__}")
    return t


#: A batch sent to a worker holds up to this many texts, or this many characters.
BATCH_TEXTS = 64
BATCH_CHARS = 1 << 17


def _extract_batch(texts: list[str]) -> list[Document]:
    return [extract(t) for t in texts]


def _batches(texts: Iterator[str]) -> Iterator[tuple[list[str], BaseException | None]]:
    """Batches of texts read lazily, growing from one text to ``BATCH_TEXTS`` (the first
    results come soon, and little is read ahead); an input error ends the stream after the
    batch read so far, which is still processed, and is raised from it."""
    limit = 1
    while True:
        batch: list[str] = []
        size = 0
        try:
            while len(batch) < limit and size < BATCH_CHARS:
                t = _checked(next(texts))
                batch.append(t)
                size += len(t)
        except StopIteration:
            if batch:
                yield batch, None
            return
        except BaseException as exc:  # raised once the texts read before it are done
            yield batch, exc
            return
        yield batch, None
        limit = min(2 * limit, BATCH_TEXTS)


def _parallel(texts: Iterator[str], workers: int) -> Iterator[Document]:
    """Process-pool extraction in batches, at most ``2 * workers`` batches in flight, in
    input order."""
    import concurrent.futures as cf
    from collections import deque

    batches = _batches(texts)
    error: BaseException | None = None
    with cf.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[cf.Future[list[Document]]] = deque()
        while True:
            while error is None and len(pending) < 2 * workers:
                item = next(batches, None)
                if item is None:
                    break
                batch, error = item
                if batch:
                    pending.append(pool.submit(_extract_batch, batch))
            if not pending:
                break
            yield from pending.popleft().result()
    if error is not None:
        raise error
