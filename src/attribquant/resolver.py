"""Document-level canonical speakers: names, short forms, acronyms, pronouns and role nouns.

Turns each frame's speaker mention into a canonical named source, or keeps it unresolved.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

import attrs
import regex

from . import model
from .attribution import Frame
from .tokens import SentenceTokens, Token, tokenize
from .lexicon import attribution as lex
from .text import Span

__all__ = ["resolve"]

_ROLE_NOUNS = lex.PERSON_ROLES | frozenset(lex.ORG_ROLES)
_DESCRIPTOR_FIRST = frozenset(d[0] for d in lex.DESCRIPTOR_NOUNS)


@attrs.define
class _Entity:
    """A named source found in the text."""

    name: str  # canonical display name
    tokens: tuple[str, ...]  # lower-cased name tokens (particles split off)
    kind: str  # person | org | unknown
    roles: set[str]  # role words seen with it ("spokesman", "ministry")
    acronym: str  # initials of a multi-word name ("UN"), or the name itself if an acronym
    last: int  # offset of the latest mention


@attrs.frozen
class _Name:
    """One proper-name occurrence."""

    start: int
    end: int
    display: str
    tokens: tuple[str, ...]
    kind: str
    roles: frozenset[str]


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


#: How far (in characters) after a person's last mention a given name alone still refers
#: to them: about two short paragraphs.
GIVEN_NAME_REACH = 1500


def _cap(t: Token) -> bool:
    if t.text[0].isupper():
        return True
    if "-" not in t.text:
        return False  # the common case, without splitting the word
    head, _, rest = t.text.partition("-")
    return bool(rest) and rest[0].isupper() and head.lower() in lex.NAME_PARTICLES


def _name_runs(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing "of", "the", "and", "for", "on", "'s"-less
    connectors between capitals ("Islamic Party of Turkestan", "Council on Foreign Relations")."""
    runs: list[tuple[int, int]] = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        if not (_cap(t) and t.text[0].isalpha()) or (t.lower in lex.NON_NAME_CAPITALS and not (
                t.text.isupper() and len(t.text) > 1)):
            k += 1
            continue
        e = k + 1
        while e < n:
            u = toks[e]
            if _cap(u) and u.text[0].isalpha() and u.lower not in ("i",):
                e += 1
                continue
            if u.lower in ("of", "for", "on", "and", "&", "de", "du", "van", "von", "al", "bin") \
                    and e + 1 < n and _cap(toks[e + 1]) and u.text.islower():
                e += 1
                continue
            if u.lower == "of" and e + 2 < n and toks[e + 1].lower == "the" and _cap(toks[e + 2]):
                e += 2
                continue
            break
        runs.append((k, e))
        k = e
    return runs


