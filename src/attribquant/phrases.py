"""Words around a number: names and titles, counted noun phrases, and cues before it.

Shared by the exclusion rules and the quantity builder; plain functions over number tokens.
"""

from __future__ import annotations

from typing import Final

from .lexicon.attribution import AUXILIARIES, NAME_JOINERS
from .lexicon.numbers import SCALES, TENS, UNITS, VAGUE_PLURALS
from .lexicon.quantities import (
    APPROX_CUES,
    BOUND_CUES,
    CHANGE_DOWN,
    CHANGE_UP,
    MONTHS,
    NOT_COUNT_HEAD,
    NP_DETERMINERS,
    NP_MODIFIERS,
    NP_STOP,
    SINGULARS_IN_S,
    WEEKDAYS,
)
from .tokens import PhraseMatcher, Token, is_plural_noun, lower_at
from .units import unit_at

#: Bound cues before a number ("up to", "more than") and approximation cues ("about").
BOUND_MATCHER: Final = PhraseMatcher(BOUND_CUES)
APPROX_MATCHER: Final = PhraseMatcher(APPROX_CUES)
#: First words of bound and approximation cues ("About 40", "Up to 40").
CUE_FIRST_WORDS: Final = BOUND_MATCHER.firsts() | APPROX_MATCHER.firsts()


def hedged(tokens: list[Token], i: int) -> bool:
    """A bound or approximation cue right before token ``i`` ("up to 1500", "about 2000")."""
    return (BOUND_MATCHER.before(tokens, i) is not None
            or APPROX_MATCHER.before(tokens, i) is not None)


def near(tokens: list[Token], i: int, words: frozenset[str], width: int = 5) -> bool:
    """A word of ``words`` within ``width`` tokens of token ``i`` ("won 2-0": "won" is near)."""
    lo, hi = max(0, i - width), min(len(tokens), i + width + 2)
    return not words.isdisjoint([t.lower for t in tokens[lo:hi]])


def is_code_word(tok: Token) -> bool:
    """An all-capital code or a letters-and-digits name ("ISO", "EN", "A320")."""
    t = tok.text
    return len(t) >= 2 and t.isalnum() and t.upper() == t and any(c.isalpha() for c in t)


def is_name_word(tok: Token) -> bool:
    """A capitalised word that is not a function word, cue or month ("Game", "iPhone", "P")."""
    t = tok.text
    if not t[:1].isalpha() or t == tok.lower or tok.junk:
        return False
    w = tok.lower
    return not (w in NP_STOP or w in MONTHS or w in WEEKDAYS or w in CUE_FIRST_WORDS
                or w in CHANGE_UP or w in CHANGE_DOWN or w in UNITS or w in TENS)


def is_title_word(tok: Token) -> bool:
    """A capitalised, not all-capital, word ("Road", "Wilbraham"): part of a name."""
    t = tok.text
    return len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha() and is_name_word(tok)


def is_wordlike(tok: Token) -> bool:
    """A word of letters, hyphens and apostrophes ("soldiers", "Trump's", "year-old")."""
    t = tok.text
    return not tok.junk and t[:1].isalpha() and t.replace("-", "").replace("'", "").isalpha()


def is_common_noun(tok: Token) -> bool:
    """A lower-case word that can be a noun: not a function word, verb form or adverb."""
    w = tok.lower
    verbal = ((w.endswith("ed") and len(w) > 4 and not w.endswith("eed"))
              or (w.endswith("ing") and len(w) > 5) or w.endswith("ly"))  # not "speed", "thing"
    return (is_wordlike(tok) and tok.text == w and w not in NP_STOP and w not in UNITS
            and w not in TENS and not verbal and w not in NOT_COUNT_HEAD)


def counted_noun(tokens: list[Token], j: int, one: bool,
                 mass: bool = False) -> tuple[int, int, int] | None:
    """The counted noun phrase after a number: (first, head, end) token indices.

    ``mass``: a fraction of a whole ("a third of the population"), whose head may be a
    singular noun.  After "of the" a figure is the whole the number is part of ("187 of the
    350 seats" counts seats).
    """
    n = len(tokens)
    k, partitive = _phrase_start(tokens, j)
    # "one of the richest" counts nothing; "1 year of employment" has a subject
    counts_part = partitive and j > 0 and (tokens[j - 1].lower in UNITS
                                           or tokens[j - 1].text[:1].isdecimal())
    first = k
    for t in range(k, min(k + 5, n)):
        tok = tokens[t]
        w = tok.lower
        if _modifier_at(tokens, t, k):
            continue
        if one and _past_verb(tok):
            found = _before_past_verb(tokens, first, t)
            if found != _MODIFIER:
                return found
        if not _may_head(tok):
            break
        if is_plural_noun(w):
            found = _plural_head(tokens, first, t, one and not partitive)
            if found == _MODIFIER:
                continue
            return found
        if one and not counts_part and (t + 1 >= n or not is_wordlike(tokens[t + 1])
                                        or tokens[t + 1].lower in NP_STOP):
            return first, t, t + 1  # not "one of the richest": a partitive counts a plural
        if one and w.endswith(("ed", "ly", "ing")):
            if not w.endswith("eed") and t + 1 < n and is_common_noun(tokens[t + 1]):
                continue  # "one wounded soldier": an adjective before the noun
            break  # "one killed": a verb, not a counted noun
        if mass and is_common_noun(tok) and not _singular_noun_at(tokens, t + 1):
            return first, t, t + 1  # "a third of the population"
    return None


