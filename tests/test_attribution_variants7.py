"""Robustness of the attribution rules under invented variants, second audit (issue 11, R2).

Each row is an invented sentence after a fixed opening that introduces Senator Ann Cole and
Governor Tom Reed; the expected speaker, mention, cue and content are worked out by hand.
The groups fixed here:

- a bare plural of people before a place phrase with 'outside', 'near' or 'across'
  ('protesters outside the statehouse said'): the people speak, not the place
  (``[place_links]`` in ``data/attribution/words.txt``, read by
  :func:`geneva_nb.attribution.subjects._extend_pp` and the name helpers of
  :mod:`geneva_nb.attribution.names`); 'parents', 'patients', 'retirees', 'homeowners' and
  'taxpayers' are speaker nouns (``SPEAKER_NOUNS`` of :mod:`geneva_nb.cues`);
- a lone quotation after a sentence about a described speaker ('One voter was blunt. “…”',
  'Reed’s office did not mince words. “…”': ``quote-orphan-subject``,
  :func:`geneva_nb.attribution.orphans._described_speaker`);
- a name with its topic before a colon outside the headline ('Reed on the plan: “…”':
  ``quote-colon-speaker``), a possessor and a noun of speech with its addressee ('Reed’s
  message to the legislature: “…”': ``quote-colon-noun``);
- 'So said X.' after a quotation (``quote-statement-noun``);
- a cue split from its quotation by a long adverbial between commas ('Reed said Tuesday, in a
  rare interview with ..., “…”': :func:`geneva_nb.attribution.quotations._adverbial_start`).
"""

from __future__ import annotations

import pytest
from attribution_helpers import variant_rows

_Q = "This plan is reckless and cruel"


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q},” protesters outside the statehouse said.",
     ("protesters", "protesters outside the statehouse", "said", f"“{_Q},”")),
    ("Demonstrators outside the Capitol said the plan was reckless.",
     ("Demonstrators", "Demonstrators outside the Capitol", "said", "the plan was reckless")),
    (f"Voters across the state said: “{_Q}.”",
     ("Voters", "Voters across the state", "said", f"“{_Q}.”")),
    ("Residents near the plant said the plan was reckless.",
     ("Residents", "Residents near the plant", "said", "the plan was reckless")),
    (f"“{_Q},” parents at the meeting said.",
     ("parents", "parents at the meeting", "said", f"“{_Q},”")),
])
def test_people_before_a_place_phrase_speak(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    (f"One voter was blunt. “{_Q}.”", ("voter", "One voter", "was", f"“{_Q}.”")),
    (f"Reed’s office did not mince words. “{_Q}.”",
     ("Reed’s office", "Reed’s office", "did", f"“{_Q}.”")),
    (f"A spokeswoman for Reed disagreed. “{_Q}.”",
     ("spokeswoman", "A spokeswoman for Reed", "disagreed", f"“{_Q}.”")),
    (f"His spokesman was not impressed. “{_Q}.”",
     ("spokesman", "His spokesman", "was", f"“{_Q}.”")),
])
def test_a_lone_quotation_after_a_described_speaker(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize("text", [
    f"One problem was clear. “{_Q}.”",  # a problem is no speaker
    # the head is a thing, the speaker's noun only its complement ('A spokeswoman for the plan
    # disagreed.' is the spokeswoman's: 'disagree' is a [stance_verbs] verb since the eleventh
    # session)
    f"A plan for the spokeswoman disagreed. “{_Q}.”",
])
def test_a_lone_quotation_after_a_thing_stays_unattributed(text):
    assert variant_rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    (f"Reed on the plan: “{_Q}.”", ("Tom Reed", "Reed", ":", f"“{_Q}.”")),
    (f"Cole, on the bill: “{_Q}.”", ("Ann Cole", "Cole", ":", f"“{_Q}.”")),
])
def test_a_name_with_its_topic_before_a_colon(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize("text", [
    f"Reed’s message to the legislature: “{_Q}.”",
    f"Reed's message to voters: “{_Q}.”",
])
def test_a_possessor_and_a_noun_with_its_addressee_label_a_quotation(text):
    mention = text[:text.index(" ")]
    assert variant_rows(text) == [("Tom Reed", mention, "message", f"“{_Q}.”")]


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q}.” So said Reed on Tuesday.", ("Tom Reed", "Reed", "said", f"“{_Q}.”")),
    (f"“{_Q}.” So says the governor.", ("Tom Reed", "the governor", "says", f"“{_Q}.”")),
])
def test_so_said_after_a_quotation_names_its_speaker(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize("adverbial", [
    "in a rare interview with local reporters at his office",
    "after a closed meeting with party leaders",
])
def test_a_cue_split_from_its_quotation_by_a_long_adverbial(adverbial):
    assert variant_rows(f"Reed said Tuesday, {adverbial}, “{_Q}.”") == [
        ("Tom Reed", "Reed", "said", f"“{_Q}.”")]


def test_an_adverbial_with_a_clause_of_its_own_keeps_the_cue_apart():
    # 'that he was angry' holds a finite verb: the cue before it is too far to be sure
    assert variant_rows(f"Reed said Tuesday, in a sign that he was angry, “{_Q}.”") == []


@pytest.mark.parametrize(("text", "expected"), [
    # two speakers alternating in one paragraph
    (f"“{_Q},” Reed said. “It is fair for everyone,” Cole replied.",
     [("Tom Reed", "Reed", "said", f"“{_Q},”"),
      ("Ann Cole", "Cole", "replied", "“It is fair for everyone,”")]),
    # straight quotes
    (f'"{_Q}," said Reed.', [("Tom Reed", "Reed", "said", f'"{_Q},"')]),
    # nested single quotes inside double quotes
    (f"Reed said: “They call it ‘reform.’ {_Q}.”",
     [("Tom Reed", "Reed", "said", f"“They call it ‘reform.’ {_Q}.”")]),
])
def test_shapes_that_already_held(text, expected):
    assert variant_rows(text) == expected
