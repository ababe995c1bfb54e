"""The examples in README.md, docs/ and the public docstrings run as doctests."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest

import attribquant
from attribquant import api, display, numbers, tables, tokens

REPO = Path(__file__).resolve().parents[1]
#: Pages whose examples run as doctests; every other page must hold none.
EXAMPLE_PAGES = [REPO / "README.md", REPO / "docs" / "usage.md", REPO / "docs" / "json-schema.md",
                 REPO / "docs" / "quickstart.md"]
PROSE_PAGES = sorted(set((REPO / "docs").glob("*.md")) - set(EXAMPLE_PAGES))


@pytest.mark.parametrize("path", EXAMPLE_PAGES, ids=lambda p: p.name)
def test_markdown_examples(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{path.name} lists no example"
    assert result.failed == 0


@pytest.mark.parametrize("path", PROSE_PAGES, ids=lambda p: p.name)
def test_prose_pages_hold_no_untested_example(path: Path) -> None:
    assert ">>>" not in path.read_text(encoding="utf-8"), f"{path.name}: add it to EXAMPLE_PAGES"


def test_site_nav_lists_every_page() -> None:
    """mkdocs.yml's nav holds every page of docs/ (a page left out is built but unreachable)."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r"^ +- [^:\n]+: ([\w./-]+\.md) *$", config, flags=re.MULTILINE))
    assert nav == {p.name for p in (REPO / "docs").glob("*.md")}


#: Where the documentation site is published (mkdocs.yml's site_url); the README links there.
DOCS_URL = "https://attribquant.readthedocs.io/en/latest/"


def test_readme_links_work_on_pypi() -> None:
    """PyPI shows the README without the repository: every link is absolute, and each link
    into the documentation site names a page that exists."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert links and all(link.startswith("https://") for link in links), links
    assert f"site_url: {DOCS_URL}\n" in (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [link[len(DOCS_URL):].strip("/") for link in links if link.startswith(DOCS_URL)]
    assert pages and all((REPO / "docs" / f"{page}.md").is_file() for page in pages), pages


def test_reference_names_every_public_object() -> None:
    page = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    missing = [name for name in attribquant.__all__ if f"attribquant.{name}" not in page]
    assert not missing, f"docs/reference.md does not document {missing}"


@pytest.mark.parametrize("module", [api, display, numbers, tables, tokens],
                         ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    if not str(getattr(module, "__file__", "")).endswith(".py"):
        pytest.skip("a compiled module carries no docstrings: the plain build runs them")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0, "no example ran"
    assert result.failed == 0


def _installed_source() -> Path | None:
    """The package folder the installed distribution's metadata describes: its own files
    for a wheel install, ``<project>/src/attribquant`` for an editable one."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution("attribquant")
    except PackageNotFoundError:
        return None
    origin = json.loads(dist.read_text("direct_url.json") or "{}")
    if origin.get("dir_info", {}).get("editable") and origin.get("url", "").startswith("file://"):
        return Path(url2pathname(urlparse(origin["url"]).path)) / "src" / "attribquant"
    return Path(str(dist.locate_file("attribquant")))


def test_version_matches_metadata() -> None:
    from importlib.metadata import version

    source = _installed_source()
    if source is None or source.resolve() != Path(attribquant.__file__).resolve().parent:
        pytest.skip("attribquant is imported from another tree than the installed one")
    assert attribquant.__version__ == version("attribquant")
