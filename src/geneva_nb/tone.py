"""Sentence and statement tone: VADER, TextBlob, and a diplomatic-register adjusted score.

What it owns:

- :func:`tone` -> :class:`ToneScore`: plain NLTK VADER's compound (Hutto & Gilbert 2014, the MIT
  lexicon shipped in ``data/lexicons/``), TextBlob/Pattern polarity and subjectivity (De Smedt &
  Daelemans 2012), the project's own ``compound`` and the ``confrontational`` flag, with the lexicon
  ``cues`` behind them. ``compound`` = a small news-trained linear model over VADER, TextBlob,
  criticism markers and a learned word-valence table (``geneva_nb.tone_model``) + 0.5 x the
  diplomatic readout cues
  (``geneva_nb.register``: "frank and candid", "difficult", "did not agree", ...), clipped to
  -1..1. ``confrontational`` = a logistic model over conflict cues (accusations, demands,
  warnings of consequences), other-party mentions, sentiment and two learned word tables,
  trained on UN Security Council speeches, or any warning/ultimatum cue with a party named.
- :func:`tone_toward`: tone toward a target span, from features that weigh words by their distance
  to the target (proximity-weighted lexicon scoring, cf. Ding, Liu & Yu 2008), trained on
  NewsMTSC (Hamborg & Donnay 2021).
- :func:`tone_by_side`: per-side means of statement tone with percentile-bootstrap intervals
  (Efron & Tibshirani 1993, ch. 13), per-statement scores of every method attached.
- :func:`characterizations`: "X called Y “Z”" records (speaker, object, phrase), scored.

All learned weights are small CSV tables in ``data/lexicons/`` made by
``benchmarks/train_tone.py``; the validation figures are in ``benchmarks/README.md``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd
from pandas.arrays import ArrowStringArray

from . import nlp, tone_model
from ._frames import frame
from .errors import InputError, SpanError
from .register import Cue

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article

__all__ = [
    "BOOTSTRAP_RESAMPLES",
    "BOOTSTRAP_SEED",
    "Characterization",
    "Cue",
    "ToneScore",
    "characterizations",
    "target_label",
    "tone",
    "tone_by_side",
    "tone_toward",
]

BOOTSTRAP_SEED = 0
BOOTSTRAP_RESAMPLES = 2000
_MAX_CHARS = 100_000
_FLAG_CATEGORIES = frozenset({"warning"})
_LABELS = {"negative": -1, "neutral": 0, "positive": 1}


class ToneScore(NamedTuple):
    """The tone of one text (or of a text toward a target) by every method.

    To *label* a text negative, neutral or positive, read ``label``: it is the project's best
    decision (the target model's most probable class for :func:`tone_toward`; cuts on
    ``compound`` chosen on held-out NYT editorial ratings for :func:`tone`). Do not threshold
    ``compound`` yourself at VADER's +-0.05: toward a target that costs about 0.1 macro-F1
    (NewsMTSC nested CV 0.61 vs 0.50; ``benchmarks/README.md``, ## Tone).
    """

    compound: float  # the project's score, -1..1, diplomatic-register adjusted
    vader: float  # NLTK VADER compound, -1..1
    polarity: float  # TextBlob/Pattern polarity, -1..1
    subjectivity: float  # TextBlob/Pattern subjectivity, 0..1
    confrontational: bool  # the speaker evaluates another party negatively
    cues: list[Cue]  # the diplomatic lexicon entries matched, with the rules applied
    label: str  # "negative" | "neutral" | "positive": THE way to label a text (see above)


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise InputError(
            f"{what} must be a str, got {type(text).__name__}; pass the sentence text."
        )
    if len(text) > _MAX_CHARS:
        raise InputError(
            f"{what} has {len(text):,} characters; tone scores sentences and statements "
            f"(at most {_MAX_CHARS:,}). Split the document with gn.sentences() first."
        )
    return text


def _clip(x: float) -> float:
    if math.isnan(x):
        return 0.0
    return max(-1.0, min(1.0, x))


def tone(text: str) -> ToneScore:
    """Tone of one sentence or statement by VADER, TextBlob and the project's method.

    ``label`` reads ``compound`` with the two cuts stored in the model table (chosen on
    out-of-fold scores of the NYT editorials, see :func:`geneva_nb.tone_model.compound_label`).

    >>> s = tone("The talks were frank and candid.")
    >>> s.polarity > 0 > s.compound   # TextBlob reads praise; diplomats read disagreement
    True
    """
    text = _check_text(text)
    if not text.strip():
        return ToneScore(0.0, 0.0, 0.0, 0.0, False, [], "neutral")
    try:
        feats = tone_model.sentence_features(text)
    except (ValueError, TypeError, UnicodeError, IndexError) as exc:  # pragma: no cover
        raise InputError(f"Could not score this text ({exc}); check it is plain text.") from None
    v = feats.values
    compound = _clip(
        tone_model.base_compound(feats) + tone_model.READOUT_WEIGHT * v["readout"]
    )
    flagged = any(c.category in _FLAG_CATEGORIES and c.valence < 0 for c in feats.cues) and (
        v["parties"] > 0
    )
    confrontational = flagged or (
        tone_model.conflict_probability(feats) >= tone_model.conflict_threshold()
    )
    compound = round(compound, 4)
    return ToneScore(compound, v["vader_plain"], v["polarity_plain"], v["subjectivity_plain"],
                     bool(confrontational), feats.cues, tone_model.compound_label(compound))


def _check_span(text: str, start: object, end: object) -> tuple[int, int]:
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise SpanError(f"{name} must be an int character offset, got {value!r}.")
    s, e = int(start), int(end)  # type: ignore[arg-type]
    if not 0 <= s < e <= len(text):
        raise SpanError(
            f"The target span ({s}, {e}) does not fit a text of {len(text)} characters; "
            "need 0 <= start < end <= len(text)."
        )
    if not text[s:e].strip():
        raise SpanError(f"The target span ({s}, {e}) is only whitespace; point it at the mention.")
    return s, e


def _target_probabilities(text: str, start: int, end: int) -> tuple[dict[str, float], dict]:
    values = tone_model.target_features(text, start, end)
    return tone_model.target_probabilities(values), values


def tone_toward(text: str, start: int, end: int) -> ToneScore:
    """Tone of ``text`` toward the target ``text[start:end]`` (e.g. a person or a country).

    ``compound`` is P(positive) - P(negative) from the target model, whose features weigh words
    near the target more (lexicon valences decay with distance, exp(-d/4) for d words away);
    ``label`` is that model's most probable class (NewsMTSC nested CV macro-F1 0.61, against
    0.50 for ``compound`` read at +-0.05).
    ``vader``, ``polarity`` and ``subjectivity`` are computed on the window of five words either
    side of the target, ``cues`` are the register cues inside that window, and
    ``confrontational`` is the flag of the whole text. Raises ``SpanError`` when the span does
    not fit the text or covers only whitespace.
    """
    text = _check_text(text)
    start, end = _check_span(text, start, end)
    probs, _ = _target_probabilities(text, start, end)
    spans = nlp.word_spans(text)
    inside = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    lo, hi = (min(inside), max(inside)) if inside else (0, len(spans) - 1)
    a = spans[max(lo - 5, 0)][0] if spans else 0
    b = spans[min(hi + 5, len(spans) - 1)][1] if spans else len(text)
    window = text[a:b]
    whole = tone(text)
    near = [c for c in whole.cues if c.end > a and c.start < b]
    vader = nlp.vader().polarity_scores(window)["compound"]
    polarity, subjectivity = nlp.pattern_sentiment(window)
    compound = _clip(probs["positive"] - probs["negative"])
    return ToneScore(round(compound, 4), vader, polarity, subjectivity, whole.confrontational, near,
                     tone_model.target_label(probs))


def target_label(text: str, start: int, end: int) -> int:
    """-1, 0 or 1: the most probable sentiment toward ``text[start:end]`` (NewsMTSC classes).

    The same decision as ``tone_toward(text, start, end).label``, as a number.
    """
    text = _check_text(text)
    start, end = _check_span(text, start, end)
    probs, _ = _target_probabilities(text, start, end)
    return _LABELS[tone_model.target_label(probs)]


def bootstrap_ci(
    values: np.ndarray | list[float], *, seed: int = BOOTSTRAP_SEED,
    resamples: int = BOOTSTRAP_RESAMPLES, level: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean (seeded, so the same data give the same interval).

    Resamples the values with replacement ``resamples`` times (numpy ``default_rng(seed)``) and
    returns the ``(1-level)/2`` and ``(1+level)/2`` percentiles of the resampled means. With fewer
    than two values it returns ``(nan, nan)``: one statement says nothing about spread, and the
    degenerate interval [x, x] would look like certainty.
    """
    if resamples < 1 or not 0 < level < 1:
        raise InputError(
            f"resamples must be at least 1 and level between 0 and 1 (got {resamples}, {level})."
        )
    x = np.asarray(values, dtype=float)
    if len(x) < 2:
        return (math.nan, math.nan)
    means = np.take(x, _resample_indexes(seed, resamples, len(x))).mean(axis=1)
    q = [100 * (1 - level) / 2, 100 * (1 + level) / 2]
    if np.isnan(means).any():
        lo, hi = np.percentile(means, q)
        return float(lo), float(hi)
    return _percentiles(means, q)


