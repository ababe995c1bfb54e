"""An atheris (libFuzzer) fuzz target for ``attribquant.extract``.

Each input is a byte string, read as text in several ways (:func:`decodings`); every text
goes through ``extract`` and must keep the invariants the property tests check
(``tests.test_api.assert_offsets``: every offset slices the text to the reported surface,
``low <= value <= high`` where set, no NaN) plus: ``to_dict()`` is strict JSON that reads
back equal, and a second run gives the same ``to_dict()``. A broken invariant raises, and
libFuzzer saves the input as a crash file.

Usage (run from the repository root; see docs/fuzzing.md)::

    python -m pip install atheris
    mkdir -p /tmp/aq-corpus
    python fuzz/fuzz_extract.py /tmp/aq-corpus fuzz/corpus -max_total_time=600

Without atheris, :func:`check_bytes` is plain Python: ``tests/test_fuzz_target.py`` runs
every seed of ``fuzz/corpus`` through it.

A crash of a known, still open bug (:func:`known_bug`) is let pass, so that a run goes on to
find others and the CI run does not fail on it by chance; each is pinned by a strict xfail
in ``tests/test_fuzz_target.py``. ``AQ_FUZZ_STRICT=1`` lets nothing pass.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # for tests.test_api
    sys.path.insert(0, str(REPO))
sys.path.append(str(REPO / "src"))  # only when no attribquant is installed


def code_points(data: bytes) -> str:
    """Every 3 bytes as one code point (modulo 0x110000): any plane, any surrogate."""
    return "".join(chr(int.from_bytes(data[k:k + 3], "little") % 0x110000)
                   for k in range(0, len(data) - 2, 3))


def decodings(data: bytes) -> list[str]:
    """The different texts a byte string is read as: UTF-8 with bad bytes replaced, UTF-8
    with bad bytes kept as lone surrogates, Latin-1 (every byte a character), UTF-16 (any
    code unit, lone surrogates too) and one code point per 3 bytes."""
    texts = [
        data.decode("utf-8", "replace"),
        data.decode("utf-8", "surrogateescape"),
        data.decode("latin-1"),
        data[:len(data) // 2 * 2].decode("utf-16-le", "surrogatepass"),
        code_points(data),
    ]
    return list(dict.fromkeys(texts))


def check(text: str) -> None:
    """Raise AssertionError when ``extract(text)`` breaks an invariant."""
    from tests.test_api import assert_offsets

    from attribquant import extract

    doc = extract(text)
    assert_offsets(doc, text)
    shape = doc.to_dict()
    strict = json.dumps(shape, allow_nan=False)
    assert json.loads(strict) == shape, "to_dict() does not read back from its JSON"
    assert extract(text).to_dict() == shape, "a second run differs"


def known_bug(exc: BaseException) -> str | None:
    """The open bug ``exc`` comes from, or None for a new crash. Remove a bug from here when
    it is fixed (its strict xfail in tests/test_fuzz_target.py then fails, as a reminder)."""
    del exc  # none open now: the last one (superscript digits passed to int()) is fixed
    return None


#: Set to 1 to report known bugs as crashes too.
STRICT = os.environ.get("AQ_FUZZ_STRICT") == "1"


def check_bytes(data: bytes) -> None:
    """The fuzz target: every decoding of ``data`` through :func:`check`."""
    for text in decodings(data):
        check_known(text)


def check_known(text: str) -> None:
    """:func:`check`, letting a known open bug pass unless ``STRICT``."""
    try:
        check(text)
    except Exception as exc:
        if STRICT or known_bug(exc) is None:
            raise


def main() -> None:
    import atheris  # imported here: the module stays importable without it

    with atheris.instrument_imports(include=["attribquant"]):
        import attribquant  # noqa: F401  (instrumented for coverage feedback)
    atheris.Setup(sys.argv, check_bytes)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
