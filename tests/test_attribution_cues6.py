"""Quotations whose source is named away from a speech verb (issue 11, tenth session, P2).

Rule families of :mod:`geneva_nb.attribution.leads` and the words they read: 'in the words of
X, “…”' / 'in X's words, “…”' (``quote-in-words``); a noun of speech before a colon
(``quote-colon-noun``, ``[colon_nouns]``); a colon clause after ', but' when the clause
before holds a quotation (``quote-colon-subject``); 'now' between a speaker and the verb
after a quotation; 'recommended' beside a quotation. Invented texts; the expected rows are
read off by hand.
"""

from __future__ import annotations

import pytest
from attribution_helpers import attribute_rows, checked_attribute


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return attribute_rows(text, beliefs=False)


# --- 'in the words of X, “…”' / 'in X's words, “…”' (quote-in-words) ----------------------

def test_in_the_words_of_a_description_names_a_partial_quotation():
    text = 'The old library was, in the words of a city official, "a jewel of the town."'
    assert _rows(text) == [("partial", "a city official", "in the words of",
                            '"a jewel of the town."', "quote-in-words")]


def test_in_a_possessive_name_words_gives_the_person_introduced_before():
    text = ("Mayor Ann Lee toured the site on Monday. The tower is, in Lee's words, "
            "“the ugliest building in the state.”")
    df = checked_attribute(text)
    row = df[df.rule.str.startswith("quote-in-words")].iloc[0]
    assert (row.mention, row.speaker, row.content) == (
        "Lee's", "Ann Lee", "“the ugliest building in the state.”")


def test_in_her_own_words_is_the_cue_and_her_the_speaker():
    text = ("Mayor Ann Lee toured the site on Monday. The tower is, in her own words, "
            "“the ugliest building in the state.”")
    df = checked_attribute(text)
    row = df[df.rule.str.startswith("quote-in-words")].iloc[0]
    assert (row.mention, row.cue, row.speaker) == ("her", "in her own words", "Ann Lee")


def test_a_whole_quoted_sentence_after_in_the_words_of_is_direct():
    text = 'In the words of the mayor, "We will rebuild the bridge."'
    assert _rows(text) == [("direct", "the mayor", "In the words of",
                            '"We will rebuild the bridge."', "quote-in-words")]


def test_words_without_a_possessor_name_no_one():
    # 'in other words' and 'in a few words' name no speaker
    assert _rows('The plan is, in other words, "a dead letter."') == []
    assert _rows('The plan is, in a few words, "a dead letter."') == []


# --- a noun of speech before a colon (quote-colon-noun) ------------------------------------

def test_message_before_a_colon_gives_the_main_subject_after_an_opening_clause():
    text = ("Ever since she won the primary, Ms. Park has been a busy ally, visiting the "
            "offices in Dover to encourage volunteers with a simple message: "
            "\"Don't give up now!\"")
    assert _rows(text) == [("direct", "Ms. Park", "message", "\"Don't give up now!\"",
                            "quote-colon-noun")]


def test_a_noun_of_speech_needs_a_speaking_subject():
    # 'there is a threat ...': no subject speaks; a quotation that does not end the sentence
    # is no whole statement either
    assert _rows("Each election, there is a threat many people make: "
                 "\"If he wins, I'm moving away!\"") == []


def test_a_noun_that_names_no_speech_is_no_cue():
    rows = _rows('The mayor unveiled a new sign: "Welcome to Dover."')
    assert all(r[4] != "quote-colon-noun" for r in rows)


# --- a colon clause after ', but' (quote-colon-subject) ------------------------------------

def test_colon_clause_after_but_when_the_clause_before_holds_a_quotation():
    text = ('Mayor Ann Lee said the budget was "a disaster," but she gave the council a '
            'grudging compliment: "You finally read the numbers."')
    rows = _rows(text)
    assert ("direct", "she", ":", '"You finally read the numbers."',
            "quote-colon-subject") in rows
    assert checked_attribute(text).speaker.tolist() == ["Ann Lee", "Ann Lee"]


