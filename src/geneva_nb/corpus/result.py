"""The result of a corpus run: :class:`Corpus`, tidy tables keyed by ``article_id``.

A :class:`Corpus` is either held in memory (``analyze_corpus`` without ``out=``) or backed by
a Parquet folder (``out=DIR``, or :meth:`Corpus.open`), whose tables are read on first use.
Both give the same tables: every table goes through Arrow on its way to pandas either way,
sorted by ``article_id`` (rows of one article keep the order the analysis gave them).

Besides the tables, a few corpus-level views the notebooks use: :meth:`Corpus.speakers` (who
is quoted most), :meth:`Corpus.tone_by_side` (mean statement tone per side with a bootstrap
interval that resamples *articles*, since statements of one article are not independent),
and :meth:`Corpus.timeline` (every article's chronology merged into one timeline).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .store import BATCH_TABLES, FINAL_TABLES, MANIFEST, read_table

__all__ = ["TABLES", "Corpus", "Summary"]

#: every table of a corpus, in the order they are listed
TABLES = (*BATCH_TABLES, *FINAL_TABLES)


@dataclass(frozen=True)
class Summary:
    """What a run did: counts, time and speed."""

    articles: int
    analysed: int  # articles analysed by this run (the rest were already done: resumed)
    statements: int
    errors: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.analysed / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        skipped = self.articles - self.analysed
        resumed = f", {skipped:,} already done" if skipped else ""
        return (
            f"{self.articles:,} articles ({self.analysed:,} analysed{resumed}), "
            f"{self.statements:,} statements, {self.errors:,} errors, "
            f"{self.seconds:.1f} s ({self.per_second:.1f} articles/s)"
        )


def arrow_to_pandas(table: Any, name: str) -> Any:
    """An Arrow table as the DataFrame every corpus table is: sorted by article_id (the
    tables written per batch; the quotation tables keep their cluster order), 0..n index;
    the articles' counts as nullable integers (an article that failed has none)."""
    import pandas as pd
    import pyarrow as pa

    mapper = {pa.int64(): pd.Int64Dtype()}.get if name == "articles" else None
    frame = table.to_pandas(types_mapper=mapper)
    if name in BATCH_TABLES and len(frame):
        frame = frame.sort_values("article_id", kind="stable")
    return frame.reset_index(drop=True)


