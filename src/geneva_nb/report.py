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
bootstrap intervals, the timeline) for the same article, with the figures of
:mod:`geneva_nb.display`, and links every notebook page and ``article.html`` (the article with its
statements highlighted). All article text on these pages is HTML-escaped, and they run no script.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import html
import io
import re
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

    from .article import Article

__all__ = [
    "DEFAULT_TIMEOUT",
    "NotebookRun",
    "Report",
    "article_page",
    "build_report",
    "execute_notebook",
    "find_notebooks",
    "inject_parameters",
    "network_resources",
    "notebook_title",
    "render_index",
    "render_notebook_html",
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


# --------------------------------------------------------------------------- rendering

# nbconvert's lab template without anything fetched from the network: require.js, MathJax,
# mermaid and the widget manager all come from CDNs. A link back to the index tops each page.
_OFFLINE_TEMPLATE = """\
{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block data_png scoped -%}
{%- set alt = "Figure drawn by the cell: " ~ cell.source.strip().split("\n")[0][:100] -%}
{{ super() | replace("<img src=", '<img alt="' ~ (alt | escape_html) ~ '" src=') }}
{%- endblock data_png -%}
{%- block extra_css -%}
<style type="text/css">
main { max-width: 1180px; margin: 0 auto; }
nav.gn-nav { font: 14px/1.4 system-ui, sans-serif; padding: 8px 0 12px; }
nav.gn-nav a { color: #1f5fa8; text-decoration: none; }
nav.gn-nav a:hover { text-decoration: underline; }
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="gn-nav"><a href="index.html">&larr; geneva_nb report: summary, all notebooks</a>
</nav>
{%- endblock body_header -%}
"""


def _exporter() -> Any:
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"geneva_offline.html.j2": _OFFLINE_TEMPLATE})],
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


# --------------------------------------------------------------------------- the index page


def _figure_png(fig: Figure) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _esc(value: object) -> str:
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
    return html.escape(str(value), quote=True)


def _table(frame: pd.DataFrame, columns: Sequence[tuple[str, str]], *, cls: str = "") -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
    rows = []
    for record in frame.to_dict("records"):
        cells = "".join(f"<td>{_esc(record.get(key))}</td>" for key, _ in columns)
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _img(png: str, alt: str) -> str:
    return f'<img class="figure" alt="{html.escape(alt)}" src="data:image/png;base64,{png}">'


_QUOTE_MARKS = '“”"«» '


