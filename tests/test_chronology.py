"""gn.chronology: events dated by their expressions, intervals and order, on hand-read text."""

from __future__ import annotations

import datetime as dt

import matplotlib
import pandas as pd
import pytest

import geneva_nb as gn
from geneva_nb.chronology import interval_of
from geneva_nb.errors import InputError

matplotlib.use("Agg")

COLUMNS = ["event", "value", "start_date", "end_date", "granularity", "timex", "sentence_id"]


@pytest.fixture(scope="module")
def geneva() -> pd.DataFrame:
    return gn.chronology(gn.load_article())


def test_geneva_order_2008_2014_dec17_jan10_soon(geneva):
    assert list(geneva.columns) == COLUMNS
    values = geneva["value"].tolist()
    first = [values.index(v) for v in ("2008", "2014", "2021-12-17", "2022-01-10", "FUTURE_REF")]
    assert first == sorted(first)
    assert values[-1] == "FUTURE_REF"  # "soon" comes after everything dated on 10 January


def test_geneva_events_are_the_clauses_events(geneva):
    event = dict(zip(geneva.timex, geneva.event, strict=False))
    assert event["December 17"] == "the Russian Foreign Ministry announced a draft agreement"
    assert event["2008"] == "the formula adopted at the Bucharest summit"
    assert "lasted about 7.5 hours" in event["about 7.5 hours"]
    assert event["about 7.5 hours"].lower().startswith("the meeting")
    assert "meet" in event["soon"]
    assert "consequences" in event["2014"]


def test_geneva_granularity_and_intervals(geneva):
    row = geneva.set_index("timex")
    y2008 = row.loc["2008"]
    assert y2008.granularity == "year"
    assert y2008.start_date == pd.Timestamp("2008-01-01")
    assert y2008.end_date.date() == dt.date(2008, 12, 31)
    dec = row.loc["December 17"]
    assert dec.granularity == "day" and dec.start_date == pd.Timestamp("2021-12-17")
    soon = row.loc["soon"]
    assert soon.granularity == "future"
    assert soon.start_date == pd.Timestamp("2022-01-10") and pd.isna(soon.end_date)
    meeting = row.loc["about 7.5 hours"]
    assert meeting.granularity == "duration"
    assert meeting.end_date - meeting.start_date == pd.Timedelta(hours=7.5)


def test_inferred_years_are_reported(geneva):
    inferred = {d["timex"]: d["how"] for d in geneva.attrs["inferred"]}
    assert "year inferred" in inferred["December 17"]
    assert "2008" not in inferred  # written out in full: nothing inferred


@pytest.mark.parametrize(
    ("value", "typ", "start", "end", "granularity"),
    [
        ("199", "DATE", "1990-01-01", "1999-12-31", "decade"),
        ("1998-Q3", "DATE", "1998-07-01", "1998-09-30", "quarter"),
        ("1998-02", "DATE", "1998-02-01", "1998-02-28", "month"),
        ("2022-W02", "DATE", "2022-01-10", "2022-01-16", "week"),
        ("1995-SU", "DATE", "1995-06-01", "1995-08-31", "season"),
    ],
)
def test_interval_of_values(value, typ, start, end, granularity):
    iv = interval_of(value, typ, dt.date(2022, 1, 10))
    assert iv.granularity == granularity
    assert iv.start.date().isoformat() == start and iv.end.date().isoformat() == end


def test_past_ref_has_an_open_start_and_sets_have_no_place():
    iv = interval_of("PAST_REF", "DATE", dt.date(2022, 1, 10))
    assert iv.start is None and iv.end.date() == dt.date(2022, 1, 10)
    assert interval_of("P1Y", "SET", None) == (None, None, "set")


def test_without_a_dct_dates_stay_ordered_and_relative_ones_unplaced():
    df = gn.chronology("The war began in 1995. It ended in 1991? Talks resume soon.")
    assert df.attrs["dct"] is None
    assert df["value"].tolist()[:2] == ["1991", "1995"]
    soon = df.set_index("timex").loc["soon"]
    assert pd.isna(soon.start_date) and pd.isna(soon.end_date)


def test_bad_input():
    with pytest.raises(InputError):
        gn.chronology(None)  # type: ignore[arg-type]


def test_timeline_figure_has_year_day_and_hour_panels(geneva):
    from geneva_nb.display import plot_timeline

    fig = plot_timeline(geneva)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert len(fig.axes) == 3
    assert titles[0].startswith("Years") and titles[1].startswith("Days")
    assert titles[2].startswith("Hours")
    with pytest.raises(InputError):
        plot_timeline(pd.DataFrame({"x": [1]}))


