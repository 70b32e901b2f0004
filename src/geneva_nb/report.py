"""The HTML report: run every notebook in a fresh kernel and render self-contained pages.

This module owns ``geneva-nb report``. It follows two conventions from the Jupyter ecosystem:

- **papermill's parameters** (https://papermill.readthedocs.io/en/latest/usage-parameterize.html):
  each notebook has a code cell tagged ``parameters`` holding the defaults; to run it on another
  article a cell tagged ``injected-parameters`` with the overriding assignments is inserted right
  after it (at the top when a notebook has no such cell), so the defaults stay visible and the
  override is recorded in the rendered page.
- **nbclient / nbconvert** for execution and rendering: every notebook runs top to bottom in its
  own new kernel (cwd = the notebooks folder) and is rendered with nbconvert's ``lab`` template,
  minus the parts that load code from a CDN (require.js, MathJax, mermaid, widget manager). Figures
  are embedded as base64 PNG, so a page opened from disk, offline, looks the same as online.
  :func:`network_resources` checks every page for anything that would still be fetched.

``index.html`` summarises the findings of the analysis stages (who spoke, tone by side with
bootstrap intervals, the timeline) for the same article, read from one
:class:`~geneva_nb.analysis.Analysis` (each stage computed once), with the figures of
:mod:`geneva_nb.display`, and links every notebook page and ``article.html`` (the article with its
statements highlighted). The pages are laid out by the Jinja2 templates in ``templates/`` with
autoescaping on, so all article text is HTML-escaped; they run no script.

**Any article.** Everything on the summary page is written from the results (speakers, sides,
dates found). Commentary about the course's case study appears only when the article's metadata
says it is the case study (``"case_study": true`` in ``data/raw/geneva-talks.meta.json``; the
text is never sniffed): the summary's case-study box, and the notebook cells tagged
``case-study``, which are dropped for other articles. When no speaker has a known side, tables
and figures group by speaker. The title is the headline (metadata or ``<title>``, else the
first line), never a file name, and local paths are scrubbed from every page. A missing
document date is a visible warning. ``solutions=False`` drops the cells tagged ``solution``.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import functools
import html
import io
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import InputError, NotebookExecutionError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure
    from nbformat import NotebookNode

    from .analysis import Analysis
    from .article import Article

__all__ = [
    "CASE_STUDY_TAG",
    "DEFAULT_TIMEOUT",
    "SOLUTION_TAG",
    "TEMPLATES",
    "NotebookRun",
    "Report",
    "article_page",
    "build_report",
    "execute_notebook",
    "find_notebooks",
    "headline",
    "inject_parameters",
    "is_case_study",
    "network_resources",
    "notebook_title",
    "render_index",
    "render_notebook_html",
    "report_notebook",
    "report_warnings",
    "scrub_paths",
]

#: seconds one cell may run before the notebook counts as failed
DEFAULT_TIMEOUT = 300
#: notebooks that make up the report: ``NN-kebab-title.ipynb``
NOTEBOOK_PATTERN = re.compile(r"^\d\d-[\w.-]+\.ipynb$")
PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"


@dataclass(frozen=True, slots=True)
class NotebookRun:
    """The outcome of executing and rendering one notebook."""

    name: str  # file stem, e.g. "02-who-spoke"
    title: str  # first markdown heading
    summary: str  # first paragraph after the heading (what the reader will learn)
    source: Path
    html: Path | None  # the rendered page (also written for a failed notebook, up to the failure)
    seconds: float
    ok: bool
    error: str | None = None  # names the notebook, the cell and the exception


@dataclass(frozen=True, slots=True)
class Report:
    """What :func:`build_report` wrote."""

    out: Path
    index: Path
    runs: tuple[NotebookRun, ...]
    seconds: float
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return all(run.ok for run in self.runs)


# --------------------------------------------------------------------------- notebooks


def find_notebooks(directory: str | Path) -> list[Path]:
    """The report's notebooks in ``directory``: ``NN-*.ipynb``, in order of their number."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(
            f"The notebooks folder {folder} does not exist. Run the command from the repository "
            "root, or pass --notebooks DIR."
        )
    found = sorted(p for p in folder.iterdir() if p.is_file() and NOTEBOOK_PATTERN.match(p.name))
    if not found:
        raise InputError(
            f"No notebooks named NN-title.ipynb in {folder}. If only the paired .py scripts "
            "exist, create the notebooks with `jupytext --sync scripts/*.py`."
        )
    return found


