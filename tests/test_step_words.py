"""The noun-phrase walks try only the steps that can act on a word (``LEFT_STEP_WORDS``,
``RIGHT_STEP_WORDS``): at every token of every phrasing, that walk ends where the walk
through every step of the table ends.  The phrasings are the step rows of test_rules and a
few written here for the word-keyed steps."""

from __future__ import annotations

import pytest

from attribquant import mentions
from attribquant.tokens import tokenize

from .test_rules import LEFT_STEP_ROWS, RIGHT_STEP_ROWS

EXTRA = [
    "Economists polled by Reuters last week said prices were loyal to no trend.",
    "Officials there and those familiar with the talks said most of them agreed.",
    "Ana M. Ortiz Jr., citing the ministry, said the Bank of England and IMF erred.",
    "Four in 10 voters, nine out of 10 donors and 42% of members say the rally failed.",
    "A study by the Council on Monday, quoting J. Roe, reported that 30 per cent fell.",
    "Said Tomas K. Berg (TKB) of Ohio: \"We won't.\" The group's head privately noted it.",
    "While the envoy to the UN and Smith & Jones said so, the report in 2019 showed otherwise.",
]
TEXTS = sorted({row.text for row in (*LEFT_STEP_ROWS, *RIGHT_STEP_ROWS)} | set(EXTRA))


def _every_step(table: str) -> mentions._StepDispatch[object]:
    return mentions._StepDispatch(lambda: getattr(mentions, table), {})


def test_step_words_name_steps() -> None:
    for table, words in (("LEFT_NP_STEPS", mentions.LEFT_STEP_WORDS),
                         ("RIGHT_NP_STEPS", mentions.RIGHT_STEP_WORDS)):
        names = {name for name, _ in getattr(mentions, table)}
        assert set(words) <= names, f"a word-keyed step of {table} is not in it"
        assert all(w == w.lower() for ws in words.values() for w in ws)


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_word_keyed_walks_end_where_full_walks_end(text: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    toks = tokenize(text, 0, len(text))
    spots = range(len(toks) + 1)
    keyed = ([mentions.left_np(toks, j) for j in spots],
             [mentions.right_np(toks, i, lowercase=low, subject=subj)
              for i in spots for low in (True, False) for subj in (True, False)])
    monkeypatch.setattr(mentions, "_LEFT_DISPATCH", _every_step("LEFT_NP_STEPS"))
    monkeypatch.setattr(mentions, "_RIGHT_DISPATCH", _every_step("RIGHT_NP_STEPS"))
    full = ([mentions.left_np(toks, j) for j in spots],
            [mentions.right_np(toks, i, lowercase=low, subject=subj)
             for i in spots for low in (True, False) for subj in (True, False)])
    assert keyed == full
