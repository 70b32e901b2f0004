"""geneva_nb._frames: result frames built with the dtypes pandas infers, never other ones."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb._frames import frame

_VALUES = st.one_of(
    st.text(max_size=5), st.integers(-(2**70), 2**70), st.integers(-5, 5),
    st.floats(allow_nan=True), st.booleans(), st.none(), st.just(math.nan),
)
# a column: all of one kind (the fast path) or mixed (left to pandas)
_COLUMN = st.one_of(
    st.lists(st.text(max_size=5), min_size=1, max_size=6),
    st.lists(st.integers(-(2**64), 2**64), min_size=1, max_size=6),
    st.lists(st.floats(allow_nan=True), min_size=1, max_size=6),
    st.lists(st.booleans(), min_size=1, max_size=6),
    st.lists(_VALUES, min_size=1, max_size=6),
    # chronology's dates: datetime64[us] arrays with NaT (the fast path wraps them as pandas does)
    st.lists(st.one_of(st.none(), st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 1, 1))),
             min_size=1, max_size=6).map(lambda v: np.array(v, dtype="datetime64[us]")),
    st.lists(st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
             min_size=1, max_size=6).map(lambda v: np.array(v, dtype="datetime64[D]")),
    st.lists(st.text(st.characters(codec="utf-8"), max_size=8), min_size=1, max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_COLUMN, min_size=1, max_size=5))
def test_frame_is_what_pandas_builds_from_the_lists(cols):
    n = min(map(len, cols))
    columns = {f"c{k}": c[:n] for k, c in enumerate(cols)}
    expected = pd.DataFrame(columns, columns=list(columns))
    got = frame(columns)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got.columns.dtype == expected.columns.dtype
    assert got._mgr.nblocks == expected._mgr.nblocks  # consolidated the same way


def test_frames_do_not_share_their_column_index():
    a, b = frame({"x": [1], "y": ["s"]}), frame({"x": [2], "y": ["t"]})
    a.columns.name = "renamed"
    assert b.columns.name is None and frame({"x": [3], "y": ["u"]}).columns.name is None


def test_frame_types_plain_columns_and_keeps_order():
    df = frame({"b": ["x", "y"], "a": [1, 2], "f": [0.5, math.nan], "t": [True, False],
                "m": ["x", None]})
    assert list(df.columns) == ["b", "a", "f", "t", "m"]
    assert df["a"].dtype == np.int64 and df["f"].dtype == np.float64
    assert df["t"].dtype == bool and isinstance(df["b"].dtype, pd.StringDtype)
    assert df["m"].isna().tolist() == [False, True]


def test_frame_of_no_rows_is_pandas_own():
    pd.testing.assert_frame_equal(frame({"a": [], "b": []}),
                                  pd.DataFrame({"a": [], "b": []}, columns=["a", "b"]))


def test_frame_raises_what_pandas_raises_on_text_arrow_cannot_store():
    with pytest.raises(UnicodeEncodeError):
        pd.DataFrame({"a": ["\ud800"]})
    with pytest.raises(UnicodeEncodeError):
        frame({"a": ["\ud800"]})


def test_frame_of_arrays_equals_pandas_and_copies_them():
    ints, strings = np.array([1, 2]), pd.array(["x", "y"], dtype="str")
    df = frame({"i": ints, "s": strings, "f": [0.5, 1.5]})
    pd.testing.assert_frame_equal(
        df, pd.DataFrame({"i": ints, "s": strings, "f": [0.5, 1.5]}), check_exact=True
    )
    df.loc[0, "i"] = 7
    assert ints.tolist() == [1, 2]  # the caller's array is not the frame's


def test_frame_keeps_pandas_error_for_unequal_lengths():
    import pytest

    with pytest.raises(ValueError):
        frame({"a": [1, 2], "b": [1.0]})


def test_frames_with_the_same_columns_do_not_share_their_names():
    a, b = frame({"x": [1.0], "y": ["a"]}), frame({"x": [2.0], "y": ["b"]})
    a.columns.name = "renamed"
    assert b.columns.name is None
    a.columns = ["p", "q"]
    assert list(b.columns) == ["x", "y"]


def _layout(df: pd.DataFrame) -> list:
    return [(type(b).__name__, b.mgr_locs.as_array.tolist(), str(b.dtype), b.values.shape)
            for b in df._mgr.blocks]


@settings(max_examples=200, deadline=None)
@given(st.lists(_COLUMN, min_size=1, max_size=6))
def test_frame_forms_the_blocks_pandas_forms_from_the_same_arrays(cols):
    from geneva_nb._frames import _column_array

    n = min(map(len, cols))
    columns = {f"c{k}": c[:n] for k, c in enumerate(cols)}
    arrays = [_column_array(v) for v in columns.values()]
    if any(a is None for a in arrays):
        return  # left to pandas' constructor: the other property test
    expected = pd.DataFrame._from_arrays(arrays, columns=pd.Index(list(columns)),
                                         index=pd.RangeIndex(n), verify_integrity=False)
    got = frame(columns)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert _layout(got) == _layout(expected)  # the same blocks, in the same order
    assert got._mgr.is_consolidated() and expected._mgr.is_consolidated()


def test_frame_stacks_numbers_of_one_dtype_and_keeps_strings_apart():
    df = frame({"s": ["a", "b"], "i": [1, 2], "t": ["c", "d"], "j": [3, 4], "f": [0.5, 1.0]})
    assert _layout(df) == [("ExtensionBlock", [0], "str", (2,)),
                           ("ExtensionBlock", [2], "str", (2,)),
                           ("NumpyBlock", [1, 3], "int64", (2, 2)),
                           ("NumpyBlock", [4], "float64", (1, 2))]
    df.loc[0, "i"] = 9
    assert df["j"].tolist() == [3, 4] and df["i"].tolist() == [9, 2]


# text that pyarrow may refuse: lone surrogates among ordinary letters
_RISKY_TEXT = st.text(st.one_of(st.sampled_from("aé’ "), st.characters(min_codepoint=0xD800,
                                                                      max_codepoint=0xDFFF)),
                      max_size=3)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_COLUMN, st.lists(_RISKY_TEXT, min_size=1, max_size=4)),
                min_size=1, max_size=5))
def test_frame_with_any_text_columns_is_pandas_frame_or_pandas_error(cols):
    """All text columns share one pyarrow array: a text pyarrow refuses still raises the error
    pandas raises, and the others land in their own columns."""
    n = min(map(len, cols))
    columns = {f"c{k}": c[:n] for k, c in enumerate(cols)}
    try:
        expected = pd.DataFrame(columns, columns=list(columns))
    except Exception as exc:  # whatever pandas raises, frame must raise
        with pytest.raises(type(exc)):
            frame(columns)
        return
    got = frame(columns)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got._mgr.nblocks == expected._mgr.nblocks


def test_text_columns_of_one_frame_are_separate_columns():
    df = frame({"a": ["x", "y"], "n": [1, 2], "b": ["z", "w"], "c": ["", "v"]})
    assert df["a"].tolist() == ["x", "y"] and df["b"].tolist() == ["z", "w"]
    assert df["c"].tolist() == ["", "v"] and df["c"].str.len().tolist() == [0, 1]
    df.loc[0, "a"] = "changed"
    assert df["b"].tolist() == ["z", "w"] and df["c"].tolist() == ["", "v"]
    assert frame({"a": ["x", "y"], "n": [1, 2], "b": ["z", "w"], "c": ["", "v"]}).loc[0, "a"] == "x"


def test_same_names_with_other_dtypes_get_their_own_layout():
    first = frame({"a": [1, 2], "b": ["x", "y"]})
    second = frame({"a": ["p", "q"], "b": [0.5, 1.5]})
    third = frame({"a": [True, False], "b": [3, 4]})
    assert first["a"].dtype == np.int64 and isinstance(first["b"].dtype, pd.StringDtype)
    assert isinstance(second["a"].dtype, pd.StringDtype) and second["b"].dtype == np.float64
    assert third["a"].dtype == bool and third["b"].tolist() == [3, 4]
    assert _layout(first) == [("NumpyBlock", [0], "int64", (1, 2)),
                              ("ExtensionBlock", [1], "str", (2,))]
