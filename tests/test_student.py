"""geneva_nb.student: solutions replaced by prompts, outputs cleared, the originals untouched."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from geneva_nb.cli import main
from geneva_nb.errors import InputError
from geneva_nb.student import CODE_PROMPT, MARKDOWN_PROMPT, student_notebook, write_student_copies

REPO = Path(__file__).resolve().parents[1]
SECRET = "answer = sorted(statements.speaker.unique())"


def _teacher_notebook() -> nbformat.NotebookNode:
    executed = new_code_cell("print(1 + 1)", execution_count=3)
    executed.outputs = [new_output("stream", name="stdout", text="2\n")]
    solution = new_code_cell(SECRET, execution_count=4, metadata={"tags": ["solution"]})
    solution.outputs = [new_output("execute_result", data={"text/plain": "['Ryabkov']"})]
    nb = new_notebook(
        cells=[
            new_markdown_cell("# Title\n\n## Exercise 1\nList the speakers."),
            executed,
            solution,
            new_markdown_cell("The reason is X.", metadata={"tags": ["solution"]}),
            new_code_cell("plain = True"),
        ]
    )
    nb.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    return nb


def test_solutions_become_prompts_in_place() -> None:
    copy, replaced = student_notebook(_teacher_notebook())
    assert replaced == 2
    assert [c.cell_type for c in copy.cells] == ["markdown", "code", "code", "markdown", "code"]
    assert copy.cells[2].source == CODE_PROMPT
    assert copy.cells[3].source == MARKDOWN_PROMPT
    assert copy.cells[2].metadata["tags"] == ["exercise"]
    assert all(SECRET not in c.source and "The reason is X" not in c.source for c in copy.cells)
    assert copy.cells[4].source == "plain = True", "other cells are kept as they are"


def test_outputs_and_counts_are_cleared_and_pairing_dropped() -> None:
    original = _teacher_notebook()
    copy, _ = student_notebook(original)
    code = [c for c in copy.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert "jupytext" not in copy.metadata
    assert original.cells[2].source == SECRET, "the teacher's notebook is not modified"
    nbformat.validate(copy)


def test_write_student_copies(tmp_path: Path) -> None:
    source = tmp_path / "notebooks"
    source.mkdir()
    nbformat.write(_teacher_notebook(), source / "01-who-spoke.ipynb")
    copies = write_student_copies(tmp_path / "student", notebooks=source)
    assert [(c.path.name, c.solutions_removed) for c in copies] == [("01-who-spoke.ipynb", 2)]
    text = (tmp_path / "student" / "01-who-spoke.ipynb").read_text(encoding="utf-8")
    assert SECRET not in text
    assert "# Your solution here" in text
    assert '"output_type"' not in text


def test_refuses_to_overwrite_the_notebooks(tmp_path: Path) -> None:
    nbformat.write(_teacher_notebook(), tmp_path / "01-a.ipynb")
    with pytest.raises(InputError, match="overwrite"):
        write_student_copies(tmp_path, notebooks=tmp_path)


def test_cli_student(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "nbs"
    source.mkdir()
    nbformat.write(_teacher_notebook(), source / "03-tone.ipynb")
    assert main(["student", str(tmp_path / "out"), "--notebooks", str(source)]) == 0
    assert "2 solutions replaced" in capsys.readouterr().out
    assert main(["student", str(tmp_path / "out"), "--notebooks", str(tmp_path / "x")]) == 2
    assert "notebooks folder" in capsys.readouterr().err


def _real_notebooks() -> list[Path]:
    return sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.skipif(not _real_notebooks(), reason="no notebooks/NN-*.ipynb in this checkout")
def test_real_notebooks_have_exercises_and_no_solution_survives(tmp_path: Path) -> None:
    copies = write_student_copies(tmp_path, notebooks=REPO / "notebooks")
    for copy in copies:
        teacher = nbformat.read(copy.source, as_version=4)
        student = nbformat.read(copy.path, as_version=4)
        assert len(student.cells) == len(teacher.cells)
        solutions = [
            i for i, c in enumerate(teacher.cells) if "solution" in c.metadata.get("tags", [])
        ]
        assert solutions, f"{copy.source.name} has no cell tagged 'solution' (its exercises)"
        for i in solutions:
            assert student.cells[i].source in (CODE_PROMPT, MARKDOWN_PROMPT), copy.path.name
            assert "solution" not in student.cells[i].metadata.get("tags", [])
        assert copy.solutions_removed == len(solutions)
        assert all(not c.get("outputs") for c in student.cells)
