"""Small result frames built fast, with exactly the dtypes pandas would infer.

Every stage returns a DataFrame of a dozen rows per article, and pandas spends longer inferring
the dtype of each column from a Python list than the stage spends on some of its work. When a
column's values are all of one plain type the inferred dtype is certain, so it is given up front:
only ``str`` -> pandas' default string dtype, only ``bool`` -> ``bool``, only ``int`` (within
int64) -> ``int64``, only ``float`` -> ``float64``. Any other column (missing values, mixed types)
is left to pandas as before, so the frame is the one ``pd.DataFrame(columns)`` builds. When every
column is then an array pandas keeps as it is, the frame is assembled from the arrays directly
(the constructor's per-column checks and the column index it rebuilds cost as much again):
its blocks are formed here as pandas' ``_form_blocks`` forms them (the numpy columns of one dtype
stacked in one block, each string column a block of its own, in the order pandas uses), which
skips the generic steps ``DataFrame._from_arrays`` takes for any input; a pandas without the
internals this needs (or a column of another kind) takes ``_from_arrays`` as before.
"""

from __future__ import annotations

from functools import lru_cache

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

__all__ = ["STRING", "frame"]

#: pandas' default string dtype: what it infers for a list of ``str``
STRING = pd.StringDtype(na_value=np.nan)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
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


@lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(list(names))


def _blocks(arrays: list, n: int) -> list | None:
    """The blocks pandas' ``_form_blocks`` makes of ``arrays`` (consolidating), or None when a
    column is of a kind it is not made for here (numbers, booleans and datetime64 stacked per
    dtype, in order of first appearance; each 1-D extension array, the string dtype, a block of
    its own, grouped with the other columns of the same dtype object)."""
    groups: dict[object, list[tuple[int, object]]] = {}
    for i, arr in enumerate(arrays):
        dtype = arr.dtype
        key = dtype if isinstance(dtype, np.dtype) else id(dtype)
        group = groups.get(key)
        if group is None:
            groups[key] = [(i, arr)]
        else:
            group.append((i, arr))
    blocks = []
    for group in groups.values():
        dtype = group[0][1].dtype
        block_type = get_block_type(dtype)
        if isinstance(dtype, np.dtype):
            if dtype.kind not in "biufM":
                return None
            stacked = np.empty((len(group), n), dtype=dtype)  # pandas' _stack_arrays
            for row, (_i, arr) in enumerate(group):
                stacked[row] = arr
            if dtype.kind == "M":  # a valid unit already (_column_array): wrapped, not checked
                stacked = DatetimeArray._simple_new(stacked, dtype=dtype)
            placement = BlockPlacement(tuple(i for i, _arr in group))
            blocks.append(block_type(stacked, placement=placement, ndim=2))
        elif dtype is STRING:
            blocks.extend(block_type(arr, placement=BlockPlacement(i), ndim=2)
                          for i, arr in group)
        else:
            return None
    return blocks


def frame(columns: dict[str, list]) -> pd.DataFrame:
    """``pd.DataFrame(columns, columns=list(columns))`` for columns of one length, built faster.

    Lists whose dtype is certain are converted first (see the module docstring); columns that
    are already arrays are passed on. The dict's order is the column order. When every column
    is then an array pandas would keep as it is (numbers, booleans, the string dtype,
    datetime64), the frame is assembled from them directly: its blocks formed here as pandas
    forms them (:func:`_blocks`), else by ``DataFrame._from_arrays`` (the constructor's own
    last step, skipping its per-column checks), with a copy of a column index built once per
    set of names.
    """
    if not columns or not all(len(v) for v in columns.values()):
        return pd.DataFrame(columns, columns=list(columns))
    arrays = [_column_array(v) for v in columns.values()]
    n = len(arrays[0]) if arrays[0] is not None else -1
    if _FROM_ARRAYS is not None and all(a is not None and len(a) == n for a in arrays):
        names = tuple(columns)
        if all(type(c) is str for c in names) and len(set(names)) == len(names):
            index = _column_index(names).copy()
            if _FROM_MGR is not None and (blocks := _blocks(arrays, n)) is not None:
                mgr = BlockManager(blocks, [index, pd.RangeIndex(n)], verify_integrity=False)
                mgr._consolidate_inplace()  # as pandas does: notes that it is consolidated
                return _FROM_MGR(mgr, axes=mgr.axes)
            return _FROM_ARRAYS(arrays, columns=index, index=pd.RangeIndex(n),
                                verify_integrity=False)
    return pd.DataFrame({c: _typed(v) if isinstance(v, list) else v for c, v in columns.items()})