def read_notebook(path: str | Path) -> NotebookNode:
    """Read a notebook (nbformat 4), turning unreadable files into :class:`InputError`."""
    import nbformat

    path = Path(path)
    try:
        return nbformat.read(path, as_version=4)
    except FileNotFoundError as exc:
        raise InputError(f"The notebook {path} does not exist.") from exc
    except (OSError, ValueError, nbformat.reader.NotJSONError) as exc:
        raise InputError(
            f"The notebook {path} cannot be read ({exc}). Re-create it from its paired "
            "script with `jupytext --sync`."
        ) from exc


def _tags(cell: Mapping[str, Any]) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def inject_parameters(nb: NotebookNode, parameters: Mapping[str, object]) -> NotebookNode:
    """A copy of ``nb`` with a cell tagged ``injected-parameters`` assigning ``parameters``.

    The cell goes right after the cell tagged ``parameters`` (papermill's convention), or first
    when there is none. An existing injected cell is replaced. Values are written with ``repr``,
    so strings, numbers, ``None`` and lists round-trip exactly.
    """
    from nbformat.v4 import new_code_cell

    for name in parameters:
        if not name.isidentifier():
            raise InputError(f"{name!r} is not a valid parameter name (a Python identifier).")
    result = copy.deepcopy(nb)
    result.cells = [c for c in result.cells if INJECTED_TAG not in _tags(c)]
    if not parameters:
        return result
    lines = ["# Parameters injected by geneva-nb report"]
    lines += [f"{name} = {value!r}" for name, value in parameters.items()]
    cell = new_code_cell("\n".join(lines), metadata={"tags": [INJECTED_TAG]})
    position = next((i + 1 for i, c in enumerate(result.cells) if PARAMETERS_TAG in _tags(c)), 0)
    result.cells.insert(position, cell)
    return result