def _split_particles(words: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        for part in w.lower().replace(".", "").split("-"):
            if part and part not in lex.NAME_PARTICLES:
                out.append(part)
    return tuple(out)


def _acronym(words: Sequence[str]) -> str:
    if len(words) == 1:
        w = words[0].replace(".", "")
        return w if w.isupper() and 1 < len(w) <= 6 else ""
    letters = [w[0] for w in words if w.lower() not in lex.ACRONYM_SKIP and w[0].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else ""


def _classify(words: Sequence[str], roles: set[str]) -> str:
    lows = [w.lower() for w in words]
    if lows[-1] in lex.THING_SUFFIXES:
        return "thing"
    if any(w in lex.ORG_SUFFIXES for w in lows) or any(r in lex.ORG_ROLES for r in roles):
        return "org"
    if len(words) == 1 and words[0].replace(".", "").isupper():
        return "org"
    if roles & lex.PERSON_ROLES or any(w in lex.HONORIFICS for w in lows) \
            or any(r in _RUN_TITLES for r in roles):
        return "person"
    if 2 <= len(words) <= 4 and all(w[0].isupper() or w.lower() in lex.NAME_PARTICLES
                                    or "-" in w for w in words):
        return "person"
    return "unknown"


def _person_part(words: list[str]) -> tuple[list[str], set[str]]:
    """Strip titles: "Syrian President Bashar al-Assad" -> ["Bashar", "al-Assad"], {"president"}."""
    roles: set[str] = set()
    last_title = -1
    for k, w in enumerate(words):
        lw = w.lower().rstrip(".")
        if lw in lex.HONORIFICS or lw + "." in lex.HONORIFICS or w.lower() in lex.PERSON_ROLES:
            last_title = k
            roles.add(lw)
    if 0 <= last_title < len(words) - 1:
        rest = words[last_title + 1 :]
        # "Ambassador to the United States Hamdullah Mohib": the name is the final capitals
        while rest and rest[0].islower():
            rest = rest[1:]
        if rest:
            return rest, roles
    # "Council on American-Islamic Relations Alia Salem": a person after an organisation name
    for k in range(len(words) - 3, -1, -1):
        if words[k].lower() in lex.ORG_SUFFIXES and len(words) - k - 1 in (2, 3):
            return words[k + 1 :], roles
    return words, roles


_MID_CAPITAL = regex.compile(
    r"(?<=[\p{Ll}\p{N},;:)] )\p{Lu}[\p{L}\p{M}\p{N}]*+(?:[-&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)*+"
)


def _scan_names(text: str, sentences: Sequence[Span], keep: Sequence[tuple[int, int]],
                tokens: SentenceTokens) -> Iterator[_Name]:
    """Proper names in text order, streamed (the resolver links each one as it comes, so a
    huge text never holds them all).  ``keep`` spans (speaker mentions) always count as names,
    even a lone capitalised word opening a sentence ("Moscow said")."""
    keep_starts = {k[0] for k in keep}
    # capitalised words seen inside a sentence: a capital that opens a sentence is a name
    # by itself only if the word also appears capitalised mid-sentence somewhere
    seen_mid = {m.group().lower() for m in _MID_CAPITAL.finditer(text)}
    for s in sentences:
        toks = tokens.get(s.start, s.end)  # shared with the frame finder
        runs = _name_runs(toks)
        for a, b in runs:
            words = [t.text for t in toks[a:b]]
            first_word = a == 0 or (a == 1 and toks[0].text in ('"', "(", "'"))
            # a capitalised first word of a sentence is no name by itself, unless it is also
            # capitalised mid-sentence somewhere or opens a speaker mention ("Moscow said")
            unsure = first_word and b - a == 1 and not toks[a].text.isupper() \
                and toks[a].lower not in seen_mid
            if first_word and b - a == 1 and (toks[a].lower in lex.GENERIC_SOURCES or (
                    unsure and toks[a].start not in keep_starts)):
                continue
            roles: set[str] = set()
            # a title left out of the run ("Mr Key"): the name is a person's
            if a > 0 and toks[a - 1].lower in _RUN_TITLES:
                roles.add(toks[a - 1].lower.rstrip("."))
            # lower-case role words right before the name ("spokeswoman Jane Roe"), not
            # across a preposition ("the mayor of Tula" does not make Tula a mayor)
            k = a - 1
            while k >= 0 and k >= a - 3 and toks[k].text.islower() and toks[k].text.isalpha() \
                    and toks[k].lower not in lex.NP_PREPOSITIONS:
                if toks[k].lower in _ROLE_NOUNS:
                    roles.add(toks[k].lower)
                k -= 1
            # "the city of Tula", "the mayor of Tula", "the government of Peru"
            if a >= 2 and toks[a - 1].lower == "of" and toks[a - 2].text.islower() \
                    and toks[a - 2].lower in lex.ROLE_BEFORE_NAME:
                roles.add(lex.ROLE_BEFORE_NAME[toks[a - 2].lower])
            # "the Conservative government", "Ottawa police": the institution noun is part of
            # the name; "Tula mayor Jo Roe", "Peru's government": the name gets the role
            # (not after an unsure first word: "Local government said" names nothing)
            if not unsure and b < len(toks) and toks[b].text.islower() \
                    and toks[b].lower in lex.INSTITUTION_HEADS:
                roles.add(toks[b].lower)
                b += 1
                words.append(toks[b - 1].text)
            elif (not unsure or toks[a].start in keep_starts and b < len(toks)
                  and toks[b].lower == "'s") and _role_follows(toks, b):
                nxt = b + 1 if toks[b].lower == "'s" else b
                roles.add(lex.ROLE_AFTER_NAME[toks[nxt].lower])
            # apposition: "A spokesman for X, Jane Roe," / "Jane Roe, a spokesman for X,"
            if a >= 2 and toks[a - 1].text == ",":
                for t in toks[max(0, a - 12) : a - 1]:
                    if t.lower in lex.PERSON_ROLES and t.text.islower():
                        roles.add(t.lower)
            if b + 1 < len(toks) and toks[b].text == ",":
                for k in range(b + 1, min(b + 5, len(toks))):
                    t = toks[k]
                    if t.text == ",":
                        break
                    # the head noun only: not a possessor or a modifier ("Jo Roe, the city's
                    # mayor," and "Jo Roe, the town mayor," are mayors, not towns)
                    nxt_t = toks[k + 1] if k + 1 < len(toks) else None
                    if t.lower in _ROLE_NOUNS and t.text.islower() and not (
                            nxt_t is not None and (nxt_t.lower == "'s" or (
                                nxt_t.text.isalpha() and nxt_t.text.islower()
                                and nxt_t.lower not in lex.NP_PREPOSITIONS
                                and nxt_t.lower not in ("and", "or")))):
                        roles.add(t.lower)
            person, title_roles = _person_part(words)
            roles |= title_roles
            # descriptor after the name: "the Reuters news agency"
            if b < len(toks) and toks[b].lower in _DESCRIPTOR_FIRST:
                roles.add(toks[b].lower)
            kind = _classify(words, roles)
            display = " ".join(person) if kind == "person" else " ".join(words)
            display = _display(text, toks, a, b) if kind != "person" or person == words else \
                display
            yield (_Name(toks[a].start, toks[b - 1].end, display,
                               _split_particles(person if kind == "person" else words),
                               kind, frozenset(roles)))
            # "The World Health Organisation (WHO)": an explicit acronym
            if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")" \
                    and toks[b + 1].text.isupper():
                yield (_Name(toks[b + 1].start, toks[b + 1].end, display,
                                   _split_particles(words), kind,
                                   frozenset(roles | {"=alias", toks[b + 1].text})))


#: Capitalised titles that never start a name run ("Mr", "Dr"): seen just before it.
_RUN_TITLES = frozenset(w for w in lex.HONORIFICS if w.rstrip(".") in lex.NON_NAME_CAPITALS)


def _role_follows(toks: Sequence[Token], b: int) -> bool:
    """Is the name ending before token ``b`` followed by a lower-case noun that gives it a
    role ("Tula mayor", "Peru's government")?"""
    if b >= len(toks):
        return False
    nxt = b + 1 if toks[b].lower == "'s" and b + 1 < len(toks) else b
    return toks[nxt].text.islower() and toks[nxt].lower in lex.ROLE_AFTER_NAME


def _display(text: str, toks: Sequence[Token], a: int, b: int) -> str:
    """The name as written, with single spaces."""
    return " ".join(text[toks[a].start : toks[b - 1].end].split())


# --------------------------------------------------------------------------------------------
# Linking names into entities
# --------------------------------------------------------------------------------------------


class _Index:
    """Entities with hash look-ups by full name, acronym and last name (linear overall)."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.by_tokens: dict[tuple[str, ...], int] = {}
        self.by_acronym: dict[str, int] = {}  # initials of a multi-word name -> entity
        self.by_bare: dict[str, int] = {}  # entity whose name is itself an acronym
        self.by_last: dict[str, list[int]] = {}  # persons by last name token
        self.by_first: dict[str, set[int]] = {}  # persons by given name (first token)

    def _register(self, idx: int) -> None:
        e = self.entities[idx]
        self.by_tokens[e.tokens] = idx
        if e.acronym and len(e.tokens) > 1:
            self.by_acronym[e.acronym] = idx
        for r in e.roles:
            if r.isupper():
                self.by_acronym[r] = idx
        bare = e.name.replace(".", "")
        if bare.isupper() and " " not in bare:
            self.by_bare[bare] = idx
        if e.kind == "person" and e.tokens:
            lst = self.by_last.setdefault(e.tokens[-1], [])
            if not lst or lst[-1] != idx:
                lst.append(idx)
            if len(e.tokens) > 1:
                self.by_first.setdefault(e.tokens[0], set()).add(idx)

    def link(self, nm: _Name) -> int:
        target = self._find(nm)
        if target is None:
            acr = _acronym(nm.display.split())
            self.entities.append(_Entity(nm.display, nm.tokens, nm.kind, set(nm.roles), acr,
                                         nm.start))
            target = len(self.entities) - 1
        else:
            e = self.entities[target]
            e.last = nm.start
            e.roles |= nm.roles - {"=alias"}
            if e.kind == "unknown":
                e.kind = nm.kind
            # an acronym met first, its expansion later: the expansion becomes the name
            if e.name.replace(".", "").isupper() and len(nm.tokens) > 1 and "=alias" not in nm.roles:
                e.name, e.tokens = nm.display, nm.tokens
                e.acronym = _acronym(nm.display.split())
        self._register(target)
        return target

    def _find(self, nm: _Name) -> int | None:
        if not nm.tokens:
            return None
        if "=alias" in nm.roles:
            return self.by_tokens.get(nm.tokens)
        hit = self.by_tokens.get(nm.tokens)
        if hit is not None:
            return hit
        raw = nm.display.replace(".", "")
        if raw.isupper() and 1 < len(raw) <= 6 and " " not in raw:
            hit = self.by_acronym.get(raw)
            if hit is not None:
                return hit
        my_acr = _acronym(nm.display.split())
        if my_acr and len(nm.tokens) > 1:
            hit = self.by_bare.get(my_acr)
            if hit is not None:
                return hit
        # surname or short form: "Mustafa" -> "Naji al-Mustafa", "Professor Eastman"
        if nm.kind != "org" and nm.tokens:
            for idx in reversed(self.by_last.get(nm.tokens[-1], [])[-20:]):
                e = self.entities[idx]
                if len(nm.tokens) < len(e.tokens) and nm.tokens == e.tokens[-len(nm.tokens):]:
                    return idx
        # a given name alone, without a title, for the one person with that given name:
        # "Tomas Vidal and his wife Ines Vidal ... Tomas" ("Mr Tomas" is a surname)
        if nm.kind != "org" and len(nm.tokens) == 1 and not any(
                r in lex.HONORIFICS or r + "." in lex.HONORIFICS for r in nm.roles):
            firsts = self.by_first.get(nm.tokens[0])
            if firsts is not None and len(firsts) == 1:
                idx = next(iter(firsts))
                e = self.entities[idx]
                # a person mentioned lately: a lone "Jordan" far from "Jordan Henderson" may
                # well be the country
                if e.kind == "person" and nm.start - e.last <= GIVEN_NAME_REACH:
                    return idx
        return None


# --------------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------------


@attrs.frozen
class _Resolved:
    entity: int | None
    name: str


def resolve(
    text: str, frames: Sequence[Frame], sentences: Sequence[Span], paragraphs: Sequence[Span],
    tokens: SentenceTokens | None = None,
) -> tuple[tuple[model.Attribution, ...], tuple[model.Source, ...]]:
    """Canonical speakers for ``frames`` and the list of sources they refer to.

    Args:
        text: the normalised text the frames index into.
        frames: frames from :func:`attribution.find_frames`.
        sentences: sentence spans.
        paragraphs: paragraph spans.
        tokens: the document's shared sentence tokens (made here if not given).

    Returns:
        One ``Attribution`` per frame (text order) and one ``Source`` per canonical speaker.
        Mentions keep their own offsets, determiner included ("the ministry"); names drop it.
        A pronoun or role noun that cannot be tied to an earlier named source keeps its surface
        form with ``resolved=False``.
    """
    frames = sorted(frames, key=lambda f: (f.cue[0], f.cue[1]))
    if tokens is None:
        tokens = SentenceTokens(text)
    names = _scan_names(text, sentences, [f.speaker for f in frames] + [
        f.via for f in frames if f.via is not None], tokens)
    index = _Index()
    name_entity: list[tuple[int, int, int]] = []  # (start, end, entity)
    for nm in names:
        name_entity.append((nm.start, nm.end, index.link(nm)))
    para_starts = [p.start for p in paragraphs]

    results: list[tuple[_Resolved, _Resolved | None]] = []
    frame_entity: list[int | None] = []
    speaking: set[int] = set()
    for fi, f in enumerate(frames):
        r = _resolve_mention(text, f.speaker, f, fi, frames, frame_entity, index, name_entity,
                             sentences, paragraphs, para_starts, speaking)
        v = None
        if f.via is not None:
            v = _resolve_mention(text, f.via, f, fi, frames, frame_entity, index, name_entity,
                                 sentences, paragraphs, para_starts, speaking)
        if r.entity is None and fi > 0:
            r = _continue_unnamed(text, f, frames[fi - 1], results[fi - 1][0], r, para_starts)
        frame_entity.append(r.entity)
        if r.entity is not None:
            speaking.add(r.entity)
        results.append((r, v))
    # second pass: "I" inside a quote whose frame comes later ('"I think ...," he said')
    for fi, f in enumerate(frames):
        r, v = results[fi]
        if r.entity is None and text[f.speaker[0]:f.speaker[1]].lower() == "i":
            ent = _quote_speaker(text, f.speaker, fi, frames, frame_entity)
            if ent is not None:
                results[fi] = (_Resolved(ent, r.name), v)
                frame_entity[fi] = ent

    attributions: list[model.Attribution] = []
    sources: dict[str, tuple[bool, list[model.Mention]]] = {}
    used_entities: set[int] = set()
    for f, (r, v) in zip(frames, results):
        sp = _speaker(text, f.speaker, r, index)
        vs = _speaker(text, f.via, v, index) if f.via is not None and v is not None else None
        attributions.append(model.Attribution(
            speaker=sp, cue_text=text[f.cue[0]:f.cue[1]], cue_start=f.cue[0], cue_end=f.cue[1],
            content_start=f.content[0], content_end=f.content[1], sentence=f.sentence, via=vs))
        for s_ in (sp, vs):
            if s_ is None:
                continue
            entry = sources.setdefault(s_.name, (s_.resolved, []))
            entry[1].append(model.Mention(s_.mention, s_.start, s_.end))
        for res in (r, v):
            if res is not None and res.entity is not None:
                used_entities.add(res.entity)
    # every other occurrence of a speaking entity's name is one of its mentions too
    speaker_spans = {name: sorted((m.start, m.end) for m in ms) for name, (_, ms) in sources.items()}
    for start, end, ent in name_entity:
        if ent in used_entities:
            nm_ = index.entities[ent].name
            entry = sources.setdefault(nm_, (True, []))
            if not _covered(speaker_spans.get(nm_, []), start, end):
                entry[1].append(model.Mention(text[start:end], start, end))
    out_sources = []
    for name, (resolved, mentions) in sources.items():
        uniq = sorted({(m.start, m.end): m for m in mentions}.values(),
                      key=lambda m: (m.start, m.end))
        out_sources.append(model.Source(name=name, resolved=resolved, mentions=tuple(uniq)))
    out_sources.sort(key=lambda s_: s_.mentions[0].start if s_.mentions else 0)
    return tuple(attributions), tuple(out_sources)


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does a span of the sorted ``spans`` contain ``[start, end)``?  (Mentions barely nest,
    so the few spans starting just before ``start`` are enough.)"""
    k = bisect_right(spans, (start, sys.maxsize))
    return any(spans[j][1] >= end for j in range(max(0, k - 4), k))


def _continue_unnamed(text: str, f: Frame, prev: Frame, prev_r: _Resolved, r: _Resolved,
                      para_starts: list[int]) -> _Resolved:
    """A third-person pronoun continuing an unnamed speaker's chain ("The coastguard said ...
    It added ...") refers to that same, still unnamed, source."""
    pron = text[f.speaker[0]:f.speaker[1]].lower()
    pron = lex.OBJECT_PRONOUNS.get(pron, pron)
    if pron not in lex.PRONOUNS or pron in lex.FIRST_PERSON or pron == "you":
        return r
    if prev_r.entity is not None or prev_r.name.lower() in lex.PRONOUNS \
            or prev_r.name.lower() in lex.OBJECT_PRONOUNS:
        return r
    if _para_of(para_starts, f.cue[0]) - _para_of(para_starts, prev.cue[0]) > 1:
        return r
    return _Resolved(None, prev_r.name)


def _speaker(text: str, span: tuple[int, int] | None, r: _Resolved,
             index: _Index) -> model.Speaker:
    assert span is not None
    if r.entity is not None:
        return model.Speaker(index.entities[r.entity].name, text[span[0]:span[1]], span[0],
                             span[1], True)
    return model.Speaker(r.name, text[span[0]:span[1]], span[0], span[1], False)


def _strip_det(words: list[str]) -> list[str]:
    while words and words[0].lower() in lex.DETERMINERS:
        words = words[1:]
    return words


def _resolve_mention(
    text: str, span: tuple[int, int], f: Frame, fi: int, frames: Sequence[Frame],
    frame_entity: list[int | None], index: _Index, name_entity: list[tuple[int, int, int]],
    sentences: Sequence[Span], paragraphs: Sequence[Span], para_starts: list[int],
    speaking: set[int],
) -> _Resolved:
    toks = tokenize(text, span[0], span[1])
    surface = " ".join(text[span[0]:span[1]].split())
    if not toks:
        return _Resolved(None, surface)
    low = [t.lower for t in toks]
    # 1. pronouns ("according to her" is "she")
    pron = lex.OBJECT_PRONOUNS.get(low[0], low[0])
    if len(toks) == 1 and pron in lex.PRONOUNS:
        ent = _resolve_pronoun(text, pron, span, f, fi, frames, frame_entity, index,
                               name_entity, sentences, paragraphs, para_starts, speaking)
        return _Resolved(ent, surface)
    # 2. a proper name inside the mention, not inside a prepositional phrase after a
    #    lower-case head ("a spokesman for the Front" is the spokesman, not the Front)
    lo = bisect_left(name_entity, (span[0], -1, -1))
    inside = []
    for s, e, ent in name_entity[lo:lo + 64]:
        if s >= span[1]:
            break
        if e <= span[1]:
            inside.append((s, e, ent))
    head_end = _head_end(toks)
    good = [x for x in inside if x[0] < head_end and _name_is_head(toks, x[1], head_end)]
    if good:
        return _Resolved(good[-1][2], surface)
    # 2b. an institution of a named place speaks for it: "Peru's government", "the city of
    #     Tula" (not "the mayor of Tula", a person whose name is not given)
    if inside:
        s_, e_, ent = inside[-1]
        before = [t.lower for t in toks if t.end <= s_]
        after = [t.lower for t in toks if t.start >= e_]
        if (len(after) == 2 and after[0] == "'s" and after[1] in lex.SPEAKS_FOR_PLACE) or (
                not after and len(before) >= 2 and before[-1] == "of"
                and before[-2] in lex.SPEAKS_FOR_PLACE):
            return _Resolved(ent, surface)
    # 3. role nouns: "the spokesman", "the ministry", "the company"
    head_toks = [t for t in toks if t.start < head_end]
    words = _strip_det([t.text for t in head_toks])
    role = words[-1].lower() if words else ""
    if len(words) == 1 and role in lex.ROLE_ALIASES:
        role = lex.ROLE_ALIASES[role]  # "..., say feds": a bare noun standing for a role
    elif low[0] not in ("the", "this", "that"):
        role = ""
    if role in _ROLE_NOUNS:
        ent = _resolve_role(role, span[0], index, name_entity)
        if ent is not None:
            return _Resolved(ent, surface)
    return _Resolved(None, " ".join(_strip_det(surface.split())) or surface)


def _name_is_head(toks: Sequence[Token], name_end: int, head_end: int) -> bool:
    """A name heads the mention unless plain nouns follow it ("Syrian state media"); a
    descriptor ("the Reuters news agency") or a comma-apposition may follow."""
    after = [t for t in toks if name_end <= t.start < head_end]
    if not after:
        return True
    words = tuple(t.lower for t in after)
    if after[0].text == ",":
        return True
    return any(words == d for d in lex.DESCRIPTOR_NOUNS)


def _head_end(toks: Sequence[Token]) -> int:
    """Offset where a prepositional phrase after a lower-case head starts (or the end)."""
    for k in range(1, len(toks)):
        if toks[k].lower in ("of", "for", "at", "from", "to", "in") and toks[k].text.islower() \
                and toks[k - 1].text.islower() and toks[k - 1].lower not in lex.DETERMINERS:
            return toks[k].start
        if toks[k].text == "," and k > 0:
            return toks[k].start if not _cap(toks[k - 1]) else toks[-1].end
    return toks[-1].end


def _resolve_role(role: str, before: int, index: _Index,
                  name_entity: list[tuple[int, int, int]]) -> int | None:
    """Most recent entity introduced with this role word, or whose name carries it."""
    words = set(lex.ORG_ROLES.get(role, ())) | {role}
    hi = bisect_left(name_entity, (before, -1, -1))
    for k in range(hi - 1, max(-1, hi - 1 - _LOOKBACK), -1):
        ent = name_entity[k][2]
        en = index.entities[ent]
        if role in en.roles or (role in lex.ORG_ROLES and words & set(en.tokens)) or (
                role in lex.ORG_ROLES and words & en.roles):
            return ent
    return None


#: How many earlier names a role noun or pronoun looks back over (keeps resolution linear).
_LOOKBACK = 120


def _compatible(pron: str, en: _Entity) -> bool:
    number, animacy = lex.PRONOUNS[pron]
    if animacy == "person" and en.kind == "org":
        return False
    if animacy == "thing" and en.kind == "person":
        return False
    return not (number == "pl" and en.kind == "person")


def _resolve_pronoun(
    text: str, pron: str, span: tuple[int, int], f: Frame, fi: int, frames: Sequence[Frame],
    frame_entity: list[int | None], index: _Index, name_entity: list[tuple[int, int, int]],
    sentences: Sequence[Span], paragraphs: Sequence[Span], para_starts: list[int],
    speaking: set[int] | None = None,
) -> int | None:
    """Pronoun -> entity: a first person inside a quote is the quote's speaker; otherwise the
    speaker of the attribution chain it continues (the previous frame, in this or the
    previous paragraph, with no titled person named in between), else the nearest compatible
    named source before it."""
    if pron in lex.FIRST_PERSON:
        if pron == "we":
            return None
        return _quote_speaker(text, span, fi, frames, frame_entity)
    if pron == "you":
        return None
    pi = _para_of(para_starts, span[0])
    # the chain: the previous frame in this or the previous paragraph
    if fi > 0 and fi - 1 < len(frame_entity):
        prev = frames[fi - 1]
        prev_ent = frame_entity[fi - 1]
        if prev_ent is not None and pi - _para_of(para_starts, prev.cue[0]) <= 1:
            en = index.entities[prev_ent]
            number, animacy = lex.PRONOUNS[pron]
            # a person named since the chain's frame, outside what that frame reported,
            # is a fresher antecedent for "he"/"she"
            blocking = ("person", "unknown") if animacy == "person" else ("person",)
            lo = bisect_left(name_entity, (prev.cue[0], -1, -1))
            hi = bisect_left(name_entity, (span[0], -1, -1))
            blocked = any(
                ent != prev_ent
                and index.entities[ent].kind in blocking
                and not (prev.content[0] <= s < prev.content[1])
                and not (prev.speaker[0] <= s < prev.speaker[1])
                and not (f.content[0] <= s < f.content[1])
                for s, _, ent in name_entity[max(lo, hi - _LOOKBACK):hi]
            )
            ok = not (number == "pl" and en.kind == "person") and not (
                animacy == "thing" and en.kind == "person")
            if ok and not blocked:
                return prev_ent
    # the nearest compatible named source before the pronoun, within three paragraphs
    limit = para_starts[max(0, pi - 3)] if para_starts else 0
    if speaking is None:
        speaking = set()
    hi = bisect_left(name_entity, (span[0], -1, -1))
    for k in range(hi - 1, max(-1, hi - 1 - _LOOKBACK), -1):
        s, _, ent = name_entity[k]
        if s < limit:
            break
        en = index.entities[ent]
        if en.kind == "thing" or not _compatible(pron, en):
            continue
        if pron in ("he", "she") and en.kind != "person":
            continue
        if pron in ("it", "they") and en.kind == "unknown" and ent not in speaking:
            continue
        return ent
    return None


def _quote_speaker(text: str, span: tuple[int, int], fi: int, frames: Sequence[Frame],
                   frame_entity: Sequence[int | None]) -> int | None:
    """Entity of the innermost other frame whose content (not holding its own cue) contains
    ``span``: "I" in a quote is whoever the quote is attributed to."""
    best: int | None = None
    best_len = -1
    for k in range(max(0, fi - 40), min(len(frames), fi + 40)):
        g = frames[k]
        if k == fi or k >= len(frame_entity):
            continue
        if g.content[0] <= span[0] < g.content[1] and g.content[0] > 0 \
                and text[g.content[0] - 1] == '"':
            length = g.content[1] - g.content[0]
            if best_len < 0 or length < best_len:
                best, best_len = frame_entity[k], length
    return best


def _para_of(para_starts: list[int], offset: int) -> int:
    lo, hi = 0, len(para_starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if para_starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)

