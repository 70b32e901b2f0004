"""geneva_nb.report: parameter injection, offline pages, the index, failures that say where.

The kernel tests build a report from tiny notebooks generated here (seconds, not minutes); the
real notebooks are exercised by tests/test_browser.py and nbmake.
"""

from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path

import nbformat
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import geneva_nb
from geneva_nb.cli import main
from geneva_nb.errors import GenevaNbError, InputError, NotebookExecutionError
from geneva_nb.report import (
    INJECTED_TAG,
    article_page,
    build_report,
    find_notebooks,
    headline,
    inject_parameters,
    is_case_study,
    network_resources,
    notebook_title,
    render_index,
    render_notebook_html,
    report_notebook,
    report_warnings,
    scrub_paths,
)

# the kernel's ZMQ ports are on localhost; allowed even when a run disables sockets
kernel = pytest.mark.enable_socket

ARTICLE = (
    "Deputy Foreign Minister Sergei Ryabkov called the talks “difficult.”\n"
    "“<script>alert('x')</script> is not a plan,” Ryabkov said.\n"
    "Wendy Sherman said the United States was ready to talk next week.\n"
)


def _notebook(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nb


def _params_notebook() -> nbformat.NotebookNode:
    return _notebook(
        new_markdown_cell("# Parameters demo\n\nWhat the reader learns: *injection*.\n\nMore."),
        new_code_cell("article_path = None\npublished = None", metadata={"tags": ["parameters"]}),
        new_code_cell(
            "import os\nprint('PUBLISHED=' + str(published))\nprint('CWD=' + os.getcwd())"
        ),
        new_code_cell(
            "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(3, 2))\n"
            "ax.plot([1, 3, 2])\nplt.show()"
        ),
        new_markdown_cell("Math $x^2$ stays as text.\n\n```mermaid\ngraph TD; A-->B\n```"),
    )


def _plain_notebook() -> nbformat.NotebookNode:
    return _notebook(new_markdown_cell("# Plain"), new_code_cell("print(6 * 7)"))


def _broken_notebook() -> nbformat.NotebookNode:
    return _notebook(
        new_markdown_cell("# Broken"),
        new_code_cell("x = 1"),
        new_code_cell("\nraise ValueError('boom')\nprint('never')"),
        new_code_cell("print('after')"),
    )


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("article") / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, article: Path):
    root = tmp_path_factory.mktemp("report")
    notebooks = root / "nbs"
    notebooks.mkdir()
    nbformat.write(_params_notebook(), notebooks / "01-params.ipynb")
    nbformat.write(_plain_notebook(), notebooks / "02-plain.ipynb")
    (notebooks / "scratch.ipynb").write_text("not a report notebook, not even JSON")
    out = root / "out"
    report = build_report(out, notebooks=notebooks, article=article, published="2021-12-17")
    return report, notebooks, out


# ------------------------------------------------------------------ no kernel needed


def test_injected_cell_goes_right_after_the_parameters_cell() -> None:
    nb = _params_notebook()
    result = inject_parameters(nb, {"article_path": "/a/b.txt", "published": "2022-01-10"})
    assert [c.metadata.get("tags", []) for c in result.cells[1:3]] == [
        ["parameters"],
        [INJECTED_TAG],
    ]
    injected = result.cells[2].source
    assert "article_path = '/a/b.txt'" in injected
    assert "published = '2022-01-10'" in injected
    assert len(nb.cells) == 5, "the original notebook is left unchanged"


def test_injection_without_a_parameters_cell_goes_first_and_replaces_an_old_one() -> None:
    once = inject_parameters(_plain_notebook(), {"published": "2022-01-10"})
    twice = inject_parameters(once, {"published": "2023-05-01"})
    assert twice.cells[0].metadata["tags"] == [INJECTED_TAG]
    assert "2023-05-01" in twice.cells[0].source
    assert sum(INJECTED_TAG in c.metadata.get("tags", []) for c in twice.cells) == 1


def test_no_parameters_means_no_injected_cell() -> None:
    assert len(inject_parameters(_params_notebook(), {}).cells) == 5


def test_parameter_names_must_be_identifiers() -> None:
    with pytest.raises(InputError, match="not a valid parameter name"):
        inject_parameters(_plain_notebook(), {"article path": "x"})


def test_title_and_summary_come_from_the_first_heading() -> None:
    assert notebook_title(_params_notebook(), default="x") == (
        "Parameters demo",
        "What the reader learns: injection.",
    )
    assert notebook_title(_notebook(new_code_cell("1")), default="01-x") == ("01-x", "")


