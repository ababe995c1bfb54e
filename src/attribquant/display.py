"""An HTML view of a :class:`~attribquant.model.Document` for notebooks.

``Document._repr_html_()`` calls :func:`document_html`: the text with each quantity
highlighted in its speaker's colour and a hover card (reading, unit, subject, speaker,
hedges), a legend of speakers above it and a table of quantities below it.

The page is plain HTML and CSS: no script (some notebook front ends strip it), no external
file, no network. Every selector starts with the class :data:`PREFIX`, so the view never
restyles the rest of the notebook. Every piece of text, and every attribute value, goes
through :func:`html.escape`.
"""

from __future__ import annotations

import html
import math

import regex

from .model import Document, Quantity, Speaker

#: Class prefix of every element of the view (and of every CSS selector).
PREFIX = "aqv"

#: Speaker colours, in order of each speaker's first quantity: (background, underline).
#: Light tints with a dark underline, readable with dark text; the view sets its own
#: background and text colours, so a dark notebook theme does not change them.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#dbeafe", "#1d4ed8"),  # blue
    ("#fef3c7", "#b45309"),  # amber
    ("#d1fae5", "#047857"),  # green
    ("#fce7f3", "#be185d"),  # pink
    ("#ede9fe", "#6d28d9"),  # violet
    ("#ffedd5", "#c2410c"),  # orange
    ("#cffafe", "#0e7490"),  # cyan
    ("#fee2e2", "#b91c1c"),  # red
    ("#ecfccb", "#4d7c0f"),  # lime
    ("#e0e7ff", "#4338ca"),  # indigo
)
#: The colour of a quantity in the article's own voice (no speaker).
NEUTRAL: tuple[str, str] = ("#e5e7eb", "#6b7280")

#: Characters that are not shown as they are: C0 controls other than tab and newlines, DEL,
#: and lone surrogates (which a notebook cannot even send).
_UNSHOWABLE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\p{Cs}]")


def esc(text: str) -> str:
    """Text escaped for HTML content and for a double-quoted attribute value.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape(_UNSHOWABLE.sub("\ufffd", text), quote=True)


def number(v: float) -> str:
    """A number as a reader writes it: ``2,500,000``, ``1.8``, ``1.5e-09``."""
    if not math.isfinite(v):
        return repr(v)
    if v.is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 1e15 or abs(v) < 1e-4:
        return f"{v:.4g}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def reading(q: Quantity) -> str:
    """The value or bounds of a quantity in one short string: "≈ 300", "6 to 8" as a dash,
    "≤ 40", "1.8 (rise)"."""
    if q.low is not None and q.high is not None:
        out = f"{number(q.low)} \u2013 {number(q.high)}"
    elif q.high is not None:
        out = f"\u2264 {number(q.high)}"
    elif q.low is not None:
        out = f"\u2265 {number(q.low)}"
    elif q.value is not None:
        out = number(q.value)
    else:
        out = "\u2014"
    if q.approximate:
        out = f"\u2248 {out}"
    if q.change is not None:
        out += " (rise)" if q.change == "up" else " (fall)"
    return out


def speaker_colours(doc: Document) -> dict[str, int]:
    """Palette index of each speaker name, in order of the speaker's first quantity; past
    the palette's length the colours repeat."""
    colours: dict[str, int] = {}
    for q in doc.quantities:
        if q.speaker is not None and q.speaker.name not in colours:
            colours[q.speaker.name] = len(colours) % len(PALETTE)
    return colours


def colour_class(speaker: Speaker | None, colours: dict[str, int]) -> str:
    """The colour class of a speaker (``aqv-c0`` ...), or the neutral ``aqv-cn``."""
    return f"{PREFIX}-cn" if speaker is None else f"{PREFIX}-c{colours[speaker.name]}"


def speaker_label(speaker: Speaker | None) -> str:
    """Speaker name, then in brackets its mention when that is other words, its kind when
    known, and ``unresolved`` when the resolver kept the surface form:
    ``Ana Ruiz (“she”, person)``."""
    if speaker is None:
        return "none (the article's own voice)"
    notes = []
    if speaker.name.casefold() not in speaker.mention.casefold():  # "she", not "the UN"
        notes.append(f"\u201c{speaker.mention}\u201d")
    if speaker.kind != "unknown":
        notes.append(speaker.kind)
    if not speaker.resolved:
        notes.append("unresolved")
    return f"{speaker.name} ({', '.join(notes)})" if notes else speaker.name


