"""Score attribquant's speaker attributions against the GUM news gold (cue, source, resolution).

Usage: python benchmarks/attribution.py [--split dev|train] [--corpus gum|polnear|both]
[--errors FILE] [--json]; see the metric notes in ``score``. After the GUM figures it prints the
PolNeAR ones (``benchmarks/polnear.py``, whose docstring defines them): frames on the chosen
split, and the speaker resolver on the dev gold.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polnear
from gumnews import DATA_DIR, Article, GoldAttribution, Mention, Span, load_articles

RESULTS_DIR = Path(__file__).resolve().parent / "results"
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20240601

F1_METRICS = ("cue", "source_overlap", "source_exact", "combined")
LEADING_DETERMINERS = ("the ", "a ", "an ")
TRAILING_PUNCT = " \t\n.,;:!?\"'”’)"
NON_NAMES = frozenset(
    "i me my we us our you your he him his she her it its they them their one someone".split()
)


@dataclass(frozen=True)
class Prediction:
    """The parts of one ``Attribution.to_dict()`` the scorer needs."""

    speaker_name: str
    mention: Span | None
    mention_text: str
    cue: Span | None
    cue_text: str


#: True/false positives and false negatives for one metric (the PolNeAR scorer's).
Counts = polnear.Counts


@dataclass
class Resolution:
    """Speaker-name resolution for pronoun or role-noun gold sources."""

    eligible: int = 0  # gold sources of this kind with an earlier named mention of the entity
    matched: int = 0  # ... matched (source overlap) by a prediction
    correct: int = 0  # ... whose predicted name matches a named mention of the entity

    def __iadd__(self, other: Resolution) -> Resolution:
        self.eligible += other.eligible
        self.matched += other.matched
        self.correct += other.correct
        return self


@dataclass
class ArticleResult:
    """Per-article counts (kept separate for the bootstrap) and error rows."""

    name: str
    n_gold: int
    n_pred: int
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in F1_METRICS})
    cue_ignored: int = 0
    pronoun: Resolution = field(default_factory=Resolution)
    role_noun: Resolution = field(default_factory=Resolution)
    errors: list[list[str]] = field(default_factory=list)
    failed: str | None = None


# --------------------------------------------------------------------------- helpers


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _best_overlap(span: Span | None, spans: Iterable[Span]) -> int:
    if span is None:
        return 0
    return max((_overlap(span, s) for s in spans), default=0)


def _span(d: Any) -> Span | None:
    if not isinstance(d, dict):
        return None
    start, end = d.get("start"), d.get("end")
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return start, end
    return None


def _to_prediction(attr: Any) -> Prediction:
    d = attr if isinstance(attr, dict) else attr.to_dict()
    speaker = d.get("speaker") or {}
    cue = d.get("cue") or {}
    return Prediction(
        speaker_name=str(speaker.get("name") or ""),
        mention=_span(speaker),
        mention_text=str(speaker.get("mention") or ""),
        cue=_span(cue),
        cue_text=str(cue.get("text") or ""),
    )


def _clamp(span: Span | None, length: int) -> Span | None:
    """Clip a predicted span to the text; spans left empty become None."""
    if span is None:
        return None
    start, end = max(0, span[0]), min(length, span[1])
    return (start, end) if end > start else None


def _normalise_span(text: str, span: Span) -> Span:
    """Strip a leading the/a/an and trailing punctuation or spaces from a span."""
    start, end = span
    while end > start and text[end - 1] in TRAILING_PUNCT:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    lowered = text[start:end].lower()
    for det in LEADING_DETERMINERS:
        if lowered.startswith(det):
            start += len(det)
            break
    return start, end


def _greedy(
    n_pred: int, n_gold: int, score: Callable[[int, int], float | None]
) -> list[tuple[int, int]]:
    """One-to-one matching: take admissible (pred, gold) pairs by descending score."""
    pairs = []
    for i in range(n_pred):
        for j in range(n_gold):
            s = score(i, j)
            if s is not None:
                pairs.append((-s, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _s, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


_WORD = re.compile(r"[\w.&-]+", re.UNICODE)


def _words(s: str) -> list[str]:
    s = s.replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    return [w.strip(".-").lower() for w in _WORD.findall(s) if w.strip(".-")]


def _contains(hay: list[str], needle: list[str]) -> int | None:
    """Index where ``needle`` occurs contiguously in ``hay``, else None."""
    n = len(needle)
    for k in range(len(hay) - n + 1):
        if hay[k : k + n] == needle:
            return k
    return None


def _name_words(article: Article, mention: Mention) -> set[str]:
    """Lowercased words of the mention that make it a name (PROPN or capitalised mid-sentence)."""
    out: set[str] = set()
    for tok in article.tokens[mention.first_token - 1 : mention.last_token]:
        if tok.upos == "PROPN" or (tok.form[:1].isupper() and not tok.sentence_initial):
            out.update(_words(tok.form))
    return out


def name_matches(article: Article, predicted: str, mention: Mention) -> bool:
    """Predicted name equals, contains or is contained in a named mention (case-insensitive).

    The shared words must include a name word of the mention, so a bare "government" does not
    count as resolving to "the Conservative government".
    """
    pw = [w for w in _words(predicted) if w not in ("the", "a", "an")]
    mw = [w for w in _words(mention.text) if w not in ("the", "a", "an")]
    if not pw or not mw or all(w in NON_NAMES for w in pw):
        return False
    names = _name_words(article, mention)
    k = _contains(mw, pw)
    if k is not None:
        return any(w in names for w in mw[k : k + len(pw)])
    return _contains(pw, mw) is not None and any(w in names for w in mw)


def _clean(s: str) -> str:
    return " ".join(s.split())


# --------------------------------------------------------------------------- scoring


def _resolution_kind(article: Article, g: GoldAttribution) -> str | None:
    """'pronoun' or 'role' when the gold source needs resolving to an earlier named mention."""
    if g.source_span is None or g.source_entity is None:
        return None
    if not article.named_mentions_before(g.source_entity, g.source_span[0]):
        return None
    if g.source_is_personal_pronoun:
        return "pronoun"
    if g.source_is_role_noun:
        return "role"
    return None


def score_article(article: Article, preds: list[Prediction]) -> ArticleResult:
    """Match predictions to gold relations of one article and count every metric."""
    gold = article.gold
    text = article.text
    res = ArticleResult(article.name, len(gold), len(preds))
    preds = [
        replace(p, mention=_clamp(p.mention, len(text)), cue=_clamp(p.cue, len(text)))
        for p in preds
    ]

    def src_overlap(i: int, j: int) -> int:
        return _best_overlap(preds[i].mention, gold[j].source_spans)

    def cue_overlap(i: int, j: int) -> int:
        return _best_overlap(preds[i].cue, gold[j].cue_or_phrase_spans)

    # 1. cue: gold = relations with a marked cue; a prediction that misses every cue but whose
    #    speaker overlaps the source of a relation without a marked cue is ignored, not an FP.
    cue_gold = [j for j, g in enumerate(gold) if g.cue_or_phrase_spans]
    cue_pairs = _greedy(len(preds), len(cue_gold), lambda i, k: cue_overlap(i, cue_gold[k]) or None)
    matched_p = {i for i, _ in cue_pairs}
    no_cue_gold = [j for j, g in enumerate(gold) if not g.cue_or_phrase_spans]
    ignored = {
        i
        for i in range(len(preds))
        if i not in matched_p and any(src_overlap(i, j) for j in no_cue_gold)
    }
    res.cue_ignored = len(ignored)
    res.counts["cue"] = Counts(
        len(cue_pairs), len(preds) - len(cue_pairs) - len(ignored), len(cue_gold) - len(cue_pairs)
    )

    # 2. source overlap and source exact.
    src_pairs = _greedy(len(preds), len(gold), lambda i, j: src_overlap(i, j) or None)
    res.counts["source_overlap"] = Counts(
        len(src_pairs), len(preds) - len(src_pairs), len(gold) - len(src_pairs)
    )

    def exact(i: int, j: int) -> float | None:
        m = preds[i].mention
        g = gold[j]
        if m is None or g.source_span is None:
            return None
        pm = _normalise_span(text, m)
        targets = {_normalise_span(text, s) for s in [g.source_span, *g.source_spans]}
        return 1.0 if pm in targets else None

    exact_pairs = _greedy(len(preds), len(gold), exact)
    res.counts["source_exact"] = Counts(
        len(exact_pairs), len(preds) - len(exact_pairs), len(gold) - len(exact_pairs)
    )

    # 3. combined: source overlaps and the cue overlaps (or the relation has no marked cue).
    def combined(i: int, j: int) -> float | None:
        s = src_overlap(i, j)
        if not s:
            return None
        if not gold[j].cue_or_phrase_spans:
            return float(s)
        c = cue_overlap(i, j)
        return float(s + c) if c else None

    comb_pairs = _greedy(len(preds), len(gold), combined)
    res.counts["combined"] = Counts(
        len(comb_pairs), len(preds) - len(comb_pairs), len(gold) - len(comb_pairs)
    )

    # 4./5. resolution of pronoun and role-noun sources, on the source-overlap matching.
    pred_of_gold = {j: i for i, j in src_pairs}
    wrong_name: dict[int, int] = {}
    for j, g in enumerate(gold):
        kind = _resolution_kind(article, g)
        if kind is None:
            continue
        tally = res.pronoun if kind == "pronoun" else res.role_noun
        tally.eligible += 1
        if j not in pred_of_gold:
            continue
        tally.matched += 1
        i = pred_of_gold[j]
        assert g.source_entity is not None and g.source_span is not None
        named = article.named_mentions_before(g.source_entity, g.source_span[0])
        if any(name_matches(article, preds[i].speaker_name, m) for m in named):
            tally.correct += 1
        else:
            wrong_name[j] = i

    res.errors = _error_rows(article, preds, comb_pairs, wrong_name)
    return res


def _error_rows(
    article: Article,
    preds: list[Prediction],
    comb_pairs: list[tuple[int, int]],
    wrong_name: dict[int, int],
) -> list[list[str]]:
    """FN / FP / wrong-speaker (cue found, source missed) / wrong-name (resolution) rows."""
    gold = article.gold
    text = article.text
    left_p = set(range(len(preds))) - {i for i, _ in comb_pairs}
    left_g = set(range(len(gold))) - {j for _, j in comb_pairs}
    wrong_speaker = _greedy(
        len(preds),
        len(gold),
        lambda i, j: (
            _best_overlap(preds[i].cue, gold[j].cue_or_phrase_spans) or None
            if i in left_p and j in left_g
            else None
        ),
    )

    def sentence(pos: int | None) -> str:
        if pos is None:
            return ""
        s, e = article.sentences[article.sentence_at(pos)]
        return _clean(text[s:e])

    def gold_cue(g: GoldAttribution) -> str:
        return " ".join(text[s:e] for s, e in g.cue_or_phrase_spans)

    def row(kind: str, g: GoldAttribution | None, p: Prediction | None) -> list[str]:
        pos = None
        if g is not None and g.source_span is not None:
            pos = g.source_span[0]
        elif p is not None:
            pos = (p.cue or p.mention or (None, None))[0]
        cue = p.cue_text if p is not None and p.cue_text else (gold_cue(g) if g else "")
        return [
            article.name,
            kind,
            _clean(g.source_text) if g else "",
            _clean(p.mention_text) if p else "",
            _clean(p.speaker_name) if p else "",
            _clean(cue),
            sentence(pos),
        ]

    rows: list[list[str]] = []
    for i, j in wrong_speaker:
        rows.append(row("wrong-speaker", gold[j], preds[i]))
        left_p.discard(i)
        left_g.discard(j)
    for j, i in sorted(wrong_name.items()):
        rows.append(row("wrong-name", gold[j], preds[i]))
    for j in sorted(left_g):
        rows.append(row("FN", gold[j], None))
    for i in sorted(left_p):
        rows.append(row("FP", None, preds[i]))
    return rows


def run_extractor(article: Article, extract: Callable[[str], Any]) -> ArticleResult:
    """Extract from one article's text and score it; an exception counts all gold as missed."""
    try:
        doc = extract(article.text)
        preds = [_to_prediction(a) for a in (getattr(doc, "attributions", None) or [])]
    except Exception as exc:
        res = score_article(article, [])
        res.failed = f"{type(exc).__name__}: {exc}"
        return res
    return score_article(article, preds)


