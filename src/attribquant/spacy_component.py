"""The spaCy pipeline component ``"attribquant"`` (the ``attribquant[spacy]`` extra).

Registered through the ``spacy_factories`` entry point, so that with attribquant installed
``nlp.add_pipe("attribquant")`` works on any pipeline, ``spacy.blank("en")`` included,
without importing attribquant first.  spaCy imports this module when it builds a pipeline;
``import attribquant`` never imports it, nor spaCy.

The component reads ``doc.text`` with ``attribquant.extract`` and sets:

- ``doc._.quantities``: the ``attribquant.Quantity`` objects, in text order (None on a
  document the component has not processed);
- ``doc._.attribquant``: the whole ``attribquant.Document`` (frames, sources, excluded
  numbers);
- ``doc.spans["quantities"]``: one span per quantity, label ``"QUANTITY"``, on the tokens
  the quantity's characters touch (``alignment_mode="expand"``: a quantity that starts or
  ends inside a token takes the whole token); ``span._.quantity`` is the Quantity, with the
  exact character offsets, and ``span._.speaker`` its ``attribquant.Speaker`` (None in
  the article's own voice).

Configuration (``nlp.add_pipe("attribquant", config={...})``): ``max_chars`` (default
``attribquant.MAX_CHARS``; ``null``/None for no limit: a longer text raises
``attribquant.TextTooLong``, which ``nlp.set_error_handler`` can turn into a skip) and
``spans_key`` (default ``"quantities"``).

The result objects travel with the Doc: ``doc.to_bytes()``, ``DocBin(store_user_data=True)``
and ``nlp.pipe(texts, n_process=N)`` (which moves documents between processes as bytes)
write them as their fields through srsly's msgpack hooks, registered here, and read them back
as equal objects (the hook builds only attribquant's own frozen classes: no pickle).
"""

# no ``from __future__ import annotations``: spaCy reads the factory's annotations at run
# time to validate its configuration

from collections.abc import Callable
from typing import Any

import attrs
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .api import MAX_CHARS, extract
from .model import (
    Attribution,
    Document,
    Hedge,
    Mention,
    NumericMention,
    Quantity,
    Source,
    Speaker,
)

__all__ = ["LABEL", "QuantityComponent", "make_component"]

#: The label of every span in ``doc.spans["quantities"]``.
LABEL = "QUANTITY"

def _quantities(doc: Doc) -> tuple[Quantity, ...] | None:
    """``doc._.quantities``: the quantities of ``doc._.attribquant``."""
    result: Document | None = doc._.attribquant
    return None if result is None else result.quantities


def _speaker(span: Span) -> Speaker | None:
    """``span._.speaker``: the speaker of ``span._.quantity``."""
    q: Quantity | None = span._.quantity
    return None if q is None else q.speaker


def _register_extensions() -> None:
    """``Doc._.attribquant`` and ``Span._.quantity`` (values, default None), and
    ``Doc._.quantities`` and ``Span._.speaker`` (read from them), unless something
    registered them before."""
    if not Doc.has_extension("attribquant"):
        Doc.set_extension("attribquant", default=None)
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", getter=_quantities)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", default=None)
    if not Span.has_extension("speaker"):
        Span.set_extension("speaker", getter=_speaker)


class QuantityComponent:
    """Fills ``doc._.quantities``, ``doc._.attribquant`` and ``doc.spans[spans_key]``."""

    def __init__(self, name: str = "attribquant", *, max_chars: int | None = MAX_CHARS,
                 spans_key: str = "quantities") -> None:
        _register_extensions()
        self.name = name
        self.max_chars = max_chars
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        result = extract(doc.text, max_chars=self.max_chars)
        spans = []
        for k, q in enumerate(result.quantities):
            # span_id: each span keeps its own extension values, even where two quantities
            # expand to the same tokens
            span = doc.char_span(q.start, q.end, label=LABEL, alignment_mode="expand",
                                 span_id=k)
            if span is None:  # the characters touch no token (white space only)
                continue
            span._.quantity = q
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc._.attribquant = result
        return doc


def make_component(nlp: Language, name: str, max_chars: int | None,
                   spans_key: str) -> QuantityComponent:
    """The factory spaCy calls for ``nlp.add_pipe("attribquant", config={...})``."""
    return QuantityComponent(name, max_chars=max_chars, spans_key=spans_key)


Language.factory(
    "attribquant",
    default_config={"max_chars": MAX_CHARS, "spans_key": "quantities"},
    assigns=["doc._.quantities", "doc._.attribquant", "doc.spans", "span._.quantity",
             "span._.speaker"],
    func=make_component,
)


# --- the result objects in spaCy's msgpack (Doc.to_bytes, DocBin, nlp.pipe(n_process)) -------

#: The classes written as ``{"__attribquant__": name, "fields": {...}}``.
_CLASSES: dict[str, type[Any]] = {cls.__name__: cls for cls in (
    Document, Quantity, Speaker, Hedge, Attribution, Source, Mention, NumericMention)}
_MARK = "__attribquant__"
_Chain = Callable[[Any], Any] | None


def _encode(obj: Any, chain: _Chain = None) -> Any:
    """A result object as a map of its fields (msgpack writes the nested ones in turn)."""
    cls = type(obj)
    if _CLASSES.get(cls.__name__) is cls:
        return {_MARK: cls.__name__, "fields": attrs.asdict(obj, recurse=False)}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: _Chain = None) -> Any:
    """The object of a map written by ``_encode`` (its nested objects are already read);
    msgpack reads tuples as lists, so every list field but ``id`` is a tuple again."""
    if isinstance(obj, dict) and obj.get(_MARK) in _CLASSES:
        fields = {k: v if k == "id" else _tuples(v) for k, v in obj["fields"].items()}
        return _CLASSES[obj[_MARK]](**fields)
    return obj if chain is None else chain(obj)


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


srsly.msgpack_encoders.register("attribquant", func=_encode)
srsly.msgpack_decoders.register("attribquant", func=_decode)
