"""Student copies of the notebooks: solutions replaced by a prompt, outputs cleared.

This module owns ``geneva-nb student``. It follows the convention of Allen Downey's ThinkStats
notebooks: an exercise's solution lives in a cell tagged ``solution``; the student copy keeps the
cell (so numbering and layout stay the same) but replaces its source with a prompt — a
``# Your solution here`` comment for code, an italic prompt for markdown — and drops every
output and execution count, so students start from a clean notebook.

Only ``.ipynb`` files are written: they open in JupyterLab, Jupyter Notebook, VS Code and Colab.
The jupytext pairing metadata is removed so a student's save does not create stray scripts.

It also owns what makes a student folder stand alone (``make student``):
:func:`write_student_folder` adds the data the notebooks read and a README with the one install
command (optionally the package as a wheel), and :func:`course_path` is how notebooks find their
data both in a checkout (``../tests/data/...``) and in a copied student folder
(``course-data/...``). :func:`annotation` turns a student's own attribution annotation into the
BRAT document the project's evaluator (:mod:`geneva_nb.evaluate.brat`) scores the rules against.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataFileError, InputError
from .report import find_notebooks, read_notebook

if TYPE_CHECKING:  # pragma: no cover
    from nbformat import NotebookNode

    from .evaluate.brat import BratDocument

__all__ = [
    "CODE_PROMPT",
    "COURSE_DATA",
    "MARKDOWN_PROMPT",
    "SOLUTION_TAG",
    "StudentCopy",
    "StudentFolder",
    "annotation",
    "course_path",
    "notebook_data",
    "student_notebook",
    "write_student_copies",
    "write_student_folder",
]

SOLUTION_TAG = "solution"
CODE_PROMPT = "# Your solution here\n"
MARKDOWN_PROMPT = "*Your answer here.*"


@dataclass(frozen=True, slots=True)
class StudentCopy:
    """One student notebook written by :func:`write_student_copies`."""

    source: Path
    path: Path
    solutions_removed: int


def student_notebook(nb: NotebookNode) -> tuple[NotebookNode, int]:
    """A student copy of ``nb`` and the number of solution cells replaced.

    Solution cells (tag ``solution``) keep their position and type, get the prompt as source and
    the tag ``exercise`` instead of ``solution``; every code cell loses its outputs and
    execution count; notebook-level jupytext metadata is dropped.
    """
    import copy

    result = copy.deepcopy(nb)
    replaced = 0
    for cell in result.cells:
        tags = list(cell.get("metadata", {}).get("tags", []))
        if SOLUTION_TAG in tags:
            replaced += 1
            cell.source = CODE_PROMPT if cell.cell_type == "code" else MARKDOWN_PROMPT
            cell.metadata["tags"] = [t for t in tags if t != SOLUTION_TAG] + ["exercise"]
            cell.pop("attachments", None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            for key in ("execution", "scrolled", "collapsed"):
                cell.metadata.pop(key, None)
    result.metadata.pop("jupytext", None)
    result.metadata.pop("widgets", None)
    return result, replaced


def write_student_copies(
    out: str | Path, *, notebooks: str | Path = "notebooks"
) -> list[StudentCopy]:
    """Write a student copy of every ``NN-*.ipynb`` in ``notebooks`` to the folder ``out``."""
    import nbformat

    sources = find_notebooks(notebooks)
    target = Path(out)
    if target.resolve() == Path(notebooks).resolve():
        raise InputError(
            f"The student copies would overwrite the notebooks in {target}; choose another "
            "folder (e.g. student/)."
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"Cannot create the output folder {target}: {exc.strerror}.") from exc
    written = []
    for source in sources:
        copy_nb, replaced = student_notebook(read_notebook(source))
        path = target / source.name
        try:
            nbformat.write(copy_nb, path)
        except OSError as exc:
            raise InputError(f"Cannot write {path}: {exc.strerror}.") from exc
        written.append(StudentCopy(source=source, path=path, solutions_removed=replaced))
    return written


# --------------------------------------------------------------------------- data in both places

#: the folder inside a student copy that holds the data files the notebooks read
COURSE_DATA = "course-data"
_COURSE_CALL = re.compile(r"""course_path\(\s*(["'])([^"'\n]+)\1""")
_PARENT_LITERAL = re.compile(r"""(["'])\.\./([\w./-]+)\1""")


def course_path(relative: str, *, start: str | Path | None = None) -> Path:
    """The path of a data file or folder the notebooks read, wherever the notebook runs.

    ``relative`` is the path inside the repository, e.g. ``"tests/data/attribution"`` or
    ``"data/gold"``. Looked up, in order: ``$GENEVA_NB_COURSE_DATA/relative``;
    ``course-data/relative`` beside the notebook (a student copy written by ``make student``);
    ``../relative`` (a checkout, where notebooks run in ``notebooks/``); and for ``data/...``
    the data folder installed with the package. ``start`` is the notebook's folder (default:
    the current directory, which is the notebook's own in Jupyter and in the report).
    """
    import os

    from ._data import data_path

    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise InputError(f"course_path takes a path inside the repository, not {relative!r}.")
    here = Path(start) if start is not None else Path.cwd()
    candidates = []
    if os.environ.get("GENEVA_NB_COURSE_DATA"):
        candidates.append(Path(os.environ["GENEVA_NB_COURSE_DATA"]) / rel)
    candidates += [here / COURSE_DATA / rel, here.parent / rel]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    if rel.parts[0] == "data" and len(rel.parts) > 1:
        try:
            return data_path(*rel.parts[1:])
        except DataFileError:
            pass
    raise DataFileError(
        f"The course data {relative} was not found beside this notebook ({COURSE_DATA}/) nor in "
        "a repository checkout (../). Run the notebook from the student folder it came with, "
        "or from notebooks/ in a checkout, or set GENEVA_NB_COURSE_DATA to a folder holding it."
    )


def notebook_data(nb: NotebookNode) -> list[str]:
    """The repository paths a notebook reads: ``course_path("...")`` calls and ``"../..."``."""
    found: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        found += [m.group(2) for m in _COURSE_CALL.finditer(cell.source)]
        found += [m.group(2) for m in _PARENT_LITERAL.finditer(cell.source)]
    return list(dict.fromkeys(p.rstrip("/") for p in found))


def _local_data(nb: NotebookNode) -> NotebookNode:
    """Rewrite ``"../x"`` string literals in code cells to ``"course-data/x"``."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = _PARENT_LITERAL.sub(
                lambda m: f"{m.group(1)}{COURSE_DATA}/{m.group(2)}{m.group(1)}", cell.source
            )
    return nb


@dataclass(frozen=True, slots=True)
class StudentFolder:
    """What :func:`write_student_folder` wrote."""

    out: Path
    notebooks: tuple[StudentCopy, ...]
    data: tuple[Path, ...]
    readme: Path
    wheel: Path | None


_README = """\
# {title}: student notebooks

Notebooks on the computational analysis of political news: who said what (speaker
attribution), how each side sounded (tone), and when things happened (time expressions).
Each notebook opens with what you will learn and ends with exercises; write your answers in
the cells marked `# Your solution here`.

## Install (once)

You need Python 3.11 or newer. In a terminal, in this folder:

```bash
{install}
```

{install_note}

## Start

```bash
jupyter lab
```

and open `01-load-and-clean.ipynb`. Everything runs offline once installed: no data is
downloaded while you work. The data the exercises read is in `{data}/`; keep this folder
together (the notebooks find it beside them).

## What is here

{listing}
"""


def _build_wheel(repository: Path, out: Path) -> Path:
    """Build the geneva_nb wheel of ``repository`` into ``out`` with pip; return its path."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out),
         str(repository)],
        capture_output=True,
        text=True,
        check=False,
    )
    wheels = sorted(out.glob("geneva_nb-*.whl"), key=lambda p: p.stat().st_mtime)
    if result.returncode != 0 or not wheels:
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        raise InputError(
            f"Building the geneva_nb wheel from {repository} failed ({tail}). Run "
            "`python -m pip wheel --no-deps . -w student` yourself to see why, or leave out "
            "--wheel."
        )
    return wheels[-1]


def write_student_folder(
    out: str | Path, *, notebooks: str | Path = "notebooks", wheel: bool = False
) -> StudentFolder:
    """Write a folder to hand to students that runs on its own when copied elsewhere.

    ``out`` gets the student copy of every notebook (see :func:`student_notebook`), the data
    files they read (found with :func:`notebook_data`, copied under ``course-data/`` with the
    same relative paths, so :func:`course_path` finds them), a ``README.md`` with the one
    install command and, with ``wheel``, the package built as a wheel (the repository is the
    notebooks folder's parent). Nothing in ``out`` refers back to the repository.
    """
    import shutil

    import nbformat

    from . import __version__

    source_dir = Path(notebooks).resolve()
    repository = source_dir.parent
    copies = write_student_copies(out, notebooks=notebooks)
    target = Path(out)
    needed: list[str] = []
    for copy in copies:
        nb = nbformat.read(copy.path, as_version=4)
        needed += notebook_data(nb)
        nbformat.write(_local_data(nb), copy.path)
    data_dir = target / COURSE_DATA
    copied: list[Path] = []
    wanted: list[str] = []
    for relative in sorted(dict.fromkeys(needed), key=lambda r: len(Path(r).parts)):
        if not any(Path(relative).is_relative_to(w) for w in wanted):  # in a copied folder
            wanted.append(relative)
    for relative in wanted:
        src = repository / relative
        if not src.exists():
            raise InputError(
                f"A notebook reads {relative}, which is not in {repository}; fix the path in "
                "the notebook (use geneva_nb.student.course_path)."
            )
        dst = data_dir / relative
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            shutil.copy2(src, dst)
        copied.append(dst)
    built = _build_wheel(repository, target) if wheel else None
    if built is not None:
        install = f'python3 -m pip install "./{built.name}[notebooks]"'
        note = (
            "This installs the course package and JupyterLab. pip downloads the libraries it "
            "builds on (pandas, matplotlib, nltk, textblob, JupyterLab) the first time; on a "
            "machine without internet, ask for a folder of wheels and add "
            "`--no-index --find-links WHEELS`."
        )
    else:
        install = f'python3 -m pip install "geneva_nb[notebooks]=={__version__}"'
        note = (
            "Your teacher may give you another source for the package (a wheel file or a "
            "course package index); the rest of the command stays the same."
        )
    listing = "\n".join(f"- `{c.path.name}`" for c in copies) + f"\n- `{COURSE_DATA}/`: data"
    readme = target / "README.md"
    readme.write_text(
        _README.format(title="geneva_nb", install=install, install_note=note, data=COURSE_DATA,
                       listing=listing),
        encoding="utf-8",
    )
    return StudentFolder(out=target, notebooks=tuple(copies), data=tuple(copied), readme=readme,
                         wheel=built)


# --------------------------------------------------------------------------- annotate yourself


def annotation(
    text: str, statements: Sequence[tuple[str, str, str]], *, name: str = "mine"
) -> BratDocument:
    """Your own attribution annotation of ``text``, as the evaluator reads it (BRAT standoff).

    ``statements`` lists ``(speaker, cue, content)`` as they are written in the text, e.g.
    ``("Mara Quill", "said", "The bridge is overdue")``. Each is found in ``text`` (the content
    first; the speaker and cue nearest to it), turned into Source/Cue/Content spans and read by
    :func:`geneva_nb.evaluate.brat.read_ann`, so :func:`geneva_nb.evaluate.brat.score` can score
    the rules against it. A piece that is not in the text raises :class:`InputError` naming it.
    """
    from .evaluate.brat import read_ann

    def near(piece: str, what: str, around: int) -> tuple[int, int]:
        starts = [m.start() for m in re.finditer(re.escape(piece), text)] if piece else []
        if not starts:
            raise InputError(
                f"The {what} {piece!r} is not in the text; copy it exactly as written "
                "(same quotation marks and capitals)."
            )
        start = min(starts, key=lambda s: abs(s - around))
        return start, start + len(piece)

    lines: list[str] = []
    for k, item in enumerate(statements, start=1):
        if len(item) != 3:
            raise InputError(
                f"Statement {k} must be (speaker, cue, content), got {item!r}."
            )
        speaker, cue, content = (str(x) for x in item)
        c0, c1 = near(content, "content", 0)
        s0, s1 = near(speaker, "speaker", c0)
        q0, q1 = near(cue, "cue", c0)
        t = 4 * (k - 1)
        lines += [
            f"T{t + 1}\tSource {s0} {s1}\t{speaker}",
            f"#{k}\tAnnotatorNotes T{t + 1}\tspeaker={speaker}",
            f"T{t + 2}\tCue {q0} {q1}\t{cue}",
            f"T{t + 3}\tContent {c0} {c1}\t{content}",
            f"T{t + 4}\tAttribution {q0} {q1}\t{cue}",
            f"E{k}\tAttribution:T{t + 4} Content:T{t + 3} Cue:T{t + 2} Source:T{t + 1}",
        ]
    return read_ann("\n".join(lines) + "\n", name=name, text=text)
