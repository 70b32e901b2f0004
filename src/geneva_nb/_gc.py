"""The cyclic garbage collector paused while one article's stage runs (issue 14's speed).

Owns :func:`collector_paused` and :func:`paused`. A stage of one article (attribution, tone by
side, time expressions, chronology) builds thousands of short-lived tracked objects (the
``Tok`` named tuples of an article, the rows of its tables). With the collector running, the
young-generation passes find them alive, promote them to the oldest generation, and every few
hundred articles that promotion sets off a full collection, which walks the whole heap of the
process (about 100,000 objects once pandas, NLTK and TextBlob are loaded; 50-100 ms each).
Nearly all of these objects are freed by reference counting when the stage returns, so the
stage runs with the collector paused and the objects die young, uncounted.

The pause is narrow and transient, unlike ``gc.freeze()``: nothing is frozen, the collector
is switched back on as soon as the stage returns (also when it raises), and a collector the
caller had switched off (``gc.disable()``) is left off and untouched. Cyclic garbage made
during one stage waits for the next collection after it (one article's worth). The collector's
switch is one flag for the whole process: a thread that switches it off while another thread
is inside a paused stage finds it on again when that stage returns.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the ``with`` body with the cyclic garbage collector off, then switch it back on,
    unless it was already off (the caller's choice, or an outer pause): then leave it alone."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def paused(fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """``fn(*args, **kwargs)`` inside :func:`collector_paused`. ``fn``'s own locals are freed
    when it returns, before the collector is back on, so they are never counted by it."""
    with collector_paused():
        return fn(*args, **kwargs)
