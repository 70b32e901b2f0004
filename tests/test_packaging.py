"""The two install routes stay in step, and the public API matches DESIGN.md."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import geneva_nb as gn

ROOT = Path(__file__).resolve().parents[1]


def test_environment_yml_installs_the_project_with_its_python():
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # conda brings python and pip only; every other dependency comes from pyproject via pip
    body = env.split("dependencies:", 1)[1]
    deps = [d.strip() for d in re.findall(r"^\s+-\s+(\S.*)$", body, flags=re.M)]
    assert deps == [f"python{project['requires-python']}", "pip", "pip:", "-e .[dev]"]
    assert "conda-forge" in env


def test_makefile_targets_and_ci_call_make_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("report", "test", "lab", "student", "bench"):
        assert re.search(rf"^{target}:", makefile, flags=re.M), target
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_public_api_names_from_design():
    for name in ["load_article", "sentences", "attribute", "tone", "tone_toward", "tone_by_side",
                 "timexes", "chronology", "highlight_html", "Article", "ToneScore"]:
        assert name in gn.__all__
    assert issubclass(gn.errors.ArticleNotFoundError, gn.errors.GenevaNbError)


def test_every_data_file_ships_in_the_wheel():
    # setuptools packs the package-data globs; data/ is a link inside the package, so a file
    # deeper than the globs reach would be missing from a non-editable install
    package = ROOT / "src" / "geneva_nb"
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"]["package-data"]["geneva_nb"]
    shipped = {p for g in globs for p in package.glob(g) if p.is_file()}
    data = {p for p in (package / "data").rglob("*") if p.is_file()}
    assert data and data <= shipped
