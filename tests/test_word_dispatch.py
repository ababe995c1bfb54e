"""Rule tables that ask only the rules that can act on a word (``tokens.WordDispatch``): the
noun-phrase walks (``LEFT_STEP_WORDS``, ``RIGHT_STEP_WORDS``), the frame shapes
(``FRAME_SHAPE_WORDS``), the verb shapes (``VERB_SHAPE_WORDS``) and the resolver steps (by
the class of mention, ``RESOLVER_STEP_KINDS``) read exactly what they read when every rule
of the table is asked.  The phrasings are the rows of test_rules for those tables and a few
written here."""

from __future__ import annotations

from typing import Any

import pytest

import attribquant
from attribquant import attribution, mentions, names, resolver
from attribquant.text import paragraphs, sentences
from attribquant.tokens import SentenceTokens, WordDispatch, tokenize

from .test_rules import (
    FRAME_SHAPE_ROWS,
    LEFT_STEP_ROWS,
    RESOLVER_STEP_ROWS,
    RIGHT_STEP_ROWS,
    ROLE_RULE_ROWS,
    VERB_SHAPE_ROWS,
)

EXTRA = [
    "Economists polled by Reuters last week said prices were loyal to no trend.",
    "Officials there and those familiar with the talks said most of them agreed.",
    "Ana M. Ortiz Jr., citing the ministry, said the Bank of England and IMF erred.",
    "Four in 10 voters, nine out of 10 donors and 42% of members say the rally failed.",
    "A study by the Council on Monday, quoting J. Roe, reported that 30 per cent fell.",
    "Said Tomas K. Berg (TKB) of Ohio: \"We won't.\" The group's head privately noted it.",
    "While the envoy to the UN and Smith & Jones said so, the report in 2019 showed otherwise.",
    "Asked by reporters, the mayor, saying little, declined to comment, adding that 12 left.",
    "\"We estimate 40 more,\" said Roe, whose claims were reported by the Post, warning of cuts.",
]
TEXTS = sorted({row.text for row in (*LEFT_STEP_ROWS, *RIGHT_STEP_ROWS, *FRAME_SHAPE_ROWS,
                                      *VERB_SHAPE_ROWS)} | set(EXTRA))


def _every_rule(module: object, table: str) -> WordDispatch[object]:
    return WordDispatch(lambda: getattr(module, table), {})


@pytest.mark.parametrize(("module", "table", "words"), [
    (mentions, "LEFT_NP_STEPS", mentions.LEFT_STEP_WORDS),
    (mentions, "RIGHT_NP_STEPS", mentions.RIGHT_STEP_WORDS),
    (attribution, "VERB_SHAPES", attribution.VERB_SHAPE_WORDS),
    (attribution, "FRAME_SHAPES", attribution.FRAME_SHAPE_WORDS),
    (resolver, "RESOLVER_STEPS", resolver.RESOLVER_STEP_KINDS),
])
def test_rule_words_name_rules(module: object, table: str,
                               words: dict[str, frozenset[str]]) -> None:
    names = {name for name, _ in getattr(module, table)}
    assert set(words) <= names, f"a word-keyed rule is not in {table}"
    assert all(w == w.lower() for ws in words.values() for w in ws)