def test_find_notebooks_keeps_numbered_notebooks_in_order(tmp_path: Path) -> None:
    for name in ("02-b.ipynb", "01-a.ipynb", "notes.ipynb", "10-c.ipynb", "03-d.py"):
        (tmp_path / name).write_text("{}")
    assert [p.name for p in find_notebooks(tmp_path)] == ["01-a.ipynb", "02-b.ipynb", "10-c.ipynb"]


def test_find_notebooks_explains_a_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--notebooks"):
        find_notebooks(tmp_path / "nope")
    with pytest.raises(InputError, match="jupytext"):
        find_notebooks(tmp_path)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ('<script src="https://cdn.x/require.js"></script>', 1),
        ('<script src="//cdn.x/a.js"></script>', 1),
        ('<link rel="stylesheet" href="http://fonts.x/css">', 1),
        ("<style>@import 'https://fonts.x/a.css'; body{}</style>", 1),
        ('<style>.a { background: url("https://x/y.png") }</style>', 1),
        ('<div style="background:url(https://x/y.png)"></div>', 1),
        ('<img srcset="a.png 1x, https://x/b.png 2x">', 1),
        ("<script type=module>import m from 'https://cdn.x/mermaid.mjs'</script>", 1),
        ('<a href="https://example.org">a link is not fetched</a>', 0),
        ('<img src="data:image/png;base64,iVBORw0KGgo=">', 0),
        ('<link rel="stylesheet" href="local.css"><p>https://x in text</p>', 0),
    ],
)
def test_network_resources(page: str, expected: int) -> None:
    assert len(network_resources(page)) == expected


def test_rendered_page_loads_nothing_from_a_cdn() -> None:
    # nbconvert's lab template normally pulls require.js, MathJax and mermaid from cdnjs
    page = render_notebook_html(_params_notebook(), title="t")
    assert network_resources(page) == []
    assert "cdnjs" not in page
    assert 'href="index.html"' in page, "each page links back to the index"


