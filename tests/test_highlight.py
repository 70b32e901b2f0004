"""highlight_html and the statements figure."""

from __future__ import annotations

import re

import matplotlib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.display import statements_figure
from geneva_nb.errors import GenevaNbError, InputError

matplotlib.use("Agg")


def test_markup_in_quotes_stays_text():
    html = gn.highlight_html("“<script>alert(1)</script> & more,” Ryabkov said.")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; more" in html
    assert 'title="Sergei Ryabkov (Russia) · direct · rule: quote-cue-after:registry"' in html


def test_geneva_has_legend_and_side_colours(geneva):
    html = gn.highlight_html(geneva)
    assert "Statements by side" in html
    assert "US (9)" in html and "Russia (6)" in html  # Sherman 9; Ryabkov 5 + the ministry
    assert "#0072B2" in html and "#D55E00" in html  # Okabe-Ito blue / vermillion
    # all the article's words are there once tags are removed
    plain = re.sub(r"<style>.*?</style>|<[^>]+>", "", html)
    assert "behind closed doors." in plain and plain.count("Ryabkov") >= 3


def test_bad_statements_table(geneva):
    with pytest.raises(InputError):
        gn.highlight_html(geneva, gn.attribute("“Hi there now,” Ryabkov said.").assign(
            content_end=10**6))


def test_figure_counts(geneva):
    fig = statements_figure(gn.attribute(geneva))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Russian Foreign Ministry", "Sergei Ryabkov", "Wendy Sherman"]
    widths = sum(p.get_width() for p in ax.patches)
    assert widths == 15


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_any_text_is_escaped(text):
    try:
        html = gn.highlight_html(text)
    except GenevaNbError:
        return
    assert "<script" not in html.lower().replace("&lt;script", "")


def test_legend_names_only_the_sides_that_speak():
    # one US speaker: the legend shows US with its count, not the registry's silent sides
    page = gn.highlight_html("“We are ready,” Sherman said.")
    legend = page.split('class="gn-legend"', 1)[1].split("</div>", 1)[0]
    assert "US (1)" in legend
    assert "Russia" not in legend and "NATO" not in legend