def _walks(toks: list[attribution.Token]) -> tuple[list[object], list[object]]:
    spots = range(len(toks) + 1)
    return ([mentions.left_np(toks, j) for j in spots],
            [mentions.right_np(toks, i, lowercase=low, subject=subj)
             for i in spots for low in (True, False) for subj in (True, False)])


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_word_keyed_tables_read_as_full_tables(text: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    toks = tokenize(text, 0, len(text))
    paras = paragraphs(text)
    keyed = (_walks(toks), attribution.find_frames(text, sentences(text, paras), paras))
    monkeypatch.setattr(mentions, "_LEFT_DISPATCH", _every_rule(mentions, "LEFT_NP_STEPS"))
    monkeypatch.setattr(mentions, "_RIGHT_DISPATCH", _every_rule(mentions, "RIGHT_NP_STEPS"))
    monkeypatch.setattr(attribution, "_VERB_DISPATCH", _every_rule(attribution, "VERB_SHAPES"))
    monkeypatch.setattr(attribution, "_FRAME_DISPATCH", _every_rule(attribution, "FRAME_SHAPES"))
    full = (_walks(toks), attribution.find_frames(text, sentences(text, paras), paras))
    assert keyed == full


ROLE_TEXTS = sorted({row.text for row in ROLE_RULE_ROWS} | set(EXTRA) | {
    "Her husband, Leo Roe, and the mayor of Tula, Ana Lima, met the Roe Express crew.",
    "Florida Sen. Jo Roe, R-Fla., and Reuters news agency staff toured the Jo Roe hall.",
    "A spokesman for the firm, Jane Roe, said the oil giant Orvex, a Democrat group, won.",
})


def _scanned(text: str) -> list[str]:
    paras = paragraphs(text)
    return [repr(nm) for nm in names.scan_names(text, sentences(text, paras), [],
                                                SentenceTokens(text))]


def test_role_words_name_rules() -> None:
    table = {name for name, _ in names.ROLE_RULES}
    assert set(names.ROLE_BEFORE_WORDS) <= table and set(names.ROLE_AFTER_WORDS) <= table
    assert not set(names.ROLE_BEFORE_WORDS) & set(names.ROLE_AFTER_WORDS)
    assert all("" not in ws and all(w == w.lower() for w in ws)
               for ws in (*names.ROLE_BEFORE_WORDS.values(), *names.ROLE_AFTER_WORDS.values()))


@pytest.mark.parametrize("text", ROLE_TEXTS, ids=[t[:40] for t in ROLE_TEXTS])
def test_role_rules_by_word_read_as_the_full_table(text: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    keyed = _scanned(text)
    monkeypatch.setattr(names, "ROLE_BEFORE_WORDS", {})
    monkeypatch.setattr(names, "ROLE_AFTER_WORDS", {})
    monkeypatch.setattr(names, "_ROLE_DISPATCH", names._RoleDispatch())
    assert keyed == _scanned(text)


MENTION_CLASSES = frozenset({"pronoun", "determiner", "other"})
RESOLVER_TEXTS = sorted({row.text for row in RESOLVER_STEP_ROWS} | set(EXTRA) | {
    "Her sister said 40 were hurt. His report said 12 left. Hers said 9 did.",
    "\"The 47-year-old and the mayor,\" it said, \"left.\" Analysts at Vale Bank said 3 did.",
    "THE MINISTRY said 40 ships waited. An audit by the Tula Herald found 12 more, it said.",
})


@pytest.mark.parametrize(("cls", "words"), [
    ("pronoun", ["he"]), ("pronoun", ["them"]), ("pronoun", ["herself"]), ("pronoun", ["It"]),
    ("determiner", ["the", "spokesman"]), ("determiner", ["Her", "sister"]),
    ("determiner", ['"', "The", "mayor"]), ("determiner", ["an", "audit"]),
    ("other", ["Jo", "Roe"]), ("other", ["officials"]), ("determiner", ["its"]),
    ("other", ["he", "and", "Roe"]),
])
def test_mention_class(cls: str, words: list[str]) -> None:
    text = " ".join(words)
    assert resolver._mention_class(tokenize(text, 0, len(text))) == cls


def test_resolver_step_kinds_are_mention_classes() -> None:
    assert all(kinds and kinds <= MENTION_CLASSES
               for kinds in resolver.RESOLVER_STEP_KINDS.values())


@pytest.mark.parametrize("text", RESOLVER_TEXTS, ids=[t[:40] for t in RESOLVER_TEXTS])
def test_resolver_steps_by_class_read_as_the_full_table(text: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step declines every mention of a class it is not listed for, and asking only
    the listed steps resolves every speaker as asking them all does."""
    keyed = attribquant.extract(text)
    kinds = resolver.RESOLVER_STEP_KINDS
    declined: list[tuple[str, str]] = []

    def checked(name: str, step: Any) -> Any:
        def run(doc: Any, m: Any) -> Any:
            found = step(doc, m)
            if found is not None and name in kinds \
                    and resolver._mention_class(m.toks) not in kinds[name]:
                declined.append((name, m.surface))
            return found
        return run

    steps = tuple((name, checked(name, step)) for name, step in resolver.RESOLVER_STEPS)
    monkeypatch.setattr(resolver, "RESOLVER_STEPS", steps)
    monkeypatch.setattr(resolver, "_STEP_DISPATCH", _every_rule(resolver, "RESOLVER_STEPS"))
    assert attribquant.extract(text) == keyed
    assert not declined, f"steps acted on a mention of a class they are not listed for: {declined}"


def test_name_readings_kept_across_texts_read_as_fresh() -> None:
    """A name's reading is kept for later texts (``names._READINGS``): a text read after
    others gives the names it gives alone, and a store over its limit is cleared."""
    first = [_scanned(text) for text in ROLE_TEXTS]
    for text, alone in zip(reversed(ROLE_TEXTS), reversed(first), strict=True):
        assert _scanned(text) == alone
    names._READINGS.clear()
    assert [_scanned(text) for text in ROLE_TEXTS] == first
    stale = {((f"Word{k}",), frozenset[str]()): names._READINGS[next(iter(names._READINGS))]
             for k in range(names.READINGS_LIMIT + 1)}
    names._READINGS.update(stale)
    _scanned(ROLE_TEXTS[0])
    assert len(names._READINGS) < len(stale) and ("Word0",) not in {k[0] for k in names._READINGS}
