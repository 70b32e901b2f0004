"""A quotation as the object of a speech-act verb (issue 11, PolNeAR train, helper P1).

Rule 11 of :mod:`geneva_nb.attribution.orphans`, branch ``quote-partial-subject``: 'Lee
offered “…”', 'the audience echoed “…”', ', offering “…”': the quoted words are what the
clause's subject (a named person or body, 'he' / 'she', or a group noun such as 'the audience')
offered, pledged or echoed. Titles, scare quotes after a naming word, nouns ('the promise of
“…”'), verbs outside ``[object_quote_verbs]`` and objects with more than function words before
the quotation are left alone. With ``beliefs=True`` rule 10's 'to' frame now reads an
infinitive that opens with a quotation mark ('pledged to “rebuild the bridge” before winter').
Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

import pytest
from attribution_helpers import attribute_rows, checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LEAD = "Dana Whitlock spoke at the memorial in Dunmore on Sunday. "


@pytest.mark.parametrize("beliefs", [False, True])
def test_named_subject_offers_the_quoted_words(beliefs: bool):
    text = LEAD + "Whitlock offered “my deepest sympathy to every family.”"
    assert attribute_rows(text, beliefs=beliefs) == [
        ("direct", "Whitlock", "offered", "“my deepest sympathy to every family.”",
         "quote-partial-subject")]


def test_a_body_offering_after_a_comma_speaks():
    text = ("The city council released a statement on Monday, offering “a full apology” to "
            "the families.")
    for beliefs in (False, True):
        assert attribute_rows(text, beliefs=beliefs) == [
            ("direct", "The city council", "offering", "“a full apology”",
             "quote-partial-subject")]


def test_the_audience_echoing_the_speaker_speaks():
    text = "The senator read the names aloud. The audience softly echoed “never again.”"
    assert attribute_rows(text, beliefs=False) == [
        ("direct", "The audience", "echoed", "“never again.”", "quote-partial-subject")]


def test_pronoun_subject_is_resolved_to_the_person_before():
    text = "Dana Whitlock spoke on Monday. She pledged to “rebuild the bridge” before winter."
    df = checked_attribute(text)
    assert df[["speaker", "cue", "content"]].values.tolist() == [
        ["Dana Whitlock", "pledged", "“rebuild the bridge”"]]
    assert df.loc[0, "rule"].startswith("quote-partial-subject")


def test_with_beliefs_the_commitment_frame_reads_the_quoted_infinitive():
    text = "Dana Whitlock spoke on Monday. She pledged to “rebuild the bridge” before winter."
    rows = [r for r in attribute_rows(text, beliefs=True) if r[2] == "pledged"]
    assert rows == [("indirect", "She", "pledged", "to “rebuild the bridge” before winter",
                     "frame-commitment")]


@pytest.mark.parametrize("sentence", [
    "Dana Whitlock promoted “Hidden Valley Stories” on Monday.",  # a title
    "Dana Whitlock offered a book titled “a quiet year in town.”",  # a naming word
    "Dana Whitlock ate “the best pie in town.”",  # no verb of a speech act
    "Voters doubted the promise of “a new bridge.”",  # a noun: whose promise?
    "The plan promised “lower taxes for all.”",  # a thing, not a person, body or group
    "Dana Whitlock promised to release a report “as soon as possible.”",  # not the object
    "Dana Whitlock offered “thanks.”",  # one word: a scare quote as often as speech
    # the infinitive's words go on past the quotation: the quotation is only part of them
    "Dana Whitlock vowed to “take the fight” to every county in the state.",
])
def test_no_statement_without_the_shape(sentence: str):
    assert not [r for r in attribute_rows(sentence, beliefs=False)
                if r[4] == "quote-partial-subject"]


def test_a_quotation_after_that_is_reported_speech_not_an_object():
    text = "Dana Whitlock declared that “real fans” stay to the end."
    assert attribute_rows(text, beliefs=False) == [
        ("indirect", "Dana Whitlock", "declared", "“real fans” stay to the end",
         "reported-cue-before")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abcdef ABC.,“”", max_size=40))
def test_any_object_keeps_the_offsets_contract(rest: str):
    checked_attribute(LEAD + "Whitlock offered “" + rest, beliefs=True)
