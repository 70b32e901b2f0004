"""Many articles: the corpus engine, its sources, its Parquet store and quotation clusters.

``gn.analyze_corpus(source, ...)`` analyses every article of a folder, glob, JSON-lines file or
DataFrame, on local worker processes or a Dask cluster, and returns a :class:`Corpus` of tidy
tables keyed by ``article_id`` (``articles``, ``statements``, ``tone``, ``tone_statements``,
``timexes``, ``chronology``, ``errors``, ``quotes``, ``quote_occurrences``); with ``out=DIR``
the tables stream to Parquet and an interrupted run resumes. ``gn.Corpus.open(DIR)`` reads a
written corpus back.

Modules: :mod:`.sources` (what a source holds), :mod:`.worker` (the per-article function),
:mod:`.engine` (running it), :mod:`.store` (the Parquet folder), :mod:`.result` (``Corpus``),
:mod:`.clusters` (the same quotation across articles).
"""

from __future__ import annotations

from pathlib import Path

from .clusters import cluster_quotes, normalise_quote
from .engine import analyze_corpus
from .result import TABLES, Corpus, Summary

__all__ = [
    "TABLES", "Corpus", "Summary", "analyze_corpus", "cluster_quotes", "normalise_quote",
    "sample_corpus",
]


def sample_corpus() -> Path:
    """The bundled corpus of 11 INVENTED articles (``data/corpus``, see its README)."""
    from .._data import data_path

    return data_path("corpus")