class Corpus:
    """Tidy tables about many articles (see :data:`TABLES`), in memory or in a Parquet folder."""

    def __init__(
        self,
        tables: dict[str, Any] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        summary: Summary | None = None,
    ) -> None:
        self._arrow: dict[str, Any] = dict(tables or {})
        self._frames: dict[str, Any] = {}
        self.path = Path(path) if path is not None else None
        self.summary = summary

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Corpus:
        """The corpus written by ``analyze_corpus(..., out=path)`` (tables read on first use)."""
        folder = Path(path).expanduser()
        if not (folder / MANIFEST).is_file():
            raise InputError(
                f"{folder} holds no corpus ({MANIFEST} is missing). Give the folder passed as "
                "out= to geneva_nb.analyze_corpus, or run `geneva-nb corpus SOURCE --out DIR`."
            )
        return cls(path=folder)

    def table(self, name: str) -> Any:
        """One table by name (a DataFrame; empty, with no columns, when it has no rows)."""
        import pandas as pd

        if name not in TABLES:
            raise InputError(f"No corpus table {name!r}; the tables are: {', '.join(TABLES)}.")
        if name not in self._frames:
            table = self._arrow.get(name)
            if table is None and self.path is not None:
                table = read_table(self.path, name)
            self._frames[name] = (
                arrow_to_pandas(table, name) if table is not None else pd.DataFrame()
            )
        return self._frames[name]

    def tables(self) -> dict[str, Any]:
        """Every table by name."""
        return {name: self.table(name) for name in TABLES}

    # the tables as attributes: corpus.articles, corpus.statements ...
    articles = property(lambda self: self.table("articles"), doc="one row per article")
    statements = property(lambda self: self.table("statements"), doc="gn.attribute rows")
    tone = property(lambda self: self.table("tone"), doc="tone per article and side")
    tone_statements = property(lambda self: self.table("tone_statements"),
                               doc="tone of every statement")
    timexes = property(lambda self: self.table("timexes"), doc="gn.timexes rows")
    chronology = property(lambda self: self.table("chronology"), doc="gn.chronology rows")
    errors = property(lambda self: self.table("errors"), doc="what failed, per article and stage")
    quotes = property(lambda self: self.table("quotes"), doc="one row per quotation cluster")
    quote_occurrences = property(lambda self: self.table("quote_occurrences"),
                                 doc="one row per quotation in an article, with its cluster")

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"Corpus({len(self)} articles{where})"

    # ------------------------------------------------------------------ views

    def speakers(self) -> Any:
        """Who is quoted most: statements and articles per speaker and side."""
        import pandas as pd

        st = self.statements
        if not len(st):
            return pd.DataFrame(columns=["speaker", "side", "statements", "direct", "articles"])
        st = st.assign(direct=st["kind"].eq("direct"))
        out = (
            st.groupby(["speaker", "side"], dropna=False)
            .agg(statements=("statement_id", "size"), direct=("direct", "sum"),
                 articles=("article_id", "nunique"))
            .reset_index()
            .sort_values(["statements", "speaker"], ascending=[False, True], kind="stable")
        )
        return out.reset_index(drop=True)

    def tone_by_side(
        self, *, method: str = "compound", resamples: int = 2000, seed: int = 0
    ) -> Any:
        """Mean statement tone per side with a 95 % interval that resamples articles.

        A cluster bootstrap (Field & Welsh 2007): each resample draws articles with
        replacement and pools their statements, so an article with many statements of one
        tone cannot narrow the interval on its own. Columns: side, statements, articles, mean,
        ci_low, ci_high.
        """
        import numpy as np
        import pandas as pd

        ts = self.tone_statements
        columns = ["side", "statements", "articles", "mean", "ci_low", "ci_high"]
        if not len(ts):
            return pd.DataFrame(columns=columns)
        rng = np.random.default_rng(seed)
        rows = []
        for side, group in ts.dropna(subset=["side"]).groupby("side", sort=True):
            per_article = group.groupby("article_id")[method].agg(["sum", "size"])
            sums, sizes = per_article["sum"].to_numpy(), per_article["size"].to_numpy()
            mean = sums.sum() / sizes.sum()
            if len(sums) > 1:
                draw = rng.integers(0, len(sums), size=(resamples, len(sums)))
                means = sums[draw].sum(axis=1) / sizes[draw].sum(axis=1)
                low, high = np.percentile(means, [2.5, 97.5])
            else:
                low = high = float("nan")
            rows.append([side, int(sizes.sum()), len(sums), mean, low, high])
        out = pd.DataFrame(rows, columns=columns)
        return out.sort_values(["statements", "side"], ascending=[False, True]).reset_index(
            drop=True
        )

    def timeline(self) -> Any:
        """Every article's chronology as one timeline: one row per dated value, earliest first.

        Columns: value, start_date, end_date, granularity, articles (how many carry it),
        outlets (which, comma-separated), events (the distinct event phrases, " | "-joined).
        """
        import pandas as pd

        ch = self.chronology
        columns = ["value", "start_date", "end_date", "granularity", "articles", "outlets",
                   "events"]
        if not len(ch):
            return pd.DataFrame(columns=columns)
        art = self.articles
        outlet = (dict(zip(art["article_id"], art["outlet"], strict=True))
                  if "outlet" in art.columns else {})
        ch = ch.assign(outlet=ch["article_id"].map(outlet))
        rows = []
        for (value, start, end, gran), group in ch.groupby(
            ["value", "start_date", "end_date", "granularity"], sort=False, dropna=False
        ):
            rows.append([
                value, start, end, gran, group["article_id"].nunique(),
                ", ".join(sorted({o for o in group["outlet"] if isinstance(o, str)})),
                " | ".join(dict.fromkeys(str(e) for e in group["event"])),
            ])
        out = pd.DataFrame(rows, columns=columns)
        return out.sort_values(["start_date", "end_date", "value"], kind="stable").reset_index(
            drop=True
        )