def _speakers(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker and side, with one column per kind of speech."""
    frame = statements.assign(
        speaker=statements["speaker"].fillna("(unresolved)"),
        side=statements["side"].fillna("(unknown)"),
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


def _section_speakers(art: Article) -> str:
    import geneva_nb as gn

    from .display import statements_figure

    statements = gn.attribute(art)
    parts = ['<h2 id="who-spoke">Who spoke</h2>']
    if statements.empty:
        parts.append("<p>No statements (quoted or reported speech) were found in this article.</p>")
        return "\n".join(parts)
    sides = statements["side"].fillna("(unknown)").value_counts()
    side_text = ", ".join(f"{_esc(side)}: {n}" for side, n in sides.items())
    parts.append(
        f"<p>{len(statements)} statements ({side_text}), found by <code>gn.attribute</code>: "
        "direct quotes, partial quotes and reported speech, each attributed to a speaker by a "
        "named rule. The notebook on attribution shows the rules and where they fail.</p>"
    )
    parts.append(_img(_figure_png(statements_figure(statements)), "Statements per speaker"))
    columns = [
        ("speaker", "speaker"),
        ("side", "side"),
        ("direct", "direct"),
        ("partial", "partial"),
        ("indirect", "indirect"),
        ("total", "total"),
    ]
    parts.append(_table(_speakers(statements), columns, cls="num"))
    quotes = statements[statements["kind"] != "indirect"]
    if not quotes.empty:
        items = "".join(
            f"<li><q>{_esc(str(r['content']).strip(_QUOTE_MARKS))}</q> <span class='who'>— "
            f"{_esc(r['speaker'])} ({_esc(r['side'])}, {_esc(r['kind'])})</span></li>"
            for r in quotes.to_dict("records")
        )
        parts.append(
            f"<details><summary>The {len(quotes)} quotations</summary>"
            f"<ul class='quotes'>{items}</ul></details>"
        )
    return "\n".join(parts)


def _overlap_sentence(by_side: pd.DataFrame) -> str:
    known = by_side.dropna(subset=["ci_low", "ci_high"])
    if len(known) < 2:
        return ""
    if known["ci_low"].max() <= known["ci_high"].min():
        return (
            " Here the intervals overlap: this article alone gives no evidence that one side "
            "sounded warmer than the other."
        )
    top = known.loc[known["mean"].idxmax()]
    low = known.loc[known["mean"].idxmin()]
    return (
        f" The intervals of {_esc(top['side'])} and {_esc(low['side'])} do not overlap: "
        f"{_esc(top['side'])}'s statements read as warmer, within this method's limits."
    )


def _section_tone(art: Article) -> str:
    import geneva_nb as gn

    from .display import plot_tone_by_side

    by_side = gn.tone_by_side(art)
    parts = ['<h2 id="tone">Tone by side</h2>']
    if by_side.empty:
        parts.append("<p>No statements with a known side, so no tone per side.</p>")
        return "\n".join(parts)
    frame = by_side.assign(
        interval=[
            "n/a" if lo != lo or hi != hi else f"[{lo:+.2f}, {hi:+.2f}]"
            for lo, hi in zip(by_side["ci_low"], by_side["ci_high"], strict=True)
        ]
    )
    parts.append(
        "<p>Mean tone of each side's statements on a −1 (hostile) … +1 (warm) scale, adjusted "
        "for the diplomatic register, with a 95% bootstrap interval "
        f"(<code>gn.tone_by_side</code>).{_overlap_sentence(by_side)}</p>"
    )
    columns = [
        ("side", "side"),
        ("n", "statements"),
        ("mean", "mean tone"),
        ("interval", "95% interval"),
    ]
    parts.append(_table(frame, columns, cls="num"))
    parts.append(_img(_figure_png(plot_tone_by_side(by_side)), "Tone of each side's statements"))
    return "\n".join(parts)


def _section_timeline(art: Article) -> str:
    import geneva_nb as gn

    from .display import plot_timeline

    events = gn.chronology(art)
    parts = ['<h2 id="timeline">Timeline</h2>']
    if events.empty:
        parts.append("<p>No dated events were found in this article.</p>")
        return "\n".join(parts)
    note = events.attrs.get("note")
    parts.append(
        f"<p>{len(events)} events anchored to time expressions, normalised to TIMEX3 values and "
        f"put in time order (<code>gn.chronology</code>). {_esc(note or '')}</p>"
    )
    parts.append(_img(_figure_png(plot_timeline(events)), "Timeline of the article's events"))
    frame = events.assign(
        start=events["start_date"].dt.strftime("%Y-%m-%d"),
        end=events["end_date"].dt.strftime("%Y-%m-%d"),
    )
    columns = [
        ("start", "from"),
        ("end", "to"),
        ("value", "TIMEX3 value"),
        ("timex", "expression"),
        ("event", "event"),
    ]
    parts.append(_table(frame, columns))
    return "\n".join(parts)


_INDEX_CSS = """
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
       max-width: 1000px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
header { border-bottom: 3px solid #1f5fa8; margin-bottom: 8px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid #dde3ea; padding-bottom: 4px; }
.meta { color: #566173; margin: 0 0 6px; }
nav.toc { margin: 0 0 12px; font-size: 15px; }
nav.toc a, footer a { color: #1f5fa8; text-decoration: none; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f4f7;
       padding: 1px 4px; border-radius: 3px; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 14px; }
th, td { border-bottom: 1px solid #e3e7ed; padding: 5px 10px; text-align: left;
         vertical-align: top; }
th { background: #f5f7fa; font-weight: 600; }
table.num td:not(:first-child):not(:nth-child(2)) { text-align: right;
         font-variant-numeric: tabular-nums; }
img.figure { display: block; max-width: 100%; height: auto; margin: 12px 0;
             border: 1px solid #e3e7ed; }
ul.notebooks { list-style: none; padding: 0; }
ul.notebooks li { padding: 10px 12px; border: 1px solid #e3e7ed; border-radius: 6px;
                  margin: 8px 0; }
ul.notebooks a { font-weight: 600; color: #1f5fa8; text-decoration: none; }
ul.notebooks a:hover { text-decoration: underline; }
.status { float: right; font-size: 13px; color: #566173; }
.ok { color: #1a7f37; font-weight: 600; }
.failed { color: #b42318; font-weight: 600; }
.error { color: #b42318; font-size: 14px; white-space: pre-wrap; margin: 6px 0 0; }
.summary { margin: 4px 0 0; color: #3a4556; font-size: 15px; }
ul.quotes li { margin: 4px 0; }
.who { color: #566173; font-size: 14px; }
footer { margin-top: 40px; color: #566173; font-size: 13px; border-top: 1px solid #dde3ea;
         padding-top: 8px; }
"""


def _article_header(art: Article) -> str:
    meta = art.meta
    title = art.title
    bits = []
    for key, label in (("source", "source"), ("author", "by"), ("published", "published")):
        if meta.get(key):
            bits.append(f"{label}: {_esc(meta[key])}")
    url = str(meta.get("url") or "")
    if url.lower().startswith(("http://", "https://")):
        bits.append(
            f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">original</a>'
        )
    words = len(art.text.split())
    bits.append(f"{words:,} words")
    return f"<h1>{_esc(title)}</h1><p class='meta'>{' · '.join(bits)}</p>"


def _notebook_list(runs: Sequence[NotebookRun], out: Path) -> str:
    items = []
    for run in runs:
        status = (
            f"<span class='ok'>ok</span> · {run.seconds:.1f} s"
            if run.ok
            else f"<span class='failed'>failed</span> · {run.seconds:.1f} s"
        )
        link = (
            f'<a href="{html.escape(run.html.relative_to(out).as_posix(), quote=True)}">'
            f"{_esc(run.title)}</a>"
            if run.html
            else _esc(run.title)
        )
        error = f"<p class='error'>{_esc(run.error)}</p>" if run.error else ""
        summary = f"<p class='summary'>{_esc(run.summary)}</p>" if run.summary else ""
        items.append(
            f"<li><span class='status'>{status}</span>{link} "
            f"<code>{_esc(run.name)}</code>{summary}{error}</li>"
        )
    return f"<h2 id='notebooks'>The notebooks</h2><ul class='notebooks'>{''.join(items)}</ul>"


def article_page(art: Article, *, back_link: bool = False) -> str:
    """A standalone page of the article with every statement highlighted by side.

    The body is :func:`geneva_nb.highlight_html` (which escapes all text); this adds the
    document around it, the title and date, and optionally a link back to the report index.
    """
    import geneva_nb as gn

    title = art.title
    back = (
        '<p class="back"><a href="index.html">&larr; geneva_nb report: summary</a></p>'
        if back_link
        else ""
    )
    published = (
        f"<p class='meta'>published: {_esc(art.meta['published'])}</p>"
        if art.meta.get("published")
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>
body {{ max-width: 50em; margin: 0 auto; padding: 16px 24px 48px; color: #1d2430; }}
h1, .meta, .back {{ font-family: system-ui, sans-serif; }}
h1 {{ font-size: 24px; margin: 8px 0 2px; }}
.meta {{ color: #566173; margin: 0 0 16px; }}
.back a {{ color: #1f5fa8; text-decoration: none; }}
</style>
</head>
<body>
{back}
<h1>{_esc(title)}</h1>
{published}
{gn.highlight_html(art)}
</body>
</html>
"""


def render_index(art: Article, runs: Sequence[NotebookRun], *, out: Path) -> str:
    """The summary page: the article, who spoke, tone by side, the timeline, the notebooks."""
    from . import __version__

    sections = [_section_speakers(art), _section_tone(art), _section_timeline(art)]
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>geneva_nb report — {_esc(art.title)}</title>
<style>{_INDEX_CSS}</style>
</head>
<body>
<header>
<p class="meta">geneva_nb report</p>
{_article_header(art)}
<nav class="toc"><a href="#who-spoke">Who spoke</a> · <a href="#tone">Tone by side</a> ·
<a href="#timeline">Timeline</a> · <a href="#notebooks">The {len(runs)} notebooks</a> ·
<a href="article.html">The article, statements highlighted</a></nav>
</header>
<main>
{"".join(sections)}
{_notebook_list(runs, out)}
</main>
<footer>Generated {html.escape(generated)} by <code>geneva-nb report</code> (geneva_nb
{html.escape(__version__)}). Every notebook ran top to bottom in a fresh kernel; the pages are
self-contained and work offline.</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- the whole report


def build_report(
    out: str | Path,
    *,
    notebooks: str | Path = "notebooks",
    article: str | Path | None = None,
    published: str | None = None,
    timeout: int = DEFAULT_TIMEOUT,
    kernel_name: str = "python3",
    on_start: Callable[[int, int, Path], None] | None = None,
    on_done: Callable[[int, int, NotebookRun], None] | None = None,
) -> Report:
    """Execute every ``NN-*.ipynb`` in ``notebooks``, render it under ``out``, write the index.

    ``article``/``published`` are injected as the notebooks' ``article_path``/``published``
    parameters and used for the index. Every notebook is run even when an earlier one fails;
    then :class:`NotebookExecutionError` is raised listing each failure (notebook, cell,
    exception), after the pages and the index have been written.
    """
    from .article import load_article, parse_date

    started = time.perf_counter()
    date = parse_date(published, what="--published")
    published = date.isoformat() if date else None
    article_path = Path(article).expanduser().resolve() if article is not None else None
    art = load_article(article_path, published=published)  # bad input fails before any kernel
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

    runs: list[NotebookRun] = []
    for number, path in enumerate(paths, start=1):
        if on_start:
            on_start(number, len(paths), path)
        run = _run_one(path, parameters, out=out, cwd=cwd, timeout=timeout, kernel_name=kernel_name)
        runs.append(run)
        if on_done:
            on_done(number, len(paths), run)

    _write(out / "article.html", article_page(art, back_link=True))
    index = out / "index.html"
    _write(index, render_index(art, runs, out=out))
    report = Report(out=out, index=index, runs=tuple(runs), seconds=time.perf_counter() - started)
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
) -> NotebookRun:
    started = time.perf_counter()
    nb = inject_parameters(read_notebook(path), parameters)
    title, summary = notebook_title(nb, default=path.stem)
    error: str | None = None
    try:
        execute_notebook(nb, name=path.name, cwd=cwd, timeout=timeout, kernel_name=kernel_name)
    except NotebookExecutionError as exc:
        error = str(exc)
    page = render_notebook_html(nb, title=title, cwd=cwd)
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
