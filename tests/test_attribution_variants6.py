"""Robustness of the common attribution shapes under invented variants (issue 11, helper R1).

Each row is an invented sentence built by crossing a speaker form, a cue position and the
material reporters put between subject and verb; the expected speaker, mention and cue are
worked out by hand. The groups fixed here:

- a titled name later in a sentence ('Ann Cole met [Governor Tom Reed]') keeps its title, so
  that a later 'the governor' refers to it
  (:func:`geneva_nb.attribution.subjects._honorific_objects`);
- a time adverbial or a channel phrase ('on Tuesday', 'in a statement', [channel_nouns] in
  ``data/attribution/words.txt``) between a subject and its verb, also after a pronoun, a
  speaker noun or an appositive's comma ('he on Tuesday said', 'the governor in an interview
  said', 'Reed, who ..., in a statement said'
  (:func:`geneva_nb.attribution.subjects._time_phrase_before`,
  :func:`geneva_nb.attribution.subjects._channel_phrase_before`);
- an adverb after an inverted cue's mention is no part of it ('said the governor flatly':
  :func:`geneva_nb.attribution.subjects._mention_after`);
- a channel phrase between a cue and a content without 'that' ('said in a statement the plan
  was ...': :func:`geneva_nb.attribution.conventions._skip_place_phrase`);
- a question or exclamation before 'X would later say' (the modal cue of
  :func:`geneva_nb.attribution.quotations._quote_cue_after`);
- a quotation standing alone after a sentence whose subject is a title description or a name
  with an appositive ('The governor was blunt. “…”': ``quote-orphan-subject``);
- a bare plural of people with a prepositional phrase ('protesters in Dayton said':
  :func:`geneva_nb.attribution.subjects._extend_pp`);
- a list bullet before a roundup label ('• Reed: “…”': ``quote-colon-speaker``);
- 'Asked about ..., Reed was blunt: “…”' (the participle opener of
  :func:`geneva_nb.attribution.subjects._participle_opener`);
- 'Reed would later say (that) ...' (:func:`geneva_nb.attribution.reported._would_before`).
"""

from __future__ import annotations

import pytest
from attribution_helpers import checked_attribute, variant_rows


@pytest.mark.parametrize(("text", "expected"), [
    # the object's title: 'the governor' is Reed, 'the senator' still Cole
    ("The governor said: “This plan is reckless.”",
     ("Tom Reed", "The governor", "said", "“This plan is reckless.”")),
    ("“This plan is reckless,” the governor insisted.",
     ("Tom Reed", "the governor", "insisted", "“This plan is reckless,”")),
    ("“Never again!” said the governor.",
     ("Tom Reed", "the governor", "said", "“Never again!”")),
    ("The senator said: “This plan is reckless.”",
     ("Ann Cole", "The senator", "said", "“This plan is reckless.”")),
    # an adverbial between subject and verb
    ("He on Tuesday said: “This plan is reckless.”",
     ("Tom Reed", "He", "said", "“This plan is reckless.”")),
    ("He in an interview conceded, “This plan is reckless.”",
     ("Tom Reed", "He", "conceded", "“This plan is reckless.”")),
    ("“This plan is reckless,” the governor on Tuesday said.",
     ("Tom Reed", "the governor", "said", "“This plan is reckless,”")),
    ("Reed, who is running for re-election, in a statement said: “This plan is reckless.”",
     ("Tom Reed", "Reed, who is running for re-election", "said",
      "“This plan is reckless.”")),
    ("Jane Park, a nurse from Dover, in an interview said, “This plan is reckless.”",
     ("Jane Park", "Jane Park, a nurse from Dover", "said", "“This plan is reckless.”")),
    ("Reed, 61, on Tuesday said: “This plan is reckless.”",
     ("Tom Reed", "Reed, 61", "said", "“This plan is reckless.”")),
    ("“This plan is reckless,” Reed, who is running, on Tuesday said.",
     ("Tom Reed", "Reed, who is running", "said", "“This plan is reckless,”")),
    # an adverb after an inverted cue's speaker
    ("“This plan is reckless,” said the governor flatly.",
     ("Tom Reed", "the governor", "said", "“This plan is reckless,”")),
    ("“Will you sign it?” asked Cole sharply.",
     ("Ann Cole", "Cole", "asked", "“Will you sign it?”")),
])
def test_a_common_shape_survives_a_variant(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize("text", [
    # a noun ending in -ly is no adverb
    "“This plan is reckless,” said the family.",
])
def test_a_noun_ending_in_ly_stays_in_the_mention(text):
    assert [r[1] for r in variant_rows(text)] == ["the family"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Reed said in a statement the plan was “reckless and cruel.”",
     ("Tom Reed", "Reed", "said", "the plan was “reckless and cruel.”")),
    ("Cole said in an interview the plan was reckless.",
     ("Ann Cole", "Cole", "said", "the plan was reckless")),
])
def test_a_channel_phrase_before_a_content_without_that(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Who will pay for this?” Reed would later say.",
     ("Tom Reed", "Reed", "say", "“Who will pay for this?”")),
    ("“Shame on them!” she would later write.",
     ("Ann Cole", "she", "write", "“Shame on them!”")),
])
def test_a_question_before_a_modal_cue(text, expected):
    assert variant_rows(text) == [expected]


