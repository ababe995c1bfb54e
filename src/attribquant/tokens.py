"""The one token stream every stage reads: tokens, the per-document cache, phrases, word tests.

A sentence is tokenised once (one ``findall``); frames, names, hedges and numbers all read it.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Final, Generic, TypeVar

import regex

from .lexicon.attribution import (
    AUXILIARIES,
    DOTTED_TITLES,
    FINITE_VERBS,
    IRREGULAR_PAST,
    NAME_PARTICLES,
    REPORTING_VERBS,
)
from .lexicon.entities import APOSTROPHES, ELISIONS, OPENING_SINGLE_QUOTES
from .lexicon.numbers import FRACTIONS, GROUP_WORDS, SCALES, TENS, UNITS, VAGUE_PLURALS
from .lexicon.quantities import F_PLURAL_STEMS, IRREGULAR_PLURALS, NOT_PLURAL

__all__ = [
    "NUMBER_HINT",
    "PhraseMatcher",
    "SentenceTokens",
    "Token",
    "WordDispatch",
    "first_word_index",
    "is_capitalised",
    "is_figure",
    "is_plural_noun",
    "is_word",
    "looks_plural",
    "lower_at",
    "may_hold_number",
    "singular",
    "tokenize",
]


class Token:
    """A word, number or punctuation mark with its offsets.

    ``glued`` says no white space comes before it (inside its sentence); ``junk`` marks a
    token the number reader will not read (a web address, an identifier such as "B52").

    A slotted class, not a named tuple: every stage reads these fields over and over, and a
    slot is read by the interpreter's specialised attribute look-up (a named tuple's field
    goes through a descriptor call each time).
    """

    __slots__ = ("end", "glued", "junk", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str, lower: str, glued: bool,
                 junk: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower
        self.glued = glued
        self.junk = junk

    def _fields(self) -> tuple[int, int, str, str, bool, bool]:
        return self.start, self.end, self.text, self.lower, self.glued, self.junk

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return ("Token(start={!r}, end={!r}, text={!r}, lower={!r}, glued={!r}, junk={!r})"
                .format(*self._fields()))


#: Is ``Token`` an interpreted class (not compiled by mypyc)?  Then the tokenizer makes its
#: tokens with ``object.__new__`` and stores their slots itself: a class call would run
#: ``__init__`` as a second Python call per token, about a quarter of the loop's time.  (A
#: compiled class has its own constructor, which ``object.__new__`` may not stand in for.)
_INTERPRETED: Final = hasattr(Token.__init__, "__code__")
_NEW: Final = object.__new__


# Dotted titles before a capital, dotted acronyms, clitics, words (internal hyphens, dots,
# ampersands and apostrophes joined; a symbol of U+0080..U+00BF but the no-break space right
# after "\u00c2", "\u00c3" or a combining mark goes on with the word: UTF-8 read as Latin-1,
# "Pe\u00c3\u00b1a" for "Pe\u00f1a"), numbers (also ".5"), dashes, any other character.
# Every repetition is possessive, so matching is linear.
_TOKEN: Final = (
    r"""
    \b(?:""" + "|".join(sorted(DOTTED_TITLES, key=len, reverse=True)) + r""")\.(?=[ ]\p{Lu})
    | (?:\p{Lu}\.){2,}+
    | '(?:[sS]|[mM]|re|ve|ll|d)\b
    | n't\b
    | \p{L}[\p{L}\p{M}\p{N}]*+
      (?:[\-&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*+|'(?!(?:[sS]|[mM]|re|ve|ll|d)\b)\p{L}[\p{L}\p{M}]*+
         |(?<=[\p{M}\u00c2\u00c3])[\x80-\x9f\xa1-\xbf][\p{L}\p{M}\p{N}]*+)*+
    | \p{N}[\p{N}]*+(?:[.,:][\p{N}]++)*+
    | (?<![\p{L}\p{N}.])\.\p{N}++
    | -{1,3}+
    | \S
    """
)
# Each token with the white space before it: one findall gives them all.  The first branch
# is a fast path for the commonest token, a lower-case ASCII word that nothing joins on to;
# it matches exactly what the full pattern would there.
_SPACED_TOKEN: Final = regex.compile(
    r"\s*+(?:[a-z]++(?![\p{L}\p{M}\p{N}]|[\-&.][\p{L}\p{N}]|'\p{L})|" + _TOKEN + ")",
    regex.VERBOSE,
)
#: What ``\s`` matches (``str.lstrip()`` alone would also strip U+001C..U+001F, which the
#: pattern reads as tokens).
_SPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: The characters ``str.isspace`` holds besides ``_SPACE``.
_SEPARATOR: Final = re.compile("[\x1c-\x1f]")


# The same tokens for ASCII text, written for the standard library's engine, which scans them
# about twice as fast.  Without possessive quantifiers it backtracks only where no branch can
# differ: every branch ends the token it starts, and the span holds no trailing white space.
# Fast paths come first: a plain lower-case word, a mark no other branch opens, a capitalised
# word that nothing joins on to (no title or acronym: no period after it), a figure.
_ASCII_TITLES: Final = "|".join(sorted(DOTTED_TITLES, key=len, reverse=True))
_ASCII_SPACED_TOKEN: Final = re.compile(
    r"[ \t\n\r\x0b\x0c]*(?:[a-z]+(?![A-Za-z0-9]|[\-&.][A-Za-z0-9]|'[A-Za-z])"
    r"|[,;:!?()\"$%]"
    r"|[A-Z][a-z]*(?![A-Za-z0-9'.]|[\-&][A-Za-z0-9])"
    r"|[0-9]+(?:[.,:][0-9]+)*"
    r"|\b(?:" + _ASCII_TITLES + r")\.(?=[ ][A-Z])"
    r"|(?:[A-Z]\.){2,}"
    r"|'(?:[sS]|[mM]|re|ve|ll|d)\b"
    r"|n't\b"
    r"|[A-Za-z][A-Za-z0-9]*(?:[\-&.][A-Za-z0-9][A-Za-z0-9]*|'(?!(?:[sS]|[mM]|re|ve|ll|d)\b)[A-Za-z]+)*"
    r"|[0-9]+(?:[.,:][0-9]+)*"
    r"|(?<![A-Za-z0-9.])\.[0-9]+"
    r"|-{1,3}"
    r"|[^ \t\n\r\x0b\x0c])"
)


def tokenize(text: str, start: int, end: int, ascii_text: bool | None = None,
             limit: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets.

    ``ascii_text`` says the whole of ``text`` is ASCII (None: find out for this span).
    ``limit``: only the first so many tokens (the same as the first ones of the whole span's),
    read without scanning further: for a rule that looks at a span's opening words only.

    >>> [t.text for t in tokenize("Mr. Roe's 40km walk", 0, 19)]
    ['Mr.', 'Roe', "'s", '40', 'km', 'walk']
    >>> [t.text for t in tokenize("Mr. Roe's 40km walk", 0, 19, limit=2)]
    ['Mr.', 'Roe']
    """
    while end > start and text[end - 1] in _SPACE:
        end -= 1  # trailing white space would be scanned once per character
    if ascii_text is None:  # the character before the span is read too (".5" after "é")
        ascii_text = text[max(0, start - 1):end].isascii()
    pattern = _ASCII_SPACED_TOKEN if ascii_text else _SPACED_TOKEN
    if limit is None:
        items = pattern.findall(text, start, end)
        read = end
    else:
        items = []
        for found in pattern.finditer(text, start, end):
            if len(items) == limit:
                break
            items.append(found.group())
        read = start + sum(map(len, items))
    # a span without U+001C..U+001F is stripped by the plain (faster) ``str.lstrip()``
    space = None if _SEPARATOR.search(text, start, read) is None else _SPACE
    return _tokens(items, start, space)


def _tokens(items: list[str], start: int, space: str | None = _SPACE) -> list[Token]:
    """Tokens from the findall items (each token with the white space before it, ``space``
    the characters that white space is made of, None for all that ``str.isspace``).  A
    plain loop: ``map(Token, ...)`` would call the class through the interpreter's generic
    path (an argument tuple and an ``__init__`` look-up a token), which costs more than the
    loop's own steps (and the compiled build makes this loop native)."""
    out: list[Token] = []
    end = start
    if _INTERPRETED:
        new, cls = _NEW, Token
        for item in items:
            word = item.lstrip(space)
            end += len(item)
            t = new(cls)  # (as ``Token(...)``, with the slots stored here: see ``_NEW``)
            t.start = end - len(word)
            t.end = end
            t.text = word
            t.lower = word.lower()
            t.glued = word is item
            t.junk = False
            out.append(t)
        if out:
            out[0].glued = False
        return out
    for item in items:
        word = item.lstrip(space)
        end += len(item)
        # glued: no white space came before it (``str.lstrip`` returned the item itself)
        out.append(Token(end - len(word), end, word, word.lower(), word is item))
    if out:
        out[0].glued = False  # the first token opens the span
    return out


def _steps(tokens: list[Token], start: int) -> list[int]:
    """Per token the gap after the previous token (or ``start``) and the token's length."""
    out: list[int] = []
    prev = start
    for t in tokens:
        out.append(t.start - prev)
        out.append(t.end - t.start)
        prev = t.end
    return out


def _tokens_from_steps(text: str, steps: Sequence[int], start: int) -> list[Token]:
    """Tokens rebuilt from their kept steps by slicing the text (a plain loop, as in
    ``_tokens``)."""
    out: list[Token] = []
    end = start
    for k in range(0, len(steps) - 1, 2):
        begin = end + steps[k]
        end = begin + steps[k + 1]
        word = text[begin:end]
        out.append(Token(begin, end, word, word.lower(), steps[k] == 0))
    if out:
        out[0].glued = False  # the first token opens the span
    return out


class SentenceTokens:
    """Tokens of one document's sentences, made once and shared by every stage.

    The stages read the sentences in text order, one stage after another (the frame finder,
    the resolver's name scan, the hedge stage), so two reads of one sentence are a whole text
    apart.  Token lists are kept for the latest ``limit`` to ``2 * limit`` sentences: the
    repeated reads within a stage and, for a text of up to ``limit`` sentences, every read.
    Once a text outgrows that window, each sentence tokenised in text order also leaves its
    token offsets (two bytes a token), from which a later read rebuilds its tokens by slicing
    instead of running the tokenizer again.  Memory stays at the window plus about half a
    byte per character, and time linear in the text length.
    """

    def __init__(self, text: str, limit: int = 256) -> None:
        self.text = text
        self.ascii = text.isascii()
        self.limit = max(1, limit)
        # two generations of the cache, the older dropped whole when the newer fills
        # (deleting a dict's oldest key one at a time makes the next look-up for the oldest
        # key scan past every deleted slot)
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._older: dict[tuple[int, int], list[Token]] = {}
        # offsets of the sentences read in text order: their spans, and per token the gap
        # after the previous token (or the sentence start) and the token length
        self._starts = array("q")
        self._ends = array("q")
        self._first = array("q", [0])  # where each sentence's steps begin in ``_steps``
        self._steps = bytearray()
        self.tokenized = 0  # sentences run through the tokenizer (for tests and profiling)

    def get(self, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]``."""
        key = (start, end)
        toks = self._tokens.get(key)
        if toks is None:
            toks = self._older.get(key)
            if toks is None:
                # only a span starting before the end of the latest kept one can be kept
                if self._ends and start < self._ends[-1]:
                    toks = self._rebuild(start, end)
                if toks is None:
                    toks = self._tokenize(start, end)
            if len(self._tokens) >= self.limit:
                self._older, self._tokens = self._tokens, {}
            self._tokens[key] = toks
        return toks

    def _tokenize(self, start: int, end: int) -> list[Token]:
        """``tokenize``, keeping the offsets of spans read in text order."""
        self.tokenized += 1
        # a text with a few accented names or ellipses still has mostly ASCII sentences:
        # each of those gets the faster ASCII tokenizer (None: find out for the span)
        toks = tokenize(self.text, start, end, True if self.ascii else None)
        # offsets are kept once the window overflows (a short text never needs them), for
        # spans in text order whose gaps and tokens are shorter than 256 characters
        if toks and self.tokenized > self.limit and (not self._ends or start >= self._ends[-1]):
            steps = _steps(toks, start)
            if max(steps) < 256:
                self._starts.append(start)
                self._ends.append(end)
                self._steps.extend(steps)
                self._first.append(len(self._steps))
        return toks

    def _rebuild(self, start: int, end: int) -> list[Token] | None:
        """Tokens from the kept offsets, or None if this span was not kept."""
        k = bisect_left(self._starts, start)
        if k == len(self._starts) or self._starts[k] != start or self._ends[k] != end:
            return None
        steps = self._steps[self._first[k]:self._first[k + 1]]
        return _tokens_from_steps(self.text, steps, start)


class PhraseMatcher:
    """Multi-word lexicon entries matched on lower-cased tokens, longest first.

    >>> m = PhraseMatcher([("up", "to"), ("as", "many", "as")])
    >>> toks = tokenize("as many as 40", 0, 13)
    >>> m.at(toks, 0), m.before(toks, 3)
    (('as', 'many', 'as'), (0, ('as', 'many', 'as')))
    """

    __slots__ = ("_by_first", "_by_last", "phrases")

    def __init__(self, phrases: Iterable[Sequence[str]]) -> None:
        self.phrases = frozenset(tuple(p) for p in phrases)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in sorted(self.phrases, key=lambda p: (-len(p), p)):
            self._by_first.setdefault(p[0], []).append(p)
            self._by_last.setdefault(p[-1], []).append(p)

    def firsts(self) -> frozenset[str]:
        """The words a phrase can start with (for a quick set test before matching)."""
        return frozenset(self._by_first)

    def at(self, tokens: list[Token], i: int) -> tuple[str, ...] | None:
        """The longest phrase starting at token ``i``, or None."""
        n = len(tokens)
        if i >= n:
            return None
        found = self._by_first.get(tokens[i].lower)
        if found is None:
            return None  # the common case: no phrase starts with this word
        if i < 0:
            return next((p for p in found if _matches(tokens, i, p)), None)
        for p in found:  # (the second word is compared first: most candidates fail there)
            j = i + len(p)
            if j <= n and (j == i + 1 or (tokens[i + 1].lower == p[1]
                                          and tuple(map(_LOWER, tokens[i:j])) == p)):
                return p
        return None

    def all_at(self, tokens: list[Token], i: int) -> list[tuple[str, ...]]:
        """Every phrase starting at token ``i``, longest first."""
        found = self._by_first.get(tokens[i].lower)
        if found is None:
            return []
        return [p for p in found if _matches(tokens, i, p)]

    def before(self, tokens: list[Token], end: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest phrase ending just before token ``end``: (its first index, phrase)."""
        if end <= 0 or end > len(tokens):
            return None
        found = self._by_last.get(tokens[end - 1].lower)
        if found is None:
            return None
        for p in found:  # (the word before the last is compared first, as in ``at``)
            s = end - len(p)
            if s >= 0 and (s == end - 1 or (tokens[end - 2].lower == p[-2]
                                            and tuple(map(_LOWER, tokens[s:end])) == p)):
                return s, p
        return None


_R = TypeVar("_R")


class WordDispatch(Generic[_R]):
    """The rules of an ordered rule table that can act on a word, in table order, by the
    lower-cased word.

    ``table`` reads the table of ``(name, rule)`` pairs (read again on each use, so a
    replaced table is seen); ``words`` gives, by rule name, the only words a rule can act
    on: it returns None (declines) for every other word, so it need not be asked there.  A
    rule not named may act on any word.  The lists are made at first use and again when
    the table is replaced; their keys are the words of ``words`` and "" (any other word),
    so they stay bounded.

    >>> d = WordDispatch(lambda: (("a", 1), ("b", 2), ("c", 3)), {"b": frozenset({"by"})})
    >>> d.rules_for("by"), d.rules_for("on")
    ((1, 2, 3), (1, 3))
    """

    __slots__ = ("_by_word", "_made_from", "table", "words")

    def __init__(self, table: Callable[[], Sequence[tuple[str, _R]]],
                 words: Mapping[str, frozenset[str]]) -> None:
        self.table = table
        self.words = words
        self._made_from: Sequence[tuple[str, _R]] = ()
        self._by_word: dict[str, tuple[_R, ...]] = {}

    def rules(self) -> dict[str, tuple[_R, ...]]:
        """The rules by word ("": for a word no rule names)."""
        table = self.table()
        if table is not self._made_from:
            self._make(table)
        return self._by_word

    def rules_for(self, word: str) -> tuple[_R, ...]:
        """The rules that can act on ``word`` (lower-cased), in table order."""
        by_word = self.rules()
        return by_word.get(word, by_word[""])

    def _make(self, table: Sequence[tuple[str, _R]]) -> None:
        words = self.words
        self._by_word = {word: tuple(rule for name, rule in table
                                     if name not in words or word in words[name])
                         for word in (*frozenset().union(*words.values()), "")}
        self._made_from = table


def _matches(tokens: list[Token], i: int, p: tuple[str, ...]) -> bool:
    """Do the words after token ``i`` (whose word is ``p[0]``) go on with the rest of ``p``?"""
    return i + len(p) <= len(tokens) and all(
        tokens[i + d].lower == w for d, w in enumerate(p[1:], 1))


_LOWER: Final = attrgetter("lower")


# --------------------------------------------------------------------------------------------
# Shared word tests
# --------------------------------------------------------------------------------------------


def lower_at(tokens: list[Token], k: int) -> str:
    """The lower-cased token at ``k``, or "" outside the sentence."""
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def first_word_index(tokens: list[Token]) -> int:
    """The index of a sentence's first word or figure, after any quotes or brackets
    (``len(tokens)`` if none): 1 in '"Roe said'."""
    if tokens and tokens[0].text[0].isalnum():
        return 0  # the common case, without a walk
    return next((k for k, t in enumerate(tokens) if t.text[0].isalnum()), len(tokens))


def year_shaped(text: str) -> bool:
    """Four digits that could be a year ("1998", "2031")."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) < 2200


def is_figure(text: str) -> bool:
    """Does a token open a written number: "40", "1,000", "2.5", or ".001" (no zero)?"""
    c = text[:1]
    if c == "." and len(text) > 1:
        c = text[1]
    return c in _FIGURE_DIGITS  # (a set: "" is no member, as it is of no digit string)


_FIGURE_DIGITS: Final = frozenset("0123456789")


def is_word(tok: Token) -> bool:
    """A token that starts with a letter ("said", "U.S.", "al-Mustafa")."""
    return tok.text[0].isalpha()


def reads_as_verb(word: str, after: str = "") -> bool:
    """"Vell said", "the levy, ... | costs $4": does the lower-case ``word`` (with the word
    ``after`` it) read as a finite verb: a reporting verb, an auxiliary, an irregular past, or
    a form in -ed or -s that no list or verb follows ("taxes and fees", "officials said")?"""
    if word in REPORTING_VERBS or word in FINITE_VERBS or word in AUXILIARIES \
            or word in IRREGULAR_PAST:
        return True
    if after in _LIST_WORDS or after in REPORTING_VERBS or after in AUXILIARIES:
        return False
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


#: Words after a word that make it an item of a list, no verb ("taxes, fees and ...").
_LIST_WORDS: Final = frozenset({"and", "or", ","})


def plural_possessive(tokens: list[Token], k: int) -> bool:
    """"the workers' leader": is token ``k`` an apostrophe alone (straight or curly) right
    after a word in -s, making a plural possessive, and no single quote closing ("'prices
    rise for weeks' officials said": a single quotation opened earlier is still open)?"""
    t = tokens[k]
    if t.text not in APOSTROPHES or k == 0 or t.start != tokens[k - 1].end \
            or not tokens[k - 1].lower.endswith("s"):
        return False
    return not _single_quote_open(tokens, k)


def _single_quote_open(tokens: list[Token], k: int) -> bool:
    """Is a single quotation opened before token ``k`` (a mark before a word, after a space or
    the start; not an elision: "rock 'n' roll", "the '90s") not yet closed (a mark right
    after a word, before a space or punctuation)?"""
    open_ = False
    for j in range(k):
        u = tokens[j]
        if u.text not in OPENING_SINGLE_QUOTES and u.text not in APOSTROPHES:
            continue
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        attached_before = j > 0 and tokens[j - 1].end == u.start
        attached_after = nxt is not None and nxt.start == u.end
        if not open_ and attached_after and not attached_before \
                and u.text in OPENING_SINGLE_QUOTES and nxt is not None \
                and nxt.text[:1].isalpha() and nxt.lower not in ELISIONS:
            open_ = True
        elif open_ and attached_before and (
                not attached_after or (nxt is not None and not nxt.text[:1].isalnum())):
            open_ = False
    return open_


def is_identifier(text: str) -> bool:
    """A machine-made code, no word: eight characters or more, both cases, and digits
    between letters twice, or once with a capital right after a small letter ("Xq7RtPw2mZ",
    "PkVw7sLq", a link's or post's id printed in a page), unlike "G7", "COVID19", "F-35",
    "Girls4Tech" or "Tula88Mom"."""
    if len(text) < 8 or text.isalpha() or text.isupper() or text.islower():
        return False
    runs = len(_CODE_DIGITS.findall(text))
    return runs >= 2 or (runs == 1 and _CAMEL.search(text) is not None)


_CODE_DIGITS: Final = re.compile(r"(?<=[A-Za-z])[0-9]+(?=[A-Za-z])")
_CAMEL: Final = re.compile(r"[a-z][A-Z]")


def is_capitalised(tok: Token) -> bool:
    """Capitalised, or a particle-joined name part ("Roe", "al-Mustafa", "bin-Salman")."""
    if tok.text[0].isupper():
        return True
    if "-" not in tok.text:
        return False  # the common case, without splitting the word
    head, _, rest = tok.text.partition("-")
    return bool(rest) and rest[0].isupper() and head.lower() in NAME_PARTICLES


def looks_plural(word: str) -> bool:
    """A lower-cased word that reads as a plural noun ("soldiers", "fishermen"), not "bus"."""
    if word.endswith("men") and len(word) > 4 and word.isalpha():
        return True
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        and word.isalpha() and word not in NOT_PLURAL
    )


def is_plural_noun(word: str) -> bool:
    """A lower-cased plural noun, regular or not ("soldiers", "people", "police")."""
    return word in IRREGULAR_PLURALS or looks_plural(word)


def singular(word: str) -> str:
    """Singular lemma of a plural noun ("soldiers" -> "soldier", "fishermen" -> "fisherman")."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if not looks_plural(word):
        return word
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "uses")):
        return word[:-2]  # "boxes" -> "box", "viruses" -> "virus", "bonuses" -> "bonus"
    if word.endswith("oes") and len(word) > 5:
        return word[:-2]
    if word.endswith("ves") and word[:-3] in F_PLURAL_STEMS:
        return word[:-3] + "f"
    return word[:-1]


def may_hold_number(text: str, tokens: list[Token], start: int, end: int,
                    ascii_text: bool | None = None) -> bool:
    """Can the sentence ``text[start:end]`` (with these tokens) hold a numeric expression?
    Only if it has a digit or a number word ("forty", "a dozen", "two-thirds", "sixfold");
    most sentences have neither and skip the number reader.  ``ascii_text`` says the whole
    of ``text`` is ASCII (None: find out for the span)."""
    if ascii_text is None:
        ascii_text = text[start:end].isascii()
    # the standard library's engine is cheaper to call, and an ASCII digit is all ``\p{N}``
    # finds in ASCII text
    if (_ASCII_DIGIT if ascii_text else _DIGIT).search(text, start, end) is not None:
        return True
    if not _NUMBER_WORDS.isdisjoint(map(_LOWER, tokens)):
        return True
    # "twenty-five", "three-fold", "five&six": a number word inside a token joined by a mark
    # the number reader splits at (a token joined only by "." it reads as one word)
    if _JOINING_MARK.search(text, start, end) is None:
        return False
    for t in tokens:  # (a plain loop: cheaper than a generator over ``map``)
        w = t.lower
        if len(w) > 3 and not w.isalpha() and not _NUMBER_WORDS.isdisjoint(_word_parts(w)):
            return True
    return False


def _word_parts(word: str) -> list[str]:
    """A lower-cased word split at the marks inside it and before a final "fold"."""
    return (_ASCII_WORD_PART if word.isascii() else _WORD_PART).split(word)


_JOINING_MARK: Final = re.compile(r"[-&'_/]")


_DIGIT: Final = regex.compile(r"\p{N}")
_ASCII_DIGIT: Final = re.compile("[0-9]")
_WORD_PART: Final = regex.compile(r"[^\p{L}\p{N}]+|fold\b")
# the same split of an ASCII word (lower-cased), by the standard library's engine
_ASCII_WORD_PART: Final = re.compile(r"[^a-z0-9]+|fold\b")
_NUMBER_WORDS: Final = frozenset(
    w + suffix for w in (*UNITS, *TENS, *SCALES, *GROUP_WORDS, *FRACTIONS,
                         *(seq[0] for seq in VAGUE_PLURALS))
    for suffix in ("", "fold"))

#: A digit or a number word: the token that holds it may open a numeric expression.
NUMBER_HINT: Final = regex.compile(
    r"\p{N}|\b(?i:"
    + "|".join(sorted({*UNITS, *TENS, *SCALES, *GROUP_WORDS, *FRACTIONS,
                       *(seq[0] for seq in VAGUE_PLURALS)}, key=len, reverse=True))
    + r")(?:-?fold)?+\b"
)