def notebook_title(nb: NotebookNode, *, default: str) -> tuple[str, str]:
    """The first markdown heading of ``nb`` and the paragraph after it (plain text)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.strip().splitlines()
        if not lines or not lines[0].startswith("#"):
            continue
        title = lines[0].lstrip("#").strip()
        paragraph: list[str] = []
        for line in lines[1:]:
            if not line.strip():
                if paragraph:
                    break
                continue
            if line.startswith("#"):
                break
            paragraph.append(line.strip())
        summary = re.sub(r"[*_`]", "", " ".join(paragraph))
        return title or default, summary
    return default, ""


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:120]
    return "(empty cell)"


def _error_text(cell: Mapping[str, Any]) -> str:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".strip()
    return ""


def execute_notebook(
    nb: NotebookNode,
    *,
    name: str,
    cwd: str | Path,
    timeout: int = DEFAULT_TIMEOUT,
    kernel_name: str = "python3",
) -> NotebookNode:
    """Run ``nb`` top to bottom in a fresh kernel, in place, and return it.

    Raises :class:`NotebookExecutionError` naming the notebook, the failing cell (index and first
    line of source) and the exception; the outputs up to the failure stay in ``nb``.
    """
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, CellExecutionError, DeadKernelError

    current: dict[str, int] = {"index": -1}

    def on_cell_start(cell: Any, cell_index: int) -> None:
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        allow_errors=False,
        on_cell_start=on_cell_start,
        resources={"metadata": {"path": str(cwd)}},
    )
    # the kernel's own log (not cell output, which arrives as messages) goes to a file: it is
    # only worth showing when the kernel dies or fails to start
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as log:
        try:
            client.execute(cwd=str(cwd), stderr=log)
        except NoSuchKernel as exc:
            raise NotebookExecutionError(
                f"{name}: there is no Jupyter kernel named {kernel_name!r}. Install one with "
                f"`python -m ipykernel install --sys-prefix --name {kernel_name}` "
                "(make does this)."
            ) from exc
        except (CellExecutionError, CellControlSignal, DeadKernelError, TimeoutError) as exc:
            index = current["index"]
            if 0 <= index < len(nb.cells):
                where = _cell_label(nb, index)
                what = _error_text(nb.cells[index])
            else:
                where, what = "kernel start-up", ""
            if not what or isinstance(exc, TimeoutError):  # a timeout shows as KeyboardInterrupt
                what = _exception_summary(exc, timeout, log)
            raise NotebookExecutionError(f"{name} failed at {where}: {what}") from exc
    return nb


def _cell_label(nb: NotebookNode, index: int) -> str:
    """``cell 7 of 12 (`first line`)``, counted from 1 as in the notebook on disk."""
    cell = nb.cells[index]
    if INJECTED_TAG in _tags(cell):
        return f"the injected parameters cell (`{_first_line(cell.source)}`)"
    injected = sum(INJECTED_TAG in _tags(c) for c in nb.cells[:index])
    total = len(nb.cells) - sum(INJECTED_TAG in _tags(c) for c in nb.cells)
    return f"cell {index + 1 - injected} of {total} (`{_first_line(cell.source)}`)"


def _exception_summary(exc: BaseException, timeout: int, log: IO[str]) -> str:
    from nbclient.exceptions import DeadKernelError

    if isinstance(exc, TimeoutError):
        return f"the cell ran longer than the {timeout} s timeout (raise it with --timeout)"
    if isinstance(exc, DeadKernelError):
        log.seek(0)
        tail = " | ".join(line.strip() for line in log.read().splitlines()[-3:] if line.strip())
        return "the kernel died" + (f" ({tail})" if tail else " (out of memory, or a crash)")
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__



# --------------------------------------------------------------------------- templates

#: the Jinja2 templates of every page (layout in one place; see the files for what each draws)
TEMPLATES = Path(__file__).resolve().parent / "templates"
#: cells about the Geneva case study only: dropped when the report is about another article
CASE_STUDY_TAG = "case-study"
#: exercise solutions (ThinkStats convention): dropped by ``--no-solutions``
SOLUTION_TAG = "solution"


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    """The Jinja2 environment of the summary and article pages (autoescaping on)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every value is text unless the code wraps it in Markup
        undefined=jinja2.StrictUndefined,  # a misspelt name fails loudly, not as a blank
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _render(template: str, **context: Any) -> str:
    return str(_environment().get_template(template).render(**context))


def _exporter() -> Any:
    import jinja2
    from nbconvert import HTMLExporter

    offline = (TEMPLATES / "nbconvert-offline.html.j2").read_text(encoding="utf-8")
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"geneva_offline.html.j2": offline})],
        embed_images=True,  # markdown images become data: URIs too
        exclude_input_prompt=False,
    )
    exporter.template_file = "geneva_offline.html.j2"
    # belt and braces: should a template still reference them, nothing is fetched
    exporter.mathjax_url = ""
    exporter.require_js_url = ""
    return exporter


def render_notebook_html(nb: NotebookNode, *, title: str, cwd: str | Path | None = None) -> str:
    """Self-contained HTML of an executed notebook (see the module docstring)."""
    resources: dict[str, Any] = {"metadata": {"name": title}}
    if cwd is not None:
        resources["metadata"]["path"] = str(cwd)
    body, _ = _exporter().from_notebook_node(nb, resources=resources)
    return str(body)


_URL_ATTRS = {"src", "href", "srcset", "poster", "data", "background", "xlink:href"}
# tags whose URL attributes make the browser fetch something on load (an <a href> does not)
_FETCHING_TAGS = {
    "script",
    "link",
    "img",
    "iframe",
    "frame",
    "source",
    "video",
    "audio",
    "track",
    "embed",
    "object",
    "input",
    "image",
    "use",
    "feimage",
    "body",
    "table",
    "td",
}
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_CSS_REMOTE = re.compile(
    r"""(?:url\(\s*['"]?\s*|@import\s+['"])((?:https?:)?//[^'")\s]+)""", re.IGNORECASE
)
_JS_REMOTE = re.compile(r"""(?:import|from|src\s*=)\s*\(?\s*['"]((?:https?:)?//[^'"]+)""")


