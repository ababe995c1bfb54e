"""The public entry points: ``extract`` for one text, ``extract_many`` for a stream.

Runs the stages in order (text, numbers, quantities, attribution, resolver, hedges).
"""

from __future__ import annotations

import contextlib
import gc
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from . import attribution, resolver
from .attribution import FrameIndex
from .hedges import HedgeFinder
from .model import Attribution, Document, NumericMention, Quantity, Source, Speaker
from .quantities import Reading, extract_sentence
from .text import Span, Spans, normalise, paragraphs, sentences
from .tokens import SentenceTokens

if TYPE_CHECKING:
    import concurrent.futures as cf

__all__ = ["MAX_CHARS", "SkippedItem", "TextTooLong", "extract", "extract_many"]

#: The longest text, in characters, that ``extract`` and ``extract_many`` read unless told
#: otherwise with ``max_chars``.  Memory and time grow with the length of one text (about
#: 290 MB and 15 s of processor time per MB of the densest numeric text measured, 25 MB and
#: 2.5 s per MB of news), so one text past this is refused rather than left to exhaust the
#: machine: see docs/usage.md, "Limits".
MAX_CHARS = 2_000_000


class TextTooLong(ValueError):
    """A text is longer than the ``max_chars`` limit (:data:`MAX_CHARS` by default).

    ``length`` is the text's length in characters and ``limit`` the limit it passed.
    ``max_chars=None`` reads a text of any length.
    """

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(length, limit)  # the arguments, so that it pickles as it is
        self.length = length
        self.limit = limit

    def __str__(self) -> str:
        return (f"text of {self.length:,} characters is longer than the limit of "
                f"{self.limit:,} (max_chars)")


@attrs.frozen
class SkippedItem:
    """An item of ``extract_many``'s input that gave no document, passed to ``on_error``.

    ``index`` is its 0-based position in the input, ``id`` its id (None for a plain
    ``str`` or an item too malformed to have one) and ``error`` what it raised: a
    ``TypeError`` for an item that is not a ``str``, an ``(id, text)`` pair or a mapping
    with a ``"text"`` string, :class:`TextTooLong` for a text past ``max_chars``.
    """

    index: int
    id: Any
    error: Exception


def extract(text: str, *, max_chars: int | None = MAX_CHARS) -> Document:
    """Extract attributed quantities from one English news text.

    Args:
        text: any string; offsets in the result index into it.
        max_chars: the longest text read, in characters; None for no limit.

    Returns:
        A frozen `Document`.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        TextTooLong: if ``text`` is longer than ``max_chars``.

    Examples:
        >>> doc = extract("Officials said up to 40 people were hurt.")
        >>> q = doc.quantities[0]
        >>> (q.text, q.high, q.unit, q.speaker.name)
        ('up to 40 people', 40.0, 'people', 'Officials')
    """
    if not isinstance(text, str):
        raise TypeError(f"attribquant.extract() needs a str, not {type(text).__name__}")
    return _read(text, None, max_chars)


def _read(text: str, ident: Any, max_chars: int | None) -> Document:
    """``extract`` of a ``str``, with the document's id."""
    if max_chars is not None and len(text) > max_chars:
        raise TextTooLong(len(text), max_chars)
    # The stages make no reference cycles, so the cyclic collector rests while a text is
    # read: otherwise the reader's allocations would set it walking the text's tokens (over
    # and over, for a long text) and the caller's whole heap.
    _pause_gc()
    try:
        return _extract(text, ident)
    finally:
        _resume_gc()


#: Texts being read now, and whether the collector was on when the first of them began
#: (the collector is one switch for the process: threads share the pause, and the last
#: reader leaves it as the caller had it).
_GC_STATE = {"readers": 0, "was_enabled": False}
_GC_LOCK = threading.Lock()


def _pause_gc() -> None:
    with _GC_LOCK:
        if _GC_STATE["readers"] == 0:
            _GC_STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _GC_STATE["readers"] += 1


def _resume_gc() -> None:
    with _GC_LOCK:
        _GC_STATE["readers"] -= 1
        if _GC_STATE["readers"] == 0 and _GC_STATE["was_enabled"]:
            gc.enable()