#: resample index matrices of at most this many values are remembered (a side rarely has more
#: statements; 32 matrices of at most 2,000 x 32 indexes are 16 MB at most)
_REMEMBER_RESAMPLES_UP_TO = 32


def _resample_indexes(seed: int, resamples: int, n: int) -> np.ndarray:
    """``default_rng(seed).integers(0, n, size=(resamples, n))``: which values each resample
    draws. They depend on the seed and the sizes only, so for small ``n`` they are drawn once
    and reused (read-only), saving the draws (40 % of an interval's time). Only a plain ``int``
    seed is remembered (``None`` asks numpy for fresh entropy every time)."""
    if type(seed) is int and n <= _REMEMBER_RESAMPLES_UP_TO and resamples <= BOOTSTRAP_RESAMPLES:
        return _remembered_indexes(seed, resamples, n)
    return np.random.default_rng(seed).integers(0, n, size=(resamples, n))


@lru_cache(maxsize=32)
def _remembered_indexes(seed: int, resamples: int, n: int) -> np.ndarray:
    out = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    out.setflags(write=False)
    return out


def _percentiles(values: np.ndarray, q: list[float]) -> tuple[float, float]:
    """``np.percentile(values, q)`` (default "linear" method) for NaN-free ``values``, the same
    numbers by the same arithmetic: numpy's virtual indexes, a partial sort to the four order
    statistics needed, and its two-sided linear interpolation. ``np.percentile`` itself spent
    most of its time on argument handling, for two numbers."""
    n = len(values)
    virtual = (n - 1) * np.true_divide(q, 100)
    previous = np.floor(virtual)
    gamma = (virtual - previous).tolist()
    below = [int(p) if v < n - 1 else n - 1 for v, p in zip(virtual, previous, strict=True)]
    above = [min(k + 1, n - 1) for k in below]
    part = np.partition(values, sorted(set(below + above)))
    out = []
    for a_k, b_k, t in zip(below, above, gamma, strict=True):
        a, b = float(part[a_k]), float(part[b_k])
        diff = b - a
        out.append(b - diff * (1 - t) if t >= 0.5 else a + diff * t)
    return out[0], out[1]



