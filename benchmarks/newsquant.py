"""Score attribquant's quantity extraction on the NewsQuant dev split (CQE paper, EMNLP 2023).
Prints value, value+unit and value+change P/R/F1 under CQE's exact scorer (the headline), the
fair unit matcher, and strict one-to-one matching.

Usage: ``python benchmarks/newsquant.py [--json] [--errors [FILE]] [--limit N]``. The data is read
from ``$ATTRIBQUANT_SHARED/data/newsquant/NewsQuant-dev.json`` (default shared dir: ``../shared``
beside the repo root); if it is missing the script prints one line and exits 0.

Gold. ``value`` "low-high" is a range, unless the string starts with "-" or contains "E" (a single
number); spaces around the dash are allowed. A range whose ends are written high-first ("from 4.8 to
4.7" is stored as "4.8-4.7") is compared as the unordered pair of its ends. ``change`` is one of
``=`` ``~`` ``>`` ``<`` ``up`` ``down``.

Prediction -> (value, change, unit), from ``Quantity.to_dict()``:
  * low and high both set and different: value is the range (low, high); change is up/down if set,
    else ``~`` if approximate, else ``=``.
  * only low set: value = low, change ``>``.  Only high set: value = high, change ``<``.
  * otherwise value = value (or low when low == high); change up/down, else ``~``, else ``=``.
  A quantity that is both a bound and a change ("lost more than 60%") scores as the bound
  (``--change-precedence bound``, the default), because that is how the gold labels such cases;
  ``--change-precedence direction`` scores it as up/down instead.
  * unit: the ``unit`` field as it is (``None``: no unit). The subject phrase is never read.

Value match: math.isclose(rel_tol=1e-5, abs_tol=1e-9) on a number; a range matches a range when
both ends match (unordered); a number never matches a range. Change match: equal strings.

Unit match, two definitions (value+unit needs value and unit to match):
  * exact (CQE's): the predicted unit, lower-cased and white-space collapsed, equals the gold
    ``normalized_unit`` lower-cased; "-" (and no unit) is no unit, and no unit matches only no
    unit. The gold surface ``unit`` is never read. So "degree celsius" does not match "celsius",
    nor "soldier" the gold's "syrian soldier".
  * fair: built only from the gold, the prediction and quantulum3's own ``units.json`` (never
    attribquant's tables). Each side becomes a set of keys: lower-case, white-space collapsed;
    "-" is no unit (""); a leading "degree " is dropped ("degree celsius" -> "celsius"); for the
    gold only, "% X" is X ("% condo" -> "condo", "% -" -> no unit) and "A of B" also gives A
    ("year of age" -> "year"); every key also in its naive singulars ("ies" -> "y", drop "es",
    drop "s", each tried). Units match when (1) the key sets meet; or (2) quantulum3 maps a key
    of each side to the same unit, where a string maps to every unit whose name or one of whose
    surfaces it equals, lower-cased ("metric ton" and "tonne" are both quantulum3's "tonne"); or
    (3) the prediction is a counted noun (``unit_kind`` "count") and its unit is a word, or the
    naive singular of a word, of a gold key ("country" in "european country").

Metrics, per sentence, with P = matched predictions / predictions and R = matched gold / gold:
  * exact and fair (CQE's counting): a gold quantity is found if any prediction in its sentence
    matches it, and a prediction is correct if it matches any gold quantity in its sentence (one
    prediction may count for two gold quantities).
  * strict and strict-fair: a maximum one-to-one matching per sentence (augmenting paths); each
    prediction can satisfy at most one gold quantity and vice versa; P and R share the same tp.
    strict uses the exact unit match, strict-fair the fair one.
For value and value+change the unit match plays no part (exact = fair, strict = strict-fair).
Scores: value; value+unit; value+change; value+unit+change. False alarms: predictions in sentences
whose gold list is empty.

CQE's own evaluation code (the CQE_Evaluation repository) could not be read from here; the exact
scorer above is written from the paper's description, the data's format and the behaviour the
project's issue 10 reports for it (exact normalised-unit equality, no surface-unit leniency).
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
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA_NAME = "NewsQuant-dev.json"
DEFAULT_ERRORS = REPO / "benchmarks" / "results" / "newsquant-errors.tsv"
CHANGES = ("=", "~", ">", "<", "up", "down")
SCORES = ("value", "value+unit", "value+change", "value+unit+change")
VARIANTS = ("exact", "fair", "strict", "strict-fair")

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
    exact_unit: str  # the normalised unit, lower-cased; "" = no unit
    fair_keys: frozenset[str]


@dataclass(frozen=True)
class Pred:
    """One predicted quantity, reduced to what the scorer compares."""

    value: Value | None  # None: no usable number
    change: str
    unit: str  # the unit lower-cased; "" = no unit
    unit_kind: str
    raw: Mapping[str, Any]
    fair_keys: frozenset[str] = frozenset()


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


# ----------------------------------------------------------------------------- the fair matcher


_Q3_UNITS: dict[str, frozenset[str]] | None = None


def quantulum3_units() -> dict[str, frozenset[str]]:
    """Lower-cased quantulum3 unit names and surfaces -> the quantulum3 units they name, read
    from quantulum3's own ``units.json`` (empty when quantulum3 is not installed)."""
    global _Q3_UNITS
    if _Q3_UNITS is None:
        table: dict[str, set[str]] = {}
        try:
            from importlib import resources

            path = resources.files("quantulum3").joinpath("units.json")
            with path.open("r", encoding="utf-8") as fh:
                data: dict[str, dict[str, Any]] = json.load(fh)
        except (ImportError, OSError):
            data = {}
        for name, props in data.items():
            for s in [name, *props.get("surfaces", [])]:
                table.setdefault(norm_unit(str(s)), set()).add(name)
        table.pop("", None)
        _Q3_UNITS = {k: frozenset(v) for k, v in table.items()}
    return _Q3_UNITS