#: What ``_plural_head`` returns for a plural that modifies the head after it.
_MODIFIER: Final = (-1, -1, -1)  # compared with ==: a compiled build does not keep tuple identity


def _plural_head(tokens: list[Token], first: int, t: int,
                 one: bool) -> tuple[int, int, int] | None:
    """The phrase a plural-looking word at ``t`` ends, ``None`` for none, or ``_MODIFIER``
    when it modifies the noun after it ("two Homs villages", "one police officer").
    ``one``: the count is a singular "one" (not a partitive)."""
    w = tokens[t].lower
    if _plural_modifier(tokens, t):
        return _MODIFIER  # a capitalised name in -s ("two Homs villages") before the head
    if one and w.endswith("s") and w not in SINGULARS_IN_S:
        if _modifies_next(tokens, first, t):
            return _MODIFIER  # "one data point", "one Sanders supporter"
        if lower_at(tokens, t + 1) not in AUXILIARIES:  # not "one soldiers were"
            return _singular_before_verb(tokens, first, t)
    if one and t == first and _singular_noun_at(tokens, t + 1):
        return _MODIFIER  # "one police officer": a plural without -s modifies the noun
    return first, t, t + 1


def _before_past_verb(tokens: list[Token], first: int,
                      t: int) -> tuple[int, int, int] | None:
    """After "one", the phrase a verb in -ed at ``t`` ends: the noun before it ("one person
    | died"), none ("one | died"), or ``_MODIFIER`` for an adjective ("one wounded soldier")."""
    if t > first and _singular_noun_at(tokens, t - 1) and tokens[t - 1].lower not in NP_MODIFIERS:
        return first, t - 1, t
    return _MODIFIER if t + 1 < len(tokens) and is_common_noun(tokens[t + 1]) else None


def _past_verb(tok: Token) -> bool:
    """"one person | died": after "one", a lower-case word in -ed is a verb (the clause's, or
    a participle after the head), not the counted noun ("one bed", "one seed" are nouns)."""
    w = tok.lower
    return tok.text == w and w.endswith("ed") and len(w) > 3 and not w.endswith("eed")


def _phrase_start(tokens: list[Token], j: int) -> tuple[int, bool]:
    """Where the counted phrase after a number starts, past "of", a determiner and a
    partitive's whole ("of the 350"), and whether it is a partitive."""
    n, k = len(tokens), j
    partitive = k < n and tokens[k].lower == "of" and k + 1 < n
    if partitive:
        k += 1
    if k < n and tokens[k].lower in NP_DETERMINERS:
        k += 1
    if partitive:
        k = _past_whole_figure(tokens, k)
    return k, partitive


def _singular_before_verb(tokens: list[Token], first: int,
                          t: int) -> tuple[int, int, int] | None:
    """After "one" a word in -s is a verb, not the head: in "one horse cheats" the head is
    "horse"; "one needs to" counts nothing."""
    before = tokens[t - 1] if t > first else None
    if before is not None and is_common_noun(before) and not is_plural_noun(before.lower) \
            and not before.lower.endswith("'s"):
        return first, t - 1, t
    return None


def _modifies_next(tokens: list[Token], first: int, t: int) -> bool:
    """A word in -s before a singular noun modifies it: a name ("one Sanders supporter") or,
    right after the number, a noun ("one data point", "one savings plan")."""
    return tokens[t].text[:1].isupper() or (t == first and _singular_noun_at(tokens, t + 1))


def _past_whole_figure(tokens: list[Token], k: int) -> int:
    """Past the figure of a partitive's whole and a cue before it ("187 of the 350 seats",
    "one of the roughly 100 stations"), or ``k`` when none is there."""
    n = len(tokens)
    cue = APPROX_MATCHER.at(tokens, k) or BOUND_MATCHER.at(tokens, k)
    if cue is not None and k + len(cue) < n and tokens[k + len(cue)].text[:1].isdecimal():
        k += len(cue)
    if k + 1 < n and tokens[k].text[:1].isdecimal() and not tokens[k].junk:
        k += 1
    return k


