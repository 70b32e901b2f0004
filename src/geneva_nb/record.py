"""Quotations checked against the record: what the article quotes, and what was said.

``compare_quotes(article, record)`` takes every quotation in an article (the quoted content of
its direct and partial statements, one row per quoted sentence), finds the closest passage in a
primary source the user gives (a transcript as text, a list of passages, or a table such as
:func:`load_record` returns), and says how close the article's words are to the record's:

``verbatim``
    the quotation's words occur, in order and contiguous, in the passage (after case, quote
    marks, dashes and punctuation are set aside);
``close``
    nearly the same words: similarity ≥ 90 and the best-aligned stretch of the passage differs
    from the quotation by a word or two (``partial_ratio`` ≥ 90);
``paraphrase or translation``
    many of the same words, not the same wording: similarity ≥ 60;
``not found``
    nothing in the record shares enough words (the quotation may still be a free translation:
    "sincere and direct" for "frank and forthright" shares no word but "and").

Method. Text is normalised (case-folded; curly quotes, dashes and punctuation removed; spaces
collapsed), then compared with RapidFuzz (Bachmann, rapidfuzz 3; Levenshtein-based ratios):
``similarity`` is ``token_set_ratio`` (0-100; 100 when every word of the quotation occurs in the
passage, whatever the order), the closest passage is the one with the highest
(similarity, ``partial_ratio``), restricted to the same speaker when both sides name one.

How the thresholds were set: by hand, on the Geneva article against its record
(``data/record/geneva-2022-01-10.csv``): the 76 pairs of a quoted or reported sentence and a
record phrase of the same speaker, each labelled *same utterance* or *other remark* by hand
(the labels are in ``tests/test_record.py``). Same-utterance pairs, all rendered through
another language or another reporter, scored 64-90 (lowest: "That was not the name of the
negotiations" for "It was not what you would call a negotiation"); other remarks scored at
most 59 (a remark on the same subject: "... Ukraine never becomes a member of NATO" against
"Neither Ukraine nor Georgia should become members of the alliance"), all others at most 54.
60 lies between. 90 for ``close`` is what one missing word in a twelve-word sentence gives
(dropping "nearly" from "over the course of nearly eight hours" leaves partial_ratio 92). One
event, one pair of speakers: treat the verdicts as a pointer to what to read, not a
measurement, and read the passage yourself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ._data import data_path, read_table
from .article import Article, as_article
from .errors import DataFileError, InputError

__all__ = [
    "CLOSE",
    "COLUMNS",
    "PARAPHRASE",
    "RECORD_COLUMNS",
    "compare_quotes",
    "load_record",
    "quotations",
    "verdict",
]

CLOSE = 90.0
PARAPHRASE = 60.0
RECORD_COLUMNS = ["speaker", "side", "kind", "source", "date", "citation", "text"]
COLUMNS = [
    "quote_id", "statement_id", "speaker", "quote", "quote_start", "quote_end",
    "passage", "passage_id", "passage_start", "passage_end", "record_speaker", "record_kind",
    "source", "date", "citation", "similarity", "partial", "verdict",
]


class Quotation(NamedTuple):
    """One quoted sentence of an article: ``text[start:end] == quote``."""

    quote_id: int
    statement_id: int
    speaker: str
    quote: str
    start: int
    end: int


# ----------------------------------------------------------------------------- normalising

_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": " ", "”": " ", '"': " ", "«": " ",
                       "»": " ", "„": " ", "–": " ", "—": " ", "-": " ", "/": " "})
_NOT_WORD = re.compile(r"[^\w']+")
_EDGE_APOS = re.compile(r"(?<!\w)'|'(?!\w)")


def normalise(text: str) -> str:
    """Lower case, no quote marks, dashes or punctuation, single spaces (apostrophes in words
    kept: "Russia's")."""
    t = text.casefold().translate(_FOLD)
    t = _EDGE_APOS.sub(" ", t)
    return " ".join(_NOT_WORD.sub(" ", t).split())


def verdict(quote: str, passage: str) -> tuple[float, float, str]:
    """``(similarity, partial, verdict)`` of a quotation against one passage (see the module
    docstring for the scores and thresholds).

    >>> verdict("It was not what you would call a negotiation", "It was not what you would "
    ...         "call a negotiation.")[2]
    'verbatim'
    """
    from rapidfuzz import fuzz

    q, p = normalise(quote), normalise(passage)
    if not q or not p:
        return 0.0, 0.0, "not found"
    sim = float(fuzz.token_set_ratio(q, p))
    part = float(fuzz.partial_ratio(q, p))
    if f" {q} " in f" {p} ":
        return 100.0, 100.0, "verbatim"
    if sim >= CLOSE and part >= CLOSE:
        return sim, part, "close"
    if sim >= PARAPHRASE:
        return sim, part, "paraphrase or translation"
    return sim, part, "not found"


# ----------------------------------------------------------------------------- the article

_QUOTE_MARKS = "\"'“”‘’«»„"
# a sentence ends at . ! ? (closing marks may follow) before a capital or an opening mark
_SENT_END = re.compile(r"[.!?][\"'”’»]*\s+(?=[\"“‘«]?[A-Z])|\s[“«](?=[A-Z])")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past spaces, quote marks and trailing , ; : so only the words remain."""
    while s < e and (text[s].isspace() or text[s] in _QUOTE_MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _QUOTE_MARKS + ",;:"):
        e -= 1
    return s, e


