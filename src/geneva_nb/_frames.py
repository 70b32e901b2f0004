"""Small result frames built fast, with exactly the dtypes and blocks pandas would make.

Every stage returns a DataFrame of a dozen rows per article, and pandas spends longer inferring
the dtype of each column from a Python list than the stage spends on some of its work. When a
column's values are all of one plain type the inferred dtype is certain, so it is given up front:
only ``str`` -> pandas' default string dtype, only ``bool`` -> ``bool``, only ``int`` (within
int64) -> ``int64``, only ``float`` -> ``float64``. Any other column (missing values, mixed types)
is left to pandas as before, so the frame is the one ``pd.DataFrame(columns)`` builds.

When every column is of such a kind (or an array pandas keeps as it is), the frame is assembled
directly, three costs of the general path avoided:

- **the layout once per set of columns**: the blocks pandas' ``_form_blocks`` forms (the numpy
  columns of one dtype stacked in one block, each string column a block of its own, in the order
  pandas uses) depend only on the column names and kinds, so their placement, block types and
  the column index are computed once per set (:func:`_layout`, cached) and each frame gets a view
  of that index (its own name, the same data, as ``Index.copy`` makes);
- **one pyarrow array for all text**: the string columns are converted together, one
  ``pyarrow.array`` of all their values sliced per column without copying (each call costs more
  than converting a dozen strings); when pyarrow refuses a value (a lone surrogate), each column
  is converted on its own as before, so pandas raises its own error;
- **numbers in one step**: the columns of one numpy dtype become their 2-D block in one
  ``np.array`` call.

A pandas without the internals this needs takes ``DataFrame._from_arrays`` (the constructor's own
last step) or the constructor itself, as before.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionArray
from pandas.arrays import ArrowStringArray, DatetimeArray

try:
    import pyarrow as pa
except ImportError:  # pragma: no cover - pyarrow is a dependency
    pa = None

try:  # pandas' own block building (pandas 2.x-3.x); without it, DataFrame._from_arrays
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals.blocks import get_block_type
    from pandas.core.internals.managers import BlockManager

    _FROM_MGR = pd.DataFrame._from_mgr
except (ImportError, AttributeError):  # pragma: no cover - depends on the pandas version
    BlockPlacement = get_block_type = BlockManager = _FROM_MGR = None
_RANGE_NEW = getattr(pd.RangeIndex, "_simple_new", None)

__all__ = ["STRING", "frame"]

#: pandas' default string dtype: what it infers for a list of ``str``
STRING = pd.StringDtype(na_value=np.nan)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_FLOAT64, _BOOL, _INT64 = np.dtype(np.float64), np.dtype(bool), np.dtype(np.int64)
# the kinds of a column of :data:`STRING`, a list of ``str`` or an array (cheaper to hash
# than the dtype)
_TEXT, _TEXT_ARRAY = "text", "text array"
_ARROW_STRINGS = pa is not None and STRING.storage == "pyarrow"
_UNITS = frozenset({"s", "ms", "us", "ns"})  # the datetime64 units pandas stores as they are
# the constructor's last step (pandas >= 1.0); the slow path is used if a version lacks it
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)


@lru_cache(maxsize=1)
def _string_template() -> object:
    """An empty string array whose ``_from_pyarrow_array`` wraps a pyarrow array as a new
    ArrowStringArray of :data:`STRING` (what the constructor does, without its type checks)."""
    empty = ArrowStringArray(pa.array([], type=pa.large_string()), dtype=STRING)
    return empty if hasattr(empty, "_from_pyarrow_array") else None


def _typed(values: list) -> object:
    """``values`` as an array of the dtype pandas infers for it, when that is certain."""
    kinds = set(map(type, values))
    if len(kinds) != 1:
        return values
    kind = kinds.pop()
    if kind is str:
        if _ARROW_STRINGS:  # what pd.array does for this dtype, without its checks (3x faster)
            try:
                chunk = pa.array(values, type=pa.large_string())
            except (pa.ArrowException, UnicodeError):
                pass  # let pandas raise its own error (e.g. a lone surrogate)
            else:
                if (template := _string_template()) is not None:
                    return template._from_pyarrow_array(chunk)
                return ArrowStringArray(chunk, dtype=STRING)
        return pd.array(values, dtype=STRING)
    if kind is float:
        return np.array(values, dtype=np.float64)
    if kind is bool:
        return np.array(values, dtype=bool)
    if kind is int and _INT64_MIN <= min(values) and max(values) <= _INT64_MAX:
        return np.array(values, dtype=np.int64)
    return values


def _column_array(values: object) -> object | None:
    """A column as the array pandas would store, or None when that is not certain."""
    if isinstance(values, list):
        values = _typed(values)
    if isinstance(values, np.ndarray):
        if values.ndim != 1:
            return None
        if values.dtype.kind in "biuf":
            return values
        if values.dtype.kind == "M":  # pandas wraps datetime64 in a DatetimeArray
            if np.datetime_data(values.dtype)[0] in _UNITS:  # already valid: wrap, not check
                return DatetimeArray._simple_new(values, dtype=values.dtype)
            return pd.array(values)
        return None
    if isinstance(values, ExtensionArray):
        return values
    return None


class _Layout(NamedTuple):
    """How the columns of one set of names and kinds become a frame (computed once per set)."""

    index: pd.Index  # the column index: each frame gets a view of it (its own name, same data)
    # (block type, placement, numpy dtype or None for a string column, column positions)
    blocks: tuple[tuple[type, object, np.dtype | None, tuple[int, ...]], ...] | None
    texts: tuple[int, ...]  # the columns given as lists of ``str``


@lru_cache(maxsize=256)
def _layout(names: tuple[str, ...], kinds: tuple[object, ...]) -> _Layout | None:
    """The blocks pandas' ``_form_blocks`` makes of columns of these kinds (consolidating),
    or ``blocks=None`` when a column is of a kind they are not made for here (numbers,
    booleans and datetime64 stacked per dtype, in order of first appearance; each column of
    the string dtype a block of its own, grouped with the other columns of that dtype object);
    None when the names are not distinct strings (the constructor's own path then)."""
    if not all(type(c) is str for c in names) or len(set(names)) != len(names):
        return None
    index = pd.Index(list(names))
    texts = tuple(i for i, kind in enumerate(kinds) if kind is _TEXT)
    groups: dict[object, list[int]] = {}
    for i, kind in enumerate(kinds):
        groups.setdefault(_TEXT if kind is _TEXT_ARRAY else kind, []).append(i)
    blocks = []
    for positions in groups.values():
        kind = kinds[positions[0]]
        if isinstance(kind, np.dtype) and kind.kind in "biufM":
            blocks.append((get_block_type(kind), BlockPlacement(tuple(positions)), kind,
                           tuple(positions)))
        elif kind is _TEXT or kind is _TEXT_ARRAY:
            blocks.extend((get_block_type(STRING), BlockPlacement(i), None, (i,))
                          for i in positions)
        else:
            return _Layout(index, None, texts)
    return _Layout(index, tuple(blocks), texts)


def _string_arrays(lists: list[list[str]], n: int) -> list | None:
    """Lists of ``n`` strings as arrays of :data:`STRING`: one pyarrow array of them all,
    sliced (without copying) per list; None when pyarrow refuses one (e.g. a lone surrogate)
    or pandas lacks what this needs."""
    template = _string_template() if _ARROW_STRINGS else None
    if template is None:
        return None
    try:
        whole = pa.array(list(chain.from_iterable(lists)), type=pa.large_string())
    except (pa.ArrowException, UnicodeError):
        return None  # each list on its own, as before: pandas raises its own error
    whole = pa.chunked_array([whole])  # its slices are what an ArrowStringArray holds
    make = template._from_pyarrow_array
    return [make(whole.slice(at, n)) for at in range(0, n * len(lists), n)]


def _kind(values: object) -> tuple[object, object]:
    """A column's kind (the numpy dtype it will have, :data:`_TEXT` for a list of ``str``,
    :data:`_TEXT_ARRAY` for an array of :data:`STRING`; None when not certain) and what its
    array is made from (the list for strings and numbers, else an array)."""
    if isinstance(values, list):
        kinds = set(map(type, values))
        if len(kinds) == 1:
            kind = kinds.pop()
            if kind is str:
                return _TEXT, values
            if kind is float:
                return _FLOAT64, values
            if kind is bool:
                return _BOOL, values
            if kind is int and _INT64_MIN <= min(values) and max(values) <= _INT64_MAX:
                return _INT64, values
        return None, values
    array = _column_array(values)
    if array is None:
        return None, values
    dtype = array.dtype
    if isinstance(dtype, np.dtype):
        if isinstance(array, DatetimeArray):  # stacked as numpy values, wrapped in the block
            return dtype, array._ndarray
        return dtype, array
    return (_TEXT_ARRAY if dtype is STRING else None), array


def _fast_frame(columns: dict[str, list]) -> pd.DataFrame | None:
    """:func:`frame` from a cached :func:`_layout`, or None when the columns are not of the
    kinds it is made for (or pyarrow refuses a text): the general path then."""
    kinds, sources = zip(*map(_kind, columns.values()), strict=True)
    if any(k is None for k in kinds):  # (not ``None in kinds``: float64 == None for numpy)
        return None
    n = len(sources[0])
    if len(set(map(len, sources))) != 1:
        return None
    layout = _layout(tuple(columns), kinds)
    if layout is None or layout.blocks is None:
        return None
    if layout.texts:
        arrays = _string_arrays([sources[i] for i in layout.texts], n)
        if arrays is None:
            return None
        sources = list(sources)
        for i, arr in zip(layout.texts, arrays, strict=True):
            sources[i] = arr
    blocks = []
    for block_type, placement, dtype, positions in layout.blocks:
        if dtype is None:  # a string column: its array as it is
            blocks.append(block_type(sources[positions[0]], placement=placement, ndim=2))
            continue
        # pandas' _stack_arrays: one 2-D array (lists converted in one step)
        stacked = np.array([sources[i] for i in positions], dtype=dtype)
        if dtype.kind == "M":  # a valid unit already (_column_array): wrapped, not checked
            stacked = DatetimeArray._simple_new(stacked, dtype=dtype)
        blocks.append(block_type(stacked, placement=placement, ndim=2))
    mgr = BlockManager(blocks, [layout.index._view(), _range_index(n)], verify_integrity=False)
    # consolidated by construction (one block per numpy dtype; an extension block never
    # consolidates): noted as pandas' own check would note it
    mgr._is_consolidated = mgr._known_consolidated = True
    return _FROM_MGR(mgr, axes=mgr.axes)


def _range_index(n: int) -> pd.RangeIndex:
    """``pd.RangeIndex(n)`` without the constructor's argument checks."""
    return _RANGE_NEW(range(n)) if _RANGE_NEW is not None else pd.RangeIndex(n)


def frame(columns: dict[str, list]) -> pd.DataFrame:
    """``pd.DataFrame(columns, columns=list(columns))`` for columns of one length, built faster.

    Lists whose dtype is certain are converted first (see the module docstring); columns that
    are already arrays are passed on. The dict's order is the column order. When every column
    is then an array pandas would keep as it is (numbers, booleans, the string dtype,
    datetime64), the frame is assembled from them directly: its blocks formed here as pandas
    forms them (:func:`_layout`, once per set of column names and dtypes), else by
    ``DataFrame._from_arrays`` (the constructor's own last step, skipping its per-column
    checks), with a view of a column index built once per set of names.
    """
    if not columns or not all(len(v) for v in columns.values()):
        return pd.DataFrame(columns, columns=list(columns))
    if _FROM_MGR is not None and (df := _fast_frame(columns)) is not None:
        return df
    arrays = [_column_array(v) for v in columns.values()]
    n = len(arrays[0]) if arrays[0] is not None else -1
    if _FROM_ARRAYS is not None and all(a is not None and len(a) == n for a in arrays):
        names = tuple(columns)
        if all(type(c) is str for c in names) and len(set(names)) == len(names):
            index = _column_index(names)._view()
            return _FROM_ARRAYS(arrays, columns=index, index=pd.RangeIndex(n),
                                verify_integrity=False)
    return pd.DataFrame({c: _typed(v) if isinstance(v, list) else v for c, v in columns.items()})


@lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(list(names))
