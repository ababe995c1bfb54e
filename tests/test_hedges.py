"""Modal, evidential and disputed hedges around a quantity (hand-written sentences)."""

from __future__ import annotations

import pytest

import attribquant
from attribquant.hedges import CUE_RULES

from .source import docstring_of

CONTEXT_KINDS = ("modal", "evidential", "disputed")


def hedges(raw: str, number: str) -> list[tuple[str, str]]:
    """Modal, evidential and disputed hedges of the quantity holding ``number``."""
    start = raw.index(number)
    (q,) = [q for q in attribquant.extract(raw).quantities if q.start <= start < q.end]
    return [(h.cue, h.kind) for h in q.hedges if h.kind in CONTEXT_KINDS]


CASES = [
    # modal in the clause of the number
    (("The charity warned that another 200,000 people, mostly children, could be forced to "
     "flee if the fighting continues."), "200,000", [("could", "modal")]),
    ("Prices may rise by 4 percent next year.", "4 percent", [("may", "modal")]),
    ("The strike would cost the firm 2 million dollars.", "2 million", [("would", "modal")]),
    ("The toll is likely to exceed 100.", "100", [("likely", "modal")]),
    # a modal in another clause does not count
    ("The firm may cut 500 jobs; it will also sell 3 plants.", "3", []),
    ("The bridge carried 900 cars an hour, but it could close soon.", "900", []),
    # evidential
    ("Rebels reportedly seized 12 villages.", "12", [("reportedly", "evidential")]),
    ("The gang allegedly stole 40 cars.", "40", [("allegedly", "evidential")]),
    ("Up to 70 people were said to be trapped.", "70", [("said to", "evidential")]),
    ("The group claimed that 300 fighters had joined.", "300", [("claimed", "evidential")]),
    ("Some 60 people died, according to unconfirmed reports.", "60",
     [("unconfirmed reports", "evidential")]),
    # disputed, same sentence
    (("Dozens of guards were hurt in the clash, though that count was disputed by a militia "
     "leader."), "Dozens", [("disputed", "disputed")]),
    ("The army denied that 25 civilians were killed.", "25", [("denied", "disputed")]),
    # disputed, next sentence about the same claim
    ("The army said 50 militants were killed. A rebel commander disputed the figure.", "50",
     [("disputed", "disputed")]),
    ("Police said 2,000 people marched. Organisers rejected that count.", "2,000",
     [("rejected", "disputed")]),
    # next sentence about something else, or negated
    ("The army said 50 militants were killed. The weather was fine and nobody denied it.",
     "50", []),
    ("The club sold 800 tickets. Nobody disputed the ruling on the pitch.", "800", []),
    ("The report counted 16 deaths, a figure that is not disputed.", "16", []),
    # no hedge at all
    ("The plant employs 1,200 workers.", "1,200", []),
    # of each kind, the nearest cue (the one before the number first)
    ("The deal could cost $5bn and might lead to 300 job cuts.", "$5bn", [("could", "modal")]),
    ("The deal could cost $5bn and might lead to 300 job cuts.", "300", [("might", "modal")]),
    ("Rebels reportedly seized 12 villages and allegedly burned 4 of them.", "4",
     [("allegedly", "evidential")]),
]


@pytest.mark.parametrize(("raw", "number", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_hedges(raw: str, number: str, expected: list[tuple[str, str]]) -> None:
    assert hedges(raw, number) == expected


def test_kinds_are_exact() -> None:
    got = hedges("Officials said 10 people might have been hurt, reportedly.", "10")
    assert {k for _, k in got} <= {"modal", "evidential", "disputed"}


def test_every_cue_rule_is_named_and_documented() -> None:
    for name, rule in CUE_RULES:
        assert rule.__name__ == f"_{name}"
        assert '"' in docstring_of(rule), name  # one example phrase