def quotations(
    doc: Article | str, *, statements: pd.DataFrame | None = None,
    kinds: Sequence[str] = ("direct", "partial"),
) -> list[Quotation]:
    """The quoted sentences of ``doc``: each statement of the given ``kinds`` split into
    sentences, quote marks and trailing commas left out; offsets into the analysed text.

    ``statements`` is ``gn.attribute(doc)`` when already computed (e.g. ``Analysis.statements``).
    Include ``"indirect"`` in ``kinds`` to check reported speech as well.
    """
    art = as_article(doc)
    if statements is None:
        from .attribution import attribute

        statements = attribute(art)
    text = art.text
    out: list[Quotation] = []
    for st in statements.itertuples(index=False):
        if st.kind not in kinds:
            continue
        cs, ce = int(st.content_start), int(st.content_end)
        bounds = [cs]
        for m in _SENT_END.finditer(text, cs, ce):
            bounds.append(m.end() if not m.group().lstrip().startswith(("“", "«")) else
                          m.start() + 1)
        bounds.append(ce)
        for a, b in itertools.pairwise(bounds):
            s, e = _trim(text, a, b)
            if e > s and any(ch.isalnum() for ch in text[s:e]):
                out.append(Quotation(len(out), int(st.statement_id), str(st.speaker),
                                     text[s:e], s, e))
    return out


# ----------------------------------------------------------------------------- the record


def load_record(path: str | Path | None = None) -> pd.DataFrame:
    """The record as a table (columns :data:`RECORD_COLUMNS`).

    ``path`` is a CSV with that header (``#`` lines are comments), a folder of such CSVs, or
    None for the project's ``data/record/`` (what Sherman and Ryabkov said on 10 January 2022).
    """
    root = Path(path) if path is not None else data_path("record")
    if not root.exists():
        raise DataFileError(
            f"The record {root} does not exist; give the path of a CSV with the columns "
            f"{','.join(RECORD_COLUMNS)} (see data/record/README.md), or pass the transcript "
            "text itself to gn.compare_quotes."
        )
    files = sorted(root.glob("*.csv")) if root.is_dir() else [root]
    rows = [
        {**row, "file": f.name, "line": lineno}
        for f in files
        for lineno, row in read_table(f, columns=RECORD_COLUMNS, required=["text"],
                                      what="a record of what was said")
        if row["text"]
    ]
    if not rows:
        raise DataFileError(f"The record {root} has no rows with text.")
    return pd.DataFrame(rows, columns=[*RECORD_COLUMNS, "file", "line"])