def _drop_degree(u: str) -> str:
    return u[len("degree "):] if u.startswith("degree ") else u


def fair_keys(unit: str, gold: bool) -> frozenset[str]:
    """The fair matcher's keys of one side's unit string (see the module docstring)."""
    u = norm_unit(unit)
    keys = {u}
    if gold and u.startswith("% "):
        keys = {norm_unit(u[2:])}
    if gold:
        keys |= {k.split(" of ", 1)[0] for k in keys if " of " in k}
    keys = {_drop_degree(k) for k in keys}
    out: set[str] = set()
    for k in keys:
        out |= naive_singulars(k) if k else {""}
    return frozenset(out)


def _q3(keys: frozenset[str]) -> set[str]:
    table = quantulum3_units()
    out: set[str] = set()
    for k in keys:
        out |= table.get(k, frozenset())
        out |= table.get("degree " + k, frozenset())  # "celsius" is quantulum3's "degree celsius"
    return out


def unit_fair(g: Gold, p: Pred) -> bool:
    if not p.unit:
        return "" in g.fair_keys
    if not p.fair_keys.isdisjoint(g.fair_keys):
        return True
    if not _q3(p.fair_keys).isdisjoint(_q3(g.fair_keys)):
        return True
    if p.unit_kind == "count":
        words = {w for k in g.fair_keys for w0 in k.split() for w in naive_singulars(w0)}
        return p.unit in words
    return False


def unit_exact(g: Gold, p: Pred) -> bool:
    return p.unit == g.exact_unit


# ----------------------------------------------------------------------------- gold and predictions


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
                exact_unit=norm_unit(str(q["normalized_unit"])),
                fair_keys=fair_keys(str(q["normalized_unit"]), gold=True),
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
    unit = norm_unit(d.get("unit"))
    return Pred(value=v, change=change, unit=unit, unit_kind=str(d.get("unit_kind") or ""),
                raw=d, fair_keys=fair_keys(unit, gold=False) if unit else frozenset())


# ----------------------------------------------------------------------------- matching


def value_ok(g: Gold, p: Pred) -> bool:
    if g.value is None or p.value is None:
        return False
    return close(g.value[0], p.value[0]) and close(g.value[1], p.value[1])


def change_ok(g: Gold, p: Pred) -> bool:
    return g.change == p.change


def _matchers(unit_ok: Callable[[Gold, Pred], bool]) -> dict[str, Callable[[Gold, Pred], bool]]:
    return {
        "value": value_ok,
        "value+unit": lambda g, p: value_ok(g, p) and unit_ok(g, p),
        "value+change": lambda g, p: value_ok(g, p) and change_ok(g, p),
        "value+unit+change": lambda g, p: value_ok(g, p) and unit_ok(g, p) and change_ok(g, p),
    }


