"""Write the notebook view (``Document._repr_html_()``) of a text file as a page, and take a
screenshot of it with headless Chromium (the Debian ``chromium`` package).

Usage::

    python examples/html_view.py examples/valley-storm.txt --png docs/img/html-view.png \\
        --open-card 1

``--open-card N`` shows the hover card of quantity N as it looks under the mouse (a
screenshot cannot hover). This is how ``docs/img/html-view.png`` is made.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import attribquant
from attribquant.display import PREFIX

#: Flags for a headless run that touches no network and no profile of the user's.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def page(text: str, open_card: int | None) -> str:
    """A whole HTML page holding the view of ``text``."""
    view = attribquant.extract(text)._repr_html_()
    force = "" if open_card is None else (
        f'<style>.{PREFIX} mark[data-{PREFIX}-index="{open_card}"]>.{PREFIX}-card'
        "{display:grid!important}</style>")
    return ('<!doctype html><html><head><meta charset="utf-8">'
            f'<title>attribquant view</title>{force}</head>'
            f'<body style="margin:16px;background:#f3f4f6">{view}</body></html>')


def screenshot(html_file: Path, png: Path, size: str) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--window-size={size}", f"--screenshot={png.resolve()}",
                        html_file.resolve().as_uri()],
                       check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("text", type=Path, help="a UTF-8 text file")
    ap.add_argument("--html", type=Path, help="where to write the page (default: a temp file)")
    ap.add_argument("--png", type=Path, help="where to write a screenshot")
    ap.add_argument("--open-card", type=int, help="show the hover card of this quantity")
    ap.add_argument("--window-size", default="1000,900", help="WIDTH,HEIGHT in pixels")
    args = ap.parse_args(argv)
    html = page(args.text.read_text(encoding="utf-8"), args.open_card)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.html or Path(tmp) / "view.html"
        out.write_text(html, encoding="utf-8")
        if args.png:
            screenshot(out, args.png, args.window_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
