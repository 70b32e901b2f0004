"""Speakers and cues that the rules misread in PolNeAR train (issue 11, A2 round).

A plural noun after an adjective that opens an object ('The agency issued new rules, “…”')
is no speech verb (:func:`geneva_nb.attribution.document._verb_at`): before the fix 'rules'
was read as the cue of a statement by 'The agency issued new'. Invented texts; the expected
rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute
from hypothesis import given, settings
from hypothesis import strategies as st


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.mention, r.cue, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text).itertuples()]


# --- an adjective after a verb or a preposition, then an '-s' noun -----------------------

def test_issued_new_rules_is_no_cue():
    # 'rules' is the object's noun: no statement for the quotation after it; the reported
    # statement of the next sentence stays
    text = ("The agency issued new rules, “Drivers must stop at every crossing.” Ana Pike, its "
            "director, said the rules were overdue.")
    assert _rows(text) == [("Ana Pike, its director", "said", "the rules were overdue",
                            "reported-cue-before")]


def test_a_determiner_adjective_subject_still_speaks():
    # 'The chief executive says': 'chief' follows a determiner, not a verb; 'says' is the cue
    text = "The chief executive says the plant will close."
    assert _rows(text) == [("The chief executive", "says", "the plant will close",
                            "reported-cue-before")]


@settings(max_examples=25, deadline=None)
@given(adjective=st.sampled_from(["new", "strict", "harsh", "final", "strong"]),
       verb=st.sampled_from(["issued", "published", "with"]),
       noun=st.sampled_from(["rules", "claims", "remarks", "notes", "statements"]))
def test_an_adjective_object_noun_is_never_a_cue(adjective: str, verb: str, noun: str):
    text = f"The council {verb} {adjective} {noun}, “Everyone must leave the square by noon.”"
    assert all(cue != noun for _, cue, _, _ in _rows(text))
