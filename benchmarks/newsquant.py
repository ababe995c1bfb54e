"""Score attribquant's quantity extraction on the NewsQuant dev split (CQE paper, EMNLP 2023).
Prints value, value+unit and value+change P/R/F1 under lenient (CQE) and strict one-to-one matching.

Usage: ``python benchmarks/newsquant.py [--json] [--errors [FILE]] [--limit N]``. The data is read
from ``$ATTRIBQUANT_SHARED/data/newsquant/NewsQuant-dev.json`` (default shared dir: ``../shared``
beside the repo root); if it is missing the script prints one line and exits 0.

Gold. ``value`` "low-high" is a range, unless the string starts with "-" or contains "E" (a single
number); spaces around the dash are allowed. A range whose ends are written high-first ("from 4.8 to
4.7" is stored as "4.8-4.7") is compared as the unordered pair of its ends. ``change`` is one of
``=`` ``~`` ``>`` ``<`` ``up`` ``down``.

Prediction -> (value, change), from ``Quantity.to_dict()``:
  * low and high both set and different: value is the range (low, high); change is up/down if set,
    else ``~`` if approximate, else ``=``.
  * only low set: value = low, change ``>``.  Only high set: value = high, change ``<``.
  * otherwise value = value (or low when low == high); change up/down, else ``~``, else ``=``.
  A quantity that is both a bound and a change ("lost more than 60%") scores as the bound
  (``--change-precedence bound``, the default), because that is how the gold labels such cases;
  ``--change-precedence direction`` scores it as up/down instead.

Value match: math.isclose(rel_tol=1e-5, abs_tol=1e-9) on a number; a range matches a range when
both ends match (unordered); a number never matches a range.

Unit match (value+unit). Both sides are lower-cased and whitespace-collapsed. The predicted unit
(``None`` or "" means no unit) matches the gold quantity if it equals any of:
  * the gold ``normalized_unit`` ("dollar", "percentage", "mile per hour", a count-noun lemma);
  * the gold surface ``unit`` ("$", "percent", "soldiers"), or a naive singular of it
    ("ies" -> "y", drop a final "es", drop a final "s": each variant is tried);
  * for the gold's "% <noun>" fraction units ("a third of those screened" -> "% -", "half the
    condos" -> "% condo"), the part after "% " (so "condo");
  * no unit: a predicted ``None`` matches when the gold ``unit`` or ``normalized_unit`` is "-"
    (also "% -").
  * counted nouns: attribquant's ``unit`` is the head lemma ("soldier") and its ``subject`` the
    whole phrase ("Syrian soldiers"), while the gold's unit is the lemmatised phrase ("syrian
    soldier"). For a ``unit_kind == "count"`` prediction, the subject with its last word
    singularised is also tried. Run with ``--unit-head-only`` to turn this off.
  * one unit, two names: the gold ``unit`` and ``normalized_unit`` (and their naive singulars)
    are also looked up in attribquant's index of quantulum3's unit tables, and the name found
    there is a key too. The gold's "celsius", "sq ft" and "part per million" thus match
    quantulum3's "degree Celsius", "square foot" and "parts-per-million": the same unit under
    another naming convention. A possessive "'s" is dropped from the subject phrase tried for
    counted nouns, as the gold's lemmatised phrase drops it, and the phrase is also tried
    with its own last word singularised (for "a 12-page report" the unit is "page", not the
    head). Run with ``--unit-names-only`` to turn these off.

Metrics, per sentence, with P = matched predictions / predictions and R = matched gold / gold:
  * cqe: a gold quantity is found if any prediction in its sentence matches it, and a prediction
    is correct if it matches any gold quantity in its sentence (lenient: one may count twice).
  * strict: a maximum one-to-one matching per sentence (augmenting paths); each prediction can
    satisfy at most one gold quantity and vice versa; P and R share the same tp.
Scores: value; value+unit (value and unit match); value+change (value and change match); and
value+unit+change (all three). False alarms: predictions in sentences whose gold list is empty.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA_NAME = "NewsQuant-dev.json"
DEFAULT_ERRORS = REPO / "benchmarks" / "results" / "newsquant-errors.tsv"
CHANGES = ("=", "~", ">", "<", "up", "down")
SCORES = ("value", "value+unit", "value+change", "value+unit+change")
VARIANTS = ("cqe", "strict")

Value = tuple[float, float]  # (low, high); a single number x is (x, x)


# ----------------------------------------------------------------------------- gold and predictions


@dataclass(frozen=True)
class Gold:
    """One gold quantity, reduced to what the scorer compares."""

    raw_value: str
    value: Value | None  # None: the value string could not be parsed
    unit: str
    normalized_unit: str
    change: str
    unit_keys: frozenset[str]


@dataclass(frozen=True)
class Pred:
    """One predicted quantity, reduced to what the scorer compares."""

    value: Value | None  # None: no usable number
    change: str
    unit: str  # normalised unit key; "" = no unit
    raw: Mapping[str, Any]
    unit_alt: frozenset[str] = frozenset()  # counted nouns: the singularised subject phrase


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: tuple[Gold, ...]


def shared_dir() -> Path:
    env = os.environ.get("ATTRIBQUANT_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def norm_unit(u: str | None) -> str:
    """Lower-case, collapse whitespace; None, "" and "-" all mean no unit ("")."""
    if u is None:
        return ""
    s = " ".join(str(u).lower().split())
    return "" if s == "-" else s


def naive_singulars(u: str) -> set[str]:
    out = {u}
    if u.endswith("ies") and len(u) > 3:
        out.add(u[:-3] + "y")
    if u.endswith("es") and len(u) > 2:
        out.add(u[:-2])
    if u.endswith("s") and len(u) > 1:
        out.add(u[:-1])
    return out


USE_UNIT_TABLE = True


def table_names(keys: set[str], surface: str) -> set[str]:
    """Names that quantulum3's tables (as indexed by attribquant) give these unit strings."""
    from attribquant.units import index  # imported by load_extract() before the gold is read

    idx = index()
    out: set[str] = set()
    for k in keys:
        info = idx.words.get(tuple(k.replace("-", " - ").split()))
        if info is not None:
            out.add(norm_unit(info.name))
    sym = idx.symbols.get(surface.strip())
    if sym is not None:
        out.add(norm_unit(sym.name))
    return out


