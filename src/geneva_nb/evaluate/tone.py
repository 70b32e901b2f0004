"""Tone validation: the project's scores against human labels, next to plain VADER and TextBlob.

``geneva-nb evaluate tone [BENCH_DIR] [--json]`` reads three public labelled data sets from
``BENCH_DIR`` (default: ``$GENEVA_NB_BENCH``, else ``../shared/bench`` next to the repository),
finding each by its folder name and file extension anywhere below ``BENCH_DIR`` (every file with
that extension in the folder is scored):

- ``nyt-editorials/*.tsv``: sentences from NYT editorials with the mean of 20 human ratings
  (-4..+4; Hutto & Gilbert 2014). Metric: Pearson's r of the score with the mean rating.
- ``unscon/*.csv``: UN Security Council speech sentences labelled for conflict (negative evaluation
  of another party; Zaczynska, Bourgonje & Stede 2024). A sentence is conflict when its ``A0``
  label is not ``_``. Metric: F1 of the conflict class, overall and for the Russian and the US
  delegations. Baselines flag conflict when VADER compound <= -0.05 (Hutto & Gilbert's negative
  threshold) or TextBlob polarity < 0; the project uses ``ToneScore.confrontational``.
- ``newsmtsc/*.jsonl``: sentiment toward a target mention in news (Hamborg & Donnay 2021;
  polarity 2/4/6 = negative/neutral/positive). Metric: macro-F1 over the three classes. Baselines
  label the whole sentence with VADER compound or TextBlob polarity (>= 0.05 positive, <= -0.05
  negative, else neutral); the project uses ``tone_toward`` on the target span.

All three methods score exactly the same rows; the table shows n for each.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from ..errors import DataFileError, GenevaNbError, InputError
from .metrics import macro_f1, pearson, prf

__all__ = [
    "NEWSMTSC",
    "NYT",
    "UNSCON",
    "Result",
    "default_bench_dir",
    "evaluate",
    "find_bench_file",
    "find_bench_files",
    "load_newsmtsc",
    "load_nyt",
    "load_unscon",
    "main",
]

NYT, UNSCON, NEWSMTSC = "nyt-editorials", "unscon", "newsmtsc"
_EXT = {NYT: ".tsv", UNSCON: ".csv", NEWSMTSC: ".jsonl"}
#: UNSCon's names of the two delegations reported separately
DELEGATIONS = {"Russia": "Russian_Federation", "US": "United_States_Of_America"}


class Result(NamedTuple):
    """One line of the validation table."""

    benchmark: str
    subset: str
    metric: str
    n: int
    project: float
    vader: float
    textblob: float


class NytRow(NamedTuple):
    doc: str
    rating: float
    text: str


class UnsconRow(NamedTuple):
    speech: str
    country: str
    conflict: bool
    text: str


class MtscRow(NamedTuple):
    doc: str
    text: str
    start: int
    end: int
    label: int  # -1 negative, 0 neutral, 1 positive


def default_bench_dir() -> Path:
    """``$GENEVA_NB_BENCH``, else ``../shared/bench`` relative to the repository root."""
    env = os.environ.get("GENEVA_NB_BENCH")
    if env:
        return Path(env)
    root = Path(__file__).resolve().parents[3]  # src/geneva_nb/evaluate/tone.py -> repo
    return root.parent / "shared" / "bench"


def find_bench_file(bench_dir: str | Path, name: str) -> Path:
    """The first file with the data set's extension in a folder called ``name`` below bench_dir."""
    return find_bench_files(bench_dir, name)[0]


def find_bench_files(bench_dir: str | Path, name: str) -> list[Path]:
    """Every file with the data set's extension in the first folder called ``name`` that has any.

    All of them are scored together (e.g. ``unscon/*.csv``), in name order.
    """
    root = Path(bench_dir)
    if not root.is_dir():
        raise InputError(
            f"The benchmark folder {root} does not exist. Pass the folder that holds "
            f"{NYT}/, {UNSCON}/ and {NEWSMTSC}/ (or set GENEVA_NB_BENCH)."
        )
    folders = sorted(p for p in [root, *root.rglob(name)] if p.is_dir() and p.name == name)
    for folder in folders:
        files = sorted(folder.glob(f"*{_EXT[name]}"))
        if files:
            return files
    raise InputError(
        f"No {name}/*{_EXT[name]} file below {root}. Check the folder layout "
        f"(see ../shared/bench/README.md)."
    )


def load_nyt(path: str | Path) -> list[NytRow]:
    """``id <TAB> mean rating <TAB> text`` rows; the document is the id before its first ``_``."""
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 3 or not parts[2].strip():
                continue
            try:
                rating = float(parts[1])
            except ValueError:
                raise DataFileError(
                    f"{path}, line {lineno}: rating {parts[1]!r} is not a number."
                ) from None
            rows.append(NytRow(parts[0].split("_")[0], rating, "\t".join(parts[2:]).strip()))
    return rows


def load_unscon(path: str | Path) -> list[UnsconRow]:
    """UNSCon sentences; conflict = the ``A0`` label is set (not ``_``)."""
    rows = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"sentence_text", "A0", "country", "filename"}
        if reader.fieldnames is None or not need <= set(reader.fieldnames):
            raise DataFileError(f"{path} lacks the columns {sorted(need)}.")
        for r in reader:
            text = (r["sentence_text"] or "").strip()
            if text:
                rows.append(UnsconRow(r["filename"], r["country"],
                                      r["A0"].strip() not in {"_", ""}, text))
    return rows


