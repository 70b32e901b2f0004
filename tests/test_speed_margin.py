"""The collector pause of one article's stages (S1, eleventh session; :mod:`geneva_nb._gc`).

A user relies on three things: the process's garbage collector is as they left it after any
call (on again after a stage, still off if they had switched it off, also when a stage
raises); the results do not depend on the collector's state; and, the point of the pause, no
collection runs inside a stage however many objects it makes (counted with ``gc.callbacks``
and the lowest thresholds, so no clock is read).
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator

import pytest

import geneva_nb as gn
from geneva_nb import _gc
from geneva_nb.errors import InputError

# an invented article: quotations, reported speech, dates, and enough words to make
# thousands of tracked objects per stage when repeated
PARAGRAPH = (
    "“The bridge will open in May,” said Mayor Lena Ortiz on Tuesday. Her rival, council "
    "member Omar Haddad, said the city had wasted two years. “We warned them in 2019,” Haddad "
    "added. Ortiz told reporters that the budget was fine and that the work would end by June 3."
)
ARTICLE = "\n\n".join([PARAGRAPH] * 12)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.fixture
def collector_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


def tables(text: str) -> dict[str, list]:
    t = gn.analyze(gn.load_article(text, published="2020-05-01")).tables()
    return {k: [list(map(repr, row)) for row in df.itertuples(index=False)]
            for k, df in t.items()}


def test_the_collector_is_on_again_after_every_stage(collector_on) -> None:
    gn.attribute(ARTICLE)
    assert gc.isenabled()
    gn.attribute(ARTICLE, beliefs=True)
    assert gc.isenabled()
    tables(ARTICLE)
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off(collector_off) -> None:
    gn.attribute(ARTICLE)
    tables(ARTICLE)
    assert not gc.isenabled()


def test_the_collector_is_restored_when_a_stage_raises(collector_on) -> None:
    def stage() -> None:
        assert not gc.isenabled()  # paused inside
        raise InputError("a stage that fails")

    with pytest.raises(InputError):
        _gc.paused(stage)
    assert gc.isenabled()
    with pytest.raises(InputError):
        gn.attribute(12345)  # the public call's own error
    assert gc.isenabled()


def test_results_do_not_depend_on_the_collector() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        on = tables(ARTICLE)
        gc.disable()
        off = tables(ARTICLE)
    finally:
        (gc.enable if was else gc.disable)()
    assert on == off
    speakers = [row[2] for row in on["statements"][:3]]  # reprs of the speaker column
    assert speakers == ["'Lena Ortiz'", "'Omar Haddad'", "'Omar Haddad'"]


def test_no_collection_runs_inside_a_stage(collector_on) -> None:
    """With the lowest thresholds a collection would start at nearly every allocation; none
    starts while a stage's own function is on the stack, and collections run again between
    stages (so the collector is really back on)."""
    from geneva_nb.attribution import _statements

    module = importlib.import_module  # gn.tone and gn.chronology are functions, not modules
    stages = {_statements.__code__, module("geneva_nb.tone").tone_by_side.__code__,
              module("geneva_nb.timex").timex_table.__code__,
              module("geneva_nb.chronology").timeline.__code__}
    inside: list[str] = []
    outside: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase != "start":
            return
        f = sys._getframe(1)
        while f is not None:
            if f.f_code in stages:
                inside.append(f.f_code.co_name)
                return
            f = f.f_back
        outside.append(info["generation"])

    art = gn.load_article(ARTICLE, published="2020-05-01")
    thresholds = gc.get_threshold()
    gc.collect()
    gc.callbacks.append(count)
    gc.set_threshold(1, 1, 1)
    try:
        gn.analyze(art).tables()
        [[] for _ in range(10)]  # tracked objects made after the stages
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(count)
    assert inside == []
    assert outside
