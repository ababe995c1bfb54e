"""Score attribquant's frames and speaker resolver on PolNeAR (political news, 7 US outlets).

Usage: ``python benchmarks/polnear.py [--split dev|train] [--errors FILE] [--json]``; also run
by ``benchmarks/attribution.py`` after the GUM figures. Data: ``$ATTRIBQUANT_SHARED/data/polnear``
(default ``../shared`` beside the repository root); read its README. Measurement only: nothing
read here may be copied into the product.

Every definition below follows the data README's "Scoping note" (quoted in brackets) and
``dev_resolver_gold.json``'s ``about`` string.

**Gold relations.** Each ``E`` line of an article's ``.ann`` file is one relation. Its source,
cue and content are the (possibly discontinuous) spans of its ``Source``, ``Cue`` and
``Content`` + ``Content2`` roles; a relation without a ``Cue`` role takes the span of its
anchor (``Attribution`` / ``Attribution-no-source``, which "repeats the cue span").

**In scope.** ["Score only gold relations whose cue is one of the following: a reporting or
cognition verb ... a report noun ... 'according to' ... a bare colon (or dash) credit."] A
relation is in scope when its cue text (the cue pieces joined by a space) contains, as a whole
lower-cased word, an inflected form of a lemma in ``REPORT_VERBS`` or a word of
``REPORT_NOUNS``, or the word "according", or one of the verb + particle phrases of
``REPORT_PHRASES`` ("pointed out", "called for", "calls on"); or when it has no letter or digit
and is made only of colons and dashes. A cue with a form of ``REFUSAL_VERBS`` ("declined to
comment", "refused to say") is out of scope whatever follows, as the README lists those among
actions. ``REPORT_VERBS`` is the README's list, completed (it ends in "...") by the verbs the
resolver gold's ``about`` lists as ``report`` scope and by other verbs of saying and of belief
that take a proposition; labelling, action, attitude, emotion and perception cues ("called him
a liar", "endorsed", "wants", "fears", "sees") stay out of scope, as the ``about`` string rules.
Whether a cue is in scope depends on its words only, never on attribquant's own lexicon. (On
the 450 resolver-gold cues, this test and the gold's hand-marked ``scope`` agree on 398: the
gold also counts some judgement calls such as "continued", "blasted", "pointed to".)

**Matching.** Two spans overlap when they share at least one letter or digit position (sharing
only a space or a comma does not count); a multi-piece gold span is overlapped when one of its
pieces is. Predictions are attribquant ``Attribution`` frames (speaker mention span, cue span,
content span). For each metric, predictions and in-scope gold relations are paired one to one
greedily, the pair with the highest key first (ties in text order):

* ``cue``: the predicted cue overlaps the gold cue; key = overlapping characters.
* ``source_overlap`` (headline): the predicted speaker mention overlaps the gold source; key =
  (cues overlap, source overlap, cue overlap), so of two relations sharing one source ("X
  announced A and said B") the one whose cue the frame found is taken. The cue need not
  overlap: a frame with the right speaker and another verb of the same subject counts.
* ``source_exact``: the speaker mention equals the gold source (the whole span or one of its
  pieces) once both are trimmed of surrounding spaces and punctuation and one leading
  "the"/"a"/"an"; key = (cues overlap, cue overlap).
* ``frame``: speaker overlaps the source *and* cue overlaps the cue; key = sum of both.

The source metrics score only in-scope relations that have a source (a relation without one
cannot be found by its source).

**Precision.** A prediction left unpaired is *not* a false positive when

1. *out of scope*: in a second one-to-one pass it pairs, by the same test, with a gold relation
   that is out of scope, or (source metrics) with a relation without a source, tested by its
   cue, since a frame on it has no gold source to be scored against; or
2. *nested*: ["Do not count a prediction as a false positive when it lies inside a gold Content
   span."] its cue span and its speaker mention span each lie wholly inside a piece of the
   Content of one and the same gold relation (in scope or not): a report nested in another
   relation's content, which PolNeAR never marks.

Every other unpaired prediction is a false positive; unpaired in-scope gold is a false
negative.

**Holds a number.** A text holds a number when it has an ASCII digit or, as a whole word
(case-insensitive), one of ``NUMBER_WORDS`` (two ... nineteen, the tens, hundred, thousand,
million, billion, trillion, dozen, with plural -s); "one" and "half" are left out because
they are mostly not numbers ("no one", "on behalf"). Years and dates count (a digit). The
``number`` rows restrict each metric to relations whose gold *content* holds a number: TP =
pairs of the full matching whose gold content holds one, FN = such gold left unpaired, FP =
false positives (as above) whose predicted content span holds one.

**Bootstrap.** 95% percentile intervals over 1,000 resamples of articles with replacement
(seed 20240601), as in the GUM script.

**Resolver** (on dev ``dev_resolver_gold.json``, 450 cases; on train the files given to
``--resolver-gold``). A case's frame is the attribquant frame whose speaker mention overlaps
the case's mention span (as above); if several do, the one whose cue overlaps the cue of the
gold relation that uses this source span with the case's ``gold_cue``, then the largest
overlap, then the one nearest in text. Outcomes:

* ``no frame``: no speaker mention overlaps the case's mention;
* ``right`` (strict): the frame's speaker name matches ``expected`` or an alias by
  ``names_match_strict`` (same words, case, punctuation, a possessive 's, a leading "the"
  and middle initials ignored); when ``expected`` is null ("no single named entity") right
  means the frame's speaker is left unresolved (``resolved`` false);
* ``unresolved``: a named gold entity, the speaker not matched and ``resolved`` false;
* ``wrong entity``: the speaker resolved (``resolved`` true) to a name that does not match
  (for a null gold: resolved to anything).

The lenient figure also accepts ``names_match_lenient``: title words dropped, the same last
word, written with a capital in the prediction, one name's words a subset of the other's
("Berg" for "President Berg", "Ohio Gov. Lena Fisk" for "Lena Fisk"); a one-word prediction
is refused when the article writes another capitalised word before it mid-sentence ("Delgado"
when both "Rosa Delgado" and "Tom Delgado" occur), but a bare "Ortiz" still passes for "Luis
Ortiz" in an article that never writes "Ana Ortiz". Reported for (a) unambiguous
report-scope cases (``scope`` = report, ``ambiguous`` false; the issue's target) and (b) all
cases, by gold ``type`` (pronoun / role_noun / document_noun).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]
Key = tuple[int, ...]

REPO = Path(__file__).resolve().parents[1]
RESULTS_DIR = Path(__file__).resolve().parent / "results"
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20240601
SPLITS = ("dev", "train")
METRICS = ("cue", "source_overlap", "source_exact", "frame")
SUBSETS = ("all", "number")
CONTEXT_CHARS = 600


def polnear_dir() -> Path:
    """``$ATTRIBQUANT_SHARED/data/polnear``, else ``../shared/data/polnear`` beside the repo."""
    env = os.environ.get("ATTRIBQUANT_SHARED")
    return (Path(env) if env else REPO.parent / "shared") / "data" / "polnear"


# --------------------------------------------------------------------------- scope lexicon

#: Reporting and cognition verbs by lemma: the README's list (say ... confirm), then the
#: ``report`` verbs of the resolver gold's ``about`` (urge ... find), then verbs of saying or
#: believing of the same kind.
REPORT_VERBS: tuple[str, ...] = tuple(
    """
    say tell add note claim report announce write argue warn estimate ask reply tweet believe
    think expect explain insist suggest admit deny acknowledge confirm
    urge promise vow propose know feel show find
    state declare assert allege contend maintain respond answer recall mention comment remark
    observe predict pledge concede stress emphasize emphasise reiterate complain testify
    conclude reveal disclose learn joke boast brag speculate caution inform advise suspect
    doubt assume dispute wonder realize realise shout yell indicate recommend demand cite read
    """.split()
)

#: Report nouns (the README's: statement ... study; then nouns of the same kind).
REPORT_NOUNS: frozenset[str] = frozenset(
    """
    statement statements interview interviews report reports poll polls survey surveys study
    studies remarks speech speeches testimony analysis analyses memo memos announcement
    announcements forecast forecasts
    """.split()
)

#: Refusals: "declined to comment", "refuses to say" report no claim (the README lists them as
#: actions), whatever reporting word follows.
REFUSAL_VERBS: tuple[str, ...] = ("decline", "refuse")

#: Verb + particle phrases in scope whose verb alone is not ("called him a liar" is out).
REPORT_PHRASES: tuple[tuple[str, str], ...] = (("point", "out"), ("call", "for"), ("call", "on"))

#: Irregular forms (past, participle, 3rd person where irregular) by lemma.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "known", "knowing"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "feel": ("feels", "felt", "feeling"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "read": ("reads", "reading"),
}

#: Verbs that double their last consonant before -ed / -ing.
DOUBLING = frozenset({"admit", "regret", "commit"})

#: Number words for "holds a number" ("one" and "half" left out: "no one", "on behalf").
NUMBER_WORDS: frozenset[str] = frozenset(
    w + s
    for w in """
        two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
        ninety hundred thousand million billion trillion dozen
        """.split()
    for s in ("", "s")
)

_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def verb_forms(lemma: str) -> set[str]:
    """The lemma, 3rd person singular, past / participle and -ing form of a verb."""
    if lemma in IRREGULAR:
        return {lemma, *IRREGULAR[lemma]}
    if _CONSONANT_Y.search(lemma):
        stem = lemma[:-1]
        return {lemma, stem + "ies", stem + "ied", lemma + "ing"}
    third = lemma + "es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else lemma + "s"
    if lemma in DOUBLING:
        return {lemma, third, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("e"):
        ing = lemma + "ing" if lemma.endswith("ee") else lemma[:-1] + "ing"
        return {lemma, third, lemma + "d", ing}
    return {lemma, third, lemma + "ed", lemma + "ing"}


REPORT_WORDS: frozenset[str] = frozenset(
    {f for lemma in REPORT_VERBS for f in verb_forms(lemma)} | REPORT_NOUNS | {"according"}
)
_REFUSALS: frozenset[str] = frozenset(f for lemma in REFUSAL_VERBS for f in verb_forms(lemma))
_PHRASES: frozenset[tuple[str, str]] = frozenset(
    (form, particle) for verb, particle in REPORT_PHRASES for form in verb_forms(verb)
)
_CUE_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CREDIT_MARKS = frozenset(":-\u2010\u2011\u2012\u2013\u2014\u2015")


def cue_words(cue_text: str) -> list[str]:
    """Lower-cased alphabetic words of a cue ("said:" -> ["said"])."""
    return [w.lower() for w in _CUE_WORD.findall(cue_text)]


def in_scope(cue_text: str) -> bool:
    """Does the cue report a claim or a belief (see the module docstring)?

    >>> in_scope("said in a statement"), in_scope("according to"), in_scope(" : ")
    (True, True, True)
    >>> in_scope("called"), in_scope("called for"), in_scope("wants"), in_scope("declined to say")
    (False, True, False, False)
    """
    words = cue_words(cue_text)
    if not words:
        marks = [c for c in cue_text if not c.isspace()]
        return bool(marks) and all(c in _CREDIT_MARKS for c in marks)
    if any(w in _REFUSALS for w in words):
        return False
    if any(w in REPORT_WORDS for w in words):
        return True
    return any(pair in _PHRASES for pair in itertools.pairwise(words))


_NUMBER_WORD = re.compile(r"[A-Za-z]+")


def holds_number(text: str) -> bool:
    """An ASCII digit, or a whole number word of ``NUMBER_WORDS`` (case-insensitive)."""
    if any("0" <= c <= "9" for c in text):
        return True
    return any(w.lower() in NUMBER_WORDS for w in _NUMBER_WORD.findall(text))


# --------------------------------------------------------------------------- span helpers

_TRIM = frozenset(" \t\n\r\xa0.,;:!?\"'()[]{}\u2018\u2019\u201c\u201d\u2013\u2014-")
_DETERMINERS = ("the ", "a ", "an ")


def overlap(text: str, a: Span | None, b: Span | None) -> int:
    """Letters and digits in the intersection of two spans (0: they do not overlap)."""
    if a is None or b is None:
        return 0
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return sum(1 for c in text[lo:hi] if c.isalnum()) if hi > lo else 0


def best_overlap(text: str, span: Span | None, pieces: Iterable[Span]) -> int:
    """The largest ``overlap`` of ``span`` with any of ``pieces``."""
    return max((overlap(text, span, p) for p in pieces), default=0)


def trim_span(text: str, span: Span) -> Span:
    """Strip surrounding spaces and punctuation, then one leading "the"/"a"/"an"."""
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    low = text[start:end].lower()
    for det in _DETERMINERS:
        if low.startswith(det):
            start += len(det)
            break
    return start, end


def hull(pieces: Sequence[Span]) -> Span | None:
    return (min(p[0] for p in pieces), max(p[1] for p in pieces)) if pieces else None


def exact_source(text: str, mention: Span | None, pieces: Sequence[Span]) -> bool:
    """The trimmed mention equals the trimmed gold source (whole span or one of its pieces)."""
    if mention is None or not pieces:
        return False
    whole = hull(pieces)
    assert whole is not None
    targets = {trim_span(text, s) for s in (whole, *pieces)}
    return trim_span(text, mention) in targets


def inside(span: Span, pieces: Iterable[Span]) -> bool:
    """``span`` lies wholly within one of ``pieces``."""
    return any(p[0] <= span[0] and span[1] <= p[1] for p in pieces)


def nested_in_content(cue: Span | None, speaker: Span | None,
                      contents: Iterable[Sequence[Span]]) -> bool:
    """Cue and speaker mention each lie inside a piece of the same gold relation's Content."""
    if cue is None:
        return False
    return any(inside(cue, c) and (speaker is None or inside(speaker, c)) for c in contents)


