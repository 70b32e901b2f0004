"""Student copies of the notebooks: solutions replaced by a prompt, outputs cleared.

This module owns ``geneva-nb student``. It follows the convention of Allen Downey's ThinkStats
notebooks: an exercise's solution lives in a cell tagged ``solution``; the student copy keeps the
cell (so numbering and layout stay the same) but replaces its source with a prompt — a
``# Your solution here`` comment for code, an italic prompt for markdown — and drops every
output and execution count, so students start from a clean notebook.

Only ``.ipynb`` files are written: they open in JupyterLab, Jupyter Notebook, VS Code and Colab.
The jupytext pairing metadata is removed so a student's save does not create stray scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .report import find_notebooks, read_notebook

if TYPE_CHECKING:  # pragma: no cover
    from nbformat import NotebookNode

__all__ = [
    "CODE_PROMPT",
    "MARKDOWN_PROMPT",
    "SOLUTION_TAG",
    "StudentCopy",
    "student_notebook",
    "write_student_copies",
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