# --- the verb after a quotation: 'now', 'recommended' ---------------------------------------

def test_now_between_the_speaker_and_the_verb_after_a_quotation():
    text = 'Mayor Ann Lee has changed her mind. "This is your city," she now says.'
    df = checked_attribute(text)
    assert df[["mention", "cue", "content", "speaker"]].values.tolist() == [
        ["she", "says", '"This is your city,"', "Ann Lee"]]


def test_now_is_not_part_of_the_speaker_mention():
    text = "Ann Kaine now says the plan will pass."
    assert _rows(text) == [("indirect", "Ann Kaine", "says", "the plan will pass",
                            "reported-cue-before")]


def test_recommended_beside_a_quotation_is_a_cue():
    text = ("The Dover Business Council opposed the tax. \"Keep the tax at the current "
            "level,\" it recommended.")
    df = checked_attribute(text)
    row = df[df.cue == "recommended"].iloc[0]
    assert (row.kind, row.mention, row.content) == (
        "direct", "it", "\"Keep the tax at the current level,\"")


# --- a speech verb in a relative clause before the quotation (quote-relative-cue) ---------

def test_which_notes_gives_the_document_before_the_comma():
    text = ("Lee's press release linked to the city report, which notes, “More than half of "
            "the roads need repair.”")
    assert _rows(text) == [("direct", "the city report", "notes",
                            "“More than half of the roads need repair.”", "quote-relative-cue")]


def test_a_relative_clause_after_a_thing_that_cannot_speak_is_no_cue():
    text = "She walked to the old bridge, which reads, “Built in 1901 by the town.”"
    assert all(r[4] != "quote-relative-cue" for r in _rows(text))


# --- the subject of a coordinated speech verb ('..., he laughed and said, “…”') ------------

def test_a_pronoun_clause_after_a_comma_gives_the_coordinated_verb_its_subject():
    text = ("When Tom Reed, the mayor's campaign manager, was asked at a lunch if the mayor "
            "would hold a press conference, he laughed and said, “We’ll see.”")
    df = checked_attribute(text)
    assert df[["mention", "cue", "content", "speaker"]].values.tolist() == [
        ["he", "said", "“We’ll see.”", "Tom Reed"]]


def test_a_pronoun_clause_after_a_subordinator_gives_the_coordinated_verb_its_subject():
    text = ("Mrs. Ann Lee drew cheers as she thanked her home state and then boomed, “Today, "
            "you proved once again that we can win.”")
    df = checked_attribute(text)
    assert df[["mention", "cue", "speaker"]].values.tolist() == [["she", "boomed", "Ann Lee"]]


def test_a_pronoun_after_a_speech_verb_is_not_the_coordinated_subject():
    text = "Mayor Ann Lee said she would win and added, “Nobody can stop us now.”"
    df = checked_attribute(text)
    row = df[df.cue == "added"].iloc[0]
    assert (row.mention, row.speaker) == ("Mayor Ann Lee", "Ann Lee")


# --- display nouns with a participle of speech ('signs saying, “…”') -----------------------

def test_signs_saying_speak_the_quotation():
    text = 'Workers gathered at the gate with signs saying, "Merger today, ruin tomorrow."'
    df = checked_attribute(text)
    assert df[["mention", "cue", "content"]].values.tolist() == [
        ["signs", "saying", '"Merger today, ruin tomorrow."']]


def test_banners_held_by_a_group_give_the_holders():
    text = "In a riff on the slogan, the protesters will hold banners proclaiming: “Stop the tax!”"
    df = checked_attribute(text)
    assert df[["mention", "cue", "content"]].values.tolist() == [
        ["the protesters", "proclaiming", "“Stop the tax!”"]]


def test_an_ad_asking_is_the_ad():
    text = ('Lee tried to tie Park to the governor, with one of her ads asking, "Is Park '
            'independent enough to serve?"')
    df = checked_attribute(text)
    assert df[["mention", "cue"]].values.tolist() == [["her ads", "asking"]]


