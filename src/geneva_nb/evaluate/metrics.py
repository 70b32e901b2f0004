"""Plain, dependency-free scoring functions shared by every evaluation.

Precision/recall/F1 from counts (with the counts kept, so reports can show them), span overlap
ratios as used for relaxed attribution matching (Pareti 2016; Vaucher et al. 2021 use overlap
thresholds on content spans), Pearson correlation, and macro-averaged F1 over classes.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import NamedTuple

__all__ = ["PRF", "char_overlap", "fragment_overlap", "macro_f1", "pearson", "prf"]


class PRF(NamedTuple):
    """Precision, recall and F1 with the counts they come from."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def prf(tp: int, fp: int, fn: int) -> PRF:
    """Precision, recall and F1 from true-positive, false-positive and false-negative counts.

    An empty denominator gives 0.0 (nothing predicted or nothing to find), never a division error.
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, tp, fp, fn)


def char_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two character spans as a share of the longer one (0.0 .. 1.0).

    ``char_overlap((0, 10), (5, 10)) == 0.5``: five shared characters out of ten.
    """
    return fragment_overlap([a], [b])


def fragment_overlap(
    a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]
) -> float:
    """Like :func:`char_overlap` for discontinuous spans (BRAT fragments): shared characters
    over the total length of the longer fragment set."""
    shared = sum(max(0, min(x1, y1) - max(x0, y0)) for x0, x1 in a for y0, y1 in b)
    longest = max(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return shared / longest if longest > 0 else 0.0


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's r of two equally long sequences; ``nan`` when either has no variance."""
    if len(x) != len(y):
        raise ValueError(f"pearson needs sequences of equal length, got {len(x)} and {len(y)}")
    n = len(x)
    if n < 2:
        return math.nan
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """Unweighted mean of per-class F1 over the classes that occur in ``gold`` or ``pred``."""
    if len(gold) != len(pred):
        raise ValueError(f"macro_f1 needs equally long lists, got {len(gold)} and {len(pred)}")
    classes = set(gold) | set(pred)
    if not classes:
        return 0.0
    scores = []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        scores.append(prf(tp, fp, fn).f1)
    return sum(scores) / len(scores)
