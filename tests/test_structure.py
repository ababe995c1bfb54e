"""The size limit of the house (docs/architecture.md): every rule a small function, no
function in the package over 60 lines, at most five over 40 (docstring included)."""

from __future__ import annotations

import ast
from pathlib import Path

import attribquant

PACKAGE = Path(attribquant.__file__).resolve().parent
LONGEST = 60
LONG = 40
MOST_LONG = 5


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