# --- 'with X saying, “…”' (with-participle) -------------------------------------------------

def test_with_a_name_and_a_participle_the_name_speaks():
    text = "Republicans piled on, with Senator Tom Park saying, “This is a disaster for the city.”"
    assert _rows(text) == [("direct", "Senator Tom Park", "saying",
                            "“This is a disaster for the city.”", "with-participle")]


def test_with_a_chain_of_participles_the_first_subject_speaks():
    text = ('Republicans piled on, with Tom Park tweeting that it was a "disaster" for the '
            'city and asking, "How can someone with such bad judgment lead us?"')
    df = checked_attribute(text)
    row = df[df.cue == "asking"].iloc[0]
    assert (row.mention, row.speaker, row.rule.split(":")[0]) == (
        "Tom Park", "Tom Park", "with-participle")


def test_with_before_the_comma_is_no_absolute_clause():
    # 'ended the meeting with a joke, saying': the comma closes the phrase; the subject speaks
    text = 'The mayor ended the meeting with a joke, saying, "We will all need coffee."'
    assert _rows(text) == [("direct", "The mayor", "saying", '"We will all need coffee."',
                            "participle-subject")]


# --- what a recording lets one hear or see (quote-heard) -----------------------------------

def test_a_voter_can_be_heard_shouting_after_the_quotation():
    text = ("The Dover Times has the tape: “Go home, we do not want the tax!” a voter can be "
            "heard shouting at Lee after an event in Dover.")
    assert _rows(text) == [("direct", "a voter", "can be heard shouting",
                            "“Go home, we do not want the tax!”", "quote-heard")]


def test_a_reporter_heard_asking_puts_a_question_not_a_statement():
    text = ("The Dover Times has proof: “Should there be a tax on every car in this town?” "
            "a reporter can be heard asking Lee after an event in Dover.")
    assert all(r[4] != "quote-heard" for r in _rows(text))


def test_a_speaker_with_a_relative_appositive_is_shown_lecturing():
    text = ("Before the mayor's part of the video, the cleric Omar Hadi, who was killed in a "
            "2011 drone strike, is shown lecturing: \"Take heed and learn from history.\"")
    df = checked_attribute(text)
    assert df[["cue", "speaker", "content"]].values.tolist() == [
        ["is shown lecturing", "Omar Hadi", "\"Take heed and learn from history.\""]]


def test_seen_walking_is_no_speech():
    text = 'The mayor was seen walking, "tired but happy," to the car.'
    assert all(r[4] != "quote-heard" for r in _rows(text))


# --- 'coined a new phrase, “…”' (quote-used-term) ------------------------------------------

def test_coined_a_new_phrase_gives_the_subject_the_words():
    text = "He has coined a new phrase, “undocumented voters,” to describe them."
    assert _rows(text) == [("partial", "He", "coined a new phrase", "“undocumented voters,”",
                            "quote-used-term")]


def test_used_the_words_in_a_when_clause():
    text = "When Ann Lee used the words, “I’m not quite there yet,” she was echoing Park."
    df = checked_attribute(text)
    row = df[df.rule.str.startswith("quote-used-term")].iloc[0]
    assert (row.mention, row.cue, row.content) == (
        "Ann Lee", "used the words", "“I’m not quite there yet,”")


def test_not_using_a_term_reports_no_words():
    text = 'Critics slammed the mayor for not using the term "radical tax."'
    assert all(r[4] != "quote-used-term" for r in _rows(text))
    text = 'The mayor never used the term "radical tax."'
    assert all(r[4] != "quote-used-term" for r in _rows(text))


# --- the main subject past an appositive after a name ('Lee, herself a ..., drew') ----------

def test_an_appositive_after_the_name_is_skipped_to_the_main_verb():
    text = ("Ann Lee, herself a Park supporter during the primary, drew a wave of boos upon "
            "saying, “Park heard the passion of the people.”")
    df = checked_attribute(text)
    assert df[["mention", "cue", "speaker"]].values.tolist() == [
        ["Ann Lee, herself a Park supporter during the primary", "saying", "Ann Lee"]]