def gold_unit_keys(unit: str, normalized: str) -> frozenset[str]:
    keys: set[str] = set()
    surface, canon = norm_unit(unit), norm_unit(normalized)
    keys.add(canon)
    keys |= naive_singulars(surface) if surface else {""}
    if canon.startswith("% "):
        keys.add(norm_unit(canon[2:]))
    if USE_UNIT_TABLE:
        keys |= table_names({k for k in keys if k} | naive_singulars(canon), unit)
    return frozenset(keys)


_RANGE = re.compile(r"^\s*([0-9][0-9.]*)\s*-\s*([0-9][0-9.]*)\s*$")


def parse_gold_value(s: str) -> Value | None:
    t = s.strip()
    try:
        if t.startswith("-") or "e" in t.lower():
            x = float(t)
            return (x, x) if math.isfinite(x) else None
        m = _RANGE.match(t)
        if m:
            a, b = float(m.group(1)), float(m.group(2))
            return (min(a, b), max(a, b))
        x = float(t)
        return (x, x) if math.isfinite(x) else None
    except ValueError:
        return None


def load_gold(path: Path) -> list[Sentence]:
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    out: list[Sentence] = []
    for item in data:
        golds = tuple(
            Gold(
                raw_value=str(q["value"]),
                value=parse_gold_value(str(q["value"])),
                unit=str(q["unit"]),
                normalized_unit=str(q["normalized_unit"]),
                change=str(q["change"]).strip(),
                unit_keys=gold_unit_keys(str(q["unit"]), str(q["normalized_unit"])),
            )
            for q in item.get("quantities", [])
        )
        out.append(Sentence(text=str(item["text"]), gold=golds))
    return out


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    f = float(x)
    return f if math.isfinite(f) else None


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def to_pred(d: Mapping[str, Any], precedence: str = "bound") -> Pred:
    """Map one ``Quantity.to_dict()`` to the scored (value, change, unit); see the docstring."""
    value, low, high = _num(d.get("value")), _num(d.get("low")), _num(d.get("high"))
    direction = d.get("change") if d.get("change") in ("up", "down") else None
    bound: str | None = None
    v: Value | None
    if low is not None and high is not None and not close(low, high):
        v = (min(low, high), max(low, high))
    elif low is not None and high is None:
        v, bound = (low, low), ">"
    elif high is not None and low is None:
        v, bound = (high, high), "<"
    else:
        x = value if value is not None else low
        v = None if x is None else (x, x)
    if direction is not None and (bound is None or precedence == "direction"):
        change = str(direction)
    elif bound is not None:
        change = bound
    else:
        change = "~" if d.get("approximate") else "="
    alt: set[str] = set()
    if d.get("unit_kind") == "count" and d.get("subject") and USE_SUBJECT_UNIT:
        words = norm_unit(str(d["subject"])).split()
        if USE_UNIT_TABLE:
            words = [re.sub(r"['\u2019]s$", "", w) for w in words]
        if words and d.get("unit"):
            alt = {" ".join([*words[:-1], norm_unit(str(d["unit"]))])}
            if USE_UNIT_TABLE:
                # the unit need not be the head ("a 12-page report" counts pages): the
                # phrase with its own last word singularised is tried too
                alt |= {" ".join([*words[:-1], w]) for w in naive_singulars(words[-1])}
    return Pred(value=v, change=change, unit=norm_unit(d.get("unit")), raw=d,
                unit_alt=frozenset(alt))


