"""Small result frames built fast, with exactly the dtypes pandas would infer.

Every stage returns a DataFrame of a dozen rows per article, and pandas spends longer inferring
the dtype of each column from a Python list than the stage spends on some of its work. When a
column's values are all of one plain type the inferred dtype is certain, so it is given up front:
only ``str`` -> pandas' default string dtype, only ``bool`` -> ``bool``, only ``int`` (within
int64) -> ``int64``, only ``float`` -> ``float64``. Any other column (missing values, mixed types,
datetimes) is left to pandas as before, so the frame is the one ``pd.DataFrame(columns)`` builds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["STRING", "frame"]

#: pandas' default string dtype: what it infers for a list of ``str``
STRING = pd.StringDtype(na_value=np.nan)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _typed(values: list) -> object:
    """``values`` as an array of the dtype pandas infers for it, when that is certain."""
    kinds = set(map(type, values))
    if len(kinds) != 1:
        return values
    kind = kinds.pop()
    if kind is str:
        return pd.array(values, dtype=STRING)
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
    are already arrays are passed on. The dict's order is the column order.
    """
    if not columns or not all(len(v) for v in columns.values()):
        return pd.DataFrame(columns, columns=list(columns))
    return pd.DataFrame({c: _typed(v) if isinstance(v, list) else v for c, v in columns.items()})