def test_a_verbless_time_expression_alone_is_its_own_event():
    # found by tests/test_hostile.py: the clause of "on Monday" runs to the end of the text and
    # the search for a neighbouring verb used to index past the last token
    df = gn.chronology("on Monday", dct="2022-01-10")
    assert len(df) == 1
    assert df.timex.iloc[0] == "Monday"  # TimeML leaves the preposition outside the extent


# --- durations placed as the text says (issue 13, item 5) -----------------------------------


def test_a_past_duration_ends_at_its_anchor_and_a_future_one_starts_there():
    df = gn.chronology(
        "Over the past week, talks stalled. The next round will last two weeks.",
        dct="2022-01-10",
    ).set_index("timex")
    past = df.loc["the past week"]
    # worked by hand: the week that ends with 10 January 2022 starts seven days earlier
    assert past.end_date == pd.Timestamp("2022-01-10 23:59:59")
    assert past.start_date == pd.Timestamp("2022-01-03 23:59:59")
    future = df.loc["two weeks"]  # "will last" is the verb, outside the expression
    assert future.start_date == pd.Timestamp("2022-01-10")
    assert future.end_date == pd.Timestamp("2022-01-24")


def test_a_perfect_tense_duration_looks_back_by_whole_years():
    df = gn.chronology("He has worked there for about five years.", dct="2022-01-10")
    row = df.iloc[0]
    assert row.value == "P5Y"
    assert row.end_date.date() == dt.date(2022, 1, 10)
    assert row.start_date.date() == dt.date(2017, 1, 10)  # five calendar years back
    how = {d["timex"]: d["how"] for d in df.attrs["inferred"]}
    assert how["about five years"].startswith("a length ending at the document date")


def test_the_geneva_meeting_length_ends_on_the_document_date(geneva):
    meeting = geneva.set_index("timex").loc["about 7.5 hours"]  # "the meeting ... lasted"
    assert meeting.end_date == pd.Timestamp("2022-01-10 23:59:59")
    assert meeting.start_date == pd.Timestamp("2022-01-10 16:29:59")


def test_timeline_draws_a_past_duration_as_a_bar_ending_at_the_document_date():
    import matplotlib.dates as mdates
    from matplotlib.patches import Rectangle

    from geneva_nb.display import plot_timeline
    from geneva_nb.display.timeline import FONT

    chron = gn.chronology("In the past five years, prices rose.", dct="2022-01-10")
    fig = plot_timeline(chron)
    bars = [p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_width() > 0]
    assert len(bars) == 1
    end = bars[0].get_x() + bars[0].get_width()
    assert end == pytest.approx(mdates.date2num(pd.Timestamp("2022-01-10 23:59:59")))
    assert bars[0].get_x() == pytest.approx(mdates.date2num(pd.Timestamp("2017-01-10 23:59:59")))
    # projector-size text: every label and tick at least 12 pt
    labels = [t for t in fig.axes[0].texts if t.get_text()]
    assert labels and all(t.get_fontsize() >= FONT >= 12 for t in labels)
    assert all(t.get_fontsize() >= 12 for t in fig.axes[0].get_xticklabels())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will last two weeks.", None),  # "last" is the verb: from the anchor on
        ("They will meet in the next two weeks.", None),
        ("A decision is expected within two weeks.", None),
        ("He spent the last three years in Paris.", "2019-01-10"),
        ("The meeting lasted three days.", "2022-01-07"),
    ],
)
def test_direction_of_durations(text, expected):
    row = gn.chronology(text, dct="2022-01-10").iloc[0]
    if expected is None:  # starts at the document date
        assert row.start_date == pd.Timestamp("2022-01-10")
    else:  # ends at the document date, starts this much earlier
        assert row.end_date.date() == dt.date(2022, 1, 10)
        assert row.start_date.date().isoformat() == expected


def test_the_same_text_on_two_dates_is_placed_against_each_date():
    """Intervals are remembered per value, type, date and direction: a second document date, or
    a duration that looks the other way, is never answered from the first."""
    text = "The envoys met today. The talks will last two weeks. Aides have waited two weeks."
    for dct, day in (("2022-01-10", "2022-01-10"), ("2023-03-05", "2023-03-05"),
                     ("2022-01-10", "2022-01-10")):
        df = gn.chronology(text, dct=dct).set_index("event")
        start, end = df["start_date"], df["end_date"]
        assert start["The envoys met today"] == pd.Timestamp(day)
        assert end["The envoys met today"] == pd.Timestamp(f"{day} 23:59:59")
        # "will last two weeks" starts on the document date, "have waited" ends with it
        assert start["The talks will last"] == pd.Timestamp(day)
        assert end["The talks will last"] == pd.Timestamp(day) + pd.Timedelta(days=14)
        assert end["Aides have waited two weeks"] == pd.Timestamp(f"{day} 23:59:59")
        assert start["Aides have waited two weeks"] == (pd.Timestamp(f"{day} 23:59:59")
                                                        - pd.Timedelta(days=14))
