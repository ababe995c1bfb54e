"""Frozen result objects and their versioned JSON shape.

Every object is an immutable attrs class whose ``to_dict()`` is the documented contract.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

#: What a hedge does to a number: "up to 40" (bound), "about 40" (approximation), "dozens"
#: (vague), "could" (modal), "reportedly" (evidential), "the army disputed" (disputed).
HedgeKind = Literal["bound", "approximation", "vague", "modal", "evidential", "disputed"]
#: Why a number is not a quantity.
ExclusionKind = Literal["year", "date", "time", "ordinal", "score", "identifier"]
#: Direction of a change ("rose 5%" is up).
Change = Literal["up", "down"]
#: What kind of unit a quantity has: "%" is percent, "$" currency, "km" physical,
#: "years" time, "soldiers" a counted noun.
UnitKind = Literal["percent", "currency", "physical", "time", "count"]
#: The side a bound cue limits: "up to 40" is a high bound, "at least 40" a low one.
BoundSide = Literal["low", "high"]

#: What a source is: a person, an organisation (a company, a government, "the White House"),
#: a place ("Ohio" when it speaks), a group of people ("Democrats", "protesters"), a document
#: ("the report", "the poll"), or unknown.
EntityKind = Literal["person", "organisation", "place", "group", "document", "unknown"]

#: Version of the JSON shape produced by ``to_dict()``; bumped on any change to keys or meaning.
SCHEMA_VERSION = "1.1"


@attrs.frozen
class Hedge:
    """A word that weakens or qualifies a number ("up to", "could", "reportedly")."""

    cue: str
    kind: HedgeKind
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"cue": self.cue, "kind": self.kind, "start": self.start, "end": self.end}


@attrs.frozen
class Speaker:
    """Who a claim is attributed to: the canonical source and the mention in this sentence."""

    name: str
    mention: str
    start: int
    end: int
    resolved: bool
    kind: EntityKind = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            "resolved": self.resolved,
            "kind": self.kind,
        }


@attrs.frozen
class Quantity:
    """One quantity expression with its reading, unit, subject, speaker and hedges."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    change: Change | None
    unit: str | None
    unit_kind: UnitKind | None
    unit_span: tuple[int, int] | None
    subject: str | None
    subject_span: tuple[int, int] | None
    sentence: int
    speaker: Speaker | None = None
    hedges: tuple[Hedge, ...] = ()

    def claimed(self, speaker: Speaker | None, hedges: tuple[Hedge, ...]) -> Quantity:
        """This quantity with its speaker and hedges (the last two fields, set last)."""
        return Quantity(self.text, self.start, self.end, self.value, self.low, self.high,
                        self.approximate, self.change, self.unit, self.unit_kind,
                        self.unit_span, self.subject, self.subject_span, self.sentence,
                        speaker, hedges)

    def __repr__(self) -> str:
        parts = [f"{_short(self.text)} {self.start}:{self.end}"]
        parts += [f"{name}={v!r}" for name, v in
                  (("value", self.value), ("low", self.low), ("high", self.high))
                  if v is not None]
        if self.approximate:
            parts.append("approximate=True")
        if self.change is not None:
            parts.append(f"change={self.change!r}")
        if self.unit is not None:
            parts.append(f"unit={_short(self.unit)}")
        if self.speaker is not None:
            parts.append(f"speaker={_short(self.speaker.name)}")
        if self.hedges:
            parts.append(f"hedges=[{', '.join(_short(h.cue) for h in self.hedges)}]")
        return f"<Quantity {', '.join(parts)}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approximate": self.approximate,
            "change": self.change,
            "unit": self.unit,
            "unit_kind": self.unit_kind,
            "unit_span": _span(self.unit_span),
            "subject": self.subject,
            "subject_span": _span(self.subject_span),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "hedges": [h.to_dict() for h in self.hedges],
            "sentence": self.sentence,
        }