# --------------------------------------------------------------------------- reporting


def _sum_counts(results: Iterable[ArticleResult], metric: str) -> Counts:
    total = Counts()
    for r in results:
        total += r.counts[metric]
    return total


def bootstrap_f1(
    results: list[ArticleResult], metric: str, n: int = BOOTSTRAP_RESAMPLES
) -> tuple[float, float]:
    """95% percentile interval of F1 when resampling articles with replacement."""
    if not results:
        return 0.0, 0.0
    rng = random.Random(BOOTSTRAP_SEED)
    per = [r.counts[metric] for r in results]
    f1s = []
    for _ in range(n):
        total = Counts()
        for _k in range(len(per)):
            total += per[rng.randrange(len(per))]
        f1s.append(total.prf()[2])
    f1s.sort()
    return f1s[int(0.025 * (n - 1))], f1s[int(0.975 * (n - 1))]


def summarise(results: list[ArticleResult]) -> dict[str, Any]:
    """All figures as a JSON-ready dict."""
    metrics: dict[str, Any] = {}
    for m in F1_METRICS:
        c = _sum_counts(results, m)
        prec, rec, f1 = c.prf()
        lo, hi = bootstrap_f1(results, m)
        metrics[m] = {
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
            "f1_ci95": [round(lo, 4), round(hi, 4)],
        }
    resolution: dict[str, Any] = {}
    for key in ("pronoun", "role_noun"):
        t = Resolution()
        for r in results:
            t += getattr(r, key)
        resolution[key] = {
            "eligible": t.eligible,
            "matched": t.matched,
            "correct": t.correct,
            "accuracy_of_matched": round(t.correct / t.matched, 4) if t.matched else 0.0,
            "accuracy_of_eligible": round(t.correct / t.eligible, 4) if t.eligible else 0.0,
        }
    return {
        "articles": len(results),
        "gold_relations": sum(r.n_gold for r in results),
        "predictions": sum(r.n_pred for r in results),
        "cue_predictions_ignored": sum(r.cue_ignored for r in results),
        "failed_articles": {r.name: r.failed for r in results if r.failed},
        "bootstrap": {"resamples": BOOTSTRAP_RESAMPLES, "seed": BOOTSTRAP_SEED, "unit": "article"},
        "metrics": metrics,
        "resolution": resolution,
    }


