"""Small result frames built fast, with exactly the dtypes pandas would infer.

Every stage returns a DataFrame of a dozen rows per article, and pandas spends longer inferring
the dtype of each column from a Python list than the stage spends on some of its work. When a
column's values are all of one plain type the inferred dtype is certain, so it is given up front:
only ``str`` -> pandas' default string dtype, only ``bool`` -> ``bool``, only ``int`` (within
int64) -> ``int64``, only ``float`` -> ``float64``. Any other column (missing values, mixed types,
datetimes) is left to pandas as before, so the frame is the one ``pd.DataFrame(columns)`` builds.

When every column is such an array, the frame is assembled from them directly
(``DataFrame._from_arrays`` without re-checking them): the arrays are new, of one length and of
final dtypes, which is what ``pd.DataFrame(columns)`` checks and copies them to ensure (three
quarters of its time on a frame of a dozen rows).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

__all__ = ["STRING", "frame", "string_array"]

#: pandas' default string dtype: what it infers for a list of ``str``
STRING = pd.StringDtype(na_value=np.nan)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _arrow_strings():
    """``(pyarrow, ArrowStringArray)`` when pandas' default strings are stored by pyarrow."""
    if STRING.storage != "pyarrow":  # pragma: no cover - pandas without pyarrow
        return None
    import pyarrow as pa
    from pandas.arrays import ArrowStringArray

    return pa, ArrowStringArray


_ARROW = _arrow_strings()


def string_array(values: list[str]) -> object:
    """``pd.array(values, dtype=STRING)`` for a list of ``str`` only: the same array (one chunk
    of pyarrow ``large_string``), built without pandas' per-element checks."""
    if _ARROW is None:  # pragma: no cover - pandas without pyarrow
        return pd.array(values, dtype=STRING)
    pa, arrow_string_array = _ARROW
    return arrow_string_array(pa.chunked_array([pa.array(values, type=pa.large_string())]),
                              dtype=STRING)


@lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """``pd.Index(list(names))``, built once per set of column names (a stage's frames all have
    the same columns); each frame gets its own view of it, so renaming one renames no other."""
    return pd.Index(list(names))


def _typed(values: list) -> object:
    """``values`` as an array of the dtype pandas infers for it, when that is certain."""
    kinds = set(map(type, values))
    if len(kinds) != 1:
        return values
    kind = kinds.pop()
    if kind is str:
        return string_array(values)
    if kind is float:
        return np.array(values, dtype=np.float64)
    if kind is bool:
        return np.array(values, dtype=bool)
    if kind is int and _INT64_MIN <= min(values) and max(values) <= _INT64_MAX:
        return np.array(values, dtype=np.int64)
    return values


def frame(columns: dict[str, list]) -> pd.DataFrame:
    """``pd.DataFrame(columns, columns=list(columns))`` for columns of one length, built faster.

    Lists whose dtype is certain are converted first (see the module docstring); columns that
    are already arrays are passed on (pandas copies them; so does this). The dict's order is
    the column order.
    """
    if not columns or not all(len(v) for v in columns.values()):
        return pd.DataFrame(columns, columns=list(columns))
    arrays = {c: _typed(v) if isinstance(v, list) else v for c, v in columns.items()}
    if any(isinstance(v, list) for v in arrays.values()):
        return pd.DataFrame(arrays)
    n = len(next(iter(arrays.values())))
    if any(len(v) != n for v in arrays.values()):
        return pd.DataFrame(arrays)  # pandas' own error
    if _FROM_ARRAYS is None:  # pragma: no cover - a pandas without the private constructor
        return pd.DataFrame(arrays)
    # arrays made here from lists are new; arrays passed in are copied, as pandas does
    fresh = [v if isinstance(columns[c], list) else v.copy() for c, v in arrays.items()]
    return _FROM_ARRAYS(fresh, columns=_column_index(tuple(arrays))._view(),
                        index=pd.RangeIndex(n), verify_integrity=False)


#: pandas' own constructor from column arrays (private: ``pd.DataFrame(columns)`` if it goes)
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
