"""A speech verb far before its quotation, with one adverbial between (issue 11, item 4):
'Sen. Ann Lee said in an op-ed piece before a 2014 Senate hearing, “…”'.

Rule of :mod:`geneva_nb.attribution.quotations` (``_far_cue_before``): when the usual look-back
of eight tokens finds no cue, a speech verb up to twenty tokens back counts if all between
it and the comma before the quotation is one prepositional adverbial (no comma, finite verb,
quotation). Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text).itertuples()]


def test_a_long_adverbial_between_the_verb_and_the_quotation():
    text = ("Sen. Ann Lee said in a long op-ed piece before the 2019 Senate harbour hearing, "
            "“The port authority ignored every warning.”")
    assert _rows(text) == [("Ann Lee", "“The port authority ignored every warning.”",
                            "quote-cue-before")]


def test_a_clause_between_the_verb_and_the_quotation_is_no_adverbial():
    text = ("Sen. Ann Lee said the port authority left the city before the 2019 Senate "
            "harbour hearing, “The port authority ignored every warning.”")
    assert [r for r in _rows(text) if r[2] == "quote-cue-before"] == []