def hedge_label(q: Quantity) -> str:
    return ", ".join(f"{h.cue} ({h.kind})" for h in q.hedges) or "none"


def unit_label(q: Quantity) -> str:
    if q.unit is None:
        return "none"
    return q.unit if q.unit_kind is None else f"{q.unit} ({q.unit_kind})"


def card(q: Quantity) -> str:
    """The hover card of one quantity: a two-column grid of fields."""
    rows = [("reading", reading(q))]
    rows += [(name, number(v)) for name, v in (("value", q.value), ("low", q.low),
                                                ("high", q.high)) if v is not None]
    rows += [("unit", unit_label(q)), ("subject", q.subject or "none"),
             ("speaker", speaker_label(q.speaker)), ("hedges", hedge_label(q))]
    cells = f'<span class="{PREFIX}-t">{esc(q.text)}</span>' + "".join(
        f'<span class="{PREFIX}-k">{esc(k)}</span><span class="{PREFIX}-v">{esc(v)}</span>'
        for k, v in rows)
    # hidden by an inline style too: a front end that drops <style> keeps the text clean
    return f'<span class="{PREFIX}-card" role="tooltip" style="display:none">{cells}</span>'


def mark(q: Quantity, index: int, colours: dict[str, int]) -> str:
    """One highlighted quantity with its hover card (shown on hover and on keyboard focus)."""
    return (f'<mark class="{PREFIX}-q {colour_class(q.speaker, colours)}" tabindex="0" '
            f'data-{PREFIX}-index="{index}">{esc(q.text)}{card(q)}</mark>')


def text_html(doc: Document, colours: dict[str, int]) -> str:
    """The text with every quantity marked. A quantity overlapping the one before it, should
    the stages ever give one, is listed in the table but not marked twice."""
    out: list[str] = []
    cursor = 0
    for i, q in enumerate(doc.quantities):
        if q.start < cursor or q.end > len(doc.text):
            continue
        out.append(esc(doc.text[cursor:q.start]))
        out.append(mark(q, i, colours))
        cursor = q.end
    out.append(esc(doc.text[cursor:]))
    return f'<div class="{PREFIX}-text">{"".join(out)}</div>'


def swatch(cls: str) -> str:
    return f'<span class="{PREFIX}-sw {cls}"></span>'


def legend(doc: Document, colours: dict[str, int]) -> str:
    """Each speaker with its colour and number of quantities, then the article's voice."""
    counts: dict[str | None, int] = {}
    for q in doc.quantities:
        key = None if q.speaker is None else q.speaker.name
        counts[key] = counts.get(key, 0) + 1
    items = [f'<li>{swatch(f"{PREFIX}-c{k}")}{esc(name)} <span class="{PREFIX}-n">'
             f"{counts[name]}</span></li>" for name, k in colours.items()]
    if None in counts:
        items.append(f'<li>{swatch(f"{PREFIX}-cn")}no speaker <span class="{PREFIX}-n">'
                     f"{counts[None]}</span></li>")
    return f'<ul class="{PREFIX}-legend">{"".join(items)}</ul>' if items else ""


_COLUMNS = ("#", "quantity", "reading", "unit", "subject", "speaker", "hedges", "sentence")


