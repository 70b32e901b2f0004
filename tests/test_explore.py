"""gn.explore: the explorer's logic, its widgets driven by setting values, and the static view.

Expected values are read off the Geneva article by hand: statements 0 and 7-14 are Sherman's,
1 the Russian Foreign Ministry's, 2-6 Ryabkov's; statement 3 is "He said Moscow needed
guarantees, not promises", whose "He" follows back to "Russian Deputy Foreign Minister Sergei
Ryabkov" (statement 2); statement 9 holds "today".
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.errors import GenevaNbError
from geneva_nb.explore import (
    MissingDependencyError,
    article_choices,
    explorer_html,
    filter_statements,
    resolution_chain,
    statement_details,
    statement_timexes,
)

ROOT = Path(__file__).resolve().parents[1]
INVENTED = (
    "Harbour workers in Valmora walked out on Tuesday. “We will not move until the contract is "
    "signed,” said Idris Okonkwo, who leads the dockers. Mayor Lena Fischbach called the strike "
    "“regrettable but understandable.” Pieter de Vries, a shipping agent, said losses had mounted "
    "over the past week."
)


@pytest.fixture(scope="module")
def analysis() -> gn.Analysis:
    return gn.analyze(gn.load_article())


def test_details_of_a_pronoun_statement(analysis):
    d = statement_details(analysis, 3)
    assert (d["speaker"], d["side"], d["kind"], d["cue"]) == (
        "Sergei Ryabkov", "Russia", "indirect", "said")
    assert d["content"] == "Moscow needed guarantees, not promises"
    assert d["rule"] == "reported-cue-before:pronoun"
    assert (d["extraction"], d["resolution"]) == ("reported-cue-before", "pronoun")
    assert [(s["mention"], s["how"]) for s in d["chain"]] == [
        ("He", "pronoun"), ("Russian Deputy Foreign Minister Sergei Ryabkov", "registry")]
    assert "X, not Y" in [c["term"] for c in d["tone_cues"]]  # the corrective contrast
    assert d["tone"] == pytest.approx(gn.tone(d["content"]).compound)
    assert d["timexes"] == []


def test_a_registry_statement_is_its_own_chain(analysis):
    chain = resolution_chain(analysis.statements, analysis.article.text, 0)
    assert chain == [{"mention": "Deputy Secretary of State Wendy Sherman",
                      "start": chain[0]["start"], "how": "registry",
                      "explanation": chain[0]["explanation"], "statement_id": 0}]
    assert analysis.article.text[chain[0]["start"]:].startswith(chain[0]["mention"])


def test_time_expressions_of_a_statement_follow_the_document_date(analysis):
    assert [(t["text"], t["value"]) for t in statement_details(analysis, 9)["timexes"]] == [
        ("today", "2022-01-10")]
    later = gn.timexes(analysis.article, dct="2022-03-01")
    d = statement_details(analysis, 9, timexes=later)
    assert [(t["text"], t["value"]) for t in d["timexes"]] == [("today", "2022-03-01")]
    row = analysis.statements.iloc[8]  # "... in days or weeks": two durations
    assert statement_timexes(analysis.timexes, row)["text"].tolist() == ["days", "weeks"]


def test_filters(analysis):
    st_ = analysis.statements
    assert filter_statements(st_, side="US")["statement_id"].tolist() == [0, *range(7, 15)]
    assert filter_statements(st_, speaker="Sergei Ryabkov")["statement_id"].tolist() == [
        2, 3, 4, 5, 6]
    assert filter_statements(st_, speaker="Sergei Ryabkov", side="US").empty
    assert len(filter_statements(st_)) == 15


def test_choices_offer_the_geneva_article_and_the_annotated_texts(tmp_path):
    choices = article_choices()
    first = next(iter(choices))
    assert first.startswith("The Geneva article") and choices[first] is None
    assert "attribution/dev-trade" in choices
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    mine = article_choices(tmp_path)
    assert f"{tmp_path.name}/a.txt" in mine and f"{tmp_path.name}/notes.csv" not in mine
    with pytest.raises(GenevaNbError):
        article_choices(tmp_path / "a.txt")


# ----------------------------------------------------------------------------- the widgets


def _shown_statements(ex) -> list[int]:
    return sorted({int(m) for m in re.findall(r'data-statement="(\d+)"', ex.text_view.value)})


def test_widgets_filter_select_and_move_the_date():
    ex = gn.explore()
    assert ex.date.value == dt.date(2022, 1, 10)  # the article's document date
    assert len(ex.statement.options) == 15 and _shown_statements(ex) == list(range(15))
    ex.speaker.value = "Sergei Ryabkov"
    assert [v for _, v in ex.statement.options] == [2, 3, 4, 5, 6]
    assert _shown_statements(ex) == [2, 3, 4, 5, 6]
    ex.statement.value = 3
    detail = html.unescape(ex.detail_view.value)
    for shown in ("Sergei Ryabkov", "Russia", "reported-cue-before:pronoun", "“He”",
                  "Russian Deputy Foreign Minister Sergei Ryabkov", "X, not Y"):
        assert shown in detail
    assert 'class="gn-stmt gn-sel"' in ex.text_view.value or "gn-sel" in ex.text_view.value
    ex.speaker.value = "(all)"
    ex.side.value = "US"
    assert [v for _, v in ex.statement.options] == [0, *range(7, 15)]
    # move the document date a year on: "December 17" (past tense) becomes 2022-12-17
    assert "2021-12-17" in ex.timex_view.value
    ex.date.value = dt.date(2023, 1, 10)
    assert "2022-12-17" in ex.timex_view.value and "2021-12-17" not in ex.timex_view.value
    ex.statement.value = 9
    assert "2023-01-10" in ex.detail_view.value  # "today" in the statement's details
    ex.shift.value = -30  # the slider counts days from the article's own date
    assert ex.date.value == dt.date(2021, 12, 11)
    assert "2020-12-17" in ex.timex_view.value  # the last December 17 before 11 December 2021
    ex.date.value = None  # no document date: relative values stay relative
    assert "PRESENT_REF" in ex.timex_view.value and "No document date" in ex.timex_view.value


def test_widgets_on_a_pasted_text_colour_by_speaker():
    ex = gn.explore()
    ex.source.value = "Paste a text…"
    assert ex.pasted.layout.display == ""
    ex.load.click()  # nothing pasted yet: a message, not an exception
    assert "Paste an article" in ex.status.value
    ex.pasted.value = INVENTED
    ex.load.click()
    speakers = set(ex.analysis.statements["speaker"])
    assert {"Idris Okonkwo", "Lena Fischbach", "Pieter de Vries"} <= speakers
    assert "3 statements" in ex.status.value
    # no registry sides for these people: grouped and coloured by speaker, not one grey group
    assert "Statements by speaker (no sides known)" in ex.text_view.value
    ex.date.value = dt.date(2024, 6, 5)
    assert "P1W" in ex.timex_view.value and "2024-06-04" in ex.timex_view.value  # Tuesday


def test_widgets_on_a_file_a_folder_and_a_bad_path(tmp_path):
    (tmp_path / "one.txt").write_text(INVENTED, encoding="utf-8")
    (tmp_path / "two.txt").write_text("“It was fine,” Ana Ruiz said.", encoding="utf-8")
    ex = gn.explore(tmp_path)
    assert ex.source.value == f"{tmp_path.name}/one.txt"
    assert "Idris Okonkwo" in set(ex.analysis.statements["speaker"])
    ex.source.value = f"{tmp_path.name}/two.txt"
    assert list(ex.analysis.statements["speaker"]) == ["Ana Ruiz"]
    ex.source.value = "A file or folder…"
    ex.path.value = str(tmp_path / "missing.txt")
    ex.load.click()
    assert "missing.txt" in ex.status.value and "color:#b00" in ex.status.value
    ex.path.value = str(ROOT / "tests" / "data" / "attribution" / "dev-trade.txt")
    ex.load.click()
    assert len(ex.analysis.statements) > 0 and "color:#b00" not in ex.status.value


def test_a_file_path_given_directly(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text(INVENTED, encoding="utf-8")
    ex = gn.explore(str(f), dct="2024-06-05")
    assert ex.source.value == "The article given"
    assert "Lena Fischbach" in set(ex.analysis.statements["speaker"])


def test_an_article_or_text_given_directly():
    ex = gn.explore(INVENTED, dct="2024-06-05")
    assert ex.source.value == "The article given"
    assert ex.date.value == dt.date(2024, 6, 5)
    assert len(ex.statement.options) == 3


def test_without_ipywidgets_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # import now fails
    with pytest.raises(MissingDependencyError, match=r"pip install 'geneva_nb\[notebooks\]'"):
        gn.explore()
    assert issubclass(MissingDependencyError, GenevaNbError)
    assert explorer_html("“Fine,” Ana Ruiz said.")  # the static view needs no widgets


@pytest.mark.enable_socket  # the kernel talks to us over localhost
def test_the_explorer_works_in_a_kernel():
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import datetime as dt\nimport geneva_nb as gn\n"
                                  "ex = gn.explore()\nex"),
        nbformat.v4.new_code_cell("ex.side.value = 'Russia'\n"
                                  "print([v for _, v in ex.statement.options])"),
        nbformat.v4.new_code_cell("ex.date.value = dt.date(2023, 1, 10)\n"
                                  "print('2022-12-17' in ex.timex_view.value)"),
    ]
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    shown = nb.cells[0].outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in shown  # a live widget, not text
    assert nb.cells[1].outputs[0]["text"].strip() == "[1, 2, 3, 4, 5, 6]"
    assert nb.cells[2].outputs[0]["text"].strip() == "True"


# ----------------------------------------------------------------------------- static view


def test_static_view_shows_speaker_and_rule_without_hovering(analysis):
    page = explorer_html(analysis, title="Geneva")
    text_part = page.split('<div class="gn-text">', 1)[1].split("</div>", 1)[0]
    badges = [html.unescape(b) for b in re.findall(r'class="gn-badge"[^>]*>([^<]*)<', text_part)]
    assert len(badges) == 15
    assert badges[3] == "S3 · Sergei Ryabkov (Russia) · reported-cue-before:pronoun"
    assert " title=" not in page  # nothing is left to a tooltip
    assert "“He” (pronoun) → “Russian Deputy Foreign Minister Sergei Ryabkov” (registry)" in (
        html.unescape(page))
    assert "<script" not in page


def test_static_view_escapes_the_article():
    text = "“<b>Not bold</b> & <script>alert(1)</script>,” Ana Ruiz said."
    page = explorer_html(text)
    assert "<script>alert" not in page and "<b>Not bold" not in page
    assert "&lt;b&gt;Not bold&lt;/b&gt; &amp; &lt;script&gt;" in page


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <>&“”\"'., said Ana Ruiz\n"), max_size=80))
def test_static_view_of_any_text_is_escaped_or_raises_our_error(text):
    try:
        page = explorer_html(text)
    except GenevaNbError:
        return
    visible = re.sub(r"<[^>]+>", "", page.split("</style>", 1)[1])
    assert "<" not in visible and ">" not in visible  # every < > in the text was escaped


def test_the_report_index_carries_the_static_explorer(tmp_path):
    from geneva_nb.explore import report_section
    from geneva_nb.report import render_index

    a = gn.analyze(gn.load_article("Harbour strike\n" + INVENTED, published="2024-06-05"))
    anchor, heading, body = report_section(a)
    page = render_index(a, [], out=tmp_path, extra_sections=[(anchor, heading, body)])
    assert f'<a href="#{anchor}">{heading}</a>' in page
    assert page.index(f'id="{anchor}"') < page.index('id="notebooks"')
    labels = [html.unescape(b) for b in re.findall(r'class="gn-badge"[^>]*>([^<]*)<', page)]
    assert "S0 · Idris Okonkwo (unknown) · quote-cue-after:name" in labels


def test_a_student_copy_offers_the_texts_of_its_course_data(tmp_path, monkeypatch):
    texts = tmp_path / "course-data" / "tests" / "data" / "attribution-class"
    texts.mkdir(parents=True)
    (texts / "mine.txt").write_text("“Fine,” Ana Ruiz said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a notebook runs in its own folder
    assert article_choices()["attribution-class/mine"] == texts / "mine.txt"
