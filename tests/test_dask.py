"""The Dask recipe of docs/scaling.md, run as written there: JSON Lines files to a dask
DataFrame with the records and dtypes of ``to_frame``, bad records logged and skipped.

Needs the ``dask`` extra (``.ci/run`` installs it; skipped with the reason elsewhere when
absent, failed on CI).  All texts are written for these tests.
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import pytest

import attribquant
from attribquant.tables import COLUMNS

REPO = Path(__file__).resolve().parents[1]

GOOD = [
    {"id": "a-1", "text": "Police said up to 40 people could be hurt."},
    {"id": "a-2", "text": "Nothing here is counted."},
    {"id": 3,
     "text": "\u201cAbout 300 homes burned,\u201d said Ana Reyes. She said 12 boats sank."},
    {"id": "a-4", "text": "Prices rose 5% in May, the bureau reported."},
    {"text": "A 5 km road was shut after rainfall could reach 80 mm."},
    {"id": "a-6", "text": "Insurers estimate the damage at more than $40 million."},
]


def recipe() -> dict[str, Any]:
    """The namespace of the recipe's first code block, as a user would paste it."""
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("dask is missing on CI: .ci/run installs the dask extra")
        pytest.skip('dask is not installed (pip install -e ".[dask]")')
    page = (REPO / "docs" / "scaling.md").read_text(encoding="utf-8")
    section = page.split("## A cluster: Dask", 1)[1].split("\n## ", 1)[0]
    code = re.findall(r"```python\n(.*?)```", section, re.DOTALL)[0]
    namespace: dict[str, Any] = {"__name__": "scaling_recipe"}
    exec(compile(code, "docs/scaling.md (Dask recipe)", "exec"), namespace)
    return namespace


def write_corpus(folder: Path) -> None:
    """Two files; the first holds a line that is not JSON, a blank line and a null text."""
    with (folder / "part-1.jsonl").open("w", encoding="utf-8") as f:
        for item in GOOD[:3]:
            f.write(json.dumps(item) + "\n")
        f.write('{"id": "broken", "text": \n\n')
        f.write(json.dumps({"id": "null", "text": None}) + "\n")
    with (folder / "part-2.jsonl").open("w", encoding="utf-8") as f:
        for item in GOOD[3:]:
            f.write(json.dumps(item) + "\n")


@pytest.mark.parametrize(("scheduler", "convert_string"),
                         [("sync", False), ("processes", False), ("processes", True)])
def test_recipe_gives_the_frame_of_to_frame(tmp_path: Path, scheduler: str,
                                            convert_string: bool,
                                            caplog: pytest.LogCaptureFixture) -> None:
    """With dask's ``dataframe.convert-string`` off, the frame is ``to_frame``'s; on (dask's
    default), the same but for the ``id`` column, read as strings."""
    pd = pytest.importorskip("pandas")
    quantities = recipe()["quantities"]
    import dask

    write_corpus(tmp_path)
    with dask.config.set({"dataframe.convert-string": convert_string}):
        frame = quantities(str(tmp_path / "part-*.jsonl"))
        assert frame.npartitions == 2
        with caplog.at_level(logging.WARNING, logger="quantities"):
            got = frame.compute(scheduler=scheduler, num_workers=2).reset_index(drop=True)
    expected = attribquant.to_frame(attribquant.extract_many(GOOD))
    assert len(expected) >= 7
    if convert_string:
        assert str(got["id"].dtype) == "string"
        assert got["id"].tolist() == ["a-1", "3", "3", "a-4", pd.NA, pd.NA, "a-6"]
        got["id"] = got["id"].astype(object).where(got["id"].notna(), None)
        expected["id"] = pd.Series([v if v is None else str(v) for v in expected["id"]],
                                   dtype=object)
    assert {c: str(t) for c, t in got.dtypes.items()} == COLUMNS
    pd.testing.assert_frame_equal(got, expected)
    if scheduler == "sync":  # the warnings of worker processes stay in their own logs
        skipped = [r.getMessage() for r in caplog.records if r.name == "quantities"]
        assert len(skipped) == 2, skipped
        assert "(id 'null')" in skipped[1]
