"""One article, analysed once: the results of every stage, computed lazily and cached.

:class:`Analysis` is what the command line, the report, the displays and the corpus engine read,
so that no stage runs twice for one article (``tone_by_side`` used to re-run attribution, and
``chronology`` re-found the time expressions). Each property computes its stage on first use
and keeps the result::

    a = gn.Analysis(gn.load_article())          # or gn.analyze(doc, actors=..., dct=...)
    a.statements        # gn.attribute(doc)                 (run once)
    a.statement_tone    # per-statement scores behind a.tone_by_side
    a.tone_by_side      # gn.tone_by_side, fed a.statements (attribution is not re-run)
    a.timexes           # gn.timexes(doc, dct)              (run once)
    a.chronology        # gn.chronology, fed a.timexes      (time expressions not re-found)

Each stage runs with the cyclic garbage collector paused (:mod:`geneva_nb._gc`; it is back on,
as it was, when the stage returns). The frames are the ones the public functions return (same
columns, offsets into ``a.article.text``); treat them as read-only, or ``.copy()`` before
changing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ._gc import paused
from .article import Article, as_article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .actors import Registry

__all__ = ["Analysis", "analyze"]


@dataclass(eq=False)
class Analysis:
    """The analysis of one article; every stage is computed on first access, then cached.

    ``actors`` is a :class:`~geneva_nb.actors.Registry` or the path of an actors CSV (default:
    the project's ``data/actors.csv``); ``dct`` overrides the document date
    (``"YYYY-MM-DD"`` or a ``datetime.date``), as in :func:`geneva_nb.timexes`.
    """

    article: Article
    actors: Registry | str | Path | None = None
    dct: object = None

    def __post_init__(self) -> None:
        if not isinstance(self.article, Article):
            self.article = as_article(self.article)
        if isinstance(self.actors, Path):
            self.actors = str(self.actors)

    @cached_property
    def registry(self) -> Registry:
        """The actor registry every stage of this analysis uses (loaded once)."""
        from .actors import as_registry

        return as_registry(self.actors)

    @cached_property
    def statements(self) -> pd.DataFrame:
        """``gn.attribute(article)``: one row per statement."""
        from .attribution import attribute

        return attribute(self.article, actors=self.registry)

    @cached_property
    def tone_by_side(self) -> pd.DataFrame:
        """``gn.tone_by_side`` of the statements (per-statement scores in ``.attrs``)."""
        from .tone import tone_by_side

        statements = self.statements
        return paused(tone_by_side, self.article, statements=statements)

    @property
    def statement_tone(self) -> pd.DataFrame:
        """The tone of every statement by every method (the frame behind ``tone_by_side``)."""
        return self.tone_by_side.attrs["statements"]

    @cached_property
    def _timex_records(self) -> tuple[pd.DataFrame, list]:
        """The timexes frame and the Timex records behind its rows, found once."""
        from .timex import timex_table

        return paused(timex_table, self.article, dct=self.dct)

    @cached_property
    def timexes(self) -> pd.DataFrame:
        """``gn.timexes(article, dct)``: the temporal expressions, TIMEX3-normalised."""
        return self._timex_records[0]

    @cached_property
    def chronology(self) -> pd.DataFrame:
        """``gn.chronology(article)``, built on :attr:`timexes` (not found again)."""
        from .chronology import chronology, timeline

        tx = self.timexes
        df, found = self._timex_records
        if tx is df:  # the records behind its rows: no frame read back
            return paused(timeline, self.article, tx, found)
        # a frame set by the caller
        return paused(chronology, self.article, dct=self.dct, timexes=tx)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every result table by name (computing what has not been computed yet)."""
        return {
            "statements": self.statements,
            "tone_by_side": self.tone_by_side,
            "tone_statements": self.statement_tone,
            "timexes": self.timexes,
            "chronology": self.chronology,
        }


def analyze(
    doc: Article | str, *, actors: Registry | str | Path | None = None, dct: object = None
) -> Analysis:
    """The :class:`Analysis` of ``doc`` (an Article or a string); stages run when first read."""
    return Analysis(as_article(doc), actors=actors, dct=dct)
