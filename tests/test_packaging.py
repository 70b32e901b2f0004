"""The two install routes stay in step, and the public API matches DESIGN.md."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
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


def _requirement_names(reqs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}


def _imports(root: Path) -> tuple[set[str], set[str]]:
    """Third-party modules imported by the package: (at module level, only inside functions)."""
    eager: set[str] = set()
    lazy: set[str] = set()

    def names(node: ast.AST) -> set[str]:
        if isinstance(node, ast.Import):
            return {a.name.split(".")[0] for a in node.names}
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            return {node.module.split(".")[0]}
        return set()

    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {id(n) for f in ast.walk(tree)
                  if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) for n in ast.walk(f)}
        for node in ast.walk(tree):
            (lazy if id(node) in inside else eager).update(names(node))
    ignore = set(sys.stdlib_module_names) | {"geneva_nb"}
    return eager - ignore, lazy - eager - ignore


def test_core_dependencies_cover_every_import_and_nothing_research_or_notebook():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = _requirement_names(project["dependencies"])
    extras = project["optional-dependencies"]
    # every third-party module src/geneva_nb imports comes from a core dependency
    dists = importlib.metadata.packages_distributions()
    eager, lazy = _imports(ROOT / "src" / "geneva_nb")
    assert {"pandas", "nltk", "textblob", "nbclient"} <= eager | lazy  # the walk sees them

    def dist_names(modules: set[str]) -> set[str]:
        return {d.lower().replace("_", "-") for m in modules for d in dists.get(m, [m])}

    assert dist_names(eager) <= core, sorted(dist_names(eager) - core)
    # an import inside a function may come from an extra (the explorer's ipywidgets, Dask's
    # distributed, the research word lists): it runs only when that feature is used
    # (named here, so that a core feature importing an extra-only package fails this test)
    optional_features = {"distributed", "dask", "ipywidgets"}
    assert dist_names(lazy) - core <= optional_features, sorted(dist_names(lazy) - core)
    # the notebook tooling and the research-only / GPL word lists are extras, not core
    assert not core & {"jupyterlab", "jupytext", "afinn", "nrclex", "vadersentiment"}
    assert _requirement_names(extras["notebooks"]) >= {"jupyterlab", "jupytext", "ipywidgets"}
    assert _requirement_names(extras["research"]) == {"afinn", "nrclex"}
    assert any(r.replace(" ", "").startswith("dask[distributed]") for r in extras["dask"])
    # tests need everything: dev pulls the three other extras
    own = [r for r in extras["dev"] if r.lower().replace("-", "_").startswith("geneva_nb[")]
    assert len(own) == 1 and set(own[0].split("[")[1].rstrip("]").split(",")) == {
        "notebooks", "dask", "research"}


_WITHOUT_RESEARCH_LISTS = """
import sys
sys.modules["afinn"] = None   # importing either now raises ModuleNotFoundError
sys.modules["nrclex"] = None
import geneva_nb as gn
from geneva_nb import tone_model
art = gn.load_article()
sides = gn.tone_by_side(art)
text = "The brave negotiators were praised."
print(tone_model.uses_research_features(), gn.tone(text).compound > 0,
      gn.tone_toward(text, 4, 21).compound > 0, int(sides.n.sum()))
"""


def test_the_shipped_tone_tables_need_no_research_word_list():
    out = subprocess.run([sys.executable, "-c", _WITHOUT_RESEARCH_LISTS], capture_output=True,
                         text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    # 15 sided statements in the Geneva article: Sherman 9, Ryabkov 5, the ministry 1
    assert out.stdout.split() == ["False", "True", "True", "15"]