@attrs.frozen
class NumericMention:
    """A number that is not a quantity: a year, date, time, ordinal, score or identifier."""

    text: str
    start: int
    end: int
    kind: ExclusionKind
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "sentence": self.sentence,
        }


@attrs.frozen
class Attribution:
    """A reporting frame: who (speaker), by which word (cue), and what (content span)."""

    speaker: Speaker
    cue_text: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    sentence: int
    via: Speaker | None = None

    def __repr__(self) -> str:
        via = "" if self.via is None else f", via={_short(self.via.name)}"
        return (f"<Attribution {_short(self.speaker.name)} {_short(self.cue_text)} "
                f"{self.cue_start}:{self.cue_end}, content {self.content_start}:"
                f"{self.content_end}, sentence {self.sentence}{via}>")

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict(),
            "cue": {"text": self.cue_text, "start": self.cue_start, "end": self.cue_end},
            "content": {"start": self.content_start, "end": self.content_end},
            "sentence": self.sentence,
            "via": self.via.to_dict() if self.via else None,
        }


@attrs.frozen
class Mention:
    """One place in the text where a source is named or referred to."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen
class Source:
    """A canonical source (person or organisation) with all its mentions."""

    name: str
    resolved: bool
    mentions: tuple[Mention, ...]
    kind: EntityKind = "unknown"

    def __repr__(self) -> str:
        n = len(self.mentions)
        return (f"<Source {_short(self.name)} {'resolved' if self.resolved else 'unresolved'}, "
                f"{n} mention{'' if n == 1 else 's'}>")

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "resolved": self.resolved,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@attrs.frozen
class Document:
    """Everything extracted from one text; offsets index into ``text``.

    ``id`` is the caller's name for the text, carried by ``extract_many`` from an
    ``(id, text)`` pair or an ``{"id", "text"}`` mapping (None for a plain ``str``); it is
    compared but not hashed, so any value may serve, and ``to_dict()`` returns it as given.
    """

    text: str
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    speakers: tuple[Source, ...] = ()
    excluded: tuple[NumericMention, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    id: Any = attrs.field(default=None, hash=False)

    def __repr__(self) -> str:
        """One short line: counts and the first words of the text (see docs/usage.md)."""
        counts = ", ".join(_count(len(items), one, many) for one, many, items in (
            ("quantity", "quantities", self.quantities),
            ("attribution", "attributions", self.attributions),
            ("speaker", "speakers", self.speakers),
            ("sentence", "sentences", self.sentences)))
        return f"<Document {counts}, {len(self.text):,} chars: {_first_words(self.text)}>"

    def _repr_html_(self) -> str:
        """The notebook view: the text with each quantity highlighted in its speaker's
        colour, a hover card per quantity and a table of quantities (see ``display.py``)."""
        from .display import document_html

        return document_html(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "text": self.text,
            "sentences": [{"start": s, "end": e} for s, e in self.sentences],
            "quantities": [q.to_dict() for q in self.quantities],
            "attributions": [a.to_dict() for a in self.attributions],
            "speakers": [s.to_dict() for s in self.speakers],
            "excluded": [x.to_dict() for x in self.excluded],
        }


def _short(text: str, limit: int = 40) -> str:
    """``repr`` of a string cut to ``limit`` characters: always one line."""
    return repr(text if len(text) <= limit else text[:limit - 1] + "\u2026")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _first_words(text: str, limit: int = 30) -> str:
    """``repr`` of the first words of a text, white space folded, cut at a word end."""
    words = " ".join(text[:limit * 4].split())
    if len(words) <= limit and len(text) <= limit * 4:
        return repr(words)
    cut = words[:limit]
    if " " in cut and not words[limit:limit + 1].isspace():
        cut = cut[:cut.rindex(" ")]
    return repr(cut + "\u2026")


def _span(span: tuple[int, int] | None) -> dict[str, int] | None:
    return None if span is None else {"start": span[0], "end": span[1]}
