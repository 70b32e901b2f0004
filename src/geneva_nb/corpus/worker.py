"""The per-article work of the corpus engine: top-level, picklable functions.

:func:`analyse_chunk` runs in a worker process (local engine), on a Dask worker, or in the
calling process (one worker). For each :class:`~geneva_nb.corpus.sources.Item` of a chunk it
loads and cleans the article and runs every stage once through :class:`geneva_nb.Analysis`
(:func:`analyse_items`, per article); then it assembles the chunk's rows of each corpus table,
keyed by ``article_id``, into one Arrow table per table, and extracts and normalises the
chunk's quotation candidates. So the calling process receives a few compact Arrow tables per
chunk (cheap to send between processes, no per-article pandas work) and only has to write or
concatenate them and cluster the distinct quotation wordings.

A failure is caught per article and per stage and becomes a row of the ``errors`` table
(``stage``, ``error_type``, ``message``): a bad article never stops the run, and the stages
that did succeed are kept. Nothing here depends on the time or on the worker that ran it, so
the same input gives the same rows however the articles are cut into chunks.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .sources import Item

__all__ = [
    "ARTICLE_COLUMNS", "ERROR_COLUMNS", "FRAME_TABLES", "STAGES", "analyse_chunk",
    "analyse_items", "meta_text", "warm_up",
]

#: the analysis stages, in the order they run; a stage's failure is an ``errors`` row
STAGES = ("load", "statements", "tone", "timexes", "chronology")

#: fixed columns of the ``articles`` table (metadata keys follow, as text)
ARTICLE_COLUMNS = (
    "article_id", "source", "status", "chars", "paragraphs", "n_statements", "n_direct",
    "n_timexes", "n_events", "n_errors",
)
ERROR_COLUMNS = ("article_id", "stage", "error_type", "message")
#: the tables built from the stages' DataFrames (one Arrow table per chunk each)
FRAME_TABLES = ("statements", "tone", "tone_statements", "timexes", "chronology")


def meta_text(value: object) -> str | None:
    """A metadata value as text: strings as they are, anything else as compact JSON."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return str(value)


def analyse_items(
    items: list[Item], *, actors: Any = None, max_chars: int = 200_000
) -> list[dict[str, Any]]:
    """Analyse each item; return, per item, ``{table name: DataFrame or list of row dicts}``.

    ``actors``: None (the project's ``data/actors.csv``), the path of an actors CSV, or a
    :class:`~geneva_nb.actors.Registry`. ``max_chars``: longer articles (after cleaning) are
    refused with an ``errors`` row, since a news article is a few thousand characters and a
    multi-megabyte "article" is almost always a dump of many.
    """
    from ..actors import as_registry

    registry = as_registry(actors)  # load_actors caches: read once per worker process
    results = [_analyse_one(item, registry, max_chars) for item in items]
    for result in results:
        aid = result["articles"][0]["article_id"]
        for name in FRAME_TABLES:
            if len(result[name]):
                result[name] = _frame_rows(result[name], aid)
    return results


def analyse_chunk(
    items: list[Item], *, actors: Any = None, max_chars: int = 200_000, min_words: int = 4
) -> dict[str, Any]:
    """Analyse a chunk of articles; return its tables, ready to write or concatenate.

    Returns ``{"articles": [row dict per item], "errors": [row dicts], NAME: Arrow table or
    None for each of FRAME_TABLES, "quotes": Arrow table or None}``: each frame table is the
    articles' stage frames concatenated in item order with ``article_id`` first (None when no
    article has a row); ``"quotes"`` holds the quotation candidates of the statements
    (:func:`~geneva_nb.corpus.clusters.quotation_candidates`) with at least ``min_words`` words,
    with their normalised wording in ``norm``. Options as in :func:`analyse_items`.
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from ..actors import as_registry
    from .clusters import quotation_candidates

    registry = as_registry(actors)
    results = [_analyse_one(item, registry, max_chars) for item in items]
    out: dict[str, Any] = {
        "articles": [row for r in results for row in r["articles"]],
        "errors": [row for r in results for row in r["errors"]],
    }
    statements = None
    for name in FRAME_TABLES:
        ids, frames = [], []
        for r in results:
            frame = r[name]
            if isinstance(frame, pd.DataFrame) and len(frame):
                ids.append(r["articles"][0]["article_id"])
                frame = frame.copy(deep=False)
                frame.attrs = {}  # tone's per-statement frame: not a column, not compared
                frames.append(frame)
        if not frames:
            out[name] = None
            continue
        joined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        joined.insert(0, "article_id",
                      np.repeat(np.array(ids, dtype=object), [len(f) for f in frames]))
        if name == "statements":
            statements = joined
        out[name] = pa.Table.from_pandas(joined, preserve_index=False)
    out["quotes"] = None
    if statements is not None:
        out["quotes"] = _candidates(quotation_candidates(statements), min_words)
    return out


def _candidates(candidates: Any, min_words: int) -> Any:
    """The candidates with at least ``min_words`` normalised words, with their ``norm``."""
    import pyarrow as pa

    from .clusters import normalise_quote

    norms = [normalise_quote(str(c)) for c in candidates["content"]]
    keep = [len(n.split()) >= min_words for n in norms]
    if not any(keep):
        return None
    kept = candidates.assign(norm=norms)[keep]
    # in article order (quotation_candidates lists the quoted statements, then the quotes
    # inside reported ones), so the rows do not depend on how articles are cut into chunks
    kept = kept.sort_values("article_id", kind="stable")
    return pa.table({c: pa.array(kept[c], type=pa.int64() if c == "statement_id"
                                 else pa.string(), from_pandas=True) for c in kept.columns})


def warm_up(actors: Any = None) -> None:
    """Load every language resource the analysis uses (once per process; cached after)."""
    from ..actors import as_registry
    from ..analysis import Analysis

    analysis = Analysis("\u201cWe will talk,\u201d Ryabkov said on Monday.", dct="2022-01-10",
                        actors=as_registry(actors))
    analysis.tone_by_side, analysis.chronology  # noqa: B018 - computed for their caches


def _frame_rows(frame: Any, article_id: str) -> Any:
    """The stage's frame with ``article_id`` as first column (dtypes kept, attrs dropped)."""
    out = frame.copy()
    out.attrs = {}
    out.insert(0, "article_id", article_id)
    return out


