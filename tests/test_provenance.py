"""Text in the project is written for it: no line shares a run of eight words with the shared
evaluation data or the example article (tools/shared_overlap.py; run it with its default of
six words for a closer look, which also finds common English). Skips without ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

from .conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import shared_overlap


def test_no_line_echoes_the_shared_data(shared_dir: Path) -> None:
    found = [f"{path.relative_to(REPO)}:{line}: {run}" for path, line, run in
             shared_overlap.overlaps(shared_dir, [REPO / p for p in shared_overlap.PROJECT], 8)]
    assert found == []


def test_the_checker_finds_a_pasted_sentence(shared_dir: Path, tmp_path: Path) -> None:
    """A line copied from a shared text is found (the check can fail)."""
    text = next(t for t in shared_overlap.shared_texts(shared_dir)
                if len(shared_overlap.words(t)) > 40)
    pasted = " ".join(shared_overlap.words(text)[20:32])
    page = tmp_path / "page.md"
    page.write_text(f"Our own words.\nAn example: {pasted}.\n", "utf-8")
    assert [line for _, line, _ in shared_overlap.overlaps(shared_dir, [page], 6)] == [2]
