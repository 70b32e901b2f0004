"""Rules added to raise recall on real news (issue 11): one test per rule family.

Reported speech (default output): an inverted cue whose speaker carries an appositive to the
end of the sentence, speech nouns after a determiner, ', calling X “Y”', speech verbs in a
title-case headline, a cue inside a fronted subordinate clause, and a reporter's clause after
', and he ...'. With ``beliefs=True`` (PolNeAR's reading): source-less attributions ('seemed',
'is expected to'), the object in the content of 'called X “Y”', speech verbs with an object
('denied the allegations'), with a preposition ('warned of', 'spoke out against'), requests
('asked X to', 'asked for') and 'asked by X whether'. Texts invented for these tests; the
expected spans are worked out by hand."""

from __future__ import annotations

from attribution_helpers import attribute_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str, str]]:
    return attribute_rows(text, beliefs=beliefs)


# reported speech, default output


def test_inverted_cue_speaker_with_an_appositive_to_the_sentence_end():
    text = ("Rents will rise again next year, said Odile Marchetti, an economist at the Bank "
            "of Lyon.")
    assert _rows(text) == [("indirect", "Odile Marchetti", "said",
                            "Rents will rise again next year", "reported-cue-after")]
    df = gn.attribute(text)
    assert df.loc[0, "speaker"] == "Odile Marchetti"


def test_an_appositive_that_holds_a_quotation_is_no_speaker_description():
    # the words after the name are a quotation, not who she is: no inverted-cue statement
    text = 'Rents will rise, said Odile Marchetti, "and wages will not."'
    assert all(r[4] != "reported-cue-after" for r in _rows(text))


def test_speech_noun_after_a_determiner_is_no_cue():
    # 'remarks' is a noun here: the cue is 'said', the content follows 'that'
    assert _rows("Pia Lund said in her opening remarks that the port would reopen.") == [
        ("indirect", "Pia Lund", "said", "the port would reopen", "reported-cue-before")]


def test_calling_participle_names_the_subjects_quoted_phrase():
    text = "Mayor Tomas Brandt rejected the budget on Monday, calling it “a fantasy” and “cruel.”"
    # the quotation rule (participle-describe) takes the first quoted phrase and the list
    # rule (quote-listed) the one joined by 'and'; PolNeAR's reading holds the object and
    # every quoted phrase joined by 'and'
    assert _rows(text) == [
        ("partial", "Mayor Tomas Brandt", "calling", "“a fantasy”", "participle-describe"),
        ("partial", "Mayor Tomas Brandt", "calling", "“cruel.”", "quote-listed")]
    assert _rows(text, beliefs=True)[-1] == (
        "partial", "Mayor Tomas Brandt", "calling", "it “a fantasy” and “cruel.”",
        "participle-describe")
    assert _rows("Councillors were divided, with Councillor Ines Bauer calling the plan "
                 "“reckless.”") == [
        ("partial", "Councillor Ines Bauer", "calling", "the plan “reckless.”",
         "with-participle")]


def test_participle_after_a_comma_inside_the_closing_quote():
    # the comma sits inside the quotation marks: the main subject still speaks
    assert _rows("Mayor Brandt gave a defence of “harbour values,” saying the port had "
                 "never closed.") == [
        ("indirect", "Mayor Brandt", "saying", "the port had never closed",
         "participle-subject")]


def test_calling_without_a_quotation_is_no_statement():
    assert _rows("The mayor rejected the budget on Monday, calling a vote for Friday.") == []


def test_speech_verb_in_a_title_case_headline():
    assert _rows("Mayor Brandt Says Port Will Reopen In May") == [
        ("indirect", "Mayor Brandt", "Says", "Port Will Reopen In May", "reported-cue-before")]
    # in running prose a capitalised 'Tells' is part of a name
    assert _rows("She works at Tells Bakery in town.") == []


def test_cue_in_a_fronted_subordinate_clause_ends_at_the_clause():
    rows = _rows("Although Brandt said the port was safe, the harbour master said it was not.")
    assert rows[0] == ("indirect", "Brandt", "said", "the port was safe", "reported-cue-before")


def test_reporters_clause_after_and_he_ends_the_content():
    assert _rows("Brandt said the port was safe, and he praised the harbour staff.") == [
        ("indirect", "Brandt", "said", "the port was safe", "reported-cue-before")]


def test_plural_present_after_a_pronoun():
    assert _rows("They say the plan will fail.") == [
        ("indirect", "They", "say", "the plan will fail", "reported-cue-before")]
    assert _rows("It's an investment, they say, that would be repaid in three years.") == [
        ("indirect", "they", "say", "It's an investment", "reported-cue-inside"),
        ("indirect", "they", "say", "that would be repaid in three years",
         "reported-cue-inside")]
    # after 'to' or a modal the base form is no cue
    assert _rows("They declined to say whether the plan will fail.") == []