def greedy(n_pred: int, n_gold: int, key: Callable[[int, int], Key | None]) -> list[Span]:
    """One-to-one (pred, gold) pairs, highest key first, ties in text order."""
    cands = []
    for i in range(n_pred):
        for j in range(n_gold):
            k = key(i, j)
            if k is not None:
                cands.append((tuple(-x for x in k), i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _k, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


# --------------------------------------------------------------------------- name matching

_MIDDLE_INITIAL = re.compile(r"(?<=[^\W\d_] )[A-Z]\.(?= [A-Z])")
_NAME_WORD = re.compile(r"[^\W_]+", re.UNICODE)

#: Title and honorific words the lenient name match ignores.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr sir president vice former sen senator rep representative congressman
    congresswoman gov governor mayor secretary gen general judge justice speaker chairman
    chairwoman chair leader minister prime attorney candidate nominee rev prof professor
    democrat democratic republican gop house senate state
    """.split()
)


def name_words(name: str) -> list[str]:
    """Lower-cased words of a name without possessive 's, middle initials or a leading "the"."""
    s = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("\u2018", "'")
    s = _MIDDLE_INITIAL.sub(" ", s)
    s = re.sub(r"'s\b|(?<=s)'(?!\w)", "", s)
    words = [w.casefold() for w in _NAME_WORD.findall(s)]
    return words[1:] if words[:1] == ["the"] else words


def names_match_strict(predicted: str, gold: Iterable[str]) -> bool:
    """Same words as one gold variant (see ``name_words``).

    >>> names_match_strict("Ana M. Ortiz", ["Ana Ortiz"])
    True
    >>> names_match_strict("Ortiz", ["Ana Ortiz"])
    False
    """
    p = name_words(predicted)
    return bool(p) and any(p == name_words(g) for g in gold)


def names_match_lenient(predicted: str, gold: Iterable[str], text: str = "") -> bool:
    """Strict, or: title words dropped, the same last word, written with a capital in the
    prediction, and one word set within the other; a one-word prediction ("Delgado") is not
    accepted when ``text`` names another bearer of that word (``other_bearer``).

    >>> names_match_lenient("Berg", ["President Berg"])
    True
    >>> names_match_lenient("Luis Ortiz", ["Ana Ortiz"])
    False
    >>> names_match_lenient("campaign", ["Ortiz campaign"])
    False
    """
    gold = list(gold)
    if names_match_strict(predicted, gold):
        return True
    p = [w for w in name_words(predicted) if w not in TITLE_WORDS]
    cased = _NAME_WORD.findall(re.sub(r"['\u2019]s\b", "", predicted))
    if not p or not cased or not cased[-1][:1].isupper():
        return False
    for g in gold:
        q = [w for w in name_words(g) if w not in TITLE_WORDS]
        if not q or p[-1] != q[-1] or not (set(p) <= set(q) or set(q) <= set(p)):
            continue
        if len(p) == 1 < len(q) and text and other_bearer(text, cased[-1], q):
            continue
        return True
    return False


_SENTENCE_OPENERS = frozenset(".!?:;\"'\n\u201c\u201d\u2018\u2019")


def other_bearer(text: str, word: str, allowed: Iterable[str]) -> bool:
    """Does ``text`` write a capitalised word not in ``allowed`` (nor a title, nor the first
    word of a sentence) straight before ``word``: "Tom Delgado" beside "Rosa Delgado"?"""
    ok = set(allowed) | TITLE_WORDS | {"the", "a", "an"}
    for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text):
        if m.group(1).casefold() in ok:
            continue
        before = text[:m.start()].rstrip(" ")
        if before and before[-1] not in _SENTENCE_OPENERS:
            return True
    return False


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class GoldRelation:
    """One PolNeAR relation: spans are lists of pieces (brat discontinuous spans)."""

    rid: str
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    cue_text: str
    in_scope: bool
    numeric: bool


@dataclass(frozen=True)
class PolArticle:
    split: str
    stem: str
    text: str
    relations: tuple[GoldRelation, ...]


_T_LINE = re.compile(r"(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"E\d+\t")


def read_ann(path: Path, text: str) -> tuple[dict[str, tuple[str, list[Span]]],
                                             list[tuple[str, dict[str, list[str]]]]]:
    """{T-id: (label, pieces)} and [(E-id, {role: [T-ids]})], as in the data README's reader."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations: list[tuple[str, dict[str, list[str]]]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = _T_LINE.match(line)
        if m:
            pieces = [(int(a), int(b)) for a, b in (s.split() for s in m.group(3).split(";"))]
            spans[m.group(1)] = (m.group(2), pieces)
        elif _E_LINE.match(line):
            eid, rest = line.split("\t", 1)
            rel: dict[str, list[str]] = {}
            for part in rest.split():
                role, tid = part.split(":")
                rel.setdefault(role, []).append(tid)
            relations.append((eid, rel))
    return spans, relations


def build_relations(text: str, spans: dict[str, tuple[str, list[Span]]],
                    relations: list[tuple[str, dict[str, list[str]]]]) -> list[GoldRelation]:
    """Gold relations with their scope and number flags (see the module docstring)."""

    def pieces(rel: dict[str, list[str]], *roles: str) -> tuple[Span, ...]:
        out: list[Span] = []
        for role in roles:
            for tid in rel.get(role, []):
                out.extend(spans[tid][1] if tid in spans else [])
        return tuple(sorted(out))

    out = []
    for eid, rel in relations:
        cue = pieces(rel, "Cue") or pieces(rel, "Attribution", "Attribution-no-source")
        content = pieces(rel, "Content", "Content2")
        cue_text = " ".join(text[a:b] for a, b in cue)
        out.append(GoldRelation(
            rid=eid, source=pieces(rel, "Source"), cue=cue, content=content, cue_text=cue_text,
            in_scope=in_scope(cue_text),
            numeric=holds_number(" ".join(text[a:b] for a, b in content)),
        ))
    return out


def load_split(split: str, directory: Path | None = None) -> list[PolArticle]:
    """All articles of a split in file-name order ([] when the folder is missing)."""
    base = (directory or polnear_dir()) / split
    if not (base / "text").is_dir():
        return []
    out = []
    for path in sorted((base / "text").glob("*.txt"), key=lambda p: p.name):
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        spans, rels = read_ann(base / "attributions" / f"{path.stem}.ann", text)
        out.append(PolArticle(split, path.stem, text, tuple(build_relations(text, spans, rels))))
    return out


def load_resolver_gold(directory: Path | None = None) -> list[dict[str, Any]]:
    path = (directory or polnear_dir()) / "dev_resolver_gold.json"
    if not path.is_file():
        return []
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Pred:
    """The parts of one attribquant ``Attribution`` the scorer reads."""

    speaker: Span | None
    cue: Span | None
    content: Span | None
    mention: str
    name: str
    resolved: bool
    cue_text: str
    numeric: bool


def _span(start: int, end: int, length: int) -> Span | None:
    start, end = max(0, start), min(length, end)
    return (start, end) if end > start else None


def to_preds(text: str, attributions: Iterable[Any]) -> list[Pred]:
    n = len(text)
    out = []
    for a in attributions:
        content = _span(a.content_start, a.content_end, n)
        out.append(Pred(
            speaker=_span(a.speaker.start, a.speaker.end, n),
            cue=_span(a.cue_start, a.cue_end, n),
            content=content,
            mention=a.speaker.mention,
            name=a.speaker.name,
            resolved=a.speaker.resolved,
            cue_text=a.cue_text,
            numeric=content is not None and holds_number(text[content[0]:content[1]]),
        ))
    return out


# --------------------------------------------------------------------------- frame scoring


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class MetricResult:
    """One metric on one article: counts and what happened to each prediction / gold."""

    counts: dict[str, Counts]
    pairs: list[Span]  # (pred, gold index into article.relations)
    out_of_scope: int
    nested: int
    fp: list[int]  # prediction indices
    fn: list[int]  # relation indices


@dataclass
class ArticleScore:
    article: PolArticle
    preds: list[Pred]
    sentences: list[Span]
    metrics: dict[str, MetricResult] = field(default_factory=dict)
    failed: str | None = None


def metric_keys(text: str, preds: Sequence[Pred], gold: Sequence[GoldRelation]
                ) -> dict[str, Callable[[int, int], Key | None]]:
    """The pairing test and key of each metric (see the module docstring)."""

    def cue_ov(i: int, j: int) -> int:
        return best_overlap(text, preds[i].cue, gold[j].cue)

    def src_ov(i: int, j: int) -> int:
        return best_overlap(text, preds[i].speaker, gold[j].source)

    def cue(i: int, j: int) -> Key | None:
        c = cue_ov(i, j)
        return (c,) if c else None

    def source_overlap(i: int, j: int) -> Key | None:
        s = src_ov(i, j)
        if not s:
            return None
        c = cue_ov(i, j)
        return (int(c > 0), s, c)

    def source_exact(i: int, j: int) -> Key | None:
        if not exact_source(text, preds[i].speaker, gold[j].source):
            return None
        c = cue_ov(i, j)
        return (int(c > 0), c)

    def frame(i: int, j: int) -> Key | None:
        s, c = src_ov(i, j), cue_ov(i, j)
        return (s + c,) if s and c else None

    return {"cue": cue, "source_overlap": source_overlap, "source_exact": source_exact,
            "frame": frame}


def score_metric(article: PolArticle, preds: Sequence[Pred], metric: str,
                 keys: dict[str, Callable[[int, int], Key | None]]) -> MetricResult:
    """Pair, then sort unpaired predictions into out-of-scope, nested and false positives."""
    gold = article.relations
    key = keys[metric]
    needs_source = metric != "cue"
    scored = [j for j, g in enumerate(gold) if g.in_scope and (g.source or not needs_source)]
    rest = [j for j in range(len(gold)) if j not in set(scored)]
    pairs = [(i, scored[k]) for i, k in greedy(len(preds), len(scored),
                                                 lambda i, k: key(i, scored[k]))]
    paired_preds = {i for i, _ in pairs}
    left = [i for i in range(len(preds)) if i not in paired_preds]

    def rest_key(a: int, b: int) -> Key | None:
        i, j = left[a], rest[b]
        if needs_source and not gold[j].source:
            return keys["cue"](i, j)
        return key(i, j)

    out_pairs = greedy(len(left), len(rest), rest_key)
    taken = {left[a] for a, _ in out_pairs}
    left = [i for i in left if i not in taken]
    contents = [g.content for g in gold if g.content]
    nested = [i for i in left if nested_in_content(preds[i].cue, preds[i].speaker, contents)]
    fp = [i for i in left if i not in nested]
    paired_gold = {j for _, j in pairs}
    fn = [j for j in scored if j not in paired_gold]
    counts = {
        "all": Counts(len(pairs), len(fp), len(fn)),
        "number": Counts(
            sum(gold[j].numeric for _, j in pairs),
            sum(preds[i].numeric for i in fp),
            sum(gold[j].numeric for j in fn),
        ),
    }
    return MetricResult(counts, pairs, len(out_pairs), len(nested), fp, fn)


def score_article(article: PolArticle, extract: Callable[[str], Any]) -> ArticleScore:
    """Extract one article and score every metric; a failed extraction predicts nothing."""
    failed = None
    try:
        doc = extract(article.text)
        preds = to_preds(article.text, doc.attributions)
        sentences = list(doc.sentences)
    except Exception as exc:
        preds, sentences = [], []
        failed = f"{type(exc).__name__}: {exc}"
    res = ArticleScore(article, preds, sentences, failed=failed)
    keys = metric_keys(article.text, preds, article.relations)
    for m in METRICS:
        res.metrics[m] = score_metric(article, preds, m, keys)
    return res


# --------------------------------------------------------------------------- resolver


@dataclass(frozen=True)
class CaseResult:
    case: dict[str, Any]
    outcome: str  # right / wrong entity / unresolved / no frame
    lenient: bool
    pred: Pred | None


def _gold_cue_pieces(article: PolArticle, case: dict[str, Any]) -> tuple[Span, ...]:
    """Cue of the gold relation whose source span is the case's mention, with its gold_cue."""
    want = " ".join(str(case.get("gold_cue") or "").split())
    found: tuple[Span, ...] = ()
    for g in article.relations:
        if hull(g.source) == (case["start"], case["end"]):
            if " ".join(g.cue_text.split()) == want:
                return g.cue
            found = found or g.cue
    return found


def case_frame(article: PolArticle, preds: Sequence[Pred], case: dict[str, Any]) -> Pred | None:
    """The frame for a resolver case (see the module docstring), or None."""
    text, span = article.text, (case["start"], case["end"])
    cue = _gold_cue_pieces(article, case)
    best: tuple[int, int, int] | None = None
    chosen = None
    for p in preds:
        ov = overlap(text, p.speaker, span)
        if not ov:
            continue
        near = -abs((p.cue or span)[0] - span[0])
        k = (int(best_overlap(text, p.cue, cue) > 0), ov, near)
        if best is None or k > best:
            best, chosen = k, p
    return chosen


def judge_case(case: dict[str, Any], pred: Pred | None, text: str = "") -> CaseResult:
    """Outcome of one resolver case given its frame."""
    if pred is None:
        return CaseResult(case, "no frame", False, None)
    expected = case.get("expected")
    if expected is None:
        ok = not pred.resolved
        return CaseResult(case, "right" if ok else "wrong entity", ok, pred)
    names = [expected, *case.get("aliases", [])]
    if names_match_strict(pred.name, names):
        return CaseResult(case, "right", True, pred)
    lenient = names_match_lenient(pred.name, names, text)
    return CaseResult(case, "wrong entity" if pred.resolved else "unresolved", lenient, pred)


def score_resolver(scores: Sequence[ArticleScore], cases: Sequence[dict[str, Any]]
                   ) -> list[CaseResult]:
    by_stem = {s.article.stem: s for s in scores}
    out = []
    for case in cases:
        s = by_stem.get(case["doc"])
        if s is None:
            continue
        out.append(judge_case(case, case_frame(s.article, s.preds, case), s.article.text))
    return out


# --------------------------------------------------------------------------- summary


def _bootstrap(units: Sequence[Any], stat: Callable[[Sequence[Any]], float],
               n: int = BOOTSTRAP_RESAMPLES) -> tuple[float, float]:
    """95% percentile interval of ``stat`` over resamples of ``units`` with replacement."""
    if not units:
        return 0.0, 0.0
    rng = random.Random(BOOTSTRAP_SEED)
    vals = sorted(stat([units[rng.randrange(len(units))] for _ in units]) for _ in range(n))
    return vals[int(0.025 * (n - 1))], vals[int(0.975 * (n - 1))]


def _f1_of(counts: Sequence[Counts]) -> float:
    total = Counts()
    for c in counts:
        total += c
    return total.prf()[2]


def summarise_frames(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in METRICS:
        for sub in SUBSETS:
            per = [s.metrics[m].counts[sub] for s in scores]
            c = Counts()
            for x in per:
                c += x
            p, r, f = c.prf()
            lo, hi = _bootstrap(per, _f1_of)
            out[f"{m}/{sub}"] = {
                "tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f, 4), "f1_ci95": [round(lo, 4), round(hi, 4)],
                "ignored_out_of_scope": sum(s.metrics[m].out_of_scope for s in scores)
                if sub == "all" else None,
                "ignored_nested": sum(s.metrics[m].nested for s in scores)
                if sub == "all" else None,
            }
    return out


RESOLVER_OUTCOMES = ("right", "wrong entity", "unresolved", "no frame")


def _resolver_row(results: Sequence[CaseResult]) -> dict[str, Any]:
    n = len(results)
    row: dict[str, Any] = {"cases": n}
    for o in RESOLVER_OUTCOMES:
        row[o] = sum(r.outcome == o for r in results)
    right = row["right"]
    lenient = sum(r.lenient or r.outcome == "right" for r in results)
    framed = n - row["no frame"]
    by_doc: dict[str, list[CaseResult]] = {}
    for r in results:
        by_doc.setdefault(r.case["doc"], []).append(r)

    def acc(groups: Sequence[list[CaseResult]]) -> float:
        flat = [r for g in groups for r in g]
        return sum(r.outcome == "right" for r in flat) / len(flat) if flat else 0.0

    lo, hi = _bootstrap(list(by_doc.values()), acc)
    row.update({
        "lenient_right": lenient,
        "accuracy": round(right / n, 4) if n else 0.0,
        "accuracy_ci95": [round(lo, 4), round(hi, 4)],
        "accuracy_lenient": round(lenient / n, 4) if n else 0.0,
        "accuracy_of_framed": round(right / framed, 4) if framed else 0.0,
    })
    return row


def summarise_resolver(results: Sequence[CaseResult]) -> dict[str, Any]:
    subsets = {
        "unambiguous_report": [r for r in results
                               if r.case["scope"] == "report" and not r.case["ambiguous"]],
        "all": list(results),
    }
    types = sorted({r.case["type"] for r in results})
    out: dict[str, Any] = {}
    for name, rs in subsets.items():
        out[name] = {t: _resolver_row([r for r in rs if r.case["type"] == t]) for t in types}
        out[name]["total"] = _resolver_row(rs)
        named = [r for r in rs if r.case.get("expected") is not None]
        out[name]["total, named gold"] = _resolver_row(named)
        out[name]["total, null gold"] = _resolver_row(
            [r for r in rs if r.case.get("expected") is None])
    return out


def scope_agreement(cases: Sequence[dict[str, Any]]) -> dict[str, int]:
    """``in_scope`` of each case's gold_cue against the case's hand-marked ``scope``."""
    out = {"both report": 0, "both not": 0, "lexicon only": 0, "gold only": 0}
    for c in cases:
        mine, theirs = in_scope(str(c.get("gold_cue") or "")), c["scope"] == "report"
        key = ("both report" if theirs else "lexicon only") if mine else \
            ("gold only" if theirs else "both not")
        out[key] += 1
    return out


def summarise(split: str, scores: Sequence[ArticleScore],
              resolver: Sequence[CaseResult] | None, cases: Sequence[dict[str, Any]],
              seconds: float) -> dict[str, Any]:
    rels = [g for s in scores for g in s.article.relations]
    return {
        "split": split,
        "articles": len(scores),
        "relations": len(rels),
        "in_scope": sum(g.in_scope for g in rels),
        "in_scope_with_source": sum(g.in_scope and bool(g.source) for g in rels),
        "in_scope_number": sum(g.in_scope and g.numeric for g in rels),
        "predictions": sum(len(s.preds) for s in scores),
        "failed_articles": {s.article.stem: s.failed for s in scores if s.failed},
        "bootstrap": {"resamples": BOOTSTRAP_RESAMPLES, "seed": BOOTSTRAP_SEED, "unit": "article"},
        "metrics": summarise_frames(scores),
        "resolver": summarise_resolver(resolver) if resolver is not None else None,
        "scope_agreement_with_resolver_gold": scope_agreement(cases)
        if resolver is not None else None,
        "processor_seconds": round(seconds, 2),
    }


def print_summary(summary: dict[str, Any]) -> None:
    print(
        f"PolNeAR {summary['split']}: {summary['articles']} articles, {summary['relations']} "
        f"relations, {summary['in_scope']} in scope ({summary['in_scope_with_source']} with a "
        f"source, {summary['in_scope_number']} with a number in the content), "
        f"{summary['predictions']} predicted frames ({summary['processor_seconds']} s)"
    )
    for name, err in summary["failed_articles"].items():
        print(f"  extraction failed on {name}: {err}")
    print()
    head = (f"{'metric':<22}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>7}{'R':>7}{'F1':>7}"
            f"   95% CI (F1)   ignored: out-of-scope nested")
    print(head)
    print("-" * len(head))
    for name, v in summary["metrics"].items():
        lo, hi = v["f1_ci95"]
        ign = (f"   {v['ignored_out_of_scope']:>8} {v['ignored_nested']:>6}"
               if v["ignored_out_of_scope"] is not None else "")
        print(f"{name:<22}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}{100 * v['precision']:>7.1f}"
              f"{100 * v['recall']:>7.1f}{100 * v['f1']:>7.1f}   [{100 * lo:.1f}, {100 * hi:.1f}]"
              f"{ign}")
    print("(all: in-scope relations; number: those whose gold content holds a number)")
    res = summary["resolver"]
    if res is None:
        print("\nresolver: gold exists for the dev split only")
        return
    for subset, rows in res.items():
        title = {"unambiguous_report": "(a) unambiguous report-scope cases",
                 "all": "(b) all cases"}[subset]
        print(f"\nresolver, {title}")
        head = (f"{'type':<20}{'cases':>6}{'right':>6}{'wrong':>6}{'unres':>6}{'no fr':>6}"
                f"{'acc':>7}   95% CI      {'lenient':>7}{'of framed':>10}")
        print(head)
        print("-" * len(head))
        for t, v in rows.items():
            lo, hi = v["accuracy_ci95"]
            print(f"{t:<20}{v['cases']:>6}{v['right']:>6}{v['wrong entity']:>6}"
                  f"{v['unresolved']:>6}{v['no frame']:>6}{100 * v['accuracy']:>6.1f}%"
                  f"   [{100 * lo:4.1f}, {100 * hi:5.1f}]{100 * v['accuracy_lenient']:>7.1f}%"
                  f"{100 * v['accuracy_of_framed']:>9.1f}%")
    agree = summary["scope_agreement_with_resolver_gold"]
    print(f"\nin-scope lexicon vs the resolver gold's hand-marked scope "
          f"({sum(agree.values())} gold cues): {agree}")


# --------------------------------------------------------------------------- error table

ERROR_HEADER = ("split", "article", "kind", "start", "end", "gold_source", "gold_cue",
                "gold_entity", "pred_mention", "pred_name", "pred_cue", "note", "context")


def _context(score: ArticleScore, lo: int, hi: int) -> str:
    """The sentences (as attribquant split them) covering ``[lo, hi)``, clipped."""
    text, sents = score.article.text, score.sentences
    if sents:
        k = max(0, bisect.bisect_right(sents, (lo, len(text) + 1)) - 1)
        m = max(k, bisect.bisect_right(sents, (max(lo, hi - 1), len(text) + 1)) - 1)
        lo, hi = min(lo, sents[k][0]), max(hi, sents[m][1])
    else:
        lo, hi = max(0, lo - 150), min(len(text), hi + 150)
    out = " ".join(text[lo:hi].split())
    return out if len(out) <= CONTEXT_CHARS else out[:CONTEXT_CHARS] + " ..."


def _text(article: PolArticle, pieces: Iterable[Span]) -> str:
    return " ... ".join(" ".join(article.text[a:b].split()) for a, b in pieces)


def _gold_row(s: ArticleScore, kind: str, g: GoldRelation, p: Pred | None,
              note: str) -> list[str]:
    pieces = [*g.source, *g.cue] + ([x for x in (p.speaker, p.cue) if x] if p else [])
    lo, hi = min(a for a, _ in pieces), max(b for _, b in pieces)
    return [s.article.split, s.article.stem, kind, str(lo), str(hi), _text(s.article, g.source),
            _text(s.article, g.cue), "", p.mention if p else "", p.name if p else "",
            p.cue_text if p else "", note, _context(s, lo, hi)]


def _pred_row(s: ArticleScore, kind: str, p: Pred, note: str) -> list[str]:
    pieces = [x for x in (p.speaker, p.cue) if x]
    lo, hi = (min(a for a, _ in pieces), max(b for _, b in pieces)) if pieces else (0, 0)
    return [s.article.split, s.article.stem, kind, str(lo), str(hi), "", "", "", p.mention,
            p.name, p.cue_text, note, _context(s, lo, hi)]


def frame_error_rows(s: ArticleScore) -> list[list[str]]:
    """FN / FP / wrong-source / source-span rows of the headline (source_overlap) matching.

    wrong-source: an unpaired prediction whose cue overlaps an unpaired gold cue (paired one to
    one); source-span: a pair whose source overlaps but is not exact after trimming.
    """
    a, preds, res = s.article, s.preds, s.metrics["source_overlap"]
    gold = a.relations

    def cue_key(x: int, y: int) -> Key | None:
        c = best_overlap(a.text, preds[res.fp[x]].cue, gold[res.fn[y]].cue)
        return (c,) if c else None

    ws = greedy(len(res.fp), len(res.fn), cue_key)
    rows = []
    for x, y in ws:
        g = gold[res.fn[y]]
        rows.append(_gold_row(s, "wrong-source", g, preds[res.fp[x]],
                              "number" if g.numeric else ""))
    cue_found = {j for _, j in s.metrics["cue"].pairs}
    for j in sorted(set(res.fn) - {res.fn[y] for _, y in ws}):
        g = gold[j]
        note = ("cue found, " if j in cue_found else "") + ("number" if g.numeric else "")
        rows.append(_gold_row(s, "FN", g, None, note.strip(", ")))
    for i in sorted(set(res.fp) - {res.fp[x] for x, _ in ws}):
        rows.append(_pred_row(s, "FP", preds[i], "number" if preds[i].numeric else ""))
    for i, j in res.pairs:
        if not exact_source(a.text, preds[i].speaker, gold[j].source):
            rows.append(_gold_row(s, "source-span", gold[j], preds[i], ""))
    return rows


def resolver_error_rows(scores: Sequence[ArticleScore],
                        results: Sequence[CaseResult]) -> list[list[str]]:
    by_stem = {s.article.stem: s for s in scores}
    rows = []
    for r in results:
        if r.outcome == "right":
            continue
        c, p, s = r.case, r.pred, by_stem[r.case["doc"]]
        gold = c.get("expected") or "(none)"
        if c.get("aliases"):
            gold += " | " + " | ".join(c["aliases"])
        note = (f"{c['type']}, {c['scope']}" + (", ambiguous" if c["ambiguous"] else "")
                + (", lenient right" if r.lenient else "")
                + (f"; {c['note']}" if c.get("note") else ""))
        rows.append([s.article.split, c["doc"], f"resolver: {r.outcome}", str(c["start"]),
                     str(c["end"]), c["mention"], str(c.get("gold_cue") or ""), gold,
                     p.mention if p else "", p.name if p else "", p.cue_text if p else "", note,
                     _context(s, c["start"], c["end"])])
    return rows


def write_errors(path: Path, scores: Sequence[ArticleScore],
                 resolver: Sequence[CaseResult] | None) -> Path:
    """The TSV error table; a bare file name goes under ``benchmarks/results/``."""
    if path.parent == Path("."):
        path = RESULTS_DIR / path
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [row for s in scores for row in frame_error_rows(s)]
    if resolver:
        rows.extend(resolver_error_rows(scores, resolver))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(ERROR_HEADER) + "\n")
        for row in rows:
            fh.write("\t".join(" ".join(c.split()) for c in row) + "\n")
    return path


# --------------------------------------------------------------------------- running


def load_extract() -> Callable[[str], Any]:
    try:
        import attribquant
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        import attribquant
    extract: Callable[[str], Any] = attribquant.extract
    return extract


def run(split: str, extract: Callable[[str], Any], errors: Path | None = None,
        gold_files: Sequence[Path] = ()) -> dict[str, Any] | None:
    """Score one split; None when the data is missing. Writes the error table if asked.

    ``gold_files``: resolver gold in the format of ``dev_resolver_gold.json`` for this split
    (for instance a hand-annotated sample of train, for error analysis) used instead of it.
    """
    articles = load_split(split)
    if not articles:
        return None
    t0 = time.process_time()
    scores = [score_article(a, extract) for a in articles]
    if gold_files:
        cases = [c for f in gold_files
                 for c in json.loads(f.read_text(encoding="utf-8"))["cases"]]
    else:
        cases = load_resolver_gold() if split == "dev" else []
    resolver = score_resolver(scores, cases) if cases else None
    seconds = time.process_time() - t0
    summary = summarise(split, scores, resolver, cases, seconds)
    if errors is not None:
        summary["errors_written_to"] = str(write_errors(errors, scores, resolver))
    return summary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="PolNeAR split (dev for reported figures, train for error analysis)")
    parser.add_argument("--resolver-gold", type=Path, nargs="+", default=[],
                        help="resolver gold files for this split, in the format of "
                             "dev_resolver_gold.json (default: that file, on dev)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--errors", type=Path, help="write a TSV error table (under results/)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    summary = run(args.split, load_extract(), args.errors, args.resolver_gold)
    if summary is None:
        print(f"PolNeAR data not found at {polnear_dir()}; nothing to score.")
        return 0
    if args.json:
        print(json.dumps(summary))
    else:
        print_summary(summary)
        if "errors_written_to" in summary:
            print(f"\nerror table written to {summary['errors_written_to']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