def statement_tones(statements: pd.DataFrame) -> pd.DataFrame:
    """Score the ``content`` of each statement (a ``gn.attribute`` frame) by every method."""
    return _statement_tones(statements)[0]


def _statement_tones(statements: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, list]]:
    """:func:`statement_tones` and its columns as lists (``tone_by_side`` reads them)."""
    need = {"statement_id", "side", "speaker", "kind", "content"}
    missing = need - set(statements.columns)
    if missing:
        raise InputError(
            f"The statements frame lacks the columns {sorted(missing)}; pass gn.attribute(doc)."
        )
    columns = {c: _column_list(statements, c)
               for c in ("statement_id", "side", "speaker", "kind", "content")}
    scores = [tone(str(c)) for c in columns["content"]]
    columns.update({
        "compound": [s.compound for s in scores], "vader": [s.vader for s in scores],
        "polarity": [s.polarity for s in scores],
        "subjectivity": [s.subjectivity for s in scores],
        "confrontational": [s.confrontational for s in scores],
        "cues": ["; ".join(f"{c.text} ({c.valence:+.2f})" for c in s.cues) for s in scores],
        "label": [s.label for s in scores],
    })
    # the dtypes pandas infers from these lists given up front (inferring them cost as much as
    # scoring two statements)
    return frame(columns), columns


def _column_list(df: pd.DataFrame, name: str) -> list:
    """``df[name].tolist()``, read from the column's array without building a Series; a string
    column without missing values by pyarrow's ``to_pylist`` (the same ``str`` values, three
    times faster than pandas' iteration over the array)."""
    loc = df.columns.get_loc(name)
    if not isinstance(loc, int) or not hasattr(df, "_get_column_array"):
        return df[name].tolist()  # a repeated name (pandas' own error) or another pandas
    array = df._get_column_array(loc)
    chunks = getattr(array, "_pa_array", None)
    if isinstance(array, ArrowStringArray) and chunks is not None and chunks.null_count == 0:
        return chunks.to_pylist()
    return array.tolist()


