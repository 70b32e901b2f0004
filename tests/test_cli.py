"""The geneva-nb command line: analyze output files, evaluate dispatch, errors and exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

import geneva_nb
from geneva_nb.cli import main

ARTICLE = (
    "Deputy Foreign Minister Sergei Ryabkov called the talks “difficult.”\n"
    "“<script>alert('x')</script> is not a plan,” Ryabkov said.\n"
    "Wendy Sherman said the United States was ready to talk next week.\n"
)

STATEMENT_COLUMNS = [
    "statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "sentence_id",
    "rule", "attribution_id",
]  # fmt: skip
TIMEX_COLUMNS = ["timex_id", "text", "start", "end", "type", "value", "mod"]
CHRONOLOGY_COLUMNS = [
    "event", "value", "start_date", "end_date", "granularity", "timex", "sentence_id",
]  # fmt: skip


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("analyze")
    article = root / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = root / "out"
    code = main(["analyze", str(article), "--out", str(out), "--published", "2022-01-10", "--json"])
    assert code == 0
    return article, out


def test_analyze_writes_every_table_with_the_documented_columns(analysed) -> None:
    _, out = analysed
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "article.html",
        "chronology.csv", "chronology.json",
        "statements.csv", "statements.json",
        "timexes.csv", "timexes.json",
        "tone_by_side.csv", "tone_by_side.json",
        "tone_statements.csv", "tone_statements.json",
    ]  # fmt: skip
    assert _rows(out / "statements.csv")[0] == STATEMENT_COLUMNS
    assert _rows(out / "timexes.csv")[0] == TIMEX_COLUMNS
    assert _rows(out / "chronology.csv")[0] == CHRONOLOGY_COLUMNS
    tone_columns = _rows(out / "tone_by_side.csv")[0]
    assert tone_columns[:5] == ["side", "n", "mean", "ci_low", "ci_high"]
    columns, per_statement = _rows(out / "tone_statements.csv")
    assert {"statement_id", "side", "compound"} <= set(columns)
    # two statements by Ryabkov ("difficult", the <script> quote), one reported from Sherman
    assert sorted(r["side"] for r in per_statement) == ["Russia", "Russia", "US"]
    _, sides = _rows(out / "tone_by_side.csv")
    assert {r["side"]: r["n"] for r in sides} == {"Russia": "2", "US": "1"}


def test_analyze_results_are_about_the_article(analysed) -> None:
    article, out = analysed
    _, statements = _rows(out / "statements.csv")
    quote = [s for s in statements if "<script>alert('x')</script> is not a plan" in s["content"]]
    assert len(quote) == 1 and "Ryabkov" in quote[0]["speaker"]
    assert quote[0]["kind"] == "direct"
    text = geneva_nb.load_article(article).text
    start, end = int(quote[0]["content_start"]), int(quote[0]["content_end"])
    assert text[start:end] == quote[0]["content"]
    _, timexes = _rows(out / "timexes.csv")
    # document date Monday 2022-01-10 is in ISO week 2, so "next week" is week 3
    assert {(t["text"], t["value"]) for t in timexes} >= {("next week", "2022-W03")}
    for t in timexes:
        assert text[int(t["start"]) : int(t["end"])] == t["text"]


def test_analyze_json_matches_the_csv(analysed) -> None:
    _, out = analysed
    records = json.loads((out / "statements.json").read_text(encoding="utf-8"))
    _, rows = _rows(out / "statements.csv")
    assert [r["content"] for r in records] == [r["content"] for r in rows]
    assert list(records[0]) == STATEMENT_COLUMNS


def test_analyze_html_keeps_a_script_in_a_quote_as_text(analysed) -> None:
    _, out = analysed
    page = (out / "article.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page
    assert "<script>alert(" not in page
    assert page.lstrip().lower().startswith("<!doctype html")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze", "{tmp}/missing.txt", "--out", "{tmp}/o"], "does not exist"),
        (["analyze", "{tmp}/empty.txt", "--out", "{tmp}/o"], "empty"),
        (
            ["analyze", "{tmp}/ok.txt", "--out", "{tmp}/o", "--published", "10.01.2022"],
            "YYYY-MM-DD",
        ),
        (
            ["analyze", "{tmp}/ok.txt", "--out", "{tmp}/ok.txt", "--published", "2022-01-10"],
            "Cannot write",
        ),
        (["report", "--notebooks", "{tmp}/none", "--out", "{tmp}/o"], "notebooks folder"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([a.format(tmp=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geneva-nb: error: ") and message in err
    assert err.count("\n") == 1, "one line, no traceback"


def test_a_real_process_gets_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "geneva_nb.cli", "analyze", str(tmp_path / "nope.txt"), "--out",
         str(tmp_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "does not exist" in result.stderr


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"geneva-nb {geneva_nb.__version__}"
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    help_text = capsys.readouterr().out
    for option in ("--article", "--published", "--out", "--notebooks", "--timeout"):
        assert option in help_text
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2, "a command is required"


@pytest.mark.parametrize(
    ("kind", "module"), [("attribution", "brat"), ("timex", "timeml"), ("tone", "tone")]
)
def test_evaluate_hands_its_arguments_to_the_scorer(
    monkeypatch: pytest.MonkeyPatch, kind: str, module: str
) -> None:
    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        return 3

    fake = types.ModuleType(f"geneva_nb.evaluate.{module}")
    fake.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, f"geneva_nb.evaluate.{module}", fake)
    assert main(["evaluate", kind, "gold.ann", "--strict", "--help"]) == 3
    assert seen == [["gold.ann", "--strict", "--help"]]


def test_evaluate_rejects_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["evaluate", "syntax"])
    assert info.value.code == 2
    assert "attribution" in capsys.readouterr().err


# ------------------------------------------------------------------ any article (issue 13)

NO_REGISTRY = (
    "“The bridge is overdue,” said Mara Quill. Ozzie Brandt said the budget was too small.\n"
)


def test_analyze_warns_on_stderr_when_there_is_no_document_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(NO_REGISTRY, encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("geneva-nb: warning: No document date") and "--published" in err
    assert main(["analyze", str(article), "--out", str(tmp_path / "b"), "--published",
                 "2023-05-04"]) == 0  # fmt: skip
    assert capsys.readouterr().err == ""


def test_analyze_reads_sides_from_an_actors_file(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(NO_REGISTRY, encoding="utf-8")
    actors = tmp_path / "council.csv"
    actors.write_text(
        "name,aliases,gender,side,role,note\n"
        "Mara Quill,Quill,female,Council,chair,test\n"
        "Ozzie Brandt,Brandt,male,Treasury,treasurer,test\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["analyze", str(article), "--out", str(out), "--published", "2023-05-04",
                 "--actors", str(actors)]) == 0  # fmt: skip
    _, rows = _rows(out / "statements.csv")
    assert [(r["speaker"], r["side"]) for r in rows] == [
        ("Mara Quill", "Council"),
        ("Ozzie Brandt", "Treasury"),
    ]
    _, sides = _rows(out / "tone_by_side.csv")
    assert [(r["side"], r["n"]) for r in sides] == [("Council", "1"), ("Treasury", "1")]
    page = (out / "article.html").read_text(encoding="utf-8")
    assert "Statements by side" in page


def test_analyze_without_an_actors_file_groups_the_page_by_speaker(tmp_path: Path) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(NO_REGISTRY, encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(tmp_path / "o"), "--published",
                 "2023-05-04"]) == 0  # fmt: skip
    page = (tmp_path / "o" / "article.html").read_text(encoding="utf-8")
    assert "Statements by speaker" in page and "Mara Quill (1)" in page
    assert "Ozzie Brandt (1)" in page


def test_a_missing_actors_file_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bridge.txt"
    article.write_text(NO_REGISTRY, encoding="utf-8")
    code = main(["analyze", str(article), "--out", str(tmp_path / "o"), "--actors",
                 str(tmp_path / "nope.csv")])  # fmt: skip
    assert code == 2
    assert "actors file" in capsys.readouterr().err
    assert not (tmp_path / "o").exists(), "nothing is written on bad input"


def test_analyze_runs_each_stage_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geneva_nb.attribution as attribution
    import geneva_nb.timex as timex

    calls = {"attribute": 0, "timexes": 0}
    real_attribute, real_timexes = attribution.attribute, timex.find_timexes

    def counted_attribute(*args, **kwargs):
        calls["attribute"] += 1
        return real_attribute(*args, **kwargs)

    def counted_timexes(*args, **kwargs):
        calls["timexes"] += 1
        return real_timexes(*args, **kwargs)

    monkeypatch.setattr(attribution, "attribute", counted_attribute)
    monkeypatch.setattr(timex, "find_timexes", counted_timexes)  # what every route runs
    article = tmp_path / "bridge.txt"
    article.write_text(NO_REGISTRY, encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(tmp_path / "o"), "--published",
                 "2023-05-04"]) == 0  # fmt: skip
    assert calls == {"attribute": 1, "timexes": 1}
