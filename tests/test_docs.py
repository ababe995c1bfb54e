"""The examples in README.md, docs/ and the public docstrings run as doctests."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import attribquant
from attribquant import api, numbers

REPO = Path(__file__).resolve().parents[1]
DOC_FILES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: p.name)
def test_markdown_examples(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("module", [attribquant, api, numbers], ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0


def test_version_matches_metadata() -> None:
    from importlib.metadata import version

    assert attribquant.__version__ == version("attribquant")
