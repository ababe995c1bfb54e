"""Smoke test of an installed attribquant (a built wheel in a clean venv), not of the source tree.

Usage: ``python tests/smoke.py [EXAMPLE] [--expect-build {pure,compiled}]`` with the venv's
python, from any folder; EXAMPLE defaults to ``examples/harbour-flood.txt`` beside this file's
folder.  Checks that the package is imported from site-packages with matching metadata and
licence, which build it is (the pure-Python wheel, or a compiled one whose stages are
extension modules; ``--expect-build`` makes a mismatch a failure), extracts the bundled
example, checks known readings, and runs the ``attribquant`` command and
``python -m attribquant``.  Prints one closing line ``smoke: N passed, 0 failed``; exits 1 at
the first failed check.  Not collected by pytest (it needs an installed distribution).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-flood.txt"

Check = Callable[[Path], str]


def installed_not_source(example: Path) -> str:
    """The package comes from this interpreter's site-packages, not from a source tree."""
    import attribquant

    where = Path(attribquant.__file__).resolve().parent
    paths = sysconfig.get_paths()  # (a compiled wheel installs into platlib)
    sites = {Path(paths[k]).resolve() for k in ("purelib", "platlib")}
    assert where.parent in sites, f"imported from {where}, not from {sites}"
    assert (where / "py.typed").is_file(), "py.typed is missing"
    return f"imported from {where}"


def metadata_matches(example: Path) -> str:
    """Version, licence expression and licence file of the installed distribution."""
    import attribquant

    dist = metadata.distribution("attribquant")
    assert dist.version == attribquant.__version__, (dist.version, attribquant.__version__)
    assert dist.metadata["License-Expression"] == "MIT", dist.metadata["License-Expression"]
    licence = [f for f in dist.files or () if f.name == "LICENSE"]
    assert licence, "no LICENSE file in the distribution"
    assert "MIT License" in licence[0].read_text(encoding="utf-8")
    return f"attribquant {dist.version}, {dist.metadata['License-Expression']}, {licence[0]}"


#: The build the caller expects (``--expect-build``), or None to only report it.
EXPECTED_BUILD: list[str] = []


def build_kind(example: Path) -> str:
    """Pure-Python or compiled: the compiled wheel's stages are extension modules, and
    ``attribquant --version`` says "(compiled)" for it."""
    import attribquant
    import attribquant.tokens

    compiled = attribquant.tokens.__file__.endswith((".so", ".pyd"))
    kind = "compiled" if compiled else "pure"
    version = subprocess.run([sys.executable, "-m", "attribquant", "--version"],
                             capture_output=True, text=True, check=True).stdout.strip()
    expected = f"attribquant {attribquant.__version__}" + (" (compiled)" if compiled else "")
    assert version == expected, f"--version says {version!r}, expected {expected!r}"
    if EXPECTED_BUILD:
        assert kind == EXPECTED_BUILD[0], f"the {kind} build, not the {EXPECTED_BUILD[0]} one"
    return f"the {kind} build ({attribquant.tokens.__file__})"


def import_is_light(example: Path) -> str:
    """A fresh ``import attribquant`` loads no optional extra and no metadata machinery."""
    heavy = ["pandas", "spacy", "pyspark", "pyarrow", "dask", "tqdm", "importlib.metadata",
             "quantulum3.parser"]
    code = f"import sys, attribquant; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]", f"import attribquant loaded {out}"
    return "no optional module loaded at import"


def extracts_example(example: Path) -> str:
    """The bundled story gives its known readings."""
    import attribquant

    doc = attribquant.extract(example.read_text(encoding="utf-8"))
    by_text = {q.text: q for q in doc.quantities}
    q = by_text["up to 2,500 residents"]
    assert (q.value, q.low, q.high, q.unit) == (2500.0, None, 2500.0, "resident"), q
    assert q.speaker is not None and q.speaker.name == "Regional Emergency Agency", q.speaker
    assert [h.kind for h in q.hedges] == ["bound"], q.hedges
    workers = by_text["about 120 rescue workers"]
    assert workers.approximate and workers.speaker is not None
    assert workers.speaker.name == "Helena Marsh-Okafor", workers.speaker
    data = doc.to_dict()
    assert data["schema_version"] == attribquant.SCHEMA_VERSION
    json.dumps(data)
    from attribquant.lexicon import entities  # the data files shipped in the package

    assert entities.given_names()["mary"] == "f" and "ohio" in entities.places()
    return f"{len(doc.quantities)} quantities, {len(doc.speakers)} speakers"


def _run_cli(argv: list[str]) -> list[dict[str, object]]:
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{argv} exited {proc.returncode}: {proc.stderr}"
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def command_line(example: Path) -> str:
    """The ``attribquant`` script and ``python -m attribquant`` print the same JSON Lines."""
    script = shutil.which("attribquant", path=str(Path(sys.executable).parent))
    assert script is not None, "the attribquant command is not installed beside python"
    rows = _run_cli([script, str(example)])
    assert rows == _run_cli([sys.executable, "-m", "attribquant", str(example)])
    assert any(r["text"] == "up to 2,500 residents" and r["high"] == 2500.0 for r in rows)
    return f"{len(rows)} JSON lines from {script}"


CHECKS: list[Check] = [installed_not_source, metadata_matches, build_kind, import_is_light,
                       extracts_example, command_line]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Smoke test of an installed attribquant.")
    ap.add_argument("example", nargs="?", type=Path, default=EXAMPLE,
                    help="the bundled story (default: examples/harbour-flood.txt)")
    ap.add_argument("--expect-build", choices=("pure", "compiled"),
                    help="fail unless the installed build is this one")
    args = ap.parse_args(argv)
    EXPECTED_BUILD[:] = [args.expect_build] if args.expect_build else []
    example: Path = args.example
    for passed, check in enumerate(CHECKS):
        try:
            said = check(example)
        except Exception as exc:  # report which check failed, then stop
            print(f"FAILED {check.__name__}: {type(exc).__name__}: {exc}")
            print(f"smoke: {passed} passed, 1 failed")
            return 1
        print(f"ok {check.__name__}: {said}")
    print(f"smoke: {len(CHECKS)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