class _NetworkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for attr, value in attrs:
            if value is None:
                continue
            if attr == "style":
                self.found += _CSS_REMOTE.findall(value)
            elif tag in _FETCHING_TAGS and attr in _URL_ATTRS:
                urls = [value]
                if attr == "srcset":
                    urls = [u.strip().split(" ")[0] for u in value.split(",")]
                self.found += [f"<{tag} {attr}={u}>" for u in urls if _REMOTE.match(u)]
        self._in = tag if tag in {"style", "script"} else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.found += _CSS_REMOTE.findall(data)
        elif self._in == "script":
            self.found += _JS_REMOTE.findall(data)


def network_resources(page: str) -> list[str]:
    """Everything in an HTML page that a browser would fetch from the network on load.

    Looks at URL attributes of fetching elements (``script``, ``link``, ``img``, ``iframe``,
    ``source`` ...), ``url(...)``/``@import`` in CSS and ``import``/``src=`` in inline scripts.
    Hyperlinks (``<a href>``) are not fetched and not reported. An empty list means the page is
    self-contained.
    """
    finder = _NetworkFinder()
    finder.feed(page)
    finder.close()
    return finder.found




# --------------------------------------------------------------------------- about the article


def is_case_study(art: Article) -> bool:
    """True for the course's own article, by metadata (``"case_study": true``), never by text."""
    return art.meta.get("case_study") is True


def headline(art: Article, *, width: int = 110) -> str:
    """The article's title: metadata ``title`` (or an HTML page's ``<title>``), else its first line.

    A first line longer than ``width`` characters is shortened at a word boundary with "…".
    Never a file name or path.
    """
    title = str(art.meta.get("title") or "").strip()
    if not title:
        first = next((line.strip() for line in art.text.splitlines() if line.strip()), "")
        title = first or "Untitled article"
    title = " ".join(title.split())
    if len(title) > width:
        cut = title[:width].rsplit(" ", 1)[0].rstrip(",;:–—-")
        title = (cut or title[:width]) + "…"
    return title


def report_warnings(art: Article) -> list[str]:
    """What the reader must know before trusting the results (e.g. no document date)."""
    warnings = []
    if art.dct is None:
        warnings.append(
            "No document date was given or inferred, so relative time expressions ('today', "
            "'on Monday', 'next week', a date without a year) stay unresolved and are missing "
            "from the timeline. Give the date with --published YYYY-MM-DD (or a .meta.json "
            "sidecar with \"published\")."
        )
    return warnings


def report_notebook(
    nb: NotebookNode, *, case_study: bool = True, solutions: bool = True
) -> NotebookNode:
    """A copy of ``nb`` as the report runs it.

    Cells tagged ``case-study`` (commentary about the Geneva article) are dropped when
    ``case_study`` is false; cells tagged ``solution`` are dropped when ``solutions`` is false,
    so a report made with ``--no-solutions`` is safe to publish to a class.
    """
    drop = set()
    if not case_study:
        drop.add(CASE_STUDY_TAG)
    if not solutions:
        drop.add(SOLUTION_TAG)
    result = copy.deepcopy(nb)
    result.cells = [c for c in result.cells if not drop & set(_tags(c))]
    return result


def scrub_paths(text: str, replacements: Mapping[str, str]) -> str:
    """``text`` with each local path prefix replaced (longest first; raw and HTML-escaped)."""
    for old in sorted((k for k in replacements if k), key=len, reverse=True):
        new = replacements[old]
        text = text.replace(old, new)
        escaped = html.escape(old, quote=True)
        if escaped != old:
            text = text.replace(escaped, html.escape(new, quote=True))
    return text


def _local_paths(*paths: Path | None) -> dict[str, str]:
    """Prefixes to remove from the pages: the folders of the given files, home, Python."""
    replacements: dict[str, str] = {}
    for path in paths:
        if path is not None:
            replacements[str(path) + os.sep] = ""
    replacements[str(Path(sys.prefix).resolve()) + os.sep] = "<python>/"
    replacements[sys.prefix + os.sep] = "<python>/"
    home = str(Path.home())
    if len(home) > 1:
        replacements[home + os.sep] = "~/"
    return replacements