def _modifier_at(tokens: list[Token], t: int, k: int) -> bool:
    """A word read through before the head of a counted phrase: "eight other employees",
    "460 Kia and Hyundai vehicles", "31 A320neo jets", "12 Boeing 777 aircraft", "2.7m
    digital and physical sales", "the nation's immigrants"."""
    tok, last = tokens[t], t + 1 >= len(tokens)
    if tok.lower in NP_MODIFIERS or (tok.lower.endswith("'s") and _may_head(tok)):
        return not last
    return _joins_names(tokens, t, k) or _model_name(tokens, t, k) \
        or _joins_modifiers(tokens, t, k) or _in_variant(tokens, t)


def _model_name(tokens: list[Token], t: int, k: int) -> bool:
    """A model code or number inside a counted phrase: "31 A320neo jets", "12 Boeing 777
    aircraft" (a figure right after a capitalised name)."""
    tok = tokens[t]
    if t + 1 >= len(tokens):
        return False
    if tok.junk:  # "A320neo", "F-35A"
        t_ = tok.text
        return t_[:1].isupper() and any(c.isdecimal() for c in t_) and any(c.isalpha() for c in t_)
    return (tok.text.isdecimal() and t > k and tokens[t - 1].text[:1].isupper()
            and is_wordlike(tokens[t - 1]) and is_wordlike(tokens[t + 1]))


def _in_variant(tokens: list[Token], t: int) -> bool:
    """A word of a model and its variant before the head: "40 787-9 jets", "12 747-400
    freighters" (see ``falling_pair``)."""
    for a in (t, t - 1, t - 2):  # the token is the model, the hyphen or the variant
        if falling_pair(tokens, a):
            return a + 3 < len(tokens) and is_wordlike(tokens[a + 3])
    return False


def falling_pair(tokens: list[Token], a: int) -> bool:
    """"787-9", "216-146": tokens ``a`` to ``a + 2`` are a figure of three or more digits, a
    hyphen and a smaller figure, all glued (a model and its variant, or a tally: a range
    never falls)."""
    if a < 0 or a + 2 >= len(tokens):
        return False
    first, dash, second = tokens[a], tokens[a + 1], tokens[a + 2]
    return (dash.text == "-" and dash.glued and second.glued and first.text.isdecimal()
            and second.text.isdecimal() and len(first.text) >= 3
            and int(second.text) < int(first.text))


def _joins_modifiers(tokens: list[Token], t: int, k: int) -> bool:
    """"digital and physical sales": "and" or "or" between two modifiers before the head."""
    if tokens[t].lower not in ("and", "or") or t <= k or t + 2 >= len(tokens):
        return False
    before, after = tokens[t - 1], tokens[t + 1]
    return (is_common_noun(before) and not is_plural_noun(before.lower)
            and is_common_noun(after) and not is_plural_noun(after.lower))


def _singular_noun_at(tokens: list[Token], t: int) -> bool:
    return t < len(tokens) and is_common_noun(tokens[t]) and not is_plural_noun(tokens[t].lower)


def _joins_names(tokens: list[Token], t: int, k: int) -> bool:
    """"Kia and Hyundai": "and" between two capitals before the head."""
    return (tokens[t].lower in NAME_JOINERS and t > k and tokens[t - 1].text[:1].isupper()
            and t + 1 < len(tokens) and tokens[t + 1].text[:1].isupper())


#: Words that open a vague plural ("dozens", "hundreds of"): a number, never a head.
_VAGUE_WORDS: Final = frozenset(words[0] for words in VAGUE_PLURALS)


def _may_head(tok: Token) -> bool:
    """A word that can be (or come before) the head of a counted phrase: not a function word,
    a number word, a month or a time word."""
    w = tok.lower
    acronym = len(tok.text) > 1 and tok.text.isupper()  # "US", not "us"
    if not is_wordlike(tok) or (w in NP_STOP and not acronym) or w in UNITS or w in TENS \
            or w in SCALES or w in _VAGUE_WORDS:
        return False
    return not (w in MONTHS and tok.text[:1].isupper()) and w not in NOT_COUNT_HEAD


def _plural_modifier(tokens: list[Token], t: int) -> bool:
    """A capitalised plural before another plural modifies it ("Homs villages")."""
    if not (tokens[t].text[:1].isupper() and t + 1 < len(tokens)
            and is_wordlike(tokens[t + 1])):
        return False
    w2 = tokens[t + 1].lower
    return w2 not in NP_STOP and is_plural_noun(w2)


def noun_run_end(tokens: list[Token], k: int, limit: int = 4) -> int:
    """One past the last of up to ``limit`` common nouns from ``k``; a plural ends the run."""
    e = k
    while e < len(tokens) and e - k < limit and is_common_noun(tokens[e]):
        e += 1
        if e - 1 > k and is_plural_noun(tokens[e - 1].lower):
            break
    return e


def followed_by_measure(tokens: list[Token], j: int) -> bool:
    """True when a unit, percent sign or counted noun phrase follows position ``j``."""
    if unit_at(tokens, j, currency=False) is not None:
        return True
    return counted_noun(tokens, j, one=False) is not None
