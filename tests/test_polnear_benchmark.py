"""The PolNeAR benchmark's scoring helpers (benchmarks/polnear.py), on hand-written fixtures.

The phrasings are made up for these tests; the corpus itself is read only by the tests at the end,
which skip when ../shared is absent.
"""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import polnear
from polnear import GoldRelation, PolArticle, Pred

# --------------------------------------------------------------------------- in scope

IN_SCOPE = [
    ("said", True),
    ("told reporters", True),
    ("said in a statement", True),
    ("has argued", True),
    ("according to", True),
    ("denied", True),
    ("admitted", True),
    ("replies", True),
    ("tweeted", True),
    ("believes", True),
    ("thought", True),
    ("a new survey", True),
    ("pointed out", True),
    ("called for", True),
    ("calls on", True),
    (":", True),
    (" \u2014 ", True),
    ("--", True),
    ("said:", True),
    # actions, attitudes, labelling, perception: out of scope
    ("called", False),
    ("endorsed", False),
    ("voted for", False),
    ("wants", False),
    ("hopes", False),
    ("is frustrated", False),
    ("declined to comment", False),
    ("refused to say", False),
    ("sees", False),
    ("in", False),
    ("", False),
    (";", False),
]


@pytest.mark.parametrize(("cue", "expected"), IN_SCOPE)
def test_in_scope(cue: str, expected: bool) -> None:
    assert polnear.in_scope(cue) is expected


VERB_FORMS = [
    ("deny", {"deny", "denies", "denied", "denying"}),
    ("admit", {"admit", "admits", "admitted", "admitting"}),
    ("argue", {"argue", "argues", "argued", "arguing"}),
    ("stress", {"stress", "stresses", "stressed", "stressing"}),
    ("say", {"say", "says", "said", "saying"}),
    ("vow", {"vow", "vows", "vowed", "vowing"}),
]


@pytest.mark.parametrize(("lemma", "forms"), VERB_FORMS)
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    assert polnear.verb_forms(lemma) == forms


HOLDS_NUMBER = [
    ("the deficit rose 4 percent last year", True),
    ("three times as many voters", True),
    ("twenty-five delegates", True),
    ("Hundreds of supporters", True),
    ("in 2014 the mayor resigned", True),
    ("no one came to the rally", False),
    ("on behalf of the committee", False),
    ("the plan is a disaster", False),
]


@pytest.mark.parametrize(("text", "expected"), HOLDS_NUMBER)
def test_holds_number(text: str, expected: bool) -> None:
    assert polnear.holds_number(text) is expected


# --------------------------------------------------------------------------- spans

TEXT = "Mr. Okafor, 61, said the ministry, which he leads, would hire 40 more people."
#       0         1         2         3         4         5         6         7


