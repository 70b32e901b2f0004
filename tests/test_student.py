"""geneva_nb.student: solutions replaced by prompts, outputs cleared, the originals untouched;
a student folder that runs on its own; the annotate-yourself exercise."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import geneva_nb
from geneva_nb.cli import main
from geneva_nb.errors import DataFileError, InputError
from geneva_nb.evaluate import brat
from geneva_nb.student import (
    CODE_PROMPT,
    MARKDOWN_PROMPT,
    annotation,
    course_path,
    notebook_data,
    student_notebook,
    write_student_copies,
    write_student_folder,
)

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


# ------------------------------------------------------------------ data in both places


def test_course_path_finds_data_in_a_student_copy_first(tmp_path: Path) -> None:
    target = tmp_path / "course-data" / "tests" / "data" / "x.txt"
    target.parent.mkdir(parents=True)
    target.write_text("x")
    assert course_path("tests/data/x.txt", start=tmp_path) == target


def test_course_path_finds_data_in_a_checkout() -> None:
    found = course_path("tests/data/attribution/dev-trade.txt", start=REPO / "notebooks")
    assert found == REPO / "tests" / "data" / "attribution" / "dev-trade.txt"
    assert found.is_file()


def test_course_path_falls_back_to_the_installed_data_and_explains_a_miss(tmp_path: Path) -> None:
    # data/... also ships inside the package, so it is found from anywhere
    assert course_path("data/gold", start=tmp_path).name == "gold"
    with pytest.raises(DataFileError, match="course-data"):
        course_path("tests/data/none.txt", start=tmp_path)
    with pytest.raises(InputError, match="inside the repository"):
        course_path("../secret.txt", start=tmp_path)


def _fake_repository(root: Path) -> Path:
    """A checkout with one notebook that reads data two ways, and the data it reads."""
    (root / "tests" / "data" / "set").mkdir(parents=True)
    (root / "tests" / "data" / "set" / "a.txt").write_text("A", encoding="utf-8")
    (root / "data").mkdir()
    (root / "data" / "one.csv").write_text("x\n1\n", encoding="utf-8")
    notebooks = root / "notebooks"
    notebooks.mkdir()
    nb = _teacher_notebook()
    nb.cells.append(new_code_cell(
        "from geneva_nb.student import course_path\n"
        "text = course_path('tests/data/set/a.txt').read_text()\n"
        "rows = open(\"../data/one.csv\").read()"
    ))  # fmt: skip
    nbformat.write(nb, notebooks / "01-data.ipynb")
    return notebooks


def test_notebook_data_lists_what_a_notebook_reads(tmp_path: Path) -> None:
    notebooks = _fake_repository(tmp_path)
    nb = nbformat.read(notebooks / "01-data.ipynb", as_version=4)
    assert notebook_data(nb) == ["tests/data/set/a.txt", "data/one.csv"]


def test_the_student_folder_carries_its_data_and_a_readme(tmp_path: Path) -> None:
    notebooks = _fake_repository(tmp_path / "repo")
    folder = write_student_folder(tmp_path / "student", notebooks=notebooks)
    out = tmp_path / "student"
    assert (out / "course-data" / "tests" / "data" / "set" / "a.txt").read_text() == "A"
    assert (out / "course-data" / "data" / "one.csv").is_file()
    source = nbformat.read(out / "01-data.ipynb", as_version=4).cells[-1].source
    assert "course_path('tests/data/set/a.txt')" in source, "course_path calls stay as they are"
    assert 'open("course-data/data/one.csv")' in source, "'../' paths point into the copy"
    readme = folder.readme.read_text(encoding="utf-8")
    assert "pip install" in readme and "jupyter lab" in readme
    assert folder.wheel is None and SECRET not in (out / "01-data.ipynb").read_text()


def test_a_notebook_reading_data_that_is_not_there_is_refused(tmp_path: Path) -> None:
    notebooks = _fake_repository(tmp_path / "repo")
    (tmp_path / "repo" / "data" / "one.csv").unlink()
    with pytest.raises(InputError, match=r"data/one\.csv"):
        write_student_folder(tmp_path / "student", notebooks=notebooks)


@pytest.mark.skipif(not _real_notebooks(), reason="no notebooks/NN-*.ipynb in this checkout")
def test_the_wheel_in_the_student_folder_holds_the_package_data(tmp_path: Path) -> None:
    folder = write_student_folder(tmp_path / "student", notebooks=REPO / "notebooks", wheel=True)
    assert folder.wheel is not None and folder.wheel.parent == tmp_path / "student"
    names = zipfile.ZipFile(folder.wheel).namelist()
    assert "geneva_nb/templates/report-index.html.j2" in names
    assert "geneva_nb/data/actors.csv" in names
    assert f'pip install "./{folder.wheel.name}[notebooks]"' in folder.readme.read_text()


@pytest.mark.enable_socket  # the kernel's ZMQ ports are on localhost
@pytest.mark.skipif(not _real_notebooks(), reason="no notebooks/NN-*.ipynb in this checkout")
def test_the_student_folder_runs_when_copied_elsewhere(tmp_path: Path) -> None:
    from nbclient import NotebookClient

    write_student_folder(tmp_path / "made", notebooks=REPO / "notebooks")
    elsewhere = tmp_path / "handed-out" / "student"
    shutil.copytree(tmp_path / "made", elsewhere)
    shutil.rmtree(tmp_path / "made")
    for path in sorted(elsewhere.glob("*.ipynb")):
        assert '\\"../' not in path.read_text(encoding="utf-8"), f"{path.name} reads outside"
    nb = nbformat.read(elsewhere / "02-speaker-attribution.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3").execute(cwd=str(elsewhere))
    outputs = "".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
        for c in nb.cells if c.cell_type == "code" for o in c.outputs
    )  # fmt: skip
    assert "Traceback" not in outputs
    assert "heldout-summit" in outputs, "the per-document scores read the copied data"


# ------------------------------------------------------------------ annotate it yourself

EXERCISE = (
    "“The bridge is overdue,” said Mara Quill. Ozzie Brandt said the budget was too small. "
    "Critics called it a folly."
)


def test_your_annotation_scores_the_rules() -> None:
    mine = annotation(EXERCISE, [
        ("Mara Quill", "said", "“The bridge is overdue,”"),
        ("Ozzie Brandt", "said", "the budget was too small"),
    ])  # fmt: skip
    assert [(a.speaker, a.content) for a in mine.attributions] == [
        ("Mara Quill", ((0, 24),)),
        ("Ozzie Brandt", ((EXERCISE.index("the budget"), EXERCISE.index(". Critics")),)),
    ]
    rules = geneva_nb.attribute(EXERCISE)
    score = brat.score(rules, mine)
    # every statement the student marked is found, with its speaker
    assert (score.gold, score.tp08, score.speaker_correct) == (2, 2, 2)
    assert score.predicted - score.tp08 == len(rules) - 2  # the rules' extras count against them


def test_a_piece_not_in_the_text_is_named() -> None:
    with pytest.raises(InputError, match=r"'Mara Quell'.*copy it exactly"):
        annotation(EXERCISE, [("Mara Quell", "said", "“The bridge is overdue,”")])
    with pytest.raises(InputError, match="speaker, cue, content"):
        annotation(EXERCISE, [("Mara Quill", "said")])  # type: ignore[list-item]
