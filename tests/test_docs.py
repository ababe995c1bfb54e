"""The examples in README.md, docs/ and the public docstrings run as doctests."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import attribquant
from attribquant import api, display, numbers, tokens

REPO = Path(__file__).resolve().parents[1]
#: Pages whose examples run as doctests; every other page must hold none.
EXAMPLE_PAGES = [REPO / "README.md", REPO / "docs" / "usage.md", REPO / "docs" / "json-schema.md"]
PROSE_PAGES = sorted(set((REPO / "docs").glob("*.md")) - set(EXAMPLE_PAGES))


@pytest.mark.parametrize("path", EXAMPLE_PAGES, ids=lambda p: p.name)
def test_markdown_examples(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{path.name} lists no example"
    assert result.failed == 0


@pytest.mark.parametrize("path", PROSE_PAGES, ids=lambda p: p.name)
def test_prose_pages_hold_no_untested_example(path: Path) -> None:
    assert ">>>" not in path.read_text(encoding="utf-8"), f"{path.name}: add it to EXAMPLE_PAGES"


@pytest.mark.parametrize("module", [api, display, numbers, tokens], ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    if not str(getattr(module, "__file__", "")).endswith(".py"):
        pytest.skip("a compiled module carries no docstrings: the plain build runs them")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0, "no example ran"
    assert result.failed == 0


def test_version_matches_metadata() -> None:
    from importlib.metadata import version

    assert attribquant.__version__ == version("attribquant")
