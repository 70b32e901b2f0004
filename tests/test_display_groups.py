"""Displays group by speaker when no side is known (issue 13): tables, tone plot, colours."""

from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

from geneva_nb.display import colour_by, group_colours, plot_tone_by_side, tone_groups
from geneva_nb.errors import InputError

matplotlib.use("Agg")


def _result(sides: list[str], speakers: list[str], scores: list[float]) -> pd.DataFrame:
    """A frame shaped like gn.tone_by_side's, with per-statement scores chosen by hand."""
    per = pd.DataFrame({"side": sides, "speaker": speakers, "compound": scores,
                        "vader": scores, "polarity": scores})  # fmt: skip
    rows = []
    for side in dict.fromkeys(sides):
        x = per.loc[per["side"] == side, "compound"]
        rows.append({"side": side, "n": len(x), "mean": x.mean(), "ci_low": math.nan,
                     "ci_high": math.nan})  # fmt: skip
    result = pd.DataFrame(rows)
    result.attrs["statements"] = per
    result.attrs["method"] = "compound"
    return result


def test_without_sides_the_groups_are_speakers_most_statements_first() -> None:
    result = _result(["unknown"] * 4, ["Renn", "Quill", "Quill", "Brandt"], [-0.5, 0.2, 0.4, 0.0])
    groups = tone_groups(result)
    assert groups.attrs["by"] == "speaker"
    # Quill has two statements, so comes first; Renn and Brandt keep their order of appearance
    assert groups["group"].tolist() == ["Quill", "Renn", "Brandt"]
    assert groups["n"].tolist() == [2, 1, 1]
    assert groups["mean"].tolist() == pytest.approx([0.3, -0.5, 0.0])
    # a bootstrap interval of two values lies between them; one value has none
    assert 0.2 <= groups.loc[0, "ci_low"] <= groups.loc[0, "ci_high"] <= 0.4
    assert math.isnan(groups.loc[1, "ci_low"])


def test_with_a_known_side_the_groups_are_the_sides() -> None:
    result = _result(["US", "US", "unknown"], ["A", "B", "C"], [0.1, 0.3, -0.2])
    groups = tone_groups(result)
    assert groups.attrs["by"] == "side"
    assert groups["group"].tolist() == ["US", "unknown"]
    assert tone_groups(result, by="speaker")["group"].tolist() == ["A", "B", "C"]
    with pytest.raises(InputError, match="'auto', 'side' or 'speaker'"):
        tone_groups(result, by="party")


def test_colours_follow_the_groups() -> None:
    statements = pd.DataFrame({"side": ["unknown"] * 3, "speaker": ["Renn", "Quill", "Quill"]})
    assert colour_by(statements) == "speaker"
    colours = group_colours(statements)
    assert list(colours) == ["Quill", "Renn"] and len(set(colours.values())) == 2
    assert colour_by(statements.assign(side=["unknown", "UK", "UK"])) == "side"


def test_the_tone_plot_has_one_row_per_speaker() -> None:
    result = _result(["unknown"] * 3, ["Renn", "Quill", "Quill"], [-0.5, 0.2, 0.4])
    fig = plot_tone_by_side(result)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Quill", "Renn"]
    assert "by speaker" in ax.get_title()
    lo, hi = ax.get_ylim()
    assert lo > hi, "the first row is drawn on top, as in the table"
