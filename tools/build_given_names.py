"""Build ``src/attribquant/lexicon/data/given_names.tsv`` from the 1990 US census first-name lists.

Usage::

    pip download --no-deps names==0.3.0 -d /tmp/names
    python tools/build_given_names.py /tmp/names/names-0.3.0.tar.gz

The ``names`` package (MIT licence) ships the US Census Bureau's 1990 frequency lists of
female and male first names (``dist.female.first``, ``dist.male.first``; a work of the US
government, in the public domain). Each line gives a name and its share (percent) of the
women or of the men counted. A name is written to the table with the sex whose share is at
least ``RATIO`` times the other's; names used about as often for both ("Jordan", "Jean")
are left out, so they give no evidence. The table is read at run time; this script is only
run when the table is rebuilt.
"""

from __future__ import annotations

import argparse
import io
import tarfile
from pathlib import Path

RATIO = 4.0
OUT = Path(__file__).resolve().parents[1] / "src" / "attribquant" / "lexicon" / "data" / \
    "given_names.tsv"
HEADER = """\
# Given names and the sex they are mostly given to: f (female) or m (male).
# Source: US Census Bureau, 1990 census, frequency lists of female and male first names
# (public domain), as shipped in the MIT-licensed `names` package 0.3.0 on PyPI.
# A name is listed when one sex's share is at least {ratio:g} times the other's.
# Built by tools/build_given_names.py; do not edit by hand.
"""


def read_shares(raw: bytes) -> dict[str, float]:
    shares: dict[str, float] = {}
    for line in io.StringIO(raw.decode("ascii")):
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def build(archive: Path) -> list[tuple[str, str]]:
    with tarfile.open(archive) as tar:
        files = {Path(m.name).name: m for m in tar.getmembers()}
        female = read_shares(tar.extractfile(files["dist.female.first"]).read())  # type: ignore[union-attr]
        male = read_shares(tar.extractfile(files["dist.male.first"]).read())  # type: ignore[union-attr]
    rows = []
    for name in sorted(female.keys() | male.keys()):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= RATIO * m:
            rows.append((name, "f"))
        elif m >= RATIO * f:
            rows.append((name, "m"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", type=Path, help="names-0.3.0.tar.gz from PyPI")
    args = ap.parse_args()
    rows = build(args.archive)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(ratio=RATIO))
        out.writelines(f"{name}\t{sex}\n" for name, sex in rows)
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