def test_bad_published_date_fails_before_any_kernel(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        build_report(tmp_path / "out", notebooks=tmp_path, published="10/01/2022")


def test_missing_article_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(GenevaNbError, match="does not exist"):
        build_report(tmp_path / "out", notebooks=tmp_path, article=tmp_path / "missing.txt")


# ------------------------------------------------------------------ with kernels


@kernel
def test_parameters_reach_the_kernel_and_cwd_is_the_notebooks_folder(built) -> None:
    report, notebooks, out = built
    assert report.ok
    assert [run.name for run in report.runs] == ["01-params", "02-plain"]
    page = (out / "01-params.html").read_text(encoding="utf-8")
    assert "PUBLISHED=2021-12-17" in page
    # the kernel ran in the notebooks folder; the page names it without the local path
    assert "CWD=nbs" in page
    assert str(notebooks.resolve().parent) not in page
    assert "42" in (out / "02-plain.html").read_text(encoding="utf-8")


@kernel
def test_every_page_is_self_contained_with_embedded_figures(built) -> None:
    _, _, out = built
    pages = sorted(out.glob("*.html"))
    assert [p.name for p in pages] == [
        "01-params.html",
        "02-plain.html",
        "article.html",
        "index.html",
    ]
    for page in pages:
        assert network_resources(page.read_text(encoding="utf-8")) == [], page.name
    page = (out / "01-params.html").read_text(encoding="utf-8")
    images = re.findall(r'<img[^>]*src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 1, "the one matplotlib figure, embedded"
    assert 'alt="Figure drawn by the cell: import matplotlib.pyplot as plt"' in page
    assert base64.b64decode(images[0]).startswith(b"\x89PNG")


@kernel
def test_index_links_every_notebook_and_escapes_article_text(built) -> None:
    _, _, out = built
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="01-params.html"' in index
    assert 'href="02-plain.html"' in index
    assert "Parameters demo" in index
    assert "<script" not in index.lower(), "the index runs no script, and article text is escaped"
    # the quote "<script>alert('x')</script> is not a plan" is listed as text
    quote = r"&lt;script&gt;alert\((&#39;|&#x27;)x(&#39;|&#x27;)\)&lt;/script&gt; is not a plan"
    assert re.search(quote, index)
    assert 'href="article.html"' in index
    article = (out / "article.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in article and "<script" not in article.lower()


@kernel
def test_a_failing_notebook_is_named_with_its_cell_and_the_others_still_run(tmp_path: Path) -> None:
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    nbformat.write(_broken_notebook(), notebooks / "01-broken.ipynb")
    nbformat.write(_plain_notebook(), notebooks / "02-plain.ipynb")
    with pytest.raises(NotebookExecutionError) as info:
        build_report(tmp_path / "out", notebooks=notebooks)
    message = str(info.value)
    assert "01-broken.ipynb" in message
    assert "cell 3 of 4 (`raise ValueError('boom')`)" in message
    assert "ValueError: boom" in message
    assert "02-plain" not in message
    # the failed page is still written, up to the failure; the later notebook ran
    assert "boom" in (tmp_path / "out" / "01-broken.html").read_text(encoding="utf-8")
    assert "42" in (tmp_path / "out" / "02-plain.html").read_text(encoding="utf-8")
    assert "failed" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


@kernel
def test_the_command_exits_non_zero_when_a_notebook_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    broken = _broken_notebook()
    broken.cells.insert(1, new_code_cell("published = None", metadata={"tags": ["parameters"]}))
    nbformat.write(broken, notebooks / "07-broken.ipynb")
    code = main(
        ["report", "--out", str(tmp_path / "out"), "--notebooks", str(notebooks),
         "--published", "2022-01-10"]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1
    # numbering refers to the notebook on disk: the injected cell is not counted
    assert "07-broken.ipynb failed at cell 4 of 5" in captured.err
    assert "Traceback" not in captured.err
    assert "[1/1] 07-broken" in captured.out and "FAILED" in captured.out


# ------------------------------------------------------------------ any article text

_PIECES = [
    *"<>&\"'“”‘’/= \n.,é",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "Ryabkov said",
    " said ",
    "Sherman",
    " on Monday",
    "https://x.org/a.js",
]
_HOSTILE = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _without_timestamp(page: str) -> str:
    return re.sub(r"Generated [^<]*", "", page)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_HOSTILE)
@example(text="“<script>alert(1)</script> is wrong,” Ryabkov said on Monday.")
def test_the_index_keeps_any_article_text_as_text(text: str, tmp_path_factory) -> None:
    out = tmp_path_factory.getbasetemp()
    try:
        art = geneva_nb.load_article(text)
        page = render_index(art, [], out=out)
    except GenevaNbError:
        return  # e.g. empty text: a clear error is a correct outcome
    assert "<script" not in page.lower()
    assert "<img src=x" not in page
    assert network_resources(page) == []
    assert _without_timestamp(page) == _without_timestamp(render_index(art, [], out=out))


@kernel
def test_a_cell_that_hangs_is_stopped_by_the_timeout(tmp_path: Path) -> None:
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    slow = _notebook(new_markdown_cell("# Slow"), new_code_cell("import time\ntime.sleep(60)"))
    nbformat.write(slow, notebooks / "01-slow.ipynb")
    with pytest.raises(NotebookExecutionError) as info:
        build_report(tmp_path / "out", notebooks=notebooks, timeout=2)
    assert "01-slow.ipynb failed at cell 2 of 2 (`import time`)" in str(info.value)
    assert "longer than the 2 s timeout" in str(info.value)


REPO = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------ any article, no kernel

# three speakers in no registry (no title names a country), a few dates, and a headline
INVENTED = (
    "Council delays vote on the Harbour Bridge\n"
    "The city council met on Tuesday to discuss the new Harbour Bridge. “The bridge is overdue,” "
    "said Mara Quill, who chairs the transport committee.\n"
    "Ozzie Brandt, the city treasurer, said the budget could not carry it before 2027. He warned "
    "that borrowing costs had doubled since March.\n"
    "Tobias Renn called the plan “reckless”. “We will vote next week,” Quill said.\n"
)
SPEAKERS = ("Mara Quill", "Ozzie Brandt", "Tobias Renn")


def test_headline_is_the_metadata_title_or_the_first_line_never_a_file_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bridge-2023.txt"
    path.write_text(INVENTED, encoding="utf-8")
    art = geneva_nb.load_article(path)
    assert headline(art) == "Council delays vote on the Harbour Bridge"
    assert headline(geneva_nb.load_article(INVENTED, title="Bridge vote")) == "Bridge vote"
    long = geneva_nb.load_article("word " * 40 + "end. “Yes,” Quill said.")
    title = headline(long, width=30)
    assert title == "word word word word word word…"  # 29 characters of words, then the ellipsis
    assert headline(geneva_nb.load_article()).startswith("US–Russia security talks in Geneva")


def test_the_case_study_is_decided_by_metadata_not_by_the_text() -> None:
    geneva = geneva_nb.load_article()
    assert is_case_study(geneva)
    # the very same text without the sidecar's flag is just another article
    assert not is_case_study(geneva_nb.load_article(geneva.text))
    assert is_case_study(geneva_nb.load_article(INVENTED, case_study=True))


def test_a_missing_document_date_is_a_warning(tmp_path: Path) -> None:
    (warning,) = report_warnings(geneva_nb.load_article(INVENTED))
    assert "No document date" in warning and "--published" in warning
    assert report_warnings(geneva_nb.load_article(INVENTED, published="2023-05-04")) == []
    page = render_index(geneva_nb.load_article(INVENTED), [], out=tmp_path)
    assert 'class="warning">No document date' in page
    assert 'class="warning"' not in render_index(
        geneva_nb.load_article(INVENTED, published="2023-05-04"), [], out=tmp_path
    ).split("</style>")[1]


def test_report_notebook_drops_case_study_and_solution_cells() -> None:
    nb = _notebook(
        new_markdown_cell("# T"),
        new_markdown_cell("About Geneva", metadata={"tags": ["case-study"]}),
        new_code_cell("x = 1"),
        new_code_cell("x + 1", metadata={"tags": ["solution"]}),
    )
    sources = lambda n: [c.source for c in n.cells]  # noqa: E731
    assert sources(report_notebook(nb)) == ["# T", "About Geneva", "x = 1", "x + 1"]
    assert sources(report_notebook(nb, case_study=False)) == ["# T", "x = 1", "x + 1"]
    assert sources(report_notebook(nb, solutions=False)) == ["# T", "About Geneva", "x = 1"]
    assert len(nb.cells) == 4, "the notebook itself is unchanged"


def test_scrub_paths_removes_folders_longest_first_also_escaped() -> None:
    page = "open /home/ann/my &amp; art/x.txt or /home/ann/my & art/x.txt; /home/ann/y"
    cleaned = scrub_paths(page, {"/home/ann/": "~/", "/home/ann/my & art/": ""})
    assert cleaned == "open x.txt or x.txt; ~/y"


def test_the_index_of_the_case_study_has_its_commentary(tmp_path: Path) -> None:
    page = render_index(geneva_nb.load_article(), [], out=tmp_path)
    assert 'id="case-study"' in page and "sincere and direct" in page
    assert "Tone by side" in page


def test_an_invented_article_is_described_from_its_results(tmp_path: Path) -> None:
    art = geneva_nb.load_article(INVENTED, published="2023-05-04")
    page = render_index(art, [], out=tmp_path)
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.split("</style>")[1]))
    assert 'id="case-study"' not in page
    for word in ("Geneva", "Sherman", "Ryabkov", "Russia", "Moscow"):
        assert word not in text, word
    assert "<title>geneva_nb report — Council delays vote on the Harbour Bridge</title>" in page
    # no side is known: tables and the tone section group by speaker
    assert "Tone by speaker" in page and "No speaker has a known side" in page
    tone_table = page.split('id="tone"')[1].split("<h2")[0]
    for name in SPEAKERS:
        assert f"<td class=\"long\">{name}</td>" in tone_table, name
    assert ">unknown<" not in page
    # two quotes by Quill, two reported statements by Brandt ("said", "He warned"), one by Renn
    assert "5 statements by 3 speakers; most quoted: Mara Quill (2), Ozzie Brandt (2), " \
        "Tobias Renn (1)." in text


def test_article_page_colours_by_speaker_when_no_side_is_known() -> None:
    page = article_page(geneva_nb.load_article(INVENTED, published="2023-05-04"))
    assert "Statements by speaker (no side is known for any speaker)" in page
    legend = page.split("gn-legend")[2].split("</div>")[0]
    colours = re.findall(r"background:(#[0-9A-Fa-f]{6})", legend)
    assert len(set(colours)) == 3, "one colour per speaker, not one grey group"
    assert "#999999" not in legend


def test_an_actors_file_gives_the_sides(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "name,aliases,gender,side,role,note\n"
        "Mara Quill,Quill,female,Council,chair,test\n"
        "Ozzie Brandt,Brandt,male,Treasury,treasurer,test\n"
        "Tobias Renn,Renn,male,Opposition,councillor,test\n",
        encoding="utf-8",
    )
    page = render_index(
        geneva_nb.load_article(INVENTED, published="2023-05-04"), [], out=tmp_path,
        actors=str(actors),
    )
    assert "Tone by side" in page and "By side: Council: 2, Treasury: 2, Opposition: 1." in page


# ------------------------------------------------------------------ the real notebooks


def _solution_lines() -> list[str]:
    lines = []
    for path in find_notebooks(REPO / "notebooks"):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if "solution" in cell.metadata.get("tags", []) and cell.cell_type == "code":
                first = next(x for x in cell.source.splitlines() if x.strip())
                lines.append(first.strip())
    return lines


def _case_study_texts() -> list[str]:
    texts = []
    for path in find_notebooks(REPO / "notebooks"):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if "case-study" in cell.metadata.get("tags", []):
                texts.append(" ".join(cell.source.split()[:6]))
    return texts


@kernel
@pytest.mark.skipif(
    not list((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb")), reason="no notebooks yet"
)
def test_the_real_notebooks_report_on_an_invented_article(tmp_path: Path) -> None:
    # issue 13's done-when: no Geneva commentary, no local path, grouped by speaker,
    # and (with --no-solutions) no solution
    folder = tmp_path / "my articles"
    folder.mkdir()
    article = folder / "council-bridge.txt"
    article.write_text(INVENTED, encoding="utf-8")
    (folder / "council-bridge.meta.json").write_text(json.dumps({"published": "2023-05-04"}))
    out = tmp_path / "out"
    try:
        report = build_report(out, notebooks=REPO / "notebooks", article=article, solutions=False)
    except NotebookExecutionError as exc:
        pytest.fail(f"a notebook only works on the Geneva article: {exc}")
    assert report.ok and report.warnings == ()
    case_study = _case_study_texts()
    solutions = _solution_lines()
    assert case_study and solutions, "the notebooks tag their case-study and solution cells"
    for page in sorted(out.glob("*.html")):
        content = page.read_text(encoding="utf-8")
        for local in (str(tmp_path), str(REPO), str(Path.home()) + "/"):
            assert local not in content, f"{page.name} shows the local path {local}"
        plain = html.unescape(re.sub(r"<[^>]+>", "", content))  # code is split into spans
        for text in case_study:
            assert text not in plain, f"{page.name} keeps the case-study cell {text!r}"
        for line in solutions:
            assert line not in plain, f"{page.name} keeps the solution {line!r}"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Council delays vote on the Harbour Bridge" in index
    assert "council-bridge.txt" not in index and "Ryabkov" not in index
    assert "Tone by speaker" in index and "left out of this report" in index
    # the notebooks got the article: the injected cell shows its name, not its folder
    attribution = (out / "02-speaker-attribution.html").read_text(encoding="utf-8")
    assert "council-bridge.txt" in attribution and "Mara Quill" in attribution


@kernel
@pytest.mark.skipif(
    not list((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb")), reason="no notebooks yet"
)
def test_the_real_notebooks_run_on_an_article_without_statements(tmp_path: Path) -> None:
    # no demo cell may assume the Geneva article's rows: here there are none at all
    article = tmp_path / "quiet.txt"
    article.write_text(
        "Harbour Bridge plans stall\nThe council met on Tuesday. The plan was discussed for two "
        "hours and no vote was taken.\n",
        encoding="utf-8",
    )
    try:
        report = build_report(
            tmp_path / "out", notebooks=REPO / "notebooks", article=article, published="2023-05-04"
        )
    except NotebookExecutionError as exc:
        pytest.fail(f"a notebook assumes the article has statements: {exc}")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert report.ok and "No statements (quoted or reported speech) were found" in index


def test_extra_sections_have_their_place_before_the_notebooks(tmp_path: Path) -> None:
    # the hook for other views (e.g. a static explorer): linked from the contents, shown as given
    from markupsafe import Markup

    page = render_index(
        geneva_nb.load_article(INVENTED, published="2023-05-04"), [], out=tmp_path,
        extra_sections=[("explorer", "Explore <the> statements", Markup("<p>static view</p>"))],
    )
    assert '<a href="#explorer">Explore &lt;the&gt; statements</a>' in page
    assert '<h2 id="explorer">Explore &lt;the&gt; statements</h2>\n<p>static view</p>' in page
    assert page.index('id="explorer"') < page.index('id="notebooks"')