def span(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return i, i + len(sub)


def test_overlap_needs_a_letter_or_digit() -> None:
    assert polnear.overlap(TEXT, span("Mr. Okafor,"), span(", 61")) == 0  # only ", " shared
    assert polnear.overlap(TEXT, span("Mr. Okafor"), span("Okafor, 61")) == 6
    assert polnear.overlap(TEXT, span("Mr."), span("said")) == 0
    assert polnear.overlap(TEXT, None, span("said")) == 0


def test_exact_source_trims_punctuation_and_a_determiner() -> None:
    gold = (span("the ministry,"),)
    assert polnear.exact_source(TEXT, span("ministry"), gold)
    assert polnear.exact_source(TEXT, span("the ministry"), gold)
    assert not polnear.exact_source(TEXT, span("the ministry, which he leads"), gold)
    # a discontinuous source matches its hull or one of its pieces
    pieces = (span("Mr. Okafor"), span("61"))
    assert polnear.exact_source(TEXT, span("Mr. Okafor, 61"), pieces)
    assert polnear.exact_source(TEXT, span("Mr. Okafor"), pieces)


NESTED = [
    # (cue, speaker, content pieces of one relation, expected)
    ("leads", "he", [("the ministry, which he leads, would hire 40 more people",)], True),
    ("leads", None, [("the ministry, which he leads, would hire 40 more people",)], True),
    ("leads", "Mr. Okafor", [("the ministry, which he leads, would hire 40 more people",)], False),
    ("said", "Mr. Okafor", [("the ministry, which he leads, would hire 40 more people",)], False),
    # speaker and cue in two pieces of the same relation's content
    ("leads", "he", [("the ministry, which he", "leads, would hire")], True),
    # ... but not in the contents of two different relations
    ("leads", "he", [("the ministry, which he",), ("leads, would hire",)], False),
]


@pytest.mark.parametrize(("cue", "speaker", "contents", "expected"), NESTED)
def test_nested_in_content(cue: str, speaker: str | None, contents: list[tuple[str, ...]],
                           expected: bool) -> None:
    content_spans = [[span(piece) for piece in rel] for rel in contents]
    got = polnear.nested_in_content(span(cue), span(speaker) if speaker else None, content_spans)
    assert got is expected


def test_greedy_takes_the_best_pair_first() -> None:
    keys = {(0, 0): (1,), (0, 1): (5,), (1, 1): (3,)}
    assert polnear.greedy(2, 2, lambda i, j: keys.get((i, j))) == [(0, 1)]
    keys[(1, 0)] = (2,)
    assert sorted(polnear.greedy(2, 2, lambda i, j: keys.get((i, j)))) == [(0, 1), (1, 0)]


# --------------------------------------------------------------------------- frame scoring

DOC = (
    'The council said the bridge would cost $40 million. '
    'Ms. Varga wants a new vote and said the plan was rushed. '
    '"We think it is fine," the mayor said. '
    'Battleground states matter.'
)


def dspan(sub: str, start: int = 0) -> tuple[int, int]:
    i = DOC.index(sub, start)
    return i, i + len(sub)


def rel(rid: str, source: str | None, cue: str, content: str, cue_at: int = 0) -> GoldRelation:
    content_span = dspan(content)
    return GoldRelation(
        rid=rid,
        source=(dspan(source),) if source else (),
        cue=(dspan(cue, cue_at),),
        content=(content_span,),
        cue_text=cue,
        in_scope=polnear.in_scope(cue),
        numeric=polnear.holds_number(content),
    )


def pred(speaker: str | None, cue: str, content: str | None, cue_at: int = 0,
         name: str | None = None, resolved: bool = True) -> Pred:
    content_span = dspan(content) if content else None
    return Pred(
        speaker=dspan(speaker) if speaker else None,
        cue=dspan(cue, cue_at),
        content=content_span,
        mention=speaker or "",
        name=name or speaker or "",
        resolved=resolved,
        cue_text=cue,
        numeric=bool(content) and polnear.holds_number(content or ""),
    )


GOLD = (
    rel("E1", "The council", "said", "the bridge would cost $40 million"),
    rel("E2", "Ms. Varga", "wants", "a new vote"),  # out of scope, shares its source with E3
    rel("E3", "Ms. Varga", "said", "the plan was rushed", cue_at=60),
    rel("E4", "the mayor", "said", '"We think it is fine,"', cue_at=100),
)
ARTICLE = PolArticle("dev", "fixture", DOC, GOLD)


def score(preds: list[Pred]) -> dict[str, polnear.MetricResult]:
    keys = polnear.metric_keys(DOC, preds, GOLD)
    return {m: polnear.score_metric(ARTICLE, preds, m, keys) for m in polnear.METRICS}


def test_all_found() -> None:
    preds = [
        pred("The council", "said", "the bridge would cost $40 million"),
        pred("Ms. Varga", "said", "the plan was rushed", cue_at=60),
        pred("the mayor", "said", '"We think it is fine,"', cue_at=100),
    ]
    res = score(preds)
    for m in polnear.METRICS:
        c = res[m].counts["all"]
        assert (c.tp, c.fp, c.fn) == (3, 0, 0), m
    number = res["source_overlap"].counts["number"]
    assert (number.tp, number.fp, number.fn) == (1, 0, 0)


def test_shared_source_pairs_the_relation_whose_cue_was_found() -> None:
    # the frame found "said"; its speaker also overlaps the out-of-scope "wants" relation
    res = score([pred("Ms. Varga", "said", "the plan was rushed", cue_at=60)])
    assert res["source_overlap"].pairs == [(0, 2)]


def test_out_of_scope_and_nested_predictions_are_not_false_positives() -> None:
    preds = [
        pred("Ms. Varga", "wants", "a new vote"),  # pairs with the out-of-scope E2
        pred("We", "think", "it is fine"),  # inside E4's content
    ]
    for metric in ("cue", "frame"):
        res = score(preds)[metric]
        assert (res.out_of_scope, res.nested, res.fp) == (1, 1, []), metric
        assert res.counts["all"].fn == 3
    # source overlap alone pairs the "wants" frame with Ms. Varga's in-scope "said"
    assert score(preds)["source_overlap"].pairs == [(0, 2)]


def test_false_positives_and_misses() -> None:
    preds = [
        pred("Battleground", "states", "matter"),  # a noun read as a verb
        pred("the plan", "said", "the plan was rushed", cue_at=60),  # wrong source
    ]
    res = score(preds)
    src = res["source_overlap"]
    assert src.fp == [0, 1] and src.counts["all"].fn == 3
    cue = res["cue"]
    assert (cue.counts["all"].tp, cue.fp) == (1, [0])
    exact = res["source_exact"]
    assert exact.counts["all"].tp == 0


def test_exact_needs_the_whole_source() -> None:
    res = score([pred("The council said the bridge", "said", None)])
    assert res["source_overlap"].counts["all"].tp == 1
    assert res["source_exact"].counts["all"].tp == 0
    for speaker in ("The council", "council"):  # a leading determiner is trimmed
        res = score([pred(speaker, "said", None)])
        assert res["source_exact"].counts["all"].tp == 1


def test_number_subset_counts_false_positives_by_predicted_content() -> None:
    preds = [pred("Battleground", "states", "matter"),
             pred("Ms. Varga", "wants", "the bridge would cost $40 million")]
    res = score(preds)["source_overlap"].counts["number"]
    # E1 (the only gold with a number) is missed; the noun-as-verb frame's content has no number
    assert (res.tp, res.fp, res.fn) == (0, 0, 1)


def test_relation_without_source() -> None:
    gold = (GoldRelation("E9", (), (dspan("said"),), (dspan("the bridge would cost"),), "said",
                         True, False),)
    article = PolArticle("dev", "x", DOC, gold)
    preds = [pred("The council", "said", "the bridge would cost $40 million")]
    keys = polnear.metric_keys(DOC, preds, gold)
    cue = polnear.score_metric(article, preds, "cue", keys)
    src = polnear.score_metric(article, preds, "source_overlap", keys)
    assert cue.counts["all"].tp == 1
    # no gold source to score against: neither found nor a false positive
    assert (src.counts["all"].tp, src.counts["all"].fn, src.out_of_scope, src.fp) == (0, 0, 1, [])


# --------------------------------------------------------------------------- reading .ann files

ANN = (
    "T1\tSource 0 11\tThe council\n"
    "T2\tCue 12 16\tsaid\n"
    "T3\tContent 17 50\tthe bridge would cost $40 million\n"
    "T4\tAttribution 12 16\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 52 61;62 82\tMs. Varga wants a new vote\n"
    "continuation line of a span that holds a newline\n"
    "T6\tAttribution-no-source 83 87\tsaid\n"
    "E2\tAttribution-no-source:T6 Content:T5\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)


def test_read_ann(tmp_path: Path) -> None:
    path = tmp_path / "x.ann"
    path.write_text(ANN, encoding="utf-8")
    spans, rels = polnear.read_ann(path, DOC)
    assert spans["T5"] == ("Content", [(52, 61), (62, 82)])
    gold = polnear.build_relations(DOC, spans, rels)
    assert [g.rid for g in gold] == ["E1", "E2"]
    assert gold[0].in_scope and gold[0].numeric and gold[0].source == ((0, 11),)
    # no Cue role: the anchor's span stands for the cue; no Source role: no source
    assert gold[1].cue == ((83, 87),) and gold[1].cue_text == "said" and gold[1].source == ()
    assert gold[1].content == ((52, 61), (62, 82))


# --------------------------------------------------------------------------- names

STRICT = [
    ("Ana M. Ortiz", ["Ana Ortiz"], True),
    ("Ana Ortiz", ["Ana M. Ortiz"], True),
    ("the Ortiz campaign", ["Ortiz campaign"], True),
    ("Ana Ortiz\u2019s campaign", ["Ortiz campaign", "Ana Ortiz campaign"], True),
    ("Harbor Gazette", ["The Harbor Gazette"], True),
    ("U.S. Chamber of Commerce", ["US Chamber of Commerce"], False),
    ("Ortiz", ["Ana Ortiz"], False),
    ("President Berg", ["Tomas Berg"], False),
    ("Luis Ortiz", ["Ana Ortiz"], False),
    ("she", ["Ana Ortiz"], False),
    ("", ["Ana Ortiz"], False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), STRICT)
def test_names_match_strict(predicted: str, gold: list[str], expected: bool) -> None:
    assert polnear.names_match_strict(predicted, gold) is expected


LENIENT_TEXT = "Sen. Rosa Delgado spoke first. Later Tom Delgado, her cousin, said nothing."
LENIENT = [
    ("Berg", ["President Berg"], "", True),
    ("Ohio Gov. Lena Fisk", ["Lena Fisk"], "", True),
    ("Ana Ortiz", ["Ana Lucia Ortiz"], "", True),
    ("Luis Ortiz", ["Ana Ortiz"], "", False),
    ("Ana", ["Ana Ortiz"], "", False),
    ("campaign", ["Ortiz campaign"], "", False),  # an unresolved common noun
    ("fund", ["International Monetary Fund"], "", False),
    ("Delgado", ["Rosa Delgado"], "", True),
    ("Delgado", ["Rosa Delgado"], LENIENT_TEXT, False),  # Tom Delgado is named too
    ("Rosa Delgado", ["Sen. Rosa Delgado"], LENIENT_TEXT, True),
]


@pytest.mark.parametrize(("predicted", "gold", "text", "expected"), LENIENT)
def test_names_match_lenient(predicted: str, gold: list[str], text: str, expected: bool) -> None:
    assert polnear.names_match_lenient(predicted, gold, text) is expected


def test_docstring_examples() -> None:
    result = doctest.testmod(polnear)
    assert result.attempted > 0 and result.failed == 0


def test_other_bearer_ignores_titles_and_sentence_starts() -> None:
    text = "Sen. Delgado spoke. Delgado left. But Delgado stayed. Mrs. Delgado agreed."
    assert not polnear.other_bearer(text, "Delgado", ["rosa", "delgado"])
    assert polnear.other_bearer(text + " Then Tom Delgado said no.", "Delgado", ["rosa"])


# --------------------------------------------------------------------------- resolver cases


def case(expected: str | None, aliases: tuple[str, ...] = (), **kw: object) -> dict[str, object]:
    out: dict[str, object] = {"doc": "fixture", "start": 0, "end": 2, "mention": "He",
                              "expected": expected, "aliases": list(aliases), "type": "pronoun",
                              "scope": "report", "ambiguous": False, "gold_cue": "said"}
    out.update(kw)
    return out


def frame(name: str, resolved: bool) -> Pred:
    return Pred((0, 2), (3, 7), None, "He", name, resolved, "said", False)


JUDGED = [
    (case("Ana Ortiz"), frame("Ana Ortiz", True), "right", True),
    (case("Ana Ortiz"), frame("Ortiz", True), "wrong entity", True),
    (case("Ana Ortiz"), frame("Tomas Berg", True), "wrong entity", False),
    (case("Ana Ortiz"), frame("He", False), "unresolved", False),
    (case("Ana Ortiz"), None, "no frame", False),
    (case("Ana Ortiz", ("Minister Ana Ortiz",)), frame("Minister Ana Ortiz", True), "right", True),
    (case(None), frame("He", False), "right", True),
    (case(None), frame("Tomas Berg", True), "wrong entity", False),
]


@pytest.mark.parametrize(("gold", "pred_", "outcome", "lenient"), JUDGED)
def test_judge_case(gold: dict[str, object], pred_: Pred | None, outcome: str,
                    lenient: bool) -> None:
    got = polnear.judge_case(gold, pred_)
    assert (got.outcome, got.lenient or got.outcome == "right") == (outcome, lenient)


def test_case_frame_prefers_the_frame_of_the_gold_cue() -> None:
    text = "He said it and he said more, he added."
    gold = (GoldRelation("E1", ((29, 31),), ((32, 37),), ((14, 27),), "added", True, False),)
    article = PolArticle("dev", "fixture", text, gold)
    first = Pred((29, 31), (14, 18), None, "he", "Ana Ortiz", True, "said", False)
    second = Pred((29, 31), (32, 37), None, "he", "Tomas Berg", True, "added", False)
    c = case("Tomas Berg", start=29, end=31, mention="he", gold_cue="added")
    assert polnear.case_frame(article, [first, second], c) is second
    assert polnear.case_frame(article, [first], c) is first
    assert polnear.case_frame(article, [], c) is None


# --------------------------------------------------------------------------- the corpus


def _polnear(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "polnear"
    if not (folder / "dev").is_dir():
        pytest.skip("no PolNeAR data in ../shared")
    return folder


def test_dev_split_matches_the_readme_counts(shared_dir: Path) -> None:
    articles = polnear.load_split("dev", _polnear(shared_dir))
    rels = [g for a in articles for g in a.relations]
    assert len(articles) == 84
    assert len(rels) == 2193
    assert sum(bool(g.source) for g in rels) == 2066
    for a in articles:
        for g in a.relations:
            assert all(0 <= s < e <= len(a.text) for s, e in g.source + g.cue + g.content)


def test_resolver_gold_mentions_are_gold_sources(shared_dir: Path) -> None:
    folder = _polnear(shared_dir)
    articles = {a.stem: a for a in polnear.load_split("dev", folder)}
    cases = polnear.load_resolver_gold(folder)
    assert len(cases) == 450
    for c in cases:
        a = articles[c["doc"]]
        assert a.text[c["start"]:c["end"]] == c["mention"]
        assert polnear._gold_cue_pieces(a, c)


def test_scoring_a_few_articles_keeps_its_books(shared_dir: Path) -> None:
    from attribquant import extract

    for a in polnear.load_split("dev", _polnear(shared_dir))[:3]:
        res = polnear.score_article(a, extract)
        for m, r in res.metrics.items():
            scored = [g for g in a.relations if g.in_scope and (g.source or m == "cue")]
            c = r.counts["all"]
            assert c.tp + c.fn == len(scored)
            assert c.tp + c.fp + r.out_of_scope + r.nested == len(res.preds)