def load_newsmtsc(path: str | Path) -> list[MtscRow]:
    """One row per target of each NewsMTSC sentence (polarity 2/4/6 -> -1/0/1)."""
    labels = {2.0: -1, 4.0: 0, 6.0: 1}
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["sentence_normalized"]
                for t in item["targets"]:
                    rows.append(MtscRow(str(item.get("primary_gid", lineno)), text,
                                        int(t["from"]), int(t["to"]), labels[float(t["polarity"])]))
            except (ValueError, KeyError, TypeError) as exc:
                raise DataFileError(
                    f"{path}, line {lineno}: not a NewsMTSC record ({exc!r})."
                ) from None
    return rows


def _three_way(x: float, cut: float = 0.05) -> int:
    return 1 if x >= cut else -1 if x <= -cut else 0


def _f1(gold: Sequence[bool], pred: Sequence[bool]) -> float:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    return prf(tp, fp, fn).f1


def evaluate(bench_dir: str | Path | None = None) -> list[Result]:
    """Score the project, plain VADER and plain TextBlob on every benchmark found."""
    from .. import nlp
    from ..tone import target_label, tone

    bench = Path(bench_dir) if bench_dir is not None else default_bench_dir()
    vader = nlp.vader()
    out: list[Result] = []

    nyt = [r for f in find_bench_files(bench, NYT) for r in load_nyt(f)]
    gold = [r.rating for r in nyt]
    scores = [tone(r.text) for r in nyt]
    out.append(Result(NYT, "all", "pearson_r", len(nyt),
                      pearson([s.compound for s in scores], gold),
                      pearson([s.vader for s in scores], gold),
                      pearson([s.polarity for s in scores], gold)))

    uns = [r for f in find_bench_files(bench, UNSCON) for r in load_unscon(f)]
    scores = [tone(r.text) for r in uns]
    subsets = [("all", lambda r: True)] + [
        (label, lambda r, c=code: r.country == c) for label, code in DELEGATIONS.items()
    ]
    for label, keep in subsets:
        idx = [k for k, r in enumerate(uns) if keep(r)]
        g = [uns[k].conflict for k in idx]
        out.append(Result(UNSCON, label, "conflict_f1", len(idx),
                          _f1(g, [scores[k].confrontational for k in idx]),
                          _f1(g, [scores[k].vader <= -0.05 for k in idx]),
                          _f1(g, [scores[k].polarity < 0 for k in idx])))

    mtsc = [r for f in find_bench_files(bench, NEWSMTSC) for r in load_newsmtsc(f)]
    gold_l = [r.label for r in mtsc]
    project, v_l, t_l = [], [], []
    for r in mtsc:
        project.append(target_label(r.text, r.start, r.end))
        v_l.append(_three_way(vader.polarity_scores(r.text)["compound"]))
        t_l.append(_three_way(nlp.pattern_sentiment(r.text)[0]))
    out.append(Result(NEWSMTSC, "all", "macro_f1", len(mtsc), macro_f1(gold_l, project),
                      macro_f1(gold_l, v_l), macro_f1(gold_l, t_l)))
    return out


def format_table(results: Sequence[Result]) -> str:
    """A markdown table of the results."""
    lines = ["| benchmark | subset | metric | n | project | VADER | TextBlob |",
             "|---|---|---|---:|---:|---:|---:|"]
    for r in results:
        cells = [f"{v:.3f}" if not math.isnan(v) else "nan"
                 for v in (r.project, r.vader, r.textblob)]
        head = f"| {r.benchmark} | {r.subset} | {r.metric} | {r.n} | "
        lines.append(head + " | ".join(cells) + " |")
    return "\n".join(lines)


def _rows_json(results: Sequence[Result]) -> Iterator[dict[str, object]]:
    for r in results:
        yield r._asdict()


def main(argv: Sequence[str] | None = None) -> int:
    """``geneva-nb evaluate tone [BENCH_DIR] [--json]``; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="geneva-nb evaluate tone",
        description="Validate the tone scores on NYT editorials, UNSCon and NewsMTSC "
        "(project vs plain VADER vs plain TextBlob, same rows).",
    )
    parser.add_argument("bench_dir", nargs="?", default=None,
                        help="folder holding nyt-editorials/, unscon/, newsmtsc/ "
                        "(default: $GENEVA_NB_BENCH or ../shared/bench)")
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        results = evaluate(args.bench_dir)
    except GenevaNbError as exc:
        print(f"geneva-nb evaluate tone: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"geneva-nb evaluate tone: cannot read the benchmark files ({exc}); they must be "
              "UTF-8 text in the layout of ../shared/bench/README.md.", file=sys.stderr)
        return 2
    if args.json:
        for row in _rows_json(results):
            print(json.dumps(row))
    else:
        print(format_table(results))
        print(IN_SAMPLE_NOTE)
    return 0


IN_SAMPLE_NOTE = (
    "\nThe project's learned tables were trained on the development halves in ../shared/bench:"
    "\non those rows these figures are in-sample. Cross-validated figures, the honest estimate"
    "\nfor new data, are in benchmarks/README.md (python benchmarks/train_tone.py)."
)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