def _error(article_id: str, stage: str, exc: BaseException) -> dict[str, Any]:
    message = " ".join(str(exc).split()) or repr(exc)
    return {
        "article_id": article_id,
        "stage": stage,
        "error_type": type(exc).__name__,
        "message": message[:1000],
    }


def _analyse_one(item: Item, registry: Any, max_chars: int) -> dict[str, Any]:
    import warnings

    from ..analysis import Analysis
    from ..article import load_article
    from ..errors import InputError

    out: dict[str, Any] = {
        "articles": [], "statements": [], "tone": [], "tone_statements": [], "timexes": [],
        "chronology": [], "errors": [],
    }
    aid = item.article_id
    article_row: dict[str, Any] = {
        "article_id": aid, "source": item.source, "status": "error", "chars": None,
        "paragraphs": None, "n_statements": None, "n_direct": None, "n_timexes": None,
        "n_events": None, "n_errors": 0,
    }
    meta: dict[str, Any] = dict(item.meta)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a cp1252 fallback is not worth a warning per file
            if item.path is not None:
                art = load_article(item.path)
            elif isinstance(item.text, str):
                # bytes, so that a short text is never mistaken for a file name
                art = load_article(item.text.encode("utf-8"), **item.meta)
            else:
                raise InputError(
                    f"Article {aid!r} has no text (its 'text' is {type(item.text).__name__}); "
                    "give the article as a string."
                )
        meta = {**meta, **art.meta}
        if len(art.text) > max_chars:
            raise InputError(
                f"Article {aid!r} has {len(art.text):,} characters after cleaning, more than "
                f"max_chars={max_chars:,}; a news article is a few thousand. Split it into "
                "articles, or raise max_chars."
            )
    except Exception as exc:  # any failure is this article's error row
        out["errors"].append(_error(aid, "load", exc))
        article_row["n_errors"] = 1
        out["articles"].append({**article_row, **{f"meta:{k}": v for k, v in meta.items()}})
        return out

    article_row.update(status="ok", chars=len(art.text), paragraphs=len(art.paragraphs))
    analysis = Analysis(art, actors=registry)
    stages = (
        ("statements", lambda: analysis.statements),
        ("tone", lambda: analysis.tone_by_side),
        ("timexes", lambda: analysis.timexes),
        ("chronology", lambda: analysis.chronology),
    )
    for stage, compute in stages:
        try:
            frame = compute()
        except Exception as exc:  # one stage failing keeps the others
            out["errors"].append(_error(aid, stage, exc))
            continue
        if stage == "statements":
            out["statements"] = frame
            article_row["n_statements"] = len(frame)
            article_row["n_direct"] = int((frame["kind"] == "direct").sum()) if len(frame) else 0
        elif stage == "tone":
            out["tone"] = frame
            out["tone_statements"] = analysis.statement_tone
        elif stage == "timexes":
            out["timexes"] = frame
            article_row["n_timexes"] = len(frame)
        else:
            out["chronology"] = frame
            article_row["n_events"] = len(frame)
    if out["errors"]:
        article_row["status"] = "partial"
        article_row["n_errors"] = len(out["errors"])
    out["articles"].append({**article_row, **{f"meta:{k}": v for k, v in meta.items()}})
    return out