def print_table(summary: dict[str, Any]) -> None:
    """Aligned text report of ``summarise`` output."""
    print(
        f"GUM news: {summary['articles']} articles, {summary['gold_relations']} gold relations, "
        f"{summary['predictions']} predicted attributions"
    )
    for name, err in summary["failed_articles"].items():
        print(f"  extraction failed on {name}: {err}")
    print()
    head = f"{'metric':<16}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}   95% CI (F1)"
    print(head)
    print("-" * len(head))
    for m, v in summary["metrics"].items():
        lo, hi = v["f1_ci95"]
        print(
            f"{m:<16}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}"
            f"{100 * v['precision']:>8.1f}{100 * v['recall']:>8.1f}{100 * v['f1']:>8.1f}"
            f"   [{100 * lo:.1f}, {100 * hi:.1f}]"
        )
    ignored = summary["cue_predictions_ignored"]
    print(f"(cue: {ignored} predictions on relations without a marked cue ignored)")
    print()
    head = (
        f"{'resolution':<16}{'correct':>9}{'matched':>9}{'eligible':>10}"
        f"{'of matched':>12}{'of eligible':>13}"
    )
    print(head)
    print("-" * len(head))
    for key, v in summary["resolution"].items():
        print(
            f"{key:<16}{v['correct']:>9}{v['matched']:>9}{v['eligible']:>10}"
            f"{100 * v['accuracy_of_matched']:>11.1f}%{100 * v['accuracy_of_eligible']:>12.1f}%"
        )


