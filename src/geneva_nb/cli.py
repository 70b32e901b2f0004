"""The ``geneva-nb`` command line: analyze, corpus, report, student, evaluate.

Each subcommand is a thin layer over the package: ``analyze`` writes the results of the public
API (:func:`geneva_nb.attribute`, :func:`geneva_nb.tone_by_side`, :func:`geneva_nb.timexes`,
:func:`geneva_nb.chronology`, :func:`geneva_nb.highlight_html`) as files, ``report`` calls
:func:`geneva_nb.report.build_report`, ``student`` calls
:func:`geneva_nb.student.write_student_copies`, and ``evaluate`` hands its arguments to the scorer
modules in :mod:`geneva_nb.evaluate`; ``corpus`` calls :func:`geneva_nb.analyze_corpus`.

Exit codes follow the Unix convention argparse already uses: 0 success, 1 a notebook failed
while building the report, 2 bad input (a one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import GenevaNbError, InputError, NotebookExecutionError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .report import NotebookRun

__all__ = ["EVALUATORS", "build_parser", "main", "write_analysis"]

PROG = "geneva-nb"

#: ``geneva-nb evaluate KIND`` -> module in geneva_nb.evaluate with ``main(argv) -> int``
EVALUATORS: dict[str, tuple[str, str]] = {
    "attribution": ("brat", "statements against BRAT standoff annotations (P/R/F1, recall "
                    "by kind, quoted passages covered)"),
    "timex": ("timeml", "time expressions against TimeML (TempEval-3 Task A)"),
    "tone": ("tone", "tone scores against labelled sentiment benchmarks"),
}


# --------------------------------------------------------------------------- analyze


def _add_notebooks_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--notebooks",
        default="notebooks",
        metavar="DIR",
        help="folder with the NN-*.ipynb notebooks (default: notebooks)",
    )

def _add_actors_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--actors",
        metavar="FILE",
        help="actors CSV (name,aliases,gender,side,role,note) instead of data/actors.csv: who "
        "speaks for which side",
    )


def _frame_files(frame: pd.DataFrame, base: Path, *, as_json: bool) -> list[Path]:
    written = [base.with_suffix(".csv")]
    frame.to_csv(written[0], index=False)
    if as_json:
        path = base.with_suffix(".json")
        path.write_text(
            frame.to_json(
                orient="records",
                date_format="iso",
                force_ascii=False,
                indent=2,
                default_handler=str,
            )
            + "\n",
            encoding="utf-8",
        )
        written.append(path)
    return written


def _actors_path(actors: str | Path | None) -> str | None:
    if actors is None:
        return None
    path = Path(actors).expanduser()
    if not path.is_file():
        raise InputError(
            f"The actors file {path} does not exist. Pass a CSV with the header "
            "name,aliases,gender,side,role,note (see data/actors.csv)."
        )
    return str(path)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr, flush=True)


def write_analysis(
    article: str | Path,
    out: str | Path,
    *,
    published: str | None = None,
    actors: str | Path | None = None,
    as_json: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> list[Path]:
    """Analyse one article and write its results under ``out``; return the files written.

    ``statements``, ``tone_by_side`` (and the per-statement scores behind it,
    ``tone_statements``), ``timexes`` and ``chronology`` as CSV (and JSON when ``as_json``), plus
    ``article.html``: the text with statements highlighted by side (by speaker when no side is
    known), all text escaped. Every table comes from one :class:`geneva_nb.Analysis`, so no
    stage runs twice. ``actors`` is an actors CSV used instead of ``data/actors.csv``;
    ``on_warning`` receives what the reader must know (e.g. no document date), before anything
    is computed.
    """
    import geneva_nb as gn

    from .article import parse_date
    from .report import article_page, report_warnings

    date = parse_date(published, what="--published")
    art = gn.load_article(Path(article).expanduser(), published=date)
    for warning in report_warnings(art):
        if on_warning:
            on_warning(warning)
    analysis = gn.analyze(art, actors=_actors_path(actors))
    analysis.registry  # noqa: B018 - a bad actors file fails before anything is written
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for name, frame in analysis.tables().items():
            written += _frame_files(frame, folder / name, as_json=as_json)
        page = folder / "article.html"
        page.write_text(article_page(analysis), encoding="utf-8")
        written.append(page)
    except OSError as exc:
        raise InputError(f"Cannot write the results to {folder}: {exc.strerror or exc}.") from exc
    return written


def _cmd_analyze(args: argparse.Namespace) -> int:
    written = write_analysis(
        args.article,
        args.out,
        published=args.published,
        actors=args.actors,
        as_json=args.json,
        on_warning=_warn,
    )
    for path in written:
        print(path)
    return 0


# --------------------------------------------------------------------------- corpus


def _cmd_corpus(args: argparse.Namespace) -> int:
    from .corpus import analyze_corpus

    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler is for --engine dask; add --engine dask.")
    corpus = analyze_corpus(
        args.source,
        engine=args.engine,
        workers=args.workers,
        out=args.out,
        client=args.scheduler,
        progress=not args.quiet,
    )
    if args.quiet:
        print(f"Corpus: {corpus.summary}")
    print(f"Tables (Parquet, one folder per table): {corpus.path}")
    print(f"Read them back with geneva_nb.Corpus.open({str(corpus.path)!r}).")
    return 0


# --------------------------------------------------------------------------- report


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report, find_notebooks

    count = len(find_notebooks(args.notebooks))
    print(
        f"Executing {count} notebook{'' if count == 1 else 's'} from {args.notebooks} "
        f"(a fresh kernel each, cell timeout {args.timeout} s)",
        flush=True,
    )

    def on_start(number: int, total: int, path: Path) -> None:
        print(f"[{number}/{total}] {path.stem:<34} ", end="", flush=True)

    def on_done(number: int, total: int, run: NotebookRun) -> None:
        status = "ok" if run.ok else "FAILED"
        print(f"{status:<6} {run.seconds:6.1f} s", flush=True)
        if run.error:
            print(f"        {run.error}", flush=True)

    started = time.perf_counter()
    report = build_report(
        args.out,
        notebooks=args.notebooks,
        article=args.article,
        published=args.published,
        actors=_actors_path(args.actors),
        solutions=not args.no_solutions,
        timeout=args.timeout,
        on_warning=_warn,
        on_start=on_start,
        on_done=on_done,
    )
    print(
        f"Report: {report.index} ({len(report.runs)} notebooks, "
        f"{time.perf_counter() - started:.1f} s). Open it in a browser; it works offline."
    )
    return 0


# --------------------------------------------------------------------------- student


def _cmd_student(args: argparse.Namespace) -> int:
    from .student import write_student_folder

    folder = write_student_folder(args.out, notebooks=args.notebooks, wheel=args.wheel)
    for copy in folder.notebooks:
        print(f"{copy.path}  ({copy.solutions_removed} solutions replaced by a prompt)")
    for path in folder.data:
        print(f"{path}  (data the notebooks read)")
    if folder.wheel:
        print(f"{folder.wheel}  (the package, for the install command in the README)")
    print(f"{folder.readme}  (how to install and start; copy the whole folder to students)")
    return 0


# --------------------------------------------------------------------------- evaluate


def _cmd_evaluate(args: argparse.Namespace) -> int:
    module_name = f"geneva_nb.evaluate.{EVALUATORS[args.kind][0]}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise InputError(
            f"The {args.kind} scorer ({module_name}) is not part of this installation."
        ) from exc
    return int(module.main(list(args.args)))


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``geneva-nb`` (all subcommands)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Computational analysis of political news, offline: who spoke, in what tone, and "
            "when things happened. Every command works on the embedded Geneva talks article or "
            "on any English news article you give it."
        ),
        epilog=f"Run '{PROG} COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    analyze = commands.add_parser(
        "analyze",
        help="analyse one article and write the results as CSV/JSON and HTML",
        description=(
            "Analyse ARTICLE and write statements.csv, tone_by_side.csv, tone_statements.csv "
            "(the per-statement scores behind it), timexes.csv and chronology.csv (plus .json "
            "files with --json) and article.html (the text with every statement highlighted by "
            "side) to the folder --out."
        ),
    )
    analyze.add_argument("article", metavar="ARTICLE", help="an article as .txt or .html")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder for the results")
    analyze.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="document date, anchors 'today', 'next week' (default: the .meta.json sidecar)",
    )
    analyze.add_argument("--json", action="store_true", help="also write each table as JSON")
    _add_actors_option(analyze)
    analyze.set_defaults(func=_cmd_analyze)

    corpus = commands.add_parser(
        "corpus",
        help="analyse many articles and write the tables as Parquet",
        description=(
            "Analyse every article of SOURCE (a folder of .txt/.html files with optional "
            ".meta.json sidecars, a glob, or a JSON-lines file with id, text and metadata "
            "fields) and write the tables (articles, statements, tone, tone_statements, "
            "timexes, chronology, errors, quotes, quote_occurrences) as Parquet under --out. "
            "Run the same command again to resume an interrupted run."
        ),
    )
    corpus.add_argument("source", metavar="SOURCE", help="folder, glob or .jsonl file")
    corpus.add_argument("--out", required=True, metavar="DIR", help="folder for the tables")
    corpus.add_argument(
        "--engine", choices=["local", "dask"], default="local",
        help="local worker processes (default) or a Dask cluster",
    )
    corpus.add_argument(
        "--workers", type=int, metavar="N",
        help="worker processes (default: the cores available)",
    )
    corpus.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine "
        "dask; without it a local cluster is started)",
    )
    corpus.add_argument("--quiet", action="store_true", help="no progress bar")
    corpus.set_defaults(func=_cmd_corpus)

    report = commands.add_parser(
        "report",
        help="run every notebook and render the self-contained HTML report",
        description=(
            "Execute every notebooks/NN-*.ipynb in a fresh kernel and render each as a "
            "self-contained HTML page (figures embedded, nothing loaded from the network) plus "
            "index.html summarising who spoke, the tone by side and the timeline. With "
            "--article the whole report is about another article. Exits with 1 when a notebook "
            "fails, naming the notebook and the cell."
        ),
    )
    report.add_argument(
        "--out", default="reports", metavar="DIR", help="output folder (default: reports)"
    )
    report.add_argument(
        "--article",
        metavar="PATH",
        help="article to analyse instead of the embedded Geneva article (.txt or .html)",
    )
    report.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="document date of --article (when it has no .meta.json sidecar)",
    )
    _add_actors_option(report)
    report.add_argument(
        "--no-solutions",
        action="store_true",
        help="leave the exercise solutions (cells tagged 'solution') out: safe to publish",
    )
    _add_notebooks_option(report)
    report.add_argument(
        "--timeout",
        type=int,
        default=300,
        metavar="SECONDS",
        help="seconds one cell may run (default: 300)",
    )
    report.set_defaults(func=_cmd_report)

    student = commands.add_parser(
        "student",
        help="write a student folder that runs on its own (no solutions, data copied in)",
        description=(
            "Write OUT, a folder to hand to students: every notebooks/NN-*.ipynb with each cell "
            "tagged 'solution' replaced by a '# Your solution here' prompt and all outputs "
            "cleared, the data files the notebooks read (course-data/), and a README with the "
            "one install command. With --wheel the package is built into OUT as a wheel, so "
            "the folder needs nothing from this repository."
        ),
    )
    student.add_argument("out", metavar="OUT", help="folder for the student copy")
    student.add_argument(
        "--wheel",
        action="store_true",
        help="build the geneva_nb wheel into OUT (pip wheel; needs setuptools, no network)",
    )
    _add_notebooks_option(student)
    student.set_defaults(func=_cmd_student)

    evaluate = commands.add_parser(
        "evaluate",
        help="score a stage against human annotations",
        description="Score a stage against annotations in a standard format:\n"
        + "\n".join(f"  {kind:<12} {text}" for kind, (_, text) in EVALUATORS.items())
        + f"\nRun '{PROG} evaluate KIND --help' for the arguments of each.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument(
        "kind", choices=list(EVALUATORS), metavar="KIND", help="one of: " + ", ".join(EVALUATORS)
    )
    evaluate.add_argument(
        "args", nargs=argparse.REMAINDER, metavar="ARGS", help="passed on to the scorer"
    )
    evaluate.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``geneva-nb``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except NotebookExecutionError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except GenevaNbError as exc:
        message = " ".join(str(exc).split())
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