def tone_by_side(
    doc: Article | str, *, method: str = "compound", seed: int = BOOTSTRAP_SEED,
    resamples: int = BOOTSTRAP_RESAMPLES, statements: pd.DataFrame | None = None,
    actors: object = None,
) -> pd.DataFrame:
    """Mean tone of the statements of each side, with a 95% percentile-bootstrap interval.

    Returns one row per side (sides in order of first statement) with the columns ``side``,
    ``n``, ``mean``, ``ci_low``, ``ci_high``. ``method`` picks the score averaged: ``compound``
    (the project's), ``vader`` or ``polarity`` (TextBlob). The interval resamples the side's
    statements ``resamples`` times with ``numpy.random.default_rng(seed)``; a side with one
    statement gets ``nan`` bounds (see :func:`bootstrap_ci`).

    The per-statement scores of *every* method are attached as ``result.attrs["statements"]``
    (columns statement_id, side, speaker, kind, content, compound, vader, polarity,
    subjectivity, confrontational, cues, label), so you can see where the methods disagree.
    Statements whose speaker has no known side are pooled in a row ``unknown`` (shown, not
    dropped; it is not a delegation, so compare it with care).

    ``statements`` is the frame ``gn.attribute(doc)`` already returned (attribution is not run
    again); otherwise ``doc`` is attributed with ``actors`` (a Registry or an actors CSV path,
    as in :func:`geneva_nb.attribute`).
    """
    from .article import as_article
    from .attribution import attribute

    if method not in {"compound", "vader", "polarity"}:
        raise InputError(f"method must be 'compound', 'vader' or 'polarity', not {method!r}.")
    if statements is None:
        statements = attribute(as_article(doc), actors=actors)
    per, columns = _statement_tones(statements)
    by_side: dict[object, list[float]] = {}  # sides in order of first statement
    for side, score in zip(columns["side"], columns[method], strict=True):
        if pd.notna(side) and str(side):
            by_side.setdefault(side, []).append(float(score))
    rows = []
    for side, scores in by_side.items():
        x = np.asarray(scores)
        lo, hi = bootstrap_ci(x, seed=seed, resamples=resamples)
        rows.append((side, len(x), float(x.mean()), lo, hi))
    names = ["side", "n", "mean", "ci_low", "ci_high"]
    out = frame(dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))) if rows else (
        pd.DataFrame(rows, columns=names))
    out.attrs["statements"] = per
    out.attrs["method"] = method
    out.attrs["bootstrap"] = {"seed": seed, "resamples": resamples, "interval": "percentile 95%"}
    return out


class Characterization(NamedTuple):
    """"X called Y “Z”": who characterized what, with which words, and how that reads."""

    speaker: str
    object: str
    phrase: str
    speaker_start: int
    speaker_end: int
    object_start: int
    object_end: int
    phrase_start: int
    phrase_end: int
    compound: float
    vader: float
    polarity: float
    explanation: str


# the speaker: up to eight capitalised words (allowing "of"), then a characterising verb, an
# object without quotes, then the quoted phrase; every part is bounded, so matching stays linear
_CHAR_RE = re.compile(
    r"(?P<speaker>(?:[A-Z][\w’'.-]*\s+(?:of\s+)?){0,7}[A-Z][\w’'-]*)\s+"
    r"(?:called|described|termed|characteri[sz]ed|labell?ed|dubbed)\s+"
    r"(?P<object>[^“”\"\n]{1,300}?)\s*(?:as\s+)?[“\"](?P<phrase>[^“”\"\n]{1,200})[”\"]"
)


def characterizations(doc: Article | str) -> pd.DataFrame:
    """Every "X called Y “Z”" in the document, scored by VADER, TextBlob and the project.

    Columns: speaker, object, phrase, the three spans (``*_start``/``*_end`` offsets into the
    analysed text), compound, vader, polarity and an explanation naming the cues used.
    The speaker is the run of capitalised words before the verb (a title and name, e.g.
    "Deputy Secretary of State Wendy Sherman"); the object is what stands between the verb and
    the quote (trailing commas trimmed).
    """
    from .article import as_article

    text = as_article(doc).text
    rows = []
    for m in _CHAR_RE.finditer(text):
        ps, pe = m.span("phrase")
        while pe > ps and text[pe - 1] in ".,;:!? ":
            pe -= 1
        os_, oe = m.span("object")
        while oe > os_ and text[oe - 1] in ", ":
            oe -= 1
        phrase = text[ps:pe]
        s = tone(phrase)
        why = "; ".join(f"{c.text!r} {c.valence:+.2f}: {c.why}" for c in s.cues) or (
            "no diplomatic cue; the score is the news-trained base (VADER + TextBlob)"
        )
        explanation = (f"VADER {s.vader:+.2f}, TextBlob {s.polarity:+.2f}, project "
                       f"{s.compound:+.2f}. {why}")
        rows.append(Characterization(m.group("speaker"), text[os_:oe], phrase,
                                     m.start("speaker"), m.end("speaker"), os_, oe, ps, pe,
                                     s.compound, s.vader, s.polarity, explanation))
    return pd.DataFrame(rows, columns=list(Characterization._fields))