# --------------------------------------------------------------------------- the summary page


def _figure_png(fig: Figure) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _fmt(value: object) -> str:
    """A table cell as text: blanks for missing values, signed two decimals for scores."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):  # type: ignore[arg-type]
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float):
        if round(value, 2) == 0:
            return "0.00"  # not "-0.00"
        return f"{value:+.2f}" if -1.0 <= value <= 1.0 else f"{value:.2f}"
    return str(value)


def _rows(frame: pd.DataFrame, columns: Sequence[tuple[str, str, str]]) -> list[dict[str, str]]:
    return [{key: _fmt(record.get(key)) for key, _, _ in columns}
            for record in frame.to_dict("records")]


_QUOTE_MARKS = '“”"«» '


def _speakers(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker and side, with one column per kind of speech."""
    frame = statements.assign(
        speaker=statements["speaker"].fillna("").replace("", "(unresolved)"),
        side=statements["side"].fillna("").replace("", "unknown"),
    )
    counts = (
        frame.pivot_table(
            index=["speaker", "side"],
            columns="kind",
            values="statement_id",
            aggfunc="count",
            fill_value=0,
        )
        .reindex(columns=["direct", "partial", "indirect"], fill_value=0)
        .astype(int)
    )
    counts["total"] = counts.sum(axis=1)
    return counts.reset_index().sort_values(["total", "speaker"], ascending=[False, True])


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _speakers_context(statements: pd.DataFrame) -> dict[str, Any]:
    from .display import colour_by, known_sides, statements_figure

    if statements.empty:
        return {"rows": []}
    table = _speakers(statements)
    by = colour_by(statements)
    sides = known_sides(statements)
    if by == "side":
        counts = statements["side"].fillna("unknown").value_counts()
        side_text = ", ".join(f"{side}: {n}" for side, n in counts.items())
        grouping = f"By side: {side_text}."
    else:
        grouping = (
            "No speaker has a known side (none is in the actor registry, and no title names a "
            "country or an institution), so the tables and figures group statements by speaker. "
            "Give an actors file (--actors) to assign sides."
        )
    text = (
        f"{_count(len(statements), 'statement')} by {_count(len(table), 'speaker')}, found by "
        "gn.attribute: direct quotes, partial quotes and reported speech, each attributed to a "
        f"speaker by a named rule. {grouping}"
    )
    columns = [("speaker", "speaker", "long"), ("side", "side", "")]
    if not sides:
        columns = [("speaker", "speaker", "long")]
    columns += [(k, k, "num") for k in ("direct", "partial", "indirect", "total")]
    quotes = statements[statements["kind"] != "indirect"]
    return {
        "text": text,
        "figure": _figure_png(statements_figure(statements)),
        "columns": columns,
        "rows": _rows(table, columns),
        "quotes": [
            {
                "text": str(r["content"]).strip(_QUOTE_MARKS),
                "who": f"{r['speaker'] or '(unresolved)'}"
                + (f" ({r['side']}, {r['kind']})" if sides else f" ({r['kind']})"),
            }
            for r in quotes.to_dict("records")
        ],
    }


def _overlap_sentence(groups: pd.DataFrame, by: str) -> str:
    known = groups.dropna(subset=["ci_low", "ci_high"])
    if len(known) < 2:
        return (
            f"No two {by}s have two or more statements each, so no interval can be compared."
            if len(groups) > 1
            else ""
        )
    if known["ci_low"].max() <= known["ci_high"].min():
        return (
            "The intervals overlap: this article alone gives no evidence that one "
            f"{by} sounded warmer than another."
        )
    top = known.loc[known["mean"].idxmax()]
    low = known.loc[known["mean"].idxmin()]
    return (
        f"The intervals of {top['group']} and {low['group']} do not overlap: "
        f"{top['group']}'s statements read as warmer, within this method's limits."
    )


