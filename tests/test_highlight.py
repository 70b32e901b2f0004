"""highlight_html and the statements figure."""

from __future__ import annotations

import html
import re

import matplotlib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.display import statements_figure
from geneva_nb.errors import InputError

matplotlib.use("Agg")


def test_markup_in_quotes_stays_text():
    page = gn.highlight_html("“<script>alert(1)</script> & more,” Ryabkov said.")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; more" in page
    assert 'title="Sergei Ryabkov (Russia) · direct · rule: quote-cue-after:registry"' in page


def test_geneva_has_legend_and_side_colours(geneva):
    page = gn.highlight_html(geneva)
    assert "Statements by side" in page
    assert "US (9)" in page and "Russia (6)" in page  # Sherman 9; Ryabkov 5 + the ministry
    assert "#0072B2" in page and "#D55E00" in page  # Okabe-Ito blue / vermillion
    # the whole article is there, character for character, once our spans are removed
    assert _shown_text(page) == geneva.text


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


# markup, entities and quotations mixed with anything: statements get coloured around markup
_MARKUP = st.lists(st.one_of(
    st.text(max_size=6),
    st.sampled_from(["<script>alert(1)</script>", "<b>", "</span>", "&amp;", "&", "<", ">",
                     '"', "'", "“", "”", " said ", "Ryabkov said.", "“We want guarantees,” ",
                     " Sherman said", "\n", " "]),
), max_size=30).map("".join)
_OUR_TAG = re.compile(r'<span class="gn-gap"></span>|<span class="[^"<>]*"[^<>]*>|</span>')


@settings(max_examples=100, deadline=None)
@given(_MARKUP)
def test_any_text_is_escaped_and_shown_whole(text):
    # once our own spans are gone no markup is left, and unescaping gives the text back exactly
    assert _shown_text(gn.highlight_html(text)) == text


def _shown_text(page: str) -> str:
    body = page.split('<div class="gn-text">', 1)[1].removesuffix("</div></div>")
    plain = _OUR_TAG.sub("", body)
    assert "<" not in plain and ">" not in plain
    return html.unescape(plain)


def test_legend_names_only_the_sides_that_speak():
    # one US speaker: the legend shows US with its count, not the registry's silent sides
    page = gn.highlight_html("“We are ready,” Sherman said.")
    legend = page.split('class="gn-legend"', 1)[1].split("</div>", 1)[0]
    assert "US (1)" in legend
    assert "Russia" not in legend and "NATO" not in legend