def test_a_question_before_a_negated_modal_is_no_statement():
    assert variant_rows("“Who will pay for this?” Reed would not say.") == []


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    ("The governor was blunt. “This plan is reckless and cruel.”", "Tom Reed", "The governor"),
    ("The governor vetoed the bill.\n\n“This plan is reckless and cruel.”", "Tom Reed",
     "The governor"),
    ("Reed, a Republican, was unmoved. “This plan is reckless and cruel.”", "Tom Reed",
     "Reed, a Republican"),
])
def test_a_lone_quotation_after_a_described_subject(text, speaker, mention):
    rows = variant_rows(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (speaker, mention, "“This plan is reckless and cruel.”")]


def test_a_lone_quotation_after_a_thing_has_no_speaker():
    assert variant_rows("The plan was dead. “This plan is reckless and cruel.”") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("“This plan is reckless and cruel,” protesters in Dayton said.",
     [("protesters", "protesters in Dayton", "said", "“This plan is reckless and cruel,”")]),
    ("• Reed: “This plan is reckless and cruel.”\n\n• Cole: “It is a fair plan for everyone.”",
     [("Tom Reed", "Reed", ":", "“This plan is reckless and cruel.”"),
      ("Ann Cole", "Cole", ":", "“It is a fair plan for everyone.”")]),
    ("Asked about the bill, Reed was blunt: “This plan is reckless and cruel.”",
     [("Tom Reed", "Reed", ":", "“This plan is reckless and cruel.”")]),
])
def test_a_label_or_group_variant(text, expected):
    assert variant_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reed would later say the plan was “reckless and cruel.”",
     [("Tom Reed", "Reed", "say", "the plan was “reckless and cruel.”")]),
    ("Cole would say that the plan was unfair.",
     [("Ann Cole", "Cole", "say", "the plan was unfair")]),
    # a negation or another modal reports no words
    ("Reed would not say whether the plan was fair.", []),
    ("Reed may say the plan is unfair.", []),
])
def test_would_before_a_speech_verb(text, expected):
    assert variant_rows(text) == expected


def test_a_titled_subject_inside_a_reported_sentence_is_still_an_antecedent():
    # the first sentence is the official's account (its names are content), yet 'he' two
    # paragraphs on is the defense secretary named in it, not the official
    text = ("Defense Secretary Paul Langford approved the deployment on Sunday, according to a "
            "senior defense official.\n\n“The secretary was clear,” the official said.\n\n"
            "Langford spoke again on Monday. He called the actions “dangerous.”")
    rows = [(r.speaker, r.mention) for r in checked_attribute(text).itertuples()]
    assert rows[-1] == ("Paul Langford", "He")


def test_a_councillors_abbreviated_title_is_no_part_of_her_name():
    text = "Its chair, Cllr Ruth Okoye, objected. “Nobody is against new homes,” Okoye said."
    assert [r.speaker for r in checked_attribute(text).itertuples()] == ["Ruth Okoye"]