def _tone_context(by_side: pd.DataFrame) -> dict[str, Any]:
    from .display import plot_tone_by_side, tone_groups

    if by_side.empty:
        return {"rows": [], "by": "side"}
    groups = tone_groups(by_side)
    by = groups.attrs["by"]
    frame = groups.assign(
        interval=[
            "n/a" if lo != lo or hi != hi else f"[{lo:+.2f}, {hi:+.2f}]"
            for lo, hi in zip(groups["ci_low"], groups["ci_high"], strict=True)
        ]
    )
    columns = [
        ("group", by, "long"),
        ("n", "statements", "num"),
        ("mean", "mean tone", "num"),
        ("interval", "95% interval", "num"),
    ]
    text = (
        f"Mean tone of each {by}'s statements on a −1 (hostile) … +1 (warm) scale, adjusted for "
        "the diplomatic register, with a 95% bootstrap interval (n/a for a single statement). "
        + _overlap_sentence(groups, by)
    )
    return {
        "by": by,
        "text": text.strip(),
        "columns": columns,
        "rows": _rows(frame, columns),
        "figure": _figure_png(plot_tone_by_side(by_side)),
    }


def _timeline_context(events: pd.DataFrame) -> dict[str, Any]:
    from .display import plot_timeline

    note = str(events.attrs.get("note") or "")
    if events.empty:
        return {"rows": [], "text": note}
    frame = events.assign(
        start=events["start_date"].dt.strftime("%Y-%m-%d"),
        end=events["end_date"].dt.strftime("%Y-%m-%d"),
    )
    columns = [
        ("start", "from", "num"),
        ("end", "to", "num"),
        ("value", "TIMEX3 value", ""),
        ("timex", "expression", ""),
        ("event", "event", "long"),
    ]
    return {
        "text": f"{_count(len(events), 'event')} anchored to time expressions, normalised to "
        f"TIMEX3 values and put in time order (gn.chronology). {note}".strip(),
        "figure": _figure_png(plot_timeline(events)),
        "columns": columns,
        "rows": _rows(frame, columns),
    }


def _in_short(analysis: Analysis) -> list[str]:
    """Two or three sentences written from the results, for any article."""
    from .display import known_sides

    art = analysis.article
    statements = analysis.statements
    out = []
    if statements.empty:
        out.append("No statements (quoted or reported speech) were found.")
    else:
        speakers = statements["speaker"].fillna("").replace("", "(unresolved)").value_counts()
        top = ", ".join(f"{name} ({n})" for name, n in speakers.head(3).items())
        out.append(
            f"{_count(len(statements), 'statement')} by {_count(len(speakers), 'speaker')}; "
            f"most quoted: {top}."
        )
        sides = known_sides(statements)
        out.append(
            f"Sides: {', '.join(sides)}." if sides else "No speaker's side is known."
        )
    events = analysis.chronology
    dated = events.dropna(subset=["start_date"]) if not events.empty else events
    if dated.empty:
        out.append("No dated events.")
    else:
        first, last = dated["start_date"].min(), dated["start_date"].max()
        span = (
            f"in {first.year}" if first.year == last.year else f"from {first.year} to {last.year}"
        )
        out.append(f"{_count(len(dated), 'dated event')}, {span}.")
    if art.dct is not None:
        how = " (inferred, not printed in the text)" if art.meta.get("date_inferred") else ""
        out.append(f"Document date: {art.dct.isoformat()}{how}.")
    return out


def _meta_line(art: Article) -> list[str]:
    meta = art.meta
    bits = [f"{label}: {meta[key]}" for key, label in
            (("source", "source"), ("author", "by"), ("published", "published")) if meta.get(key)]
    if meta.get("published") and meta.get("date_inferred"):
        bits[-1] += " (inferred)"
    bits.append(f"{len(art.text.split()):,} words")
    return bits


def _as_analysis(doc: Article | Analysis, actors: object = None) -> Analysis:
    from .analysis import Analysis, analyze

    if isinstance(doc, Analysis):
        return doc
    return analyze(doc, actors=actors)  # type: ignore[arg-type]