def row(q: Quantity, index: int, colours: dict[str, int]) -> str:
    """One table row; the speaker cell starts with the speaker's colour."""
    speaker = swatch(colour_class(q.speaker, colours)) + esc(
        speaker_label(q.speaker) if q.speaker else "none")
    cells = [esc(str(index)), esc(q.text), esc(reading(q)), esc(unit_label(q)),
             esc(q.subject or ""), speaker, esc(hedge_label(q) if q.hedges else ""),
             esc(str(q.sentence))]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def table(doc: Document, colours: dict[str, int]) -> str:
    """One row per quantity, in text order."""
    head = "".join(f"<th>{c}</th>" for c in _COLUMNS)
    body = "".join(row(q, i, colours) for i, q in enumerate(doc.quantities))
    return (f'<table class="{PREFIX}-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def summary(doc: Document) -> str:
    n = len(doc.quantities)
    speakers = len({q.speaker.name for q in doc.quantities if q.speaker is not None})
    return (f'<div class="{PREFIX}-head"><b>attribquant</b> \u00b7 {n} '
            f"quantit{'y' if n == 1 else 'ies'} \u00b7 {speakers} "
            f"speaker{'' if speakers == 1 else 's'} \u00b7 {len(doc.sentences)} "
            f"sentence{'' if len(doc.sentences) == 1 else 's'}</div>")


def stylesheet() -> str:
    """The view's CSS: every selector starts with ``.aqv``."""
    p = PREFIX
    colours = "".join(
        f".{p} .{p}-c{k}{{background:{bg};border-color:{line}}}"
        for k, (bg, line) in enumerate(PALETTE))
    colours += f".{p} .{p}-cn{{background:{NEUTRAL[0]};border-color:{NEUTRAL[1]}}}"
    return "<style>" + _CSS.replace("PFX", p) + colours + "</style>"


_CSS = (
    ".PFX{font:14px/1.65 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937;"
    "background:#fff;border:1px solid #d1d5db;border-radius:8px;padding:12px 16px;"
    "max-width:100%;box-sizing:border-box;text-align:left}"
    ".PFX *{box-sizing:border-box}"
    ".PFX .PFX-head{font-size:12px;color:#4b5563;margin:0 0 6px}"
    ".PFX .PFX-legend{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:0 0 10px;"
    "padding:0;font-size:12.5px}"
    ".PFX .PFX-legend li{margin:0;padding:0}"
    ".PFX .PFX-sw{display:inline-block;width:13px;height:13px;border-radius:3px;"
    "border-width:0 0 3px;border-style:solid;vertical-align:-2px;margin-right:5px}"
    ".PFX .PFX-n{color:#6b7280}"
    ".PFX .PFX-text{white-space:pre-wrap;overflow-wrap:break-word;margin:0 0 14px;"
    "font-size:15px}"
    ".PFX mark.PFX-q{position:relative;color:inherit;padding:1px 2px;border-radius:3px;"
    "border-bottom-width:2px;border-bottom-style:solid;cursor:help}"
    ".PFX mark.PFX-q:hover,.PFX mark.PFX-q:focus{outline:2px solid #111827;outline-offset:1px}"
    ".PFX .PFX-card{position:absolute;left:0;top:100%;z-index:20;margin-top:6px;"
    "width:max-content;max-width:340px;padding:8px 10px;background:#111827;color:#f9fafb;"
    "border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);font-size:12.5px;"
    "line-height:1.45;white-space:normal;grid-template-columns:auto 1fr;gap:2px 12px;"
    "user-select:none}"
    ".PFX mark.PFX-q:hover>.PFX-card,.PFX mark.PFX-q:focus>.PFX-card{display:grid!important}"
    ".PFX .PFX-t{grid-column:1/-1;font-weight:600;margin-bottom:3px;padding-bottom:3px;"
    "border-bottom:1px solid #374151}"
    ".PFX .PFX-k{color:#9ca3af}"
    ".PFX .PFX-table{border-collapse:collapse;table-layout:auto;width:100%;font-size:12.5px;"
    "margin:0;border:0}"
    ".PFX .PFX-table th,.PFX .PFX-table td{text-align:left;padding:3px 8px;"
    "border:0;border-bottom:1px solid #e5e7eb;vertical-align:top;background:#fff;color:#1f2937}"
    ".PFX .PFX-table th{font-weight:600;border-bottom:2px solid #d1d5db}"
    ".PFX .PFX-table td:first-child{color:#6b7280}"
    ".PFX .PFX-table td:nth-child(3){white-space:nowrap}"
)


def document_html(doc: Document) -> str:
    """The whole view of one document: style, summary line, legend, text and table."""
    colours = speaker_colours(doc)
    return (f'<div class="{PREFIX}">{stylesheet()}{summary(doc)}{legend(doc, colours)}'
            f"{text_html(doc, colours)}{table(doc, colours)}</div>")
