"""Figures for tone: statements of each side on a tone axis, and the methods side by side.

Both functions only read results (``gn.tone_by_side``), draw with matplotlib and return the
``Figure``; they never compute tone themselves. Styled after the dot-and-interval plots common in
ThinkStats-style teaching notebooks: one row per side, each statement a dot, the mean a bar with
its bootstrap interval.

When no statement has a known side (speakers in no registry), ``tone_by_side`` has a single row
``unknown``; :func:`tone_groups` then regroups the per-statement scores **by speaker** (same
mean and seeded bootstrap interval as ``tone_by_side``), and the plot shows one row per speaker.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from ..errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["plot_tone_by_side", "plot_tone_methods", "tone_groups"]

_METHODS = {"compound": "project", "vader": "VADER", "polarity": "TextBlob"}


def _statements(result: pd.DataFrame) -> pd.DataFrame:
    per = result.attrs.get("statements")
    if per is None:
        raise InputError("Pass the frame returned by gn.tone_by_side(doc) (it carries the "
                         "per-statement scores in .attrs['statements']).")
    return per


def tone_groups(result: pd.DataFrame, *, by: str = "auto",
                method: str | None = None) -> pd.DataFrame:
    """The rows to show for a ``gn.tone_by_side`` result: per side, or per speaker.

    ``by="auto"`` groups by side when any side is known, else by speaker; ``"side"`` or
    ``"speaker"`` force one. Returns the columns ``group, n, mean, ci_low, ci_high`` (sides in
    the order of ``result``; speakers by number of statements, then first appearance), with
    ``attrs["by"]`` saying which, and the per-statement scores in ``attrs["statements"]``.
    Per-speaker intervals are the same seeded percentile bootstrap as ``tone_by_side``.
    """
    import pandas as pd

    from ..tone import bootstrap_ci
    from .highlight import colour_by

    per = _statements(result)
    method = method or result.attrs.get("method", "compound")
    if by == "auto":
        by = colour_by(per)
    if by not in {"side", "speaker"}:
        raise InputError(f"by must be 'auto', 'side' or 'speaker', not {by!r}.")
    if by == "side":
        out = result.rename(columns={"side": "group"})[["group", "n", "mean", "ci_low",
                                                         "ci_high"]].copy()
    else:
        speakers = per["speaker"].fillna("").astype(str).replace("", "(no speaker)")
        counts = speakers.value_counts(sort=False)
        first = {s: i for i, s in enumerate(dict.fromkeys(speakers))}
        rows = []
        for name in sorted(counts.index, key=lambda s: (-counts[s], first[s])):
            x = per.loc[speakers == name, method].to_numpy(dtype=float)
            lo, hi = bootstrap_ci(x)
            rows.append({"group": name, "n": len(x), "mean": float(x.mean()), "ci_low": lo,
                         "ci_high": hi})
        out = pd.DataFrame(rows, columns=["group", "n", "mean", "ci_low", "ci_high"])
    out.attrs["by"] = by
    out.attrs["statements"] = per
    out.attrs["method"] = method
    return out


def plot_tone_by_side(result: pd.DataFrame, *, method: str | None = None,
                      title: str | None = None, by: str = "auto") -> Figure:
    """Each side's statements as dots on the -1..1 tone axis, with the mean and its interval.

    With no known side (or ``by="speaker"``) the rows are speakers (see :func:`tone_groups`).
    """
    import matplotlib.pyplot as plt

    per = _statements(result)
    method = method or result.attrs.get("method", "compound")
    groups = tone_groups(result, by=by, method=method)
    by = groups.attrs["by"]
    keys = per["speaker"].fillna("").astype(str).replace("", "(no speaker)") \
        if by == "speaker" else per["side"]
    from .highlight import group_colours

    colours = group_colours(per) if by == "speaker" else {}
    fig, ax = plt.subplots(figsize=(8, 1.1 + 0.8 * max(len(groups), 1)))
    rng = np.random.default_rng(0)  # vertical jitter only, so dots do not hide each other
    for y, row in enumerate(groups.itertuples(index=False)):
        x = per.loc[keys == row.group, method].to_numpy(dtype=float)
        ax.scatter(x, y + rng.uniform(-0.12, 0.12, len(x)), s=32, alpha=0.7,
                   color=colours.get(row.group, "tab:gray"), zorder=2)
        if not math.isnan(row.ci_low):
            ax.plot([row.ci_low, row.ci_high], [y, y], color="black", lw=3, zorder=3)
        ax.plot([row.mean], [y], marker="D", color="tab:red", ms=9, zorder=4)
        ax.annotate(f"n={row.n}", (1.02, y), xycoords=("axes fraction", "data"), va="center")
    ax.axvline(0, color="tab:blue", lw=0.8, ls=":")
    ax.set_yticks(range(len(groups)), [str(s) for s in groups["group"]], fontsize=12)
    ax.tick_params(axis="x", labelsize=11)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(len(groups) - 0.4, -0.6)  # first row on top, as in the tables
    ax.set_xlabel(f"tone of each statement ({_METHODS.get(method, method)}; -1 hostile .. +1 warm)",
                  fontsize=11)
    ax.set_title(title or f"Statements by {by}: dots, mean (diamond), 95% bootstrap interval",
                 fontsize=12)
    fig.tight_layout()
    return fig


def plot_tone_methods(result: pd.DataFrame, *, max_chars: int = 45) -> Figure:
    """Per statement, the project score next to plain VADER and plain TextBlob."""
    import matplotlib.pyplot as plt

    per = _statements(result).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.38 * max(len(per), 1)))
    y = np.arange(len(per))
    for (col, label), marker, dy in zip(_METHODS.items(), ["D", "o", "s"], [0.0, -0.2, 0.2],
                                        strict=True):
        ax.scatter(per[col], y + dy, marker=marker, label=label, s=30, zorder=3)
    for k, row in per.iterrows():
        xs = [row["compound"], row["vader"], row["polarity"]]
        ax.plot([min(xs), max(xs)], [k, k], color="lightgray", lw=1, zorder=1)
    labels = [f"{s} · {str(c)[:max_chars]}{'…' if len(str(c)) > max_chars else ''}"
              for s, c in zip(per["side"], per["content"], strict=True)]
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="tab:blue", lw=0.8, ls=":")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("score (-1 .. +1)")
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title("Where the methods disagree, statement by statement")
    fig.tight_layout()
    return fig