def article_page(
    doc: Article | Analysis, *, back_link: bool = False, actors: object = None
) -> str:
    """A standalone page of the article with every statement highlighted by side (or speaker).

    The body is :func:`geneva_nb.highlight_html` of the analysis' statements (it escapes all
    text); the template ``report-article.html.j2`` adds the title, date, warnings and an
    optional link back to the report index.
    """
    from markupsafe import Markup

    from .display import highlight_html

    analysis = _as_analysis(doc, actors)
    art = analysis.article
    fragment = highlight_html(art, analysis.statements, actors=analysis.registry)
    return _render(
        "report-article.html.j2",
        title=headline(art),
        back_link=back_link,
        published=art.meta.get("published"),
        date_inferred=bool(art.meta.get("date_inferred")),
        warnings=report_warnings(art),
        highlight=Markup(fragment),  # highlight_html escapes all text
    )


def render_index(
    doc: Article | Analysis,
    runs: Sequence[NotebookRun],
    *,
    out: Path,
    solutions: bool = True,
    extra_sections: Sequence[tuple[str, str, str]] = (),
    actors: object = None,
) -> str:
    """The summary page: who spoke, tone by side (or speaker), the timeline, the notebooks.

    ``doc`` is an Article or its :class:`~geneva_nb.analysis.Analysis` (each stage is read
    once). Everything on the page is written from the results; the case-study box appears only
    when :func:`is_case_study`. ``extra_sections`` are ``(anchor, heading, html)`` triples shown
    before the notebook list (the html must already be escaped: pass a ``markupsafe.Markup``).
    """
    from markupsafe import Markup

    from . import __version__

    analysis = _as_analysis(doc, actors)
    art = analysis.article
    speakers = _speakers_context(analysis.statements)
    tone = _tone_context(analysis.tone_by_side)
    timeline = _timeline_context(analysis.chronology)
    toc = [
        ("in-short", "In short"),
        ("who-spoke", "Who spoke"),
        ("tone", f"Tone by {tone['by']}"),
        ("timeline", "Timeline"),
        *[(anchor, heading) for anchor, heading, _ in extra_sections],
        ("notebooks", f"The {len(runs)} notebooks"),
    ]
    url = str(art.meta.get("url") or "")
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return _render(
        "report-index.html.j2",
        title=headline(art),
        meta_line=_meta_line(art),
        url=url if url.lower().startswith(("http://", "https://")) else "",
        toc=toc,
        warnings=report_warnings(art),
        case_study=is_case_study(art),
        other_article_note=(
            "Everything on these pages is computed from this article. Commentary written for "
            "the course's own case study is left out of the notebook pages."
        ),
        in_short=_in_short(analysis),
        speakers=speakers,
        tone=tone,
        timeline=timeline,
        extra_sections=[(a, h, Markup(b)) for a, h, b in extra_sections],
        solutions=solutions,
        runs=[
            {
                "ok": run.ok,
                "seconds": run.seconds,
                "href": run.html.relative_to(out).as_posix() if run.html else "",
                "title": run.title,
                "name": run.name,
                "summary": run.summary,
                "error": run.error,
            }
            for run in runs
        ],
        generated=generated,
        version=__version__,
    )


# --------------------------------------------------------------------------- the whole report


