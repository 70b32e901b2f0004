"""The per-article work of the corpus engine: one top-level, picklable function.

:func:`analyse_items` runs in a worker process (local engine), on a Dask worker, or in the
calling process (one worker). For each :class:`~geneva_nb.corpus.sources.Item` it loads and
cleans the article, runs every stage once through :class:`geneva_nb.Analysis`, and returns the
rows of each corpus table, keyed by ``article_id``. A failure is caught per article and per
stage and becomes a row of the ``errors`` table (``stage``, ``error_type``, ``message``): a bad
article never stops the run, and the stages that did succeed are kept. Nothing here depends on
the time or on the worker that ran it, so the same input gives the same rows.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .sources import Item

__all__ = ["ARTICLE_COLUMNS", "ERROR_COLUMNS", "STAGES", "analyse_items", "meta_text"]

#: the analysis stages, in the order they run; a stage's failure is an ``errors`` row
STAGES = ("load", "statements", "tone", "timexes", "chronology")

#: fixed columns of the ``articles`` table (metadata keys follow, as text)
ARTICLE_COLUMNS = (
    "article_id", "source", "status", "chars", "paragraphs", "n_statements", "n_direct",
    "n_timexes", "n_events", "n_errors",
)
ERROR_COLUMNS = ("article_id", "stage", "error_type", "message")


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
    return [_analyse_one(item, registry, max_chars) for item in items]


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
            out["statements"] = _frame_rows(frame, aid)
            article_row["n_statements"] = len(frame)
            article_row["n_direct"] = int((frame["kind"] == "direct").sum()) if len(frame) else 0
        elif stage == "tone":
            out["tone"] = _frame_rows(frame, aid)
            out["tone_statements"] = _frame_rows(analysis.statement_tone, aid)
        elif stage == "timexes":
            out["timexes"] = _frame_rows(frame, aid)
            article_row["n_timexes"] = len(frame)
        else:
            out["chronology"] = _frame_rows(frame, aid)
            article_row["n_events"] = len(frame)
    if out["errors"]:
        article_row["status"] = "partial"
        article_row["n_errors"] = len(out["errors"])
    out["articles"].append({**article_row, **{f"meta:{k}": v for k, v in meta.items()}})
    return out
