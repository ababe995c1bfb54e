"""The size limit of the house (docs/architecture.md): every rule of a table a small function
(at most 30 lines of code besides its docstring), no function in the package over 60 lines,
at most five over 40 (docstring included)."""

from __future__ import annotations

import ast
import functools
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attribquant

PACKAGE = Path(attribquant.__file__).resolve().parent
LONGEST = 60
LONG = 40
MOST_LONG = 5
RULE_CODE = 30
#: The stages whose module-level tables hold rules: ``(name, ..., rule)`` tuples or
#: ``Rule``s with a ``test``.
STAGES = ("attribution", "exclusion", "hedges", "mentions", "names", "numbers", "phrases",
          "quantities", "resolver", "units")


def _sizes() -> list[tuple[int, str]]:
    """(lines, "module.py:line:name") of every function and method in the package."""
    out: list[tuple[int, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                out.append((size, f"{path.relative_to(PACKAGE)}:{node.lineno}:{node.name}"))
    return out


def test_the_package_has_functions_to_measure() -> None:
    assert len(_sizes()) > 500


def test_no_function_over_the_limit() -> None:
    assert [f for size, f in _sizes() if size > LONGEST] == []


def test_few_long_functions() -> None:
    long = sorted((f for f in _sizes() if f[0] > LONG), reverse=True)
    assert len(long) <= MOST_LONG, long


def _rules() -> list[tuple[str, str, str]]:
    """(table, module, function name) of every rule in the stages' tables."""
    out: list[tuple[str, str, str]] = []
    for stage in STAGES:
        module = importlib.import_module(f"attribquant.{stage}")
        for table, value in vars(module).items():
            if not table.isupper() or not isinstance(value, (tuple, list)):
                continue
            for entry in value:
                rule: Callable[..., Any] | None = None
                if isinstance(entry, tuple) and entry and callable(entry[-1]):
                    rule = entry[-1]
                elif callable(getattr(entry, "test", None)):
                    rule = entry.test
                if rule is not None and hasattr(rule, "__name__"):
                    out.append((table, rule.__module__, rule.__name__))
    return out


@functools.cache
def _code_lines(module: str) -> dict[str, int]:
    """Lines of code of each function of a stage module, its docstring left out."""
    path = PACKAGE / (module.rpartition(".")[2] + ".py")
    out: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:  # (rules are module-level)
        if isinstance(node, ast.FunctionDef):
            body = node.body[1:] if ast.get_docstring(node) and len(node.body) > 1 else node.body
            out[node.name] = (node.end_lineno or node.lineno) - body[0].lineno + 1
    return out


def test_the_tables_hold_rules() -> None:
    assert len(_rules()) > 250


def test_every_rule_is_small() -> None:
    big = []
    for table, module, name in _rules():
        size = _code_lines(module).get(name)
        assert size is not None, (table, module, name)
        if size > RULE_CODE:
            big.append((table, name, size))
    assert big == []
