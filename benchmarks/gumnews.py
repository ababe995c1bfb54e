"""Load the GUM news subset (CoNLL-U) as rebuilt text with gold attributions and coreference.

Offsets index the rebuilt text; run the module to print counts and check the README figures.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]

_SHARED_ENV = "ATTRIBQUANT_SHARED"
_DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA_DIR: Path = (
    Path(os.environ[_SHARED_ENV]) / "data/gum-news"
    if os.environ.get(_SHARED_ENV)
    else _DEFAULT_SHARED / "data/gum-news"
)

# Figures stated in the data README, checked by ``python benchmarks/gumnews.py``.
EXPECTED = {
    "relations": 247,
    "positive": 246,
    "negative": 1,
    "with_source": 245,
    "pronoun_sources": 34,
    "pronoun_with_named_antecedent": 31,
}

PERSONAL_PRONOUNS = frozenset("i me we us you he him she her it they them one".split())

ROLE_ETYPES = frozenset({"person", "organization", "place"})

# README figures this loader does not reproduce, with the reason found in the files.
KNOWN_DIFFERENCES = {
    "with_source": "all 247 relations carry sem-atsrc; the 2 extra are the sources written as "
    "comma lists of single tokens (asylum EDU 24, defector EDU 46), which the README's count "
    "appears to have dropped (its PROPN figure is also 2 lower)",
}

_WORD_ID = re.compile(r"^\d+$")
_MWT_ID = re.compile(r"^(\d+)-(\d+)$")
_EMPTY_ID = re.compile(r"^\d+\.\d+$")
_ENTITY_PART = re.compile(r"\((\d+)-([^()]*)(\)?)|(\d+)\)")


@dataclass(frozen=True)
class Token:
    """One ordinary word token; ``tid`` is the document-level id (1-based)."""

    tid: int
    form: str
    upos: str
    xpos: str
    head: int  # document-level id of the syntactic head, 0 for a sentence root
    start: int
    end: int
    sentence: int  # 0-based sentence index in the article
    sentence_initial: bool


@dataclass(frozen=True)
class Mention:
    """A coreference mention (``Entity=`` bracket) with its character span."""

    entity: str
    etype: str
    link: str
    identity: str | None
    first_token: int
    last_token: int
    start: int
    end: int
    text: str
    named: bool  # has a PROPN token or a capitalised word that is not sentence-initial


@dataclass(frozen=True)
class Signal:
    """One ``TYPE-SUBTYPE-TOKENS-STATUS`` discourse signal."""

    type: str
    subtype: str
    tokens: tuple[int, ...]
    status: str


@dataclass
class GoldAttribution:
    """A gold ``attribution-*`` relation mapped to character offsets.

    ``content_span`` is the PARENT EDU only (first token to the end of its last token).
    ``content_subtree_span`` extends it over the adjacent EDUs that depend (transitively, via
    primary relations) on the parent, stopping at the attributing CHILD's branch and at the
    paragraph boundary; it is the span to use when deciding whether a quantity is attributed.
    """

    polarity: str  # "positive" or "negative"
    child_edu: int
    parent_edu: int
    sentence: int  # 0-based index of the sentence holding the CHILD EDU's first token
    source_tokens: list[int]
    source_span: Span | None  # min start .. max end of the source tokens
    source_spans: list[Span]  # contiguous runs (4 sources are discontinuous)
    source_text: str
    cue_tokens: list[int]  # lex-indwd tokens
    cue_spans: list[Span]  # contiguous runs of lex-indwd tokens
    phrase_spans: list[Span]  # lex-indph runs (e.g. "according to")
    content_span: Span
    content_subtree_span: Span
    source_entity: str | None = None
    source_etype: str | None = None
    source_mention: Mention | None = None
    source_is_pronoun: bool = False  # single-token PRON source
    source_is_personal_pronoun: bool = False  # ... and a personal pronoun (he, she, they, ...)
    source_is_role_noun: bool = False  # common-noun head, no PROPN, person/organization/place
    source_head_upos: str | None = None
    signals: list[Signal] = field(default_factory=list)

    @property
    def cue_or_phrase_spans(self) -> list[Span]:
        """Indicative words, or the indicative phrase when no single word is marked."""
        return self.cue_spans or self.phrase_spans


@dataclass
class Article:
    """One rebuilt article; ``token_offsets[i - 1]`` is the (start, end) of token ``i``."""

    name: str
    title: str
    text: str
    tokens: list[Token]
    token_offsets: list[Span]
    sentences: list[Span]
    paragraphs: list[Span]
    gold: list[GoldAttribution]
    mentions: list[Mention]
    entity_mentions: dict[str, list[Mention]]

    @property
    def entity_names(self) -> dict[str, list[Span]]:
        """Mention spans of each entity id, in text order."""
        return {e: [(m.start, m.end) for m in ms] for e, ms in self.entity_mentions.items()}

    def offset(self, tid: int) -> Span:
        """Character span of document-level token ``tid`` (1-based)."""
        return self.token_offsets[tid - 1]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing character ``pos`` (nearest preceding one)."""
        idx = 0
        for i, (start, _end) in enumerate(self.sentences):
            if start <= pos:
                idx = i
            else:
                break
        return idx

    def named_mentions_before(self, entity: str, pos: int) -> list[Mention]:
        """Named mentions of ``entity`` that start before character ``pos``."""
        return [m for m in self.entity_mentions.get(entity, []) if m.named and m.start < pos]