# ----------------------------------------------------------------------------- matching


def value_ok(g: Gold, p: Pred) -> bool:
    if g.value is None or p.value is None:
        return False
    return close(g.value[0], p.value[0]) and close(g.value[1], p.value[1])


USE_SUBJECT_UNIT = True


def unit_ok(g: Gold, p: Pred) -> bool:
    return p.unit in g.unit_keys or not p.unit_alt.isdisjoint(g.unit_keys)


def change_ok(g: Gold, p: Pred) -> bool:
    return g.change == p.change


MATCHERS: dict[str, Callable[[Gold, Pred], bool]] = {
    "value": value_ok,
    "value+unit": lambda g, p: value_ok(g, p) and unit_ok(g, p),
    "value+change": lambda g, p: value_ok(g, p) and change_ok(g, p),
    "value+unit+change": lambda g, p: value_ok(g, p) and unit_ok(g, p) and change_ok(g, p),
}


def max_matching(adj: Sequence[Sequence[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths; returns {left: right}.

    Right vertices are tried in the order given in ``adj``, so earlier ones are preferred.
    """
    owner: list[int] = [-1] * n_right

    def augment(u: int, seen: list[bool]) -> bool:
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                if owner[v] == -1 or augment(owner[v], seen):
                    owner[v] = u
                    return True
        return False

    for u in range(len(adj)):
        augment(u, [False] * n_right)
    return {u: v for v, u in enumerate(owner) if u != -1}


@dataclass
class Count:
    gold: int = 0
    pred: int = 0
    tp_gold: int = 0  # gold quantities found
    tp_pred: int = 0  # predictions that are correct

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


@dataclass
class Report:
    sentences: int = 0
    negatives: int = 0  # sentences with no gold quantity
    unparsed_gold: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, Count]] = field(
        default_factory=lambda: {v: {s: Count() for s in SCORES} for v in VARIANTS})
    false_alarm_sentences: int = 0
    false_alarm_predictions: int = 0
    change_recall: dict[str, list[int]] = field(
        default_factory=lambda: {c: [0, 0] for c in CHANGES})  # strict value+change: [found, total]
    errors: list[list[str]] = field(default_factory=list)


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _value_str(v: Value | None) -> str:
    if v is None:
        return ""
    return _fmt(v[0]) if v[0] == v[1] else f"{_fmt(v[0])}-{_fmt(v[1])}"


def _error_row(idx: int, kind: str, s: Sentence, g: Gold | None, p: Pred | None) -> list[str]:
    row = [str(idx), kind]
    row += [g.raw_value, g.unit, g.normalized_unit, g.change] if g else ["", "", "", ""]
    if p is not None:
        r = p.raw
        row += [str(r.get("text", "")), _value_str(p.value), _fmt(_num(r.get("value"))),
                _fmt(_num(r.get("low"))), _fmt(_num(r.get("high"))),
                "" if r.get("unit") is None else str(r.get("unit")), p.change]
    else:
        row += [""] * 7
    row.append(" ".join(s.text.split()))
    return row


ERROR_HEADER = [
    "sentence", "kind", "gold_value", "gold_unit", "gold_normalized_unit", "gold_change",
    "pred_text", "pred_scored_value", "pred_value", "pred_low", "pred_high", "pred_unit",
    "pred_scored_change", "text",
]


def score(sentences: Sequence[Sentence], preds: Sequence[Sequence[Pred]]) -> Report:
    """Score predictions (one list per sentence, same order) against the gold."""
    rep = Report(sentences=len(sentences))
    for idx, (s, ps) in enumerate(zip(sentences, preds, strict=True)):
        gs = s.gold
        rep.unparsed_gold += [g.raw_value for g in gs if g.value is None]
        if not gs:
            rep.negatives += 1
            if ps:
                rep.false_alarm_sentences += 1
                rep.false_alarm_predictions += len(ps)
        for name, ok in MATCHERS.items():
            hit = [[ok(g, p) for p in ps] for g in gs]
            lenient, strict = rep.counts["cqe"][name], rep.counts["strict"][name]
            for c in (lenient, strict):
                c.gold += len(gs)
                c.pred += len(ps)
            lenient.tp_gold += sum(any(row) for row in hit)
            lenient.tp_pred += sum(any(hit[i][j] for i in range(len(gs))) for j in range(len(ps)))
            m = max_matching([[j for j in range(len(ps)) if hit[i][j]] for i in range(len(gs))],
                             len(ps))
            strict.tp_gold += len(m)
            strict.tp_pred += len(m)
            if name == "value+change":
                for i, g in enumerate(gs):
                    if g.change in rep.change_recall:
                        rep.change_recall[g.change][0] += i in m
                        rep.change_recall[g.change][1] += 1
        # Error table: a maximum one-to-one value matching, trying the best-agreeing partner first,
        # so FN/FP agree with the strict value score.
        def rank(g: Gold, p: Pred) -> int:
            return (not unit_ok(g, p)) + (not change_ok(g, p))

        adj = [sorted((j for j, p in enumerate(ps) if value_ok(g, p)), key=lambda j: rank(g, ps[j]))
               for g in gs]
        pairs = max_matching(adj, len(ps))
        for i, g in enumerate(gs):
            if i not in pairs:
                rep.errors.append(_error_row(idx, "FN", s, g, None))
                continue
            p = ps[pairs[i]]
            if not unit_ok(g, p):
                rep.errors.append(_error_row(idx, "unit-mismatch", s, g, p))
            if not change_ok(g, p):
                rep.errors.append(_error_row(idx, "change-mismatch", s, g, p))
        used = set(pairs.values())
        rep.errors += [_error_row(idx, "FP", s, None, p) for j, p in enumerate(ps) if j not in used]
    return rep


# ----------------------------------------------------------------------------- running and output


@dataclass
class Run:
    preds: list[list[Pred]]
    elapsed: float
    failures: list[tuple[int, str]]


def run_extractor(extract: Callable[[str], Any], sentences: Sequence[Sentence],
                  precedence: str) -> Run:
    """Run ``extract`` on each sentence; a sentence that raises gets no predictions."""
    raw: list[list[Mapping[str, Any]]] = []
    failures: list[tuple[int, str]] = []
    t0 = time.perf_counter()
    for i, s in enumerate(sentences):
        try:
            raw.append([q.to_dict() for q in extract(s.text).quantities])
        except Exception as exc:  # the library is in flux: keep scoring
            raw.append([])
            failures.append((i, f"{type(exc).__name__}: {exc}"))
    elapsed = time.perf_counter() - t0
    return Run([[to_pred(d, precedence) for d in qs] for qs in raw], elapsed, failures)


def reference_f1(csv_path: Path) -> dict[str, dict[str, float]]:
    """The paper's F1 per model and score type from NewsQuant.csv (full 590-sentence set)."""
    out: dict[str, dict[str, float]] = {}
    if not csv_path.is_file():
        return out
    try:
        with csv_path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                out.setdefault(row["model"], {})[row["type"]] = float(row["F1"])
    except (KeyError, ValueError, csv.Error):
        return {}
    return out


def summary(rep: Report, run: Run, data: Path, precedence: str) -> dict[str, Any]:
    n = rep.sentences
    return {
        "dataset": str(data),
        "sentences": n,
        "negatives": rep.negatives,
        "gold": rep.counts["strict"]["value"].gold,
        "predicted": rep.counts["strict"]["value"].pred,
        "unparsed_gold_values": rep.unparsed_gold,
        "change_precedence": precedence,
        "elapsed_s": round(run.elapsed, 4),
        "sentences_per_s": round(n / run.elapsed, 1) if run.elapsed > 0 else None,
        "extraction_failures": len(run.failures),
        "false_alarms": {"sentences": rep.false_alarm_sentences,
                         "predictions": rep.false_alarm_predictions},
        "scores": {
            v: {s: {"gold": c.gold, "pred": c.pred, "tp_gold": c.tp_gold, "tp_pred": c.tp_pred,
                    **dict(zip(("P", "R", "F1"), (round(x, 2) for x in c.prf()), strict=True))}
                for s, c in rep.counts[v].items()}
            for v in VARIANTS
        },
        "strict_change_recall": {c: {"found": f, "gold": t}
                                 for c, (f, t) in rep.change_recall.items()},
    }


def print_table(summ: dict[str, Any], run: Run, ref: dict[str, dict[str, float]]) -> None:
    print(f"NewsQuant dev: {summ['sentences']} sentences ({summ['negatives']} without gold), "
          f"{summ['gold']} gold quantities, {summ['predicted']} predicted")
    rate = summ["sentences_per_s"]
    print(f"extraction: {summ['elapsed_s']:.2f} s, "
          f"{rate if rate is not None else 'n/a'} sentences/s, "
          f"{summ['extraction_failures']} sentence(s) raised")
    for i, msg in run.failures[:3]:
        print(f"  sentence {i}: {msg[:160]}")
    if summ["unparsed_gold_values"]:
        print(f"unparsed gold values (never matched): {summ['unparsed_gold_values']}")
    print()
    head = f"{'variant':<8} {'score':<18} {'gold':>5} {'pred':>5} {'tp_gold':>7} {'tp_pred':>7} " \
           f"{'P':>6} {'R':>6} {'F1':>6}"
    print(head)
    print("-" * len(head))
    for v in VARIANTS:
        for s in SCORES:
            c = summ["scores"][v][s]
            print(f"{v:<8} {s:<18} {c['gold']:>5} {c['pred']:>5} {c['tp_gold']:>7} "
                  f"{c['tp_pred']:>7} {c['P']:>6.1f} {c['R']:>6.1f} {c['F1']:>6.1f}")
    print()
    fa = summ["false_alarms"]
    print(f"false alarms: {fa['sentences']} of {summ['negatives']} sentences without gold got "
          f"{fa['predictions']} prediction(s)")
    cr = summ["strict_change_recall"]
    print("strict value+change recall by gold change: " + (", ".join(
        f"{c} {d['found']}/{d['gold']}" for c, d in cr.items() if d["gold"]) or "n/a"))
    print(f"bound-vs-change precedence: {summ['change_precedence']}")
    if ref:
        print("paper F1 (full 590-sentence set, not this split): " + "; ".join(
            f"{m} " + " ".join(f"{t}={ref[m][t]:.1f}" for t in SCORES if t in ref[m])
            for m in ("CQE-Numparser", "quantulum3") if m in ref))


def write_errors(path: Path, rows: Sequence[Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(ERROR_HEADER)
        w.writerows([[c.replace("\t", " ").replace("\n", " ") for c in r] for r in rows])


def load_extract() -> Callable[[str], Any] | None:
    try:
        import attribquant
    except ImportError:
        src = str(REPO / "src")
        if src in sys.path:
            raise
        sys.path.insert(0, src)
        import attribquant
    extract = getattr(attribquant, "extract", None)
    return extract if callable(extract) else None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", nargs="?", const=str(DEFAULT_ERRORS), metavar="FILE",
                    help=f"write a TSV of misses and false positives (default {DEFAULT_ERRORS})")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    ap.add_argument("--change-precedence", choices=("bound", "direction"), default="bound",
                    help="how to score a quantity that is both a bound and an up/down change")
    ap.add_argument("--unit-head-only", action="store_true",
                    help="for counted nouns compare only the head lemma, not the subject phrase")
    ap.add_argument("--unit-names-only", action="store_true",
                    help="compare unit names as written; do not look them up in the unit tables")
    args = ap.parse_args(argv)
    global USE_SUBJECT_UNIT, USE_UNIT_TABLE
    USE_SUBJECT_UNIT = not args.unit_head_only
    USE_UNIT_TABLE = not args.unit_names_only

    data = shared_dir() / "data" / "newsquant" / DATA_NAME
    if not data.is_file():
        print(f"newsquant: {data} not found; nothing to score")
        return 0
    try:
        extract = load_extract()
    except Exception as exc:  # a half-written library fails in many ways
        print(f"newsquant: cannot import attribquant: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if extract is None:
        print("newsquant: attribquant has no callable extract()", file=sys.stderr)
        return 1

    sentences = load_gold(data)
    if args.limit is not None:
        sentences = sentences[: max(args.limit, 0)]
    run = run_extractor(extract, sentences, args.change_precedence)
    rep = score(sentences, run.preds)
    summ = summary(rep, run, data, args.change_precedence)
    if args.errors:
        write_errors(Path(args.errors), rep.errors)
        summ["errors_file"] = str(args.errors)
    if args.json:
        print(json.dumps(summ))
    else:
        print_table(summ, run, reference_f1(data.parent / "NewsQuant.csv"))
        if args.errors:
            print(f"error table: {args.errors} ({len(rep.errors)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