# --- roundup labels: a described name before a colon ('Jane Park, 41, a nurse: “…”') ----------

_ROUNDUP = "Voters in Dover on the reasons they came.\n\n"


@pytest.mark.parametrize("label", [
    "Jane Park, 41, a nurse", "Jane Park, a nurse", "Jane Park, 41", "Jane Park (nurse)",
    "Jane Park, 41, nurse, Dover",
])
def test_a_roundup_label_names_the_person_before_the_description(label):
    rows = checked_attribute(_ROUNDUP + label + ": “I came for my kids.”").itertuples()
    got = [(r.speaker, r.mention, r.cue, r.content) for r in rows]
    assert got == [("Jane Park", "Jane Park", ":", "“I came for my kids.”")]


def test_each_label_of_a_roundup_paragraph_speaks_its_own_quotation():
    text = _ROUNDUP + ("Jane Park, 41, a nurse: “I came for my kids.” Tom Lee, 70, retired: "
                       "“I vote.”")
    assert [(r.speaker, r.content) for r in checked_attribute(text).itertuples()] == [
        ("Jane Park", "“I came for my kids.”"), ("Tom Lee", "“I vote.”")]


@pytest.mark.parametrize("label", [
    "New York, Tuesday",                  # a place, no first name
    "Jane Park, who runs the clinic",     # a finite verb: a clause, not a label
    "Dover, Delaware (AP)",               # a dateline
])
def test_a_label_without_a_described_person_is_no_speaker(label):
    assert checked_attribute(_ROUNDUP + label + ": “We are open.”").empty


# --- a relative clause between a quote-first speaker and the verb ------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("“They deserve better,” the nurse, who asked not to be named, said.", "nurse"),
    ("“They deserve better,” one official, who asked that his name not be used, said.",
     "official"),
    ("“They deserve better,” Tom Hale, who asked about the budget, told reporters.", "Tom Hale"),
])
def test_the_verb_of_a_relative_clause_after_the_speaker_is_not_the_cue(text, speaker):
    rows = [(r.speaker, r.cue) for r in checked_attribute(text).itertuples()]
    assert rows == [(speaker, "said" if "said" in text else "told")]


# --- a possessor and a noun of speech before a colon ('Reed’s verdict: “…”') -------------------

_MEETING = "Governor Tom Reed met Senator Ann Cole on Friday. "


@pytest.mark.parametrize(("label", "mention", "cue"), [
    ("Reed’s verdict", "Reed’s", "verdict"),
    ("But the governor’s reply", "the governor’s", "reply"),
    ("Tom Reed’s response", "Tom Reed’s", "response"),
])
def test_a_possessor_before_a_noun_of_speech_and_a_colon_speaks(label, mention, cue):
    rows = checked_attribute(_MEETING + label + ": “It was a waste of time.”").itertuples()
    assert [(r.speaker, r.mention, r.cue, r.content) for r in rows] == [
        ("Tom Reed", mention, cue, "“It was a waste of time.”")]


@pytest.mark.parametrize("label", [
    "The Times’s headline",   # a headline is no noun of speech
    "Reed’s car",             # nor is a car
    "Reed’s verdict, in short",  # more than the possessor and the noun before the colon
])
def test_other_possessive_labels_name_no_speaker(label):
    assert checked_attribute(_MEETING + label + ": “It was a waste of time.”").empty


@pytest.mark.parametrize("aside", ["though", "however", "62"])
def test_an_aside_between_the_subject_and_its_verb_keeps_the_subject(aside):
    # 'Reed, though, was unmoved: “…”': the one-word aside (or the age) is no part of the
    # speaker and does not hide the clause's subject
    text = _MEETING + f"Reed, {aside}, was unmoved: “This plan is reckless.”"
    rows = [(r.speaker, r.mention, r.cue) for r in checked_attribute(text).itertuples()]
    assert rows == [("Tom Reed", "Reed", ":")]
