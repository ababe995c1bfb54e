"""Fingerprint of attribquant's output: one SHA-256 of ``Document.to_dict()`` per corpus.

A structural change (a refactor, a speed-up) must leave every fingerprint unchanged; a change
of behaviour says so in its commit message. Usage:

    python benchmarks/output_hash.py               # print the fingerprints
    python benchmarks/output_hash.py --save FILE   # also write them with per-document outputs
    python benchmarks/output_hash.py --check FILE  # compare with a saved run: changed documents
    python benchmarks/output_hash.py --check FILE --show 5  # and 5 changed items of each

Corpora: the NewsQuant dev sentences (one document each), the GUM news articles, the PolNeAR dev
articles and, for a wider net, the PolNeAR train articles (read from ``$ATTRIBQUANT_SHARED`` or
``../shared``), and the two example articles (``examples/harbour-flood.txt`` in this repository
and ``examples/*.txt`` in the shared folder).
A corpus whose data is missing is reported as missing, not hashed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ATTRIBQUANT_SHARED", REPO.parent / "shared"))
# --package-dir DIR: import attribquant from DIR (an unpacked wheel, say the compiled one)
_PACKAGE_DIR = next((sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--package-dir"),
                    str(REPO / "src"))
sys.path.insert(0, _PACKAGE_DIR)

import attribquant


def _newsquant() -> Iterator[tuple[str, str]]:
    path = SHARED / "data" / "newsquant" / "NewsQuant-dev.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for k, item in enumerate(data):
        yield f"newsquant:{k}", str(item["text"])


def _gum() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import gumnews

    for article in gumnews.load_articles():
        yield f"gum:{article.name}", article.text


def _polnear(split: str) -> Iterator[tuple[str, str]]:
    for path in sorted((SHARED / "data" / "polnear" / split / "text").glob("*.txt")):
        yield f"polnear-{split}:{path.stem}", path.read_text(encoding="utf-8")


def _examples() -> Iterator[tuple[str, str]]:
    paths = [REPO / "examples" / "harbour-flood.txt", *sorted((SHARED / "examples").glob("*.txt"))]
    for path in paths:
        yield f"example:{path.name}", path.read_text(encoding="utf-8")


CORPORA = {
    "newsquant-dev": (_newsquant, SHARED / "data" / "newsquant" / "NewsQuant-dev.json"),
    "gum-news": (_gum, SHARED / "data" / "gum-news"),
    "polnear-dev": (lambda: _polnear("dev"), SHARED / "data" / "polnear" / "dev" / "text"),
    "polnear-train": (lambda: _polnear("train"), SHARED / "data" / "polnear" / "train" / "text"),
    "examples": (_examples, REPO / "examples"),
}


def _digest(obj: Any) -> str:
    blob = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def fingerprints() -> tuple[dict[str, str], dict[str, str], dict[str, dict[str, Any]]]:
    """Per-corpus hashes, per-document hashes and per-document outputs."""
    corpus_hash: dict[str, str] = {}
    doc_hash: dict[str, str] = {}
    outputs: dict[str, dict[str, Any]] = {}
    for name, (reader, path) in CORPORA.items():
        if not path.exists():
            corpus_hash[name] = "missing"
            continue
        whole = hashlib.sha256()
        for key, text in reader():
            d = attribquant.extract(text).to_dict()
            h = _digest(d)
            whole.update(h.encode())
            doc_hash[key] = h
            outputs[key] = d
        corpus_hash[name] = whole.hexdigest()
    return corpus_hash, doc_hash, outputs


def _changed_items(old: dict[str, Any], new: dict[str, Any], show: int) -> list[str]:
    """Readable lines for what changed in one document (quantities, attributions, speakers)."""
    lines: list[str] = []
    for part in ("quantities", "attributions", "speakers", "excluded"):
        a = {json.dumps(x, sort_keys=True) for x in old.get(part, [])}
        b = {json.dumps(x, sort_keys=True) for x in new.get(part, [])}
        for x in sorted(a - b)[:show]:
            lines.append(f"    - {part}: {x[:300]}")
        for x in sorted(b - a)[:show]:
            lines.append(f"    + {part}: {x[:300]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write the fingerprints and outputs here (JSON)")
    ap.add_argument("--check", type=Path, help="compare with fingerprints saved by --save")
    ap.add_argument("--show", type=int, default=0, help="changed items to print per document")
    ap.add_argument("--package-dir", help="import attribquant from here (default: src/)")
    args = ap.parse_args(argv)
    corpus_hash, doc_hash, outputs = fingerprints()
    print(f"attribquant from {Path(attribquant.__file__).parent}")
    for name, h in corpus_hash.items():
        print(f"{name:<15} {h}")
    if args.save:
        args.save.write_text(json.dumps({"corpora": corpus_hash, "documents": doc_hash,
                                         "outputs": outputs}, ensure_ascii=False))
    if args.check:
        saved = json.loads(args.check.read_text())
        changed = [k for k, h in doc_hash.items() if saved["documents"].get(k) != h]
        same = all(saved["corpora"].get(n) == h for n, h in corpus_hash.items())
        print("identical" if same and not changed else f"CHANGED: {len(changed)} documents")
        for k in changed:
            print(f"  {k}")
            if args.show:
                for line in _changed_items(saved["outputs"].get(k, {}), outputs[k], args.show):
                    print(line)
        return 0 if same and not changed else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
