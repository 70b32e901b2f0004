"""Partial quotations in a labelled headline (issue 11, PolNeAR train, helper A1).

Rule family of :mod:`geneva_nb.attribution.quotations`: the article's headline 'Name: ‘Q’ rest'
is the named person's statement as a whole, so ``quote-colon-speaker`` runs its content on
past the quotation to the end of the headline, unless the rest has a cue of its own. Invented
texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BODY = "\n\nMaria Okafor, the mayor of Dunmore, spoke to reporters on Friday."


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str]]:
    return [(r.mention, r.cue, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text, beliefs=beliefs).itertuples()
            if r.content_start < text.index("\n")]


def test_headline_label_with_a_partial_quotation_owns_the_whole_headline():
    text = "Maria Okafor: ‘Of Course’ The Bridge Will Be Rebuilt." + BODY
    expected = [("Maria Okafor", ":", "‘Of Course’ The Bridge Will Be Rebuilt",
                 "quote-colon-speaker")]
    assert _rows(text) == expected
    assert _rows(text, beliefs=True) == expected


def test_headline_label_with_two_quotations_takes_both():
    text = "Maria Okafor: ‘Open Doors’ Make ‘A Stronger Town.’" + BODY
    assert _rows(text) == [("Maria Okafor", ":", "‘Open Doors’ Make ‘A Stronger Town.’",
                            "quote-colon-speaker")]


def test_headline_quotation_that_ends_the_headline_is_unchanged():
    text = "Maria Okafor: ‘We Will Rebuild The Bridge.’" + BODY
    assert _rows(text) == [("Maria Okafor", ":", "‘We Will Rebuild The Bridge.’",
                            "quote-colon-speaker")]


def test_headline_rest_with_a_cue_of_its_own_is_not_taken():
    text = "Maria Okafor: ‘Open Doors,’ Says Rival" + BODY
    assert [r[2] for r in _rows(text)] == ["‘Open Doors,’"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcdef ABC.,’‘", max_size=40))
def test_any_headline_rest_keeps_the_offsets_contract(rest: str):
    text = "Maria Okafor: ‘Of Course’ " + rest + BODY
    checked_attribute(text)
