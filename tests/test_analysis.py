"""Analysis: one article's stages computed once, with the same results as the public functions."""

from __future__ import annotations

import pandas as pd
import pytest

import geneva_nb as gn
from geneva_nb import attribution, timex

TEXT = (
    "GENEVA, Jan. 10 — “The talks were difficult,” Ryabkov said on Monday. "
    "Sherman said the discussion was frank. The treaty draft was sent on 17 December."
)


def test_each_stage_runs_once_however_often_it_is_read(monkeypatch):
    calls = {"attribute": 0, "timexes": 0}
    real_attribute, real_timexes = attribution.attribute, timex.find_timexes

    def counting_attribute(*a, **k):
        calls["attribute"] += 1
        return real_attribute(*a, **k)

    def counting_timexes(*a, **k):
        calls["timexes"] += 1
        return real_timexes(*a, **k)

    monkeypatch.setattr(attribution, "attribute", counting_attribute)
    monkeypatch.setattr(timex, "find_timexes", counting_timexes)  # what every route runs
    a = gn.analyze(TEXT, dct="2022-01-10")
    for _ in range(2):
        a.tables()
        _ = a.statements, a.tone_by_side, a.statement_tone, a.chronology, a.timexes
    # tone_by_side and chronology read the cached stages instead of re-running them
    assert calls == {"attribute": 1, "timexes": 1}


def test_tables_equal_the_public_functions():
    a = gn.analyze(TEXT, dct="2022-01-10")
    pd.testing.assert_frame_equal(a.statements, gn.attribute(TEXT))
    pd.testing.assert_frame_equal(a.timexes, gn.timexes(TEXT, dct="2022-01-10"))
    pd.testing.assert_frame_equal(a.chronology, gn.chronology(TEXT, dct="2022-01-10"))
    pd.testing.assert_frame_equal(a.tone_by_side, gn.tone_by_side(TEXT))
    # two statements: Ryabkov (Russia) quoted, Sherman (US) reported
    assert sorted(a.statements["speaker"]) == ["Sergei Ryabkov", "Wendy Sherman"]
    assert set(a.tone_by_side["side"]) == {"Russia", "US"}
    # "17 December" before the document date of 10 January 2022 is December 2021
    assert "2021-12-17" in set(a.timexes["value"])


def test_tone_by_side_uses_the_statements_it_is_given():
    given = gn.attribute(TEXT).iloc[:1]  # only Ryabkov's statement
    out = gn.tone_by_side(TEXT, statements=given)
    assert out["side"].tolist() == ["Russia"]
    assert out["n"].tolist() == [1]


def test_bad_actors_argument_is_a_package_error():
    with pytest.raises(gn.errors.GenevaNbError, match="actors must be"):
        _ = gn.analyze(TEXT, actors=42).statements
