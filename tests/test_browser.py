"""The notebook view in a real browser: headless Chromium loads ``Document._repr_html_()``
and dumps its DOM, which must hold one highlighted mark per quantity, the table, the text
as text (markup in it inert) and the view's CSS in force.

Needs the Debian ``chromium`` package (``.ci/run`` installs it when missing); skipped, with
the reason, where it is absent outside CI. All texts are written for these tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import attribquant
from attribquant.display import NEUTRAL, PALETTE, PREFIX

from .test_display import View

#: Flags for a headless run that touches no network and no profile of the user's.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]

TEXT = (
    "Rescue teams said about 300 homes were flooded on Monday. \u201cUp to 40 more could go "
    "under,\u201d said harbour master Ana Ruiz. She added that at least 3 bridges were shut.\n\n"
    "A post read <script>document.title = 'ran'</script> and <img src=x "
    "onerror=\"document.title = 'img'\"> & \"quotes\". Water rose 2 metres overnight."
)

#: Run in the page after the view: reads what the browser made of it into a <pre>.
PROBE = """<script>
const root = document.querySelector('.PFX');
const marks = [...root.querySelectorAll('mark.PFX-q')];
const text = root.querySelector('.PFX-text').cloneNode(true);
text.querySelectorAll('.PFX-card').forEach(c => c.remove());
const hover = [...document.styleSheets].flatMap(s => [...s.cssRules]).find(
  r => r.selectorText && r.selectorText.includes(':hover > .PFX-card'));
const out = {
  title: document.title,
  text: text.textContent,
  marks: marks.map(m => ({text: m.firstChild.textContent,
                          bg: getComputedStyle(m).backgroundColor,
                          line: getComputedStyle(m).borderBottomColor,
                          card: getComputedStyle(m.querySelector('.PFX-card')).display})),
  hover: hover ? [hover.style.display, hover.style.getPropertyPriority('display')] : null,
  injected: root.querySelectorAll('script, img').length,
  rows: root.querySelectorAll('table.PFX-table tbody tr').length,
};
const pre = document.createElement('pre');
pre.id = 'probe';
pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>""".replace("PFX", PREFIX)


def chromium() -> str:
    found = os.environ.get("CHROMIUM") or next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p),
        None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing on CI: .ci/run must install it")
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium); "
                    "CI installs it")
    return found


def dump_dom(page: Path, tmp_path: Path) -> str:
    profile = tmp_path / "profile"
    run = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, timeout=180,
                         check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_the_view_in_headless_chromium(tmp_path: Path) -> None:
    doc = attribquant.extract(TEXT)
    assert len(doc.quantities) >= 4
    page = tmp_path / "view.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>view</title>'
                    f"</head><body>{doc._repr_html_()}{PROBE}</body></html>", encoding="utf-8")
    dom = dump_dom(page, tmp_path)

    # the dumped DOM, read back: the highlighted spans and the table
    probe = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert probe is not None, dom[-2000:]
    root = dom[dom.index(f'<div class="{PREFIX}">'):probe.start()]
    root = root[:root.rindex("<script>")]
    v = View()
    v.feed(root)
    assert [m["text"] for m in v.marks] == [q.text for q in doc.quantities]
    assert len(v.rows) == len(doc.quantities)
    assert [r[1] for r in v.rows] == [q.text for q in doc.quantities]
    assert "".join(v.text) == TEXT

    # what the browser made of it: markup in the text is inert, the CSS applies
    seen = json.loads(probe.group(1).replace("&lt;", "<").replace("&gt;", ">")
                      .replace("&quot;", '"').replace("&amp;", "&"))
    assert seen["title"] == "view"  # neither the <script> nor the onerror in the text ran
    assert seen["injected"] == 0
    assert seen["text"] == TEXT
    assert seen["rows"] == len(doc.quantities)
    assert seen["hover"] == ["grid", "important"]
    speakers = [q.speaker.name if q.speaker else None for q in doc.quantities]
    first = {name: k for k, name in enumerate(dict.fromkeys(s for s in speakers if s))}
    for mark, name in zip(seen["marks"], speakers, strict=True):
        bg, line = NEUTRAL if name is None else PALETTE[first[name]]
        assert (mark["bg"], mark["line"]) == (rgb(bg), rgb(line)), (mark, name)
        assert mark["card"] == "none"  # hidden until hovered
    assert None in speakers and len(first) >= 2
