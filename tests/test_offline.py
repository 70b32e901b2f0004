"""Offline first: nothing downloads, and the whole pipeline runs with sockets disabled."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PIPELINE = """
import pytest_socket
pytest_socket.disable_socket()          # any socket from here on raises SocketBlockedError
import geneva_nb as gn
art = gn.load_article()
print("sentences", len(gn.sentences(art)))
a = gn.analyze(art)
print("statements", len(a.statements))
print("tone", gn.tone("a difficult talk").label)
print("sides", int(a.tone_by_side.n.sum()))
print("timexes", len(a.timexes))
print("chronology", len(a.chronology))
print("html", len(gn.highlight_html(art, a.statements)) > 1000)
"""


def test_whole_pipeline_runs_with_sockets_disabled_and_writes_nothing_home(tmp_path):
    # a fresh, empty home and no cache folder: nothing may be needed from, or written to, them
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in {"XDG_CACHE_HOME", "NLTK_DATA", "GENEVA_NB_DATA"}}
    # matplotlib keeps its own font cache (not ours): give it a folder outside the home
    env.update(HOME=str(home), MPLCONFIGDIR=str(tmp_path / "matplotlib"))
    out = subprocess.run([sys.executable, "-c", PIPELINE], capture_output=True, text=True,
                         cwd=ROOT, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-3000:]  # every stage ran: none may be missing
    # the Geneva article: 20 sentences, 15 statements all of a known side (Sherman 9, Ryabkov 5,
    # the ministry 1), 9 time expressions (data/gold/geneva-talks.tml has 9 besides the document
    # date), one timeline row each
    assert out.stdout.split("\n")[:-1] == [
        "sentences 20", "statements 15", "tone negative", "sides 15", "timexes 9",
        "chronology 9", "html True"]
    assert list(home.rglob("*")) == []


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