def build_report(
    out: str | Path,
    *,
    notebooks: str | Path = "notebooks",
    article: str | Path | None = None,
    published: str | None = None,
    actors: str | Path | None = None,
    solutions: bool = True,
    timeout: int = DEFAULT_TIMEOUT,
    kernel_name: str = "python3",
    extra_sections: Sequence[tuple[str, str, str]] = (),
    on_warning: Callable[[str], None] | None = None,
    on_start: Callable[[int, int, Path], None] | None = None,
    on_done: Callable[[int, int, NotebookRun], None] | None = None,
) -> Report:
    """Execute every ``NN-*.ipynb`` in ``notebooks``, render it under ``out``, write the index.

    ``article``/``published``/``actors`` are injected as the notebooks' ``article_path``/
    ``published``/``actors`` parameters and used for the index, which reads one
    :class:`~geneva_nb.analysis.Analysis` of the article (no stage runs twice). For an article
    that is not the case study, cells tagged ``case-study`` are dropped; with
    ``solutions=False`` cells tagged ``solution`` are dropped. Local paths (the article's
    folder, the notebooks' folder, home, the Python installation) are removed from every page.
    ``on_warning`` receives each warning (e.g. no document date) before any notebook runs.

    Every notebook is run even when an earlier one fails; then :class:`NotebookExecutionError`
    is raised listing each failure (notebook, cell, exception), after the pages and the index
    have been written.
    """
    from .analysis import analyze
    from .article import load_article, parse_date

    started = time.perf_counter()
    date = parse_date(published, what="--published")
    published = date.isoformat() if date else None
    article_path = Path(article).expanduser().resolve() if article is not None else None
    actors_path = Path(actors).expanduser().resolve() if actors is not None else None
    if actors_path is not None and not actors_path.is_file():
        raise InputError(
            f"The actors file {actors_path.name} does not exist. Pass a CSV with the header "
            "name,aliases,gender,side,role,note (see data/actors.csv)."
        )
    art = load_article(article_path, published=published)  # bad input fails before any kernel
    analysis = analyze(art, actors=str(actors_path) if actors_path else None)
    analysis.registry  # noqa: B018 - a bad actors file fails here, before any kernel
    warnings = report_warnings(art)
    for warning in warnings:
        if on_warning:
            on_warning(warning)
    paths = find_notebooks(notebooks)
    cwd = Path(notebooks).resolve()
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"Cannot create the output folder {out}: {exc.strerror}.") from exc

    parameters: dict[str, object] = {}
    if article_path is not None:
        parameters["article_path"] = str(article_path)
    if published is not None:
        parameters["published"] = published
    if actors_path is not None:
        parameters["actors"] = str(actors_path)
    local = _local_paths(
        article_path.parent if article_path else None,
        actors_path.parent if actors_path else None,
        cwd,
        cwd.parent,
    )

    runs: list[NotebookRun] = []
    for number, path in enumerate(paths, start=1):
        if on_start:
            on_start(number, len(paths), path)
        run = _run_one(
            path,
            parameters,
            out=out,
            cwd=cwd,
            timeout=timeout,
            kernel_name=kernel_name,
            case_study=is_case_study(art),
            solutions=solutions,
            local=local,
        )
        runs.append(run)
        if on_done:
            on_done(number, len(paths), run)

    _write(out / "article.html", scrub_paths(article_page(analysis, back_link=True), local))
    index = out / "index.html"
    from .explore import report_section  # the static explorer: speaker and rule on each statement

    page = render_index(
        analysis, runs, out=out, solutions=solutions,
        extra_sections=[*extra_sections, report_section(analysis)],
    )
    _write(index, scrub_paths(page, local))
    report = Report(
        out=out,
        index=index,
        runs=tuple(runs),
        seconds=time.perf_counter() - started,
        warnings=tuple(warnings),
    )
    failed = [run for run in runs if not run.ok]
    if failed:
        lines = "\n".join(f"  - {run.error}" for run in failed)
        raise NotebookExecutionError(
            f"{len(failed)} of {len(runs)} notebooks failed:\n{lines}\n"
            f"The pages (up to the failing cell) and the index are in {out}."
        )
    return report


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}.") from exc


def _run_one(
    path: Path,
    parameters: Mapping[str, object],
    *,
    out: Path,
    cwd: Path,
    timeout: int,
    kernel_name: str,
    case_study: bool = True,
    solutions: bool = True,
    local: Mapping[str, str] | None = None,
) -> NotebookRun:
    started = time.perf_counter()
    nb = report_notebook(read_notebook(path), case_study=case_study, solutions=solutions)
    nb = inject_parameters(nb, parameters)
    title, summary = notebook_title(nb, default=path.stem)
    error: str | None = None
    try:
        execute_notebook(nb, name=path.name, cwd=cwd, timeout=timeout, kernel_name=kernel_name)
    except NotebookExecutionError as exc:
        error = scrub_paths(str(exc), local or {})
    page = scrub_paths(render_notebook_html(nb, title=title, cwd=cwd), local or {})
    remote = network_resources(page)
    if remote and error is None:
        error = (
            f"{path.name} renders with resources loaded from the network ({', '.join(remote[:3])}"
            "); the report must work offline, so the notebook should not display such outputs."
        )
    target = out / f"{path.stem}.html"
    _write(target, page)
    return NotebookRun(
        name=path.stem,
        title=title,
        summary=summary,
        source=path,
        html=target,
        seconds=time.perf_counter() - started,
        ok=error is None,
        error=error,
    )