@dataclass
class _Rel:
    name: str
    child: int
    parent: int | None
    depth: int
    signals: list[Signal]
    primary: bool


def _parse_token_list(spec: str) -> tuple[int, ...]:
    if spec in ("", "_"):
        return ()
    out: list[int] = []
    for part in spec.split(","):
        if "-" in part:
            lo, hi = part.split("-", 1)
            out.extend(range(int(lo), int(hi) + 1))
        elif part.isdigit():
            out.append(int(part))
    return tuple(out)


def _parse_signals(spec: str) -> list[Signal]:
    signals: list[Signal] = []
    if spec in ("", "_"):
        return signals
    for raw in spec.split("+"):
        parts = raw.split("-")
        if len(parts) < 4:
            continue
        signals.append(
            Signal(parts[0], parts[1], _parse_token_list("-".join(parts[2:-1])), parts[-1])
        )
    return signals


def _parse_discourse(value: str) -> list[_Rel]:
    """Parse ``REL:CHILD->PARENT:DEPTH[:X]:SIGNALS`` entries (``;``-separated) or ``ROOT:N:0``."""
    rels: list[_Rel] = []
    for i, entry in enumerate(value.split(";")):
        fields = entry.split(":")
        name = fields[0]
        if name == "ROOT":
            rels.append(_Rel(name, int(fields[1]), None, 0, [], i == 0))
            continue
        child, parent = fields[1].split("->")
        rels.append(
            _Rel(name, int(child), int(parent), int(fields[2]), _parse_signals(fields[-1]), i == 0)
        )
    return rels


