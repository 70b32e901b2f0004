"""Cues before quotations that the rules missed in PolNeAR train (issue 11, third round).

Rule families of :mod:`geneva_nb.attribution.quotations`: an 'As X put it' clause before the
quotation (``quote-as-cue``); a speech verb several adverbials back before a whole quoted
sentence; chanting participles and their subjects; headline labels with a partial quotation;
dash speakers that must be names. Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.mention, r.cue, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text).itertuples()]


# --- 'As X put it, “…”' (quote-as-cue) ---------------------------------------------------

def test_as_clause_with_an_appositive_and_put_it():
    text = ("As Nora Blum, a professor of law at Tarnow and author of ''Quiet Courts,'' put "
            "it, ''Judges should hear both sides.''")
    assert _rows(text) == [("Nora Blum", "put it", "''Judges should hear both sides.''",
                            "quote-as-cue")]


def test_as_clause_with_an_auxiliary_and_an_adverbial():
    text = "As the columnist Ada Pike had written a year earlier, “The port will never close.”"
    assert _rows(text) == [("the columnist Ada Pike", "written", "“The port will never close.”",
                            "quote-as-cue")]


def test_as_clause_with_a_long_adverbial_and_a_colon():
    text = ("As the reporter Tim Vale noted after the council met in secret: “Nobody has seen "
            "the budget.”")
    assert _rows(text) == [("the reporter Tim Vale", "noted",
                            "“Nobody has seen the budget.”", "quote-as-cue")]


def test_an_as_clause_that_ends_before_the_main_clause_is_no_cue():
    # the 'as' clause has no speech verb; the main clause's subject speaks
    text = "As boos rose from the hall, the mayor says, “Please sit down.”"
    assert _rows(text) == [("the mayor", "says", "“Please sit down.”", "quote-cue-before")]


def test_as_a_result_is_no_speaker():
    text = "As a result, Ada Pike said, “We will sell the ferry.”"
    rows = _rows(text)
    assert [(m, c) for m, _, c, _ in rows] == [("Ada Pike", "“We will sell the ferry.”")]


# --- a speech verb, then adverbials and commas, then a whole sentence ---------------------

def test_a_speech_verb_several_adverbials_back():
    text = ("Ada Pike, 41, the owner of the ferry company, said on the radio on Friday, "
            "in answer to a caller, “We will run the ferry all winter.”")
    rows = _rows(text)
    assert len(rows) == 1
    mention, cue, content, rule = rows[0]
    assert (cue, content, rule) == ("said", "“We will run the ferry all winter.”",
                                    "quote-cue-before")
    assert mention.startswith("Ada Pike, 41, the owner")


def test_a_fragment_after_adverbials_is_no_quotation():
    # a short scare-quoted fragment after an adverbial with commas is not a statement
    text = "Ada Pike said on Friday, at the dock, “soon” twice."
    assert all(r.content != "“soon”" for r in gn.attribute(text).itertuples())


# --- chanting participles ----------------------------------------------------------------

def test_with_a_subject_chanting_two_quotations():
    text = ('The square was full, with students and teachers chanting "Fund our schools" and '
            '"Pay the staff."')
    assert _rows(text) == [
        ("students and teachers", "chanting", '"Fund our schools"', "with-participle"),
        ("students and teachers", "chanting", '"Pay the staff."', "quote-listed"),
    ]


def test_a_chanting_participle_after_a_relative_clause():
    # the chanters are the subject of the nearest verb, not the main clause's subject
    text = ("The mayor spoke near the harbour, where about 80 dock workers had gathered on "
            'Monday, chanting "no deal, no ships" at the gates.')
    assert _rows(text) == [("80 dock workers", "chanting", '"no deal, no ships"',
                            "participle-subject")]


def test_a_shouting_participle_after_a_when_clause():
    text = ("The trouble began at the college, when two hecklers interrupted the talk, "
            "shouting “go home, go home!”")
    rows = _rows(text)
    assert [(m, c) for m, _, c, _ in rows] == [("two hecklers", "“go home, go home!”")]


def test_a_heckler_after_as_yelled_with_a_colon():
    text = 'Pike smiled as the heckler yelled: "You lost!"'
    assert _rows(text) == [("the heckler", "yelled", '"You lost!"', "quote-cue-before")]


def test_the_phrase_opens_at_its_determiner():
    text = ('He read the verdict, at which point the crowd chanted "Guilty!" for a minute.')
    assert [(m, c) for m, _, c, _ in _rows(text)] == [("the crowd", '"Guilty!"')]


# --- headline labels and dash speakers ---------------------------------------------------

def test_a_headline_label_with_a_partial_quotation():
    text = "Ada Pike: ‘Not A Bad Idea’ To Sell The Ferry\n\nThe owner spoke on Friday."
    # the label owns the whole headline (tests/test_attribution_partial2.py)
    assert _rows(text) == [("Ada Pike", ":", "‘Not A Bad Idea’ To Sell The Ferry",
                            "quote-colon-speaker")]


def test_a_headline_label_on_a_topic():
    text = "Pike on Ferry Sale: ‘We Had No Choice.’\n\nThe owner spoke on Friday."
    assert _rows(text) == [("Pike", ":", "‘We Had No Choice.’", "quote-colon-speaker")]


def test_a_headline_label_without_a_name_is_no_speaker():
    assert gn.attribute("Latest Figures: ‘Growth’ Returns To Tarnow\n\nThe town grew.").empty


def test_a_dash_and_a_nationality_is_no_speaker():
    text = "The sailors waved as their friends jeered, ''Do svidaniya!'' - Russian for goodbye."
    assert _rows(text) == [("their friends", "jeered", "''Do svidaniya!''", "quote-cue-before")]


def test_a_dash_speaker_on_the_last_line_of_a_paragraph():
    text = "“We will open the port.” - Ada Pike\n\nThe port opened on Monday."
    assert _rows(text) == [("Ada Pike", "-", "“We will open the port.”", "quote-dash-speaker")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("As put it,: “”'-  Lee said on Friday.Ab")),
               max_size=80))
def test_arbitrary_text_keeps_the_offsets_contract(text: str):
    checked_attribute(text)


# --- quote verbs, statements after 'issued', a coordinated verb after a tag -----------------

def test_echoed_before_a_colon_in_the_previous_paragraph():
    text = "The hall was loud.\n\nA nurse, Ada Pike, echoed:\n\n“The ward needs more staff.”"
    rows = _rows(text)
    assert [(c, content) for _, c, content, _ in rows] == [
        ("echoed", "“The ward needs more staff.”")]
    assert rows[0][0].startswith("A nurse")


def test_issued_a_statement_before_a_comma():
    text = "On Monday, Ada Pike issued a statement, “The ferry will run again in May.”"
    assert _rows(text) == [("Ada Pike", "issued", "“The ferry will run again in May.”",
                            "quote-cue-before")]


def test_issued_new_rules_before_a_title_is_no_quotation_cue():
    text = "The agency issued new rules, “Safety First,” on Monday."
    assert all(r.cue != "issued" for r in gn.attribute(text).itertuples())


def test_a_verb_coordinated_with_a_tag_takes_its_speaker():
    text = ("“We will do fine,” Pike said at a news conference, and then predicted: “We will "
            "win the county.”")
    df = checked_attribute(text)
    assert list(df["cue"]) == ["said", "predicted"]
    assert list(df["mention"]) == ["Pike", "Pike"]
