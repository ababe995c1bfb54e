"""Reading a rule's docstring from its source file, so the meta tests also run against the
compiled wheel (mypyc-compiled functions carry no ``__doc__``)."""

from __future__ import annotations

import ast
import functools
import importlib
from pathlib import Path
from typing import Any


@functools.cache
def _docstrings(module_name: str) -> dict[str, str]:
    module = importlib.import_module(module_name)
    origin = Path(module.__file__ or "")
    source = origin.with_name(origin.name.split(".")[0] + ".py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return {node.name: ast.get_docstring(node) or "" for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def docstring_of(fn: Any) -> str:
    """The docstring of a module-level function, from ``__doc__`` or its source file."""
    return fn.__doc__ or _docstrings(fn.__module__).get(fn.__name__, "")