def _misc(value: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if value == "_":
        return out
    for item in value.split("|"):
        key, _, val = item.partition("=")
        out[key] = val
    return out


def _runs(article_offsets: list[Span], tids: list[int]) -> list[Span]:
    """Merge sorted token ids into contiguous runs and map them to character spans."""
    spans: list[Span] = []
    run: list[int] = []
    for tid in sorted(set(tids)):
        if run and tid != run[-1] + 1:
            spans.append((article_offsets[run[0] - 1][0], article_offsets[run[-1] - 1][1]))
            run = []
        run.append(tid)
    if run:
        spans.append((article_offsets[run[0] - 1][0], article_offsets[run[-1] - 1][1]))
    return spans


def parse_conllu(path: Path) -> Article:
    """Rebuild one article and its gold annotations from a GUM CoNLL-U file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    name = path.stem.removeprefix("GUM_news_")
    title = ""

    pieces: list[str] = []  # text built incrementally
    pos = 0
    tokens: list[Token] = []
    sentences: list[Span] = []
    paragraphs: list[Span] = []
    para_start: int | None = None
    pending_space = False  # whether the previous token wants a following space
    sent_idx = -1
    sent_first_tid = 0
    sent_start = 0
    sent_text_gold: str | None = None
    sent_words: list[tuple[int, str, str, str, int, dict[str, str]]] = []
    no_space_after: set[int] = set()  # local ids inside/ending an MWT that take no space
    text_mismatches: list[str] = []

    edu_starts: list[int] = []  # tid of each EDU's first token (EDU k at index k-1)
    rels_by_child: dict[int, list[_Rel]] = {}
    entity_values: list[tuple[int, str]] = []

    def emit(s: str) -> None:
        nonlocal pos
        pieces.append(s)
        pos += len(s)

    def new_paragraph() -> None:
        nonlocal para_start, pending_space
        if para_start is not None and tokens:
            paragraphs.append((para_start, tokens[-1].end))
            emit("\n")
        pending_space = False
        para_start = None

    def flush_sentence() -> None:
        nonlocal sent_words, sent_idx, sent_start, pending_space, para_start, sent_first_tid
        if not sent_words:
            return
        sent_idx += 1
        sent_first_tid = len(tokens) + 1
        for k, (local, form, upos, xpos, head_local, misc) in enumerate(sent_words):
            if pending_space:
                emit(" ")
            start = pos
            if para_start is None:
                para_start = start
            if k == 0:
                sent_start = start
            emit(form)
            tid = len(tokens) + 1
            head = 0 if head_local == 0 else sent_first_tid + head_local - 1
            tokens.append(Token(tid, form, upos, xpos, head, start, pos, sent_idx, k == 0))
            pending_space = misc.get("SpaceAfter") != "No" and local not in no_space_after
            if "Discourse" in misc:
                edu_starts.append(tid)
                for rel in _parse_discourse(misc["Discourse"]):
                    rels_by_child.setdefault(rel.child, []).append(rel)
            if "Entity" in misc:
                entity_values.append((tid, misc["Entity"]))
        sentences.append((sent_start, pos))
        rebuilt = "".join(pieces)[sent_start:pos]
        if sent_text_gold is not None and rebuilt != sent_text_gold:
            text_mismatches.append(f"{name} s{sent_idx + 1}")
        sent_words = []
        no_space_after.clear()

    for line in lines:
        if not line.strip():
            flush_sentence()
            continue
        if line.startswith("#"):
            if line.startswith("# newpar") and not line.startswith("# newpar_"):
                flush_sentence()
                new_paragraph()
            elif line.startswith("# meta::title = "):
                title = line.split(" = ", 1)[1]
            elif line.startswith("# text = "):
                sent_text_gold = line.split(" = ", 1)[1]
            continue
        cols = line.split("\t")
        tid_s = cols[0]
        if _EMPTY_ID.match(tid_s):
            continue  # empty node: not part of the text, not counted
        mwt = _MWT_ID.match(tid_s)
        if mwt:
            # Words inside a multi-word token are written without spaces between them; the
            # MWT line's own SpaceAfter decides the space after its last word.
            lo, hi = int(mwt.group(1)), int(mwt.group(2))
            no_space_after.update(range(lo, hi))
            if _misc(cols[9]).get("SpaceAfter") == "No":
                no_space_after.add(hi)
            continue
        if not _WORD_ID.match(tid_s):
            continue
        head_local = int(cols[6]) if cols[6].isdigit() else 0
        sent_words.append((int(tid_s), cols[1], cols[3], cols[4], head_local, _misc(cols[9])))
    flush_sentence()
    if para_start is not None and tokens:
        paragraphs.append((para_start, tokens[-1].end))

    text = "".join(pieces)
    if text_mismatches:
        print(f"warning: rebuilt text differs from '# text' in {text_mismatches}", file=sys.stderr)
    offsets = [(t.start, t.end) for t in tokens]

    mentions = _parse_mentions(entity_values, tokens, text)
    entity_mentions: dict[str, list[Mention]] = {}
    for m in mentions:
        entity_mentions.setdefault(m.entity, []).append(m)

    article = Article(
        name=name,
        title=title,
        text=text,
        tokens=tokens,
        token_offsets=offsets,
        sentences=sentences,
        paragraphs=paragraphs,
        gold=[],
        mentions=mentions,
        entity_mentions=entity_mentions,
    )
    article.gold = _gold_attributions(article, edu_starts, rels_by_child)
    return article


def _parse_mentions(
    entity_values: list[tuple[int, str]], tokens: list[Token], text: str
) -> list[Mention]:
    open_stack: dict[str, list[tuple[int, list[str]]]] = {}
    spans: list[tuple[int, int, list[str]]] = []
    for tid, value in entity_values:
        for m in _ENTITY_PART.finditer(value):
            if m.group(1) is not None:
                fields = [m.group(1), *m.group(2).split("-")]
                if m.group(3):
                    spans.append((tid, tid, fields))
                else:
                    open_stack.setdefault(m.group(1), []).append((tid, fields))
            else:
                stack = open_stack.get(m.group(4))
                if stack:
                    first, fields = stack.pop()
                    spans.append((first, tid, fields))
    mentions: list[Mention] = []
    for first, last, fields in spans:
        toks = tokens[first - 1 : last]
        named = any(
            t.upos == "PROPN" or (t.form[:1].isupper() and not t.sentence_initial) for t in toks
        )
        start, end = toks[0].start, toks[-1].end
        mentions.append(
            Mention(
                entity=fields[0],
                etype=fields[1] if len(fields) > 1 else "",
                link=fields[6] if len(fields) > 6 else "",
                identity=fields[7] if len(fields) > 7 else None,
                first_token=first,
                last_token=last,
                start=start,
                end=end,
                text=text[start:end],
                named=named,
            )
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def _edu_range(edu: int, edu_starts: list[int], n_tokens: int) -> tuple[int, int]:
    first = edu_starts[edu - 1]
    last = edu_starts[edu] - 1 if edu < len(edu_starts) else n_tokens
    return first, last


def _primary_parent(rels_by_child: dict[int, list[_Rel]], edu: int) -> int | None:
    for rel in rels_by_child.get(edu, []):
        if rel.primary:
            return rel.parent
    return None


def _subtree_span(
    article: Article,
    parent: int,
    child: int,
    edu_starts: list[int],
    rels_by_child: dict[int, list[_Rel]],
    attribution_edus: set[int],
) -> Span:
    """Parent EDU grown over adjacent EDUs that depend on it, within its paragraph.

    A dependent is skipped when its path to the parent runs through the CHILD or through an EDU
    taking part in another attribution relation (nested reported speech has its own source).
    """

    def descends(edu: int) -> bool:
        seen: set[int] = set()
        cur: int | None = edu
        while cur is not None and cur not in seen:
            if cur == parent:
                return True
            if cur == child or cur in attribution_edus:
                return False
            seen.add(cur)
            cur = _primary_parent(rels_by_child, cur)
        return False

    def paragraph_of(edu: int) -> int:
        pos = article.offset(edu_starts[edu - 1])[0]
        return next(i for i, (s, e) in enumerate(article.paragraphs) if s <= pos <= e)

    para = paragraph_of(parent)
    lo = hi = parent
    while lo > 1 and paragraph_of(lo - 1) == para and descends(lo - 1):
        lo -= 1
    while hi < len(edu_starts) and paragraph_of(hi + 1) == para and descends(hi + 1):
        hi += 1
    first, _ = _edu_range(lo, edu_starts, len(article.tokens))
    _, last = _edu_range(hi, edu_starts, len(article.tokens))
    return article.offset(first)[0], article.offset(last)[1]


def _source_mention(article: Article, tids: list[int]) -> Mention | None:
    """Smallest mention covering all source tokens; else the largest inside the span at its head."""
    lo, hi = min(tids), max(tids)
    covering = [m for m in article.mentions if m.first_token <= lo and m.last_token >= hi]
    if covering:
        return min(covering, key=lambda m: (m.last_token - m.first_token, m.first_token))
    inside = set(tids)
    heads = [t for t in tids if article.tokens[t - 1].head not in inside]
    head = heads[0] if heads else lo
    within = [
        m
        for m in article.mentions
        if m.first_token <= head <= m.last_token and lo <= m.first_token and m.last_token <= hi
    ]
    if within:
        return max(within, key=lambda m: (m.last_token - m.first_token, -m.first_token))
    return None


def _gold_attributions(
    article: Article, edu_starts: list[int], rels_by_child: dict[int, list[_Rel]]
) -> list[GoldAttribution]:
    out: list[GoldAttribution] = []
    n = len(article.tokens)
    attribution_edus = {
        e
        for rels in rels_by_child.values()
        for rel in rels
        if rel.name.startswith("attribution-") and rel.parent is not None
        for e in (rel.child, rel.parent)
    }
    for child in sorted(rels_by_child):
        for rel in rels_by_child[child]:
            if not rel.name.startswith("attribution-") or rel.parent is None:
                continue
            src = sorted({t for s in rel.signals if s.subtype == "atsrc" for t in s.tokens})
            cue = sorted({t for s in rel.signals if s.subtype == "indwd" for t in s.tokens})
            phrase = sorted({t for s in rel.signals if s.subtype == "indph" for t in s.tokens})
            p_first, p_last = _edu_range(rel.parent, edu_starts, n)
            c_first, _ = _edu_range(rel.child, edu_starts, n)
            g = GoldAttribution(
                polarity=rel.name.split("-", 1)[1],
                child_edu=rel.child,
                parent_edu=rel.parent,
                sentence=article.tokens[c_first - 1].sentence,
                source_tokens=src,
                source_span=None,
                source_spans=_runs(article.token_offsets, src),
                source_text="",
                cue_tokens=cue,
                cue_spans=_runs(article.token_offsets, cue),
                phrase_spans=_runs(article.token_offsets, phrase),
                content_span=(article.offset(p_first)[0], article.offset(p_last)[1]),
                content_subtree_span=_subtree_span(
                    article,
                    rel.parent,
                    rel.child,
                    edu_starts,
                    rels_by_child,
                    attribution_edus - {rel.parent},
                ),
                signals=rel.signals,
            )
            if src:
                g.source_span = (article.offset(src[0])[0], article.offset(src[-1])[1])
                g.source_text = article.text[g.source_span[0] : g.source_span[1]]
                inside = set(src)
                heads = [t for t in src if article.tokens[t - 1].head not in inside]
                g.source_head_upos = article.tokens[(heads[0] if heads else src[0]) - 1].upos
                has_propn = any(article.tokens[t - 1].upos == "PROPN" for t in src)
                if len(src) == 1:
                    tok = article.tokens[src[0] - 1]
                    g.source_is_pronoun = tok.upos == "PRON"
                    g.source_is_personal_pronoun = (
                        g.source_is_pronoun and tok.form.lower() in PERSONAL_PRONOUNS
                    )
                mention = _source_mention(article, src)
                if mention is not None:
                    g.source_mention = mention
                    g.source_entity = mention.entity
                    g.source_etype = mention.etype
                g.source_is_role_noun = (
                    g.source_head_upos == "NOUN" and not has_propn and g.source_etype in ROLE_ETYPES
                )
            out.append(g)
    out.sort(key=lambda g: (g.sentence, g.child_edu))
    return out


def load_articles(data_dir: Path | None = None) -> list[Article]:
    """Load all ``GUM_news_*.conllu`` articles, or ``[]`` when the data directory is missing."""
    directory = data_dir or DATA_DIR
    if not directory.is_dir():
        return []
    return [parse_conllu(p) for p in sorted(directory.glob("GUM_news_*.conllu"))]


def gold_counts(articles: list[Article]) -> dict[str, int]:
    """Corpus-level counts comparable with ``EXPECTED``."""
    gold = [g for a in articles for g in a.gold]
    pron = [(a, g) for a in articles for g in a.gold if g.source_is_personal_pronoun]
    named = [
        1
        for a, g in pron
        if g.source_entity
        and g.source_span
        and a.named_mentions_before(g.source_entity, g.source_span[0])
    ]
    return {
        "relations": len(gold),
        "positive": sum(g.polarity == "positive" for g in gold),
        "negative": sum(g.polarity == "negative" for g in gold),
        "with_source": sum(g.source_span is not None for g in gold),
        "pronoun_sources": len(pron),
        "pronoun_with_named_antecedent": len(named),
    }


def main() -> int:
    """Print per-article counts and compare corpus totals with the README figures."""
    articles = load_articles()
    if not articles:
        print(f"GUM news data not found at {DATA_DIR}")
        return 0
    header = (
        f"{'article':<14}{'chars':>7}{'tokens':>8}{'sents':>7}{'attr':>6}{'w/src':>7}{'pron':>6}"
    )
    print(header)
    for a in articles:
        print(
            f"{a.name:<14}{len(a.text):>7}{len(a.tokens):>8}{len(a.sentences):>7}"
            f"{len(a.gold):>6}{sum(g.source_span is not None for g in a.gold):>7}"
            f"{sum(g.source_is_personal_pronoun for g in a.gold):>6}"
        )
    counts = gold_counts(articles)
    ok = True
    print()
    for key, want in EXPECTED.items():
        got = counts[key]
        if got == want:
            flag = "ok"
        elif key in KNOWN_DIFFERENCES:
            flag = "differs (known)\n    " + KNOWN_DIFFERENCES[key]
        else:
            flag = "MISMATCH"
            ok = False
        print(f"{key:<32}{got:>6}  (README {want})  {flag}")
    return 0 if ok else 1


def articles_or_notice() -> list[Article]:
    """The articles, or [] after printing the one-line notice that the data is missing."""
    articles = load_articles()
    if not articles:
        print(f"GUM news data not found at {DATA_DIR}; nothing to benchmark")
    return articles


if __name__ == "__main__":
    raise SystemExit(main())
