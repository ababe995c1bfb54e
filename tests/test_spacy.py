"""The spaCy component ``"attribquant"``: found through its entry point, on a blank pipeline
(no model), it fills ``doc._.quantities``, ``doc._.attribquant`` and
``doc.spans["quantities"]`` with spans on spaCy's tokens that carry the quantity and its
speaker; its results survive ``to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``.

Needs the ``spacy`` extra (``.ci/run`` installs it; skipped with the reason elsewhere when
absent, failed on CI).  No model is downloaded.  All texts are written for these tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import attribquant
from attribquant import Document, Quantity, Speaker, TextTooLong

from .test_docs import _installed_source

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spacy() -> Any:
    try:
        import spacy
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("spaCy is missing on CI: .ci/run installs the spacy extra")
        pytest.skip('spaCy is not installed (pip install -e ".[spacy]")')
    return spacy


@pytest.fixture(scope="module")
def nlp(spacy: Any) -> Any:
    # the component module is imported here as spaCy would through the entry point, so
    # these tests also run where the installed metadata is another tree's
    import attribquant.spacy_component  # noqa: F401

    pipeline = spacy.blank("en")
    pipeline.add_pipe("attribquant")
    return pipeline


ARTICLE = (
    "Coastguard commander Ana Reyes said the storm stranded up to 40 fishermen. About 12 "
    "boats sank, she added. Insurers estimate the damage at more than $40 million, "
    "according to a trade group.\n\nRainfall could reach 80 mm by Friday."
)

# (text, the quantity, its span on spaCy's tokens, its speaker's name or None)
SPANS = [
    ("Officials said up to 40 people were hurt.", "up to 40 people", "up to 40 people",
     "Officials"),
    ("Prices rose 5% in May.", "5%", "5%", None),
    # the quantity ends inside the token "5%-plus": the span takes the whole token
    ("Analysts expect 5%-plus growth, the bank said.", "5%", "5%-plus", "bank"),
    ("\u201cAbout 300 homes burned,\u201d said Ana Reyes.", "About 300 homes",
     "About 300 homes", "Ana Reyes"),
]


@pytest.mark.parametrize(("text", "quantity", "span_text", "speaker"), SPANS,
                         ids=[s[1] for s in SPANS])
def test_spans_on_tokens_carry_quantity_and_speaker(nlp: Any, text: str, quantity: str,
                                                    span_text: str,
                                                    speaker: str | None) -> None:
    doc = nlp(text)
    found = [s for s in doc.spans["quantities"] if s._.quantity.text == quantity]
    assert len(found) == 1, [(s.text, s._.quantity.text) for s in doc.spans["quantities"]]
    span = found[0]
    assert span.text == span_text
    assert span.label_ == "QUANTITY"
    q = span._.quantity
    assert isinstance(q, Quantity)
    assert doc.text[q.start:q.end] == quantity  # exact offsets kept on the Quantity
    assert span.start_char <= q.start and q.end <= span.end_char
    if speaker is None:
        assert span._.speaker is None
    else:
        assert isinstance(span._.speaker, Speaker)
        assert span._.speaker.name == speaker


def test_doc_holds_the_same_results_as_extract(nlp: Any) -> None:
    doc = nlp(ARTICLE)
    expected = attribquant.extract(ARTICLE)
    assert doc._.attribquant == expected
    assert doc._.quantities == expected.quantities
    assert len(expected.quantities) >= 4
    assert [s._.quantity for s in doc.spans["quantities"]] == list(expected.quantities)
    assert [s._.speaker for s in doc.spans["quantities"]] == [
        q.speaker for q in expected.quantities]


def test_blank_pipeline_has_no_model_and_empty_text_is_fine(nlp: Any) -> None:
    assert nlp.pipe_names == ["attribquant"]
    assert nlp.meta["vectors"]["width"] == 0
    doc = nlp("")
    assert doc._.quantities == ()
    assert list(doc.spans["quantities"]) == []


def test_unprocessed_doc_has_none(nlp: Any, spacy: Any) -> None:
    doc = spacy.blank("en")("About 12 boats.")
    assert doc._.quantities is None
    assert doc._.attribquant is None
    assert "quantities" not in doc.spans


def test_config_max_chars_and_spans_key(spacy: Any) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribquant", config={"max_chars": 20, "spans_key": "aq"})
    assert nlp.get_pipe_config("attribquant") == {
        "factory": "attribquant", "max_chars": 20, "spans_key": "aq"}
    doc = nlp("About 12 boats.")
    assert [s.text for s in doc.spans["aq"]] == ["About 12 boats"]
    with pytest.raises(TextTooLong):
        nlp("About 12 boats sank in the storm.")
    unlimited = spacy.blank("en")
    unlimited.add_pipe("attribquant", config={"max_chars": None})
    assert len(unlimited("About 12 boats. " * 2)._.quantities) == 2


def test_bad_config_is_refused(spacy: Any) -> None:
    from thinc.api import ConfigValidationError

    with pytest.raises(ConfigValidationError, match="max_chars"):
        spacy.blank("en").add_pipe("attribquant", config={"max_chars": "many"})


def test_results_survive_bytes_and_docbin(nlp: Any) -> None:
    from spacy.tokens import Doc, DocBin

    doc = nlp(ARTICLE)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.attribquant == doc._.attribquant
    assert isinstance(again._.attribquant, Document)
    assert [(s.text, s._.quantity, s._.speaker) for s in again.spans["quantities"]] == [
        (s.text, s._.quantity, s._.speaker) for s in doc.spans["quantities"]]
    store = DocBin(store_user_data=True)
    store.add(doc)
    [loaded] = DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab)
    assert loaded._.quantities == doc._.quantities


def test_results_survive_nlp_pipe_with_processes(nlp: Any) -> None:
    """``n_process`` moves each Doc back to this process as bytes."""
    texts = [ARTICLE, "Up to 5 km of road.", ""] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [d._.attribquant for d in docs] == [attribquant.extract(t) for t in texts]


def test_usage_example_prints_what_it_says(nlp: Any,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The example of docs/usage.md, "spaCy", run as written: it prints its comment."""
    page = (REPO / "docs" / "usage.md").read_text(encoding="utf-8")
    section = page.split("\n## spaCy\n", 1)[1].split("\n## ", 1)[0]
    code = re.findall(r"```python\n(.*?)```", section, re.DOTALL)[0]
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    exec(compile(code, "docs/usage.md (spaCy)", "exec"), {"__name__": "usage_spacy"})
    assert capsys.readouterr().out.splitlines() == expected != []


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=300)


def test_entry_point_needs_no_import(spacy: Any) -> None:
    """A fresh interpreter that imports spaCy only: ``add_pipe("attribquant")`` works."""
    source = _installed_source()
    if source is None or source.resolve() != Path(attribquant.__file__).resolve().parent:
        pytest.skip("the installed attribquant (its entry points) is another tree's")
    proc = run_python(
        "import json, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('attribquant')\n"
        "doc = nlp('Police said up to 40 people were hurt.')\n"
        "print(json.dumps([(s.text, s._.speaker.name) for s in doc.spans['quantities']]))\n")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [["up to 40 people", "Police"]]


def test_importing_attribquant_imports_no_integration() -> None:
    proc = run_python(
        "import sys\n"
        "import attribquant, attribquant.tables\n"
        "attribquant.to_records([attribquant.extract('Police said 40 people were hurt.')])\n"
        "loaded = {'spacy', 'pyspark', 'pyarrow', 'dask', 'srsly', 'thinc',\n"
        "          'attribquant.spacy_component', 'attribquant.spark'} & set(sys.modules)\n"
        "assert not loaded, loaded\n")
    assert proc.returncode == 0, proc.stderr