def write_errors(path: Path, results: list[ArticleResult]) -> Path:
    """Write the TSV error table; a bare file name goes under ``benchmarks/results/``."""
    if path.parent == Path("."):
        path = RESULTS_DIR / path
    path.parent.mkdir(parents=True, exist_ok=True)
    header = ["article", "kind", "gold_source", "pred_mention", "pred_name", "cue", "sentence"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(header) + "\n")
        for r in results:
            for row in r.errors:
                fh.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    return path


def _load_extract() -> Callable[[str], Any]:
    try:
        import attribquant
    except ImportError:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
        import attribquant
    return attribquant.extract  # type: ignore[no-any-return]


def score(articles: list[Article], extract: Callable[[str], Any]) -> list[ArticleResult]:
    """Score every article.

    cue: predicted cue overlaps a gold lex-indwd span (lex-indph if none), one-to-one.
    source_overlap / source_exact: speaker mention overlaps / equals (after trimming) the source.
    combined: source and cue both overlap (a relation without a marked cue needs the source only).
    resolution: for matched pronoun / role-noun sources, predicted name vs earlier named mentions.
    """
    return [run_extractor(a, extract) for a in articles]


def _with_suffix(path: Path, tag: str) -> Path:
    """``errors.tsv`` -> ``errors.<tag>.tsv``."""
    return path.with_name(f"{path.stem}.{tag}{path.suffix or '.tsv'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=Path,
                        help="write TSV error tables (under results/): FILE gets the PolNeAR "
                        "rows, FILE with .gum before its suffix the GUM rows")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--corpus", choices=("gum", "polnear", "both"), default="both")
    polnear.add_arguments(parser)
    args = parser.parse_args(argv)

    try:
        extract = _load_extract()
    except Exception as exc:
        print(f"cannot import attribquant.extract: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    out: dict[str, Any] = {}
    if args.corpus != "polnear":
        _run_gum(args, extract, out)
    if args.corpus != "gum":
        summary = polnear.run(args.split, extract, args.errors, args.resolver_gold)
        out["polnear"] = summary
        if not args.json:
            if "metrics" in out:
                print()
            if summary is None:
                print(f"PolNeAR data not found at {polnear.polnear_dir()}; nothing to score.")
            else:
                polnear.print_summary(summary)
                if "errors_written_to" in summary:
                    print(f"\nPolNeAR error table written to {summary['errors_written_to']}")
    if args.json:
        print(json.dumps(out, indent=None, sort_keys=False))
    return 0


def _run_gum(args: argparse.Namespace, extract: Callable[[str], Any], out: dict[str, Any]) -> None:
    """The GUM figures: printed, or put into ``out`` (top-level keys) for ``--json``."""
    articles = load_articles()
    if not articles:
        if not args.json:
            print(f"GUM news data not found at {DATA_DIR}; nothing to score.")
        return
    results = score(articles, extract)
    summary = summarise(results)
    out.update(summary)
    if not args.json:
        print_table(summary)
    if args.errors:
        path = _with_suffix(args.errors, "gum") if args.corpus == "both" else args.errors
        written = write_errors(path, results)
        if not args.json:
            print(f"\nGUM error table written to {written}")


if __name__ == "__main__":
    raise SystemExit(main())