#: variant -> (one-to-one counting?, matchers)
VARIANT_RULES: dict[str, tuple[bool, dict[str, Callable[[Gold, Pred], bool]]]] = {
    "exact": (False, _matchers(unit_exact)),
    "fair": (False, _matchers(unit_fair)),
    "strict": (True, _matchers(unit_exact)),
    "strict-fair": (True, _matchers(unit_fair)),
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
                "" if r.get("unit") is None else str(r.get("unit")), p.unit_kind, p.change]
    else:
        row += [""] * 8
    row.append(" ".join(s.text.split()))
    return row


ERROR_HEADER = [
    "sentence", "kind", "gold_value", "gold_unit", "gold_normalized_unit", "gold_change",
    "pred_text", "pred_scored_value", "pred_value", "pred_low", "pred_high", "pred_unit",
    "pred_unit_kind", "pred_scored_change", "text",
]


def _count_sentence(rep: Report, gs: Sequence[Gold], ps: Sequence[Pred]) -> None:
    for variant, (one_to_one, matchers) in VARIANT_RULES.items():
        for name, ok in matchers.items():
            hit = [[ok(g, p) for p in ps] for g in gs]
            c = rep.counts[variant][name]
            c.gold += len(gs)
            c.pred += len(ps)
            if not one_to_one:
                c.tp_gold += sum(any(row) for row in hit)
                c.tp_pred += sum(any(hit[i][j] for i in range(len(gs))) for j in range(len(ps)))
                continue
            m = max_matching([[j for j in range(len(ps)) if hit[i][j]] for i in range(len(gs))],
                             len(ps))
            c.tp_gold += len(m)
            c.tp_pred += len(m)
            if variant == "strict" and name == "value+change":
                for i, g in enumerate(gs):
                    if g.change in rep.change_recall:
                        rep.change_recall[g.change][0] += i in m
                        rep.change_recall[g.change][1] += 1


def _sentence_errors(rep: Report, idx: int, s: Sentence, ps: Sequence[Pred]) -> None:
    """Error rows: a maximum one-to-one value matching, trying the best-agreeing partner first,
    so FN/FP agree with the strict value score. A unit error is "unit-mismatch" when the fair
    matcher accepts it too ("unit-exact-only") or not ("unit-mismatch")."""
    gs = s.gold

    def rank(g: Gold, p: Pred) -> int:
        return (not unit_exact(g, p)) + (not unit_fair(g, p)) + (not change_ok(g, p))

    adj = [sorted((j for j, p in enumerate(ps) if value_ok(g, p)), key=lambda j: rank(g, ps[j]))
           for g in gs]
    pairs = max_matching(adj, len(ps))
    for i, g in enumerate(gs):
        if i not in pairs:
            rep.errors.append(_error_row(idx, "FN", s, g, None))
            continue
        p = ps[pairs[i]]
        if not unit_exact(g, p):
            kind = "unit-exact-only" if unit_fair(g, p) else "unit-mismatch"
            rep.errors.append(_error_row(idx, kind, s, g, p))
        if not change_ok(g, p):
            rep.errors.append(_error_row(idx, "change-mismatch", s, g, p))
    used = set(pairs.values())
    rep.errors += [_error_row(idx, "FP", s, None, p) for j, p in enumerate(ps) if j not in used]


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
        _count_sentence(rep, gs, ps)
        _sentence_errors(rep, idx, s, ps)
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
    sc = summ["scores"]
    print("headline (CQE's exact scorer): value {:.1f}, value+unit {:.1f} (fair {:.1f}), "
          "value+change {:.1f}; strict one-to-one: {:.1f} / {:.1f} (fair {:.1f}) / {:.1f}".format(
              sc["exact"]["value"]["F1"], sc["exact"]["value+unit"]["F1"],
              sc["fair"]["value+unit"]["F1"], sc["exact"]["value+change"]["F1"],
              sc["strict"]["value"]["F1"], sc["strict"]["value+unit"]["F1"],
              sc["strict-fair"]["value+unit"]["F1"], sc["strict"]["value+change"]["F1"]))
    print()
    head = f"{'variant':<11} {'score':<18} {'gold':>5} {'pred':>5} {'tp_gold':>7} {'tp_pred':>7} " \
           f"{'P':>6} {'R':>6} {'F1':>6}"
    print(head)
    print("-" * len(head))
    for v in VARIANTS:
        for s in SCORES:
            c = summ["scores"][v][s]
            print(f"{v:<11} {s:<18} {c['gold']:>5} {c['pred']:>5} {c['tp_gold']:>7} "
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
    args = ap.parse_args(argv)

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
            kinds = Counter(r[1] for r in rep.errors)
            print(f"error table: {args.errors} ({len(rep.errors)} rows: "
                  + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
