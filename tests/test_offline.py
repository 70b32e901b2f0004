"""Offline first: nothing downloads, and the whole pipeline runs with sockets disabled."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PIPELINE = """
import pytest_socket
pytest_socket.disable_socket()          # any socket from here on raises SocketBlockedError
import os, tempfile
os.environ["GENEVA_NB_NLTK_DATA"] = tempfile.mkdtemp()   # a fresh nltk data folder, too
import geneva_nb as gn
art = gn.load_article()
print("sentences", len(gn.sentences(art)))
stages = {
    "attribute": lambda: gn.attribute(art),
    "tone": lambda: gn.tone("a difficult talk"),
    "tone_by_side": lambda: gn.tone_by_side(art),
    "timexes": lambda: gn.timexes(art),
    "chronology": lambda: gn.chronology(art),
    "highlight_html": lambda: gn.highlight_html(art),
}
for name, run in stages.items():
    try:
        run()
    except (ImportError, AttributeError) as exc:   # a stage not built yet in this checkout
        print("missing", name, exc)
        continue
    print("ok", name)
"""


def test_whole_pipeline_runs_with_sockets_disabled():
    out = subprocess.run(
        [sys.executable, "-c", PIPELINE], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "sentences 20" in out.stdout
    assert "ok tone" in out.stdout or "missing tone" in out.stdout
    assert "SocketBlocked" not in out.stdout + out.stderr


def test_no_source_or_notebook_downloads_anything():
    pattern = re.compile(
        r"nltk\.download\(|download_corpora|urlopen\(|requests\.get|https?://cdn"
        r"|hf_hub|from_pretrained"
    )
    files = [*ROOT.glob("src/**/*.py"), *ROOT.glob("scripts/*.py"),
             *ROOT.glob("notebooks/*.ipynb")]
    offenders = [f"{p.relative_to(ROOT)}: {m.group()}" for p in files
                 for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert offenders == []
