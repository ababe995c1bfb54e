"""Article texts of the PolNeAR corpus in the shared folder, for the speed benchmark.

The folder is ``$ATTRIBQUANT_SHARED/data/polnear`` (default shared dir: ``../shared`` beside the
repository root); see its README for the layout (``dev/text/*.txt``, ``train/text/*.txt``). The
selection is deterministic: the dev articles, then the first ``train`` train articles, each split
in sorted file-name order. Text is read as UTF-8, unchanged. Measurement only: nothing read here
may be copied into the product.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """``$ATTRIBQUANT_SHARED`` when set, else ``../shared`` beside the repository root."""
    env = os.environ.get("ATTRIBQUANT_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def polnear_dir() -> Path:
    return shared_dir() / "data" / "polnear"


def split_files(split: str) -> list[Path]:
    """``<split>/text/*.txt`` in sorted file-name order ([] when the folder is missing)."""
    folder = polnear_dir() / split / "text"
    return sorted(folder.glob("*.txt"), key=lambda p: p.name) if folder.is_dir() else []


def load(train: int) -> list[tuple[str, str]]:
    """(``split/stem``, text) of all dev articles and the first ``train`` train articles.

    Returns [] when the dev split is missing; fewer train articles than asked are taken as found.
    """
    dev = split_files("dev")
    if not dev:
        return []
    files = [("dev", p) for p in dev] + [("train", p) for p in split_files("train")[:train]]
    return [(f"{split}/{p.stem}", p.read_text(encoding="utf-8")) for split, p in files]


def texts_or_notice(train: int) -> list[str]:
    """The article texts, or [] after printing the one-line notice that the data is missing."""
    found = load(train)
    if not found:
        print(f"PolNeAR data not found at {polnear_dir()}; nothing to benchmark")
    return [text for _name, text in found]