# beliefs=True: PolNeAR's reading


def test_sourceless_impression_and_expectation():
    # the subject is part of the content, as PolNeAR marks it (the cue sits inside)
    assert _rows("The harbour seemed calm on Tuesday.", beliefs=True) == [
        ("belief", "", "seemed", "The harbour seemed calm on Tuesday", "frame-sourceless")]
    assert _rows("Ferries are expected to resume service by Friday, the timetable shows.",
                 beliefs=True)[0] == (
        "belief", "", "expected", "Ferries are expected to resume service by Friday",
        "frame-sourceless")
    assert _rows("In May, the old ferries seemed ready to resume service.", beliefs=True)[0][3] \
        == "the old ferries seemed ready to resume service"
    df = gn.attribute("It appears that the talks have failed.", beliefs=True)
    assert df["content"].tolist() == ["the talks have failed"]
    # the empty mention sits at the cue; no speaker, no side
    assert df.loc[0, "mention_start"] == df.loc[0, "mention_end"] == df.loc[0, "cue_start"]
    assert df.loc[0, "speaker"] == ""
    assert df.loc[0, "side"] == "unknown"


def test_sourceless_rules_leave_other_senses_and_the_default_alone():
    assert _rows("She appeared on television.", beliefs=True) == []
    assert _rows("He appeared as a guest on the show.", beliefs=True) == []
    assert _rows("The harbour seemed calm on Tuesday.") == []


def test_describe_content_holds_the_object_only_with_beliefs():
    text = "Brandt called the budget “a fantasy”."
    assert _rows(text) == [("partial", "Brandt", "called", "“a fantasy”", "quote-describe")]
    assert _rows(text, beliefs=True) == [
        ("partial", "Brandt", "called", "the budget “a fantasy”", "quote-describe")]


def test_speech_verbs_with_an_object():
    assert _rows("The minister denied the allegations.", beliefs=True) == [
        ("indirect", "The minister", "denied", "the allegations", "frame-speech")]
    assert _rows("Mayor Dana Kell condemned the attack on the clinic.", beliefs=True) == [
        ("indirect", "Mayor Dana Kell", "condemned", "the attack on the clinic",
         "frame-speech")]
    assert _rows("The minister denied the allegations.") == []


def test_requests_and_speech_with_a_preposition():
    assert _rows("Governor Alma Reyes asked lawmakers to delay the vote.", beliefs=True) == [
        ("indirect", "Governor Alma Reyes", "asked", "lawmakers to delay the vote",
         "frame-demand")]
    assert _rows("The union asked for a pay rise of five percent.", beliefs=True) == [
        ("indirect", "The union", "asked", "a pay rise of five percent", "frame-demand")]
    assert _rows("Mayor Brandt warned of delays at the port.", beliefs=True) == [
        ("indirect", "Mayor Brandt", "warned", "delays at the port", "frame-speech")]
    # a particle between the verb and its preposition
    assert _rows("The senator spoke out against the plan.", beliefs=True) == [
        ("indirect", "The senator", "spoke", "the plan", "frame-speech")]
    # the project's convention counts none of them ('warned of' is a topic, no statement)
    assert _rows("Mayor Brandt warned of delays at the port.") == []


def test_asked_by_names_who_put_the_question():
    assert _rows("Asked by Senator Ruth Okoro whether the port would reopen, Brandt smiled.",
                 beliefs=True) == [
        ("indirect", "Senator Ruth Okoro", "Asked", "whether the port would reopen",
         "frame-speech")]
    assert _rows("Brandt was asked by Senator Ruth Okoro about the delays.", beliefs=True) == [
        ("indirect", "Senator Ruth Okoro", "asked", "the delays", "frame-speech")]


_PIECES = ["seemed", "appears", "is expected to", "Says", "calling", "“fine”", "said",
           "Although", "asked by", "whether", ",", ".", "and he", "Ana Ruiz", "the port",
           "denied", "her remarks", "reopen"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.booleans())
def test_rows_keep_the_contract_on_any_mix_of_the_new_cues(pieces, beliefs):
    text = " ".join(pieces)
    df = gn.attribute(text, beliefs=beliefs)
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content and r.content.strip()
        assert text[r.mention_start:r.mention_end] == r.mention
        assert text[r.cue_start:r.cue_end] == r.cue and r.cue
        # an empty mention only for a source-less attribution, and then no speaker
        assert (r.mention == "") == (r.rule.startswith("frame-sourceless"))
        if r.mention == "":
            assert r.speaker == "" and beliefs
