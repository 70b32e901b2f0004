"""Every public function on any text: bad input, hostile input, and what users really feed it.

Issue 7. For arbitrary Unicode (empty, blank, a lone quotation mark, mixed scripts, control
characters, a 1 MB line) each public function returns a result whose offsets index the text it
analysed, the same result every time: a str is never refused. Only a bad argument is (a target
span that does not fit: ``SpanError``, with a message).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.errors import SpanError

SPAN_COLUMNS = {
    "attribute": [("mention", "mention_start", "mention_end"), ("cue", "cue_start", "cue_end"),
                  ("content", "content_start", "content_end")],
    "timexes": [("text", "start", "end")],
    "sentences": [("text", "start", "end")],
}

# pieces of news-like text mixed with anything at all
PIECES = st.one_of(
    st.text(max_size=6),
    st.sampled_from([
        "“", "”", "‘", "’", '"', "'", "\n", " said ", "Ryabkov said", " she said.", "According to",
        "on Monday", "December 17", "in 2008", "about 7.5 hours", "soon", "U.S.", "“We want",
        "Sherman called the talks “sincere and direct.”", "—", " ", "\u200b", "\x00", "中文",
        "مرحبا", "<script>alert(1)</script>",
    ]),
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _check_offsets(text: str, df: pd.DataFrame, spans: list[tuple[str, str, str]]) -> None:
    for col, start, end in spans:
        for value, a, b in zip(df[col], df[start], df[end], strict=True):
            if a == -1 and b == -1:  # documented: no span (e.g. a statement without a cue)
                continue
            assert 0 <= a <= b <= len(text), (col, a, b)
            assert text[a:b] == value, (col, a, b, value)


# A str of any content is text to analyse: none of these may refuse it (the texts here stay far
# below tone's 100,000-character limit), so any error, ours or not, fails the test.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_frames_from_any_text_are_consistent_and_deterministic(text):
    for name, spans in SPAN_COLUMNS.items():
        fn = getattr(gn, name)
        first = fn(text)
        _check_offsets(text, first, spans)
        pd.testing.assert_frame_equal(first, fn(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_tone_chronology_and_html_from_any_text(text):
    for fn in (gn.tone, gn.tone_by_side, gn.chronology, gn.highlight_html):
        first, second = fn(text), fn(text)
        if isinstance(first, pd.DataFrame):
            pd.testing.assert_frame_equal(first, second)
        else:
            assert first == second
    score = gn.tone(text)
    assert -1.0 <= score.compound <= 1.0
    assert score.label in {"negative", "neutral", "positive"}


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.integers(-5, 60), st.integers(-5, 60))
def test_tone_toward_any_span_scores_or_says_why(text, start, end):
    fits = 0 <= start < end <= len(text) and bool(text[start:end].strip())
    try:
        score = gn.tone_toward(text, start, end)
    except SpanError as exc:
        # refused exactly when the span does not fit the text or covers only whitespace
        assert str(exc) and not fits
        return
    assert fits
    assert -1.0 <= score.compound <= 1.0
    assert score.label in {"negative", "neutral", "positive"}


@pytest.mark.parametrize(
    "text",
    ["", " \n\t ", "“", "”", '"', "‘", "\x00\x01\x1f", "中文 русский العربية", "\u2028\u2029"],
)
def test_degenerate_texts(text):
    for name in ["sentences", "attribute", "timexes", "chronology", "tone_by_side"]:
        assert isinstance(getattr(gn, name)(text), pd.DataFrame), name  # text: never refused
    # no words, so nothing is said, dated or scored
    assert gn.attribute(text).empty and gn.timexes(text).empty and gn.chronology(text).empty
    assert gn.tone_by_side(text).n.sum() == 0


def test_a_one_megabyte_line():
    unit = "“We want guarantees,” Ryabkov said on Monday after about 7.5 hours. "
    reps = 1_000_000 // len(unit)
    line = unit * reps  # one line (one paragraph) of ~1 MB: `reps` sentences, each one quote
    statements = gn.attribute(line)
    assert len(statements) == reps
    assert set(statements.speaker) == {"Sergei Ryabkov"} and set(statements.kind) == {"direct"}
    _check_offsets(line, statements, SPAN_COLUMNS["attribute"])
    times = gn.timexes(line, dct="2022-01-10")
    assert (times.value == "PT7.5H").sum() == reps


# ------------------------------------------------------------------ articles without quotes/dates

NO_QUOTES = (
    "The committee met in closed session.\nMembers discussed the budget at length and adjourned "
    "without a vote.\n"
)


def test_article_without_quotes_or_dates_gives_empty_results_with_columns():
    art = gn.load_article(NO_QUOTES)
    statements = gn.attribute(art)
    assert statements.empty
    assert list(statements.columns) == [
        "statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
        "cue", "cue_start", "cue_end", "content", "content_start", "content_end",
        "sentence_id", "rule", "attribution_id",
    ]
    times = gn.timexes(art)
    assert times.empty
    assert list(times.columns) == ["timex_id", "text", "start", "end", "type", "value", "mod"]
    chron = gn.chronology(art)
    assert chron.empty
    assert list(chron.columns) == [
        "event", "value", "start_date", "end_date", "granularity", "timex", "sentence_id",
    ]
    sides = gn.tone_by_side(art)
    assert {"n", "mean", "ci_low", "ci_high"} <= set(sides.columns)
    assert sides.n.sum() == 0 if len(sides) else True


# ------------------------------------------------------------------------------------- HTML safety


def test_markup_inside_a_quote_stays_text():
    text = "“<script>alert('x')</script> & <b>bold</b>,” Ryabkov said."
    page = gn.highlight_html(text)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page
    assert "<b>bold</b>" not in page


def test_a_file_of_several_megabytes_loses_nothing_silently(tmp_path, geneva):
    copies = 1_200  # about 3.3 MB
    path = tmp_path / "big.txt"
    path.write_text(geneva.raw * copies, encoding="utf-8")
    art = gn.load_article(path)
    # each copy's last line "Source link" runs into the next copy's "[ad_1]": the marker is cut,
    # the rest is a widget line, so the text is the cleaned article `copies` times, line by line
    assert art.text == "\n".join([geneva.text] * copies)
    assert len(art.removed) == 4 * copies
    assert {r.text for r in art.removed} == {"[ad_1]", "[ad_2]", "top channel", "Source link"}
    assert all(art.raw[r.raw_start : r.raw_end] == r.text for r in art.removed)