def _passages(record: object) -> pd.DataFrame:
    """The record as passages: columns text, start, end (offsets into a text record) and the
    record's own columns."""
    if isinstance(record, str):
        if not record.strip():
            raise InputError("The record is empty: give the transcript's text.")
        from .article import sentences

        sents = sentences(record)
        return pd.DataFrame({"text": sents["text"], "start": sents["start"],
                             "end": sents["end"]}).reset_index(drop=True)
    if isinstance(record, pd.DataFrame):
        if "text" not in record.columns:
            raise InputError(
                "A record table needs a 'text' column (one passage per row); "
                f"it has {list(record.columns)}. See geneva_nb.record.load_record."
            )
        df = record.reset_index(drop=True).copy()
        df["text"] = df["text"].astype(str)
        df["start"] = 0
        df["end"] = df["text"].str.len()
        return df
    if isinstance(record, list | tuple) and all(isinstance(x, str) for x in record):
        if not record:
            raise InputError("The record is an empty list: give at least one passage.")
        return pd.DataFrame({"text": list(record), "start": 0,
                             "end": [len(x) for x in record]})
    raise InputError(
        "compare_quotes() needs the record as the transcript's text (str), a list of passages, "
        f"or a table with a 'text' column (geneva_nb.record.load_record), not "
        f"{type(record).__name__}."
    )


def _same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names are the same person ("Ryabkov" vs "Sergei Ryabkov")."""
    wa, wb = set(normalise(a).split()), set(normalise(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def compare_quotes(
    article: Article | str, record: object, *, statements: pd.DataFrame | None = None,
    kinds: Sequence[str] = ("direct", "partial"), same_speaker: bool = True,
) -> pd.DataFrame:
    """For each quotation in ``article``, the closest passage of ``record`` and a verdict.

    ``record``: the transcript's text (split into sentences), a list of passages, or a table
    with a ``text`` column and optionally ``speaker``, ``kind``, ``source``, ``date``,
    ``citation`` (:func:`load_record`). With ``same_speaker`` (default) and speakers on both
    sides, a quotation is compared only with its speaker's passages (with all passages when
    the record has none of that speaker). ``kinds`` and ``statements`` are as in
    :func:`quotations`.

    Columns :data:`COLUMNS`: ``quote`` is ``text[quote_start:quote_end]`` of the article;
    ``passage_start``/``passage_end`` are offsets into a text record (0 and the passage length
    for a table or list); ``similarity`` and ``partial`` are 0-100 (module docstring);
    ``verdict`` is verbatim, close, paraphrase or translation, or not found.
    """
    quotes = quotations(article, statements=statements, kinds=kinds)
    passages = _passages(record)
    texts = passages["text"].tolist()
    speakers = (passages["speaker"].fillna("").astype(str).tolist()
                if "speaker" in passages.columns else [""] * len(passages))

    def col(name: str, i: int) -> str:
        if name not in passages.columns:
            return ""
        v = passages.at[i, name]
        return "" if pd.isna(v) else str(v)

    rows = []
    for q in quotes:
        pool = list(range(len(texts)))
        if same_speaker and q.speaker and q.speaker != "unknown":
            mine = [i for i in pool if speakers[i] and _same_speaker(q.speaker, speakers[i])]
            pool = mine or pool
        best: tuple[float, float, str, int] | None = None
        for i in pool:
            sim, part, ver = verdict(q.quote, texts[i])
            if best is None or (sim, part) > (best[0], best[1]):
                best = (sim, part, ver, i)
        assert best is not None  # the record has at least one passage
        sim, part, ver, i = best
        rows.append((
            q.quote_id, q.statement_id, q.speaker, q.quote, q.start, q.end,
            texts[i], i, int(passages.at[i, "start"]), int(passages.at[i, "end"]),
            speakers[i], col("kind", i), col("source", i), col("date", i), col("citation", i),
            round(sim, 1), round(part, 1), ver,
        ))
    return pd.DataFrame(rows, columns=COLUMNS)