def _extract(text: str, ident: Any = None) -> Document:
    norm = normalise(text)
    paras, sents, tokens = _segment(norm)
    # Attribution first: then each quantity gets its speaker and hedges as soon as it is
    # read, and no list of raw quantities builds up over a long text.
    attributions, sources = _attributions(text, norm, paras, sents, tokens)
    index = FrameIndex(attributions, norm, sents)
    hedge_finder = HedgeFinder(text, norm, sents, tokens, index)
    quantities: list[Quantity] = []
    excluded: list[NumericMention] = []
    for si, s in enumerate(sents):
        readings, ex = extract_sentence(text, norm, tokens, si, s.start, s.end)
        if readings:  # (most sentences hold no number)
            quantities.extend(_finish(r, index, hedge_finder) for r in readings)
        if ex:
            excluded.extend(NumericMention(text[x.start:x.end], x.start, x.end, x.kind, si)
                            for x in ex)
    return Document(
        text=text,
        quantities=tuple(quantities),
        attributions=attributions,
        speakers=sources,
        excluded=tuple(excluded),
        sentences=tuple((s.start, s.end) for s in sents),
        id=ident,
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


def extract_many(
    texts: Iterable[str | tuple[Any, str] | Mapping[str, Any]],
    *,
    workers: int | None = None,
    max_chars: int | None = MAX_CHARS,
    on_error: Callable[[SkippedItem], object] | None = None,
) -> Iterator[Document]:
    """Extract from each item of ``texts`` in order, streaming the documents.

    An item is a ``str``, an ``(id, text)`` pair or a mapping with a ``"text"`` string and
    an optional ``"id"``; the id is carried to ``Document.id`` (None for a plain ``str``).

    With ``workers`` > 1 the texts are sent, in batches, to that many worker processes;
    documents still come in input order, and input is read lazily.

    A bad item (not one of the three shapes: ``TypeError``; a text longer than
    ``max_chars``: :class:`TextTooLong`) or a text whose extraction fails is raised at its
    place in the stream, after every document before it; with ``on_error`` it is passed to
    that callable as a :class:`SkippedItem` instead, in input order, and the stream goes on.
    If reading ``texts`` itself raises, every document taken from it before is yielded
    first and the error is raised then (``on_error`` or not: the input is over).  A worker
    process that dies ends the stream with ``concurrent.futures.process.BrokenProcessPool``
    after the documents finished before it; the other workers are stopped.

    Examples:
        >>> docs = extract_many([("a", "Up to 5 km."), {"id": "b", "text": "About 12 boats."}])
        >>> [(d.id, d.quantities[0].value) for d in docs]
        [('a', 5.0), ('b', 12.0)]
        >>> skipped = []
        >>> [d.id for d in extract_many([("a", "5 km"), ("b", None), ("c", "9 km")],
        ...                             on_error=skipped.append)]
        ['a', 'c']
        >>> [(s.index, s.id, type(s.error).__name__) for s in skipped]
        [(1, 'b', 'TypeError')]
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("attribquant.extract_many() needs an iterable of texts, "
                        f"not one {type(texts).__name__}")
    if on_error is not None and not callable(on_error):
        raise TypeError("attribquant.extract_many(): on_error must be callable")
    entries = _entries(iter(texts), max_chars)
    if workers is None or workers <= 1:
        return _documents(_serial(entries, max_chars), on_error)
    return _documents(_parallel(entries, workers, max_chars), on_error)


#: An item of the input as read: its index, its id, and its text or the error it gives.
_Entry = tuple[int, Any, str | Exception]
#: An item as finished: its index, its id, and its document or the error it gave.
_Result = tuple[int, Any, Document | Exception]

_NEEDS = ('attribquant.extract_many() needs str items, (id, text) pairs or mappings with a '
          '"text" str, not ')


def _entries(items: Iterator[object], max_chars: int | None) -> Iterator[_Entry]:
    for index, item in enumerate(items):
        ident, text = _split(item)
        if isinstance(text, str) and max_chars is not None and len(text) > max_chars:
            text = TextTooLong(len(text), max_chars)
        yield index, ident, text


def _split(item: object) -> tuple[Any, str | Exception]:
    """The id and the text of an item, or its id and the ``TypeError`` it gives."""
    if isinstance(item, str):
        return None, item
    if isinstance(item, tuple):
        if len(item) != 2:
            return None, TypeError(f"{_NEEDS}a tuple of {len(item)}")
        ident, text = item
        if isinstance(text, str):
            return ident, text
        return ident, TypeError(f"{_NEEDS}a pair whose text is {type(text).__name__}")
    if isinstance(item, Mapping):
        ident = item.get("id")
        text = item.get("text")
        if isinstance(text, str):
            return ident, text
        what = 'no "text"' if "text" not in item else f'a "text" of {type(text).__name__}'
        return ident, TypeError(f"{_NEEDS}a {type(item).__name__} with {what}")
    return None, TypeError(f"{_NEEDS}{type(item).__name__}")


def _attempt(text: str, ident: Any, max_chars: int | None) -> Document | Exception:
    """The document of one text, or the error its extraction raised."""
    try:
        return _read(text, ident, max_chars)
    except Exception as exc:  # handed on: raised at its place, or given to on_error
        return exc


def _serial(entries: Iterator[_Entry], max_chars: int | None) -> Iterator[_Result]:
    for index, ident, text in entries:
        yield index, ident, _attempt(text, ident, max_chars) if isinstance(text, str) else text


def _documents(results: Iterator[_Result],
               on_error: Callable[[SkippedItem], object] | None) -> Iterator[Document]:
    """The documents of ``results``; each error raised, or given to ``on_error``."""
    try:
        for index, ident, result in results:
            if isinstance(result, Document):
                yield result
            elif on_error is None:
                raise result
            else:
                on_error(SkippedItem(index, ident, result))
    finally:
        # stopped early: a parallel stream stops its workers now, not when collected
        close = getattr(results, "close", None)
        if close is not None:
            close()


#: A batch sent to a worker holds up to this many texts, or this many characters.
BATCH_TEXTS = 64
BATCH_CHARS = 1 << 17


def _extract_batch(texts: list[str], max_chars: int | None) -> list[Document | Exception]:
    return [_attempt(t, None, max_chars) for t in texts]


def _batches(entries: Iterator[_Entry]) -> Iterator[tuple[list[_Entry], Exception | None]]:
    """Batches of entries read lazily, growing from one entry to ``BATCH_TEXTS`` (the first
    results come soon, and little is read ahead); an input error ends the stream after the
    batch read so far, which is still processed, and is raised from it."""
    limit = 1
    while True:
        batch: list[_Entry] = []
        size = 0
        try:
            while len(batch) < limit and size < BATCH_CHARS:
                entry = next(entries)
                batch.append(entry)
                if isinstance(entry[2], str):
                    size += len(entry[2])
        except StopIteration:
            if batch:
                yield batch, None
            return
        except Exception as exc:  # raised once the entries read before it are done
            yield batch, exc
            return
        yield batch, None
        limit = min(2 * limit, BATCH_TEXTS)


#: What the parent keeps of a batch in flight: each entry's index, id and its own error.
_Slots = list[tuple[int, Any, Exception | None]]


def _parallel(entries: Iterator[_Entry], workers: int,
              max_chars: int | None) -> Iterator[_Result]:
    """Process-pool extraction in batches, at most ``2 * workers`` batches in flight, in
    input order.  Ids stay in this process; bad items never go to a worker."""
    import concurrent.futures as cf
    from concurrent.futures.process import BrokenProcessPool

    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_start)
    pending: deque[tuple[_Slots, cf.Future[list[Document | Exception]] | None]] = deque()
    batches = _batches(entries)
    error: Exception | None = None
    finished = False
    try:
        while True:
            while error is None and len(pending) < 2 * workers:
                item = next(batches, None)
                if item is None:
                    break
                batch, error = item
                if not batch:
                    continue
                texts = [t for _, _, t in batch if isinstance(t, str)]
                slots = [(i, ident, None if isinstance(t, str) else t) for i, ident, t in batch]
                try:
                    with _signals_held():  # submit may start a worker: no Ctrl-C halfway
                        future = pool.submit(_extract_batch, texts, max_chars) if texts else None
                except BrokenProcessPool as exc:  # a worker died: finish what was done
                    error = exc
                    break
                pending.append((slots, future))
            if not pending:
                break
            slots, future = pending.popleft()
            yield from _merge(slots, [] if future is None else future.result())
        finished = True
    finally:
        _shut(pool, finished)
    if error is not None:
        raise error


def _merge(slots: _Slots, results: list[Document | Exception]) -> Iterator[_Result]:
    """A batch's results in input order, each document with its id."""
    done = iter(results)
    for index, ident, error in slots:
        if error is not None:
            yield index, ident, error
            continue
        result = next(done)
        if isinstance(result, Document) and ident is not None:
            result = attrs.evolve(result, id=ident)
        yield index, ident, result


#: The signals held while a worker is started, and released in it once it is ready.
_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while workers are started (a fork): a ``KeyboardInterrupt``
    raised inside the interpreter's fork hooks would be swallowed there, in this process or
    in the new worker; held, the signal arrives once the fork is done.  The worker and the
    pool's threads begin with them held too (until ``_worker_start``; for good, in threads,
    so the signal goes to the main thread)."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing to hold
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _worker_start() -> None:
    """A worker leaves Ctrl-C (sent to the whole process group) to the parent, which stops
    it; SIGTERM ends it at once, without a Python handler inherited by fork."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _shut(pool: cf.ProcessPoolExecutor, finished: bool) -> None:
    """Shut the pool down: wait for the workers after a full run; stop them at once when
    the stream ended early (an error, Ctrl-C, a caller that stopped reading)."""
    if finished:
        pool.shutdown(wait=True)
        return
    # the pool's own thread sees its workers end, fails what was in flight (as for a worker
    # that died) and cleans up; waiting for it here means none of it is left to the exit
    for p in list((getattr(pool, "_processes", None) or {}).values()):
        p.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
