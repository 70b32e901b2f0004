"""Robustness of the attribution rules under invented variants, third audit (issue 11, R3).

Each row is an invented sentence after a fixed opening that introduces Senator Ann Cole and
Governor Tom Reed (``attribution_helpers.VARIANT_OPENING``); the expected speaker, mention, cue
and content are worked out by hand. The groups fixed here:

- name forms: joined initials ('J.R. Dalton', 'Marta H.W. Lind': no sentence end after them,
  :data:`geneva_nb.nlp._INITIALS_END`; part of the name, :func:`.names._initial`), 'U.S.' before
  a title or a noun ('U.S. Rep. Lena Ortiz said', 'a U.S. official said'), a generational
  suffix left out of the name ('Paul Ames Jr.', 'Tom Kerr III', 'Dana R. Wolfe, Jr.':
  ``_NAME_SUFFIXES`` of :mod:`.names`), a title with 'of' after the verb ('said Secretary of
  State Lena Ortiz'), a nickname in quotation marks ('Kevin “Kev” Lowe':
  :func:`.subjects._nickname`), '(ret.)' after a military title;
- bodies and roles: 'people familiar with the talks said' (a bare plural with its
  postmodifier, :func:`.subjects._extend_pp`), 'According to Dan Ortiz, Reed’s chief of staff,
  ...' (the source's appositive is no part of the content,
  :func:`.reported._according_appositive`);
- conversations: 'Reed responded by saying ...' (the participle after 'by' takes the subject of
  its clause, :func:`.reported._participle_speaker`), 'His response: “…”' (a possessive
  pronoun as the possessor, ``quote-colon-noun``), a transcribed conversation with upper-case
  name labels and no question label ('TAPPER: ...', 'REED: ...': ``transcript``,
  :func:`.transcripts._dialogue`), 'Do you think ...?' (the subject is 'you');
- a lower-case title before a titled name is no verb when the main clause's subject is sought
  ('Republican presidential hopeful Lena Ortiz was critical ..., telling ...':
  :func:`.subjects._title_modifier`);
- 'the 62-year-old governor' is the person last named with that title, not just the person
  last named (:meth:`.resolver._Resolver._described`);
- the quoted title of a programme after a possessive or a preposition ('said on NBC’s “Meet
  the Press” that ...', 'Appearing on “Meet the Press,” Reed said ...') is no quotation of a
  speaker and no barrier between a cue and its content (:func:`.conventions._title_quote`).
"""

from __future__ import annotations

import pytest
from attribution_helpers import variant_rows

from geneva_nb import nlp

_Q = "This plan is reckless and cruel"
_P = "the plan was reckless"


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q},” J.R. Dalton said.", ("J.R. Dalton", "J.R. Dalton", "said", f"“{_Q},”")),
    (f"“{_Q},” said J.R. Dalton.", ("J.R. Dalton", "J.R. Dalton", "said", f"“{_Q},”")),
    (f"“{_Q},” Marta H.W. Lind said.", ("Marta H.W. Lind", "Marta H.W. Lind", "said", f"“{_Q},”")),
    ("The plan is dead, according to J.R. Dalton.",
     ("J.R. Dalton", "J.R. Dalton", "according to", "The plan is dead")),
    (f"“{_Q},” U.S. Rep. Lena Ortiz said.",
     ("Lena Ortiz", "U.S. Rep. Lena Ortiz", "said", f"“{_Q},”")),
    (f"“{_Q},” said Secretary of State Lena Ortiz.",
     ("Lena Ortiz", "Secretary of State Lena Ortiz", "said", f"“{_Q},”")),
    (f"“{_Q},” said Representative Anna T. King of Dover.",
     ("Anna T. King", "Representative Anna T. King", "said", f"“{_Q},”")),
    (f"“{_Q},” said Gen. (ret.) Lena Ortiz.",
     ("Lena Ortiz", "Gen. (ret.) Lena Ortiz", "said", f"“{_Q},”")),
])
def test_initials_and_titles_belong_to_the_name(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q},” Paul Ames Jr. said.", ("Paul Ames", "Paul Ames Jr.", "said", f"“{_Q},”")),
    (f"“{_Q},” said Paul Ames Jr., the state treasurer.",
     ("Paul Ames", "Paul Ames Jr.", "said", f"“{_Q},”")),
    (f"Dana R. Wolfe, Jr. said: “{_Q}.”",
     ("Dana R. Wolfe", "Dana R. Wolfe, Jr.", "said", f"“{_Q}.”")),
    (f"Tom Kerr III said that {_P}.", ("Tom Kerr", "Tom Kerr III", "said", _P)),
    ("The plan is dead, according to Robert Casey, Jr.",
     ("Robert Casey", "Robert Casey, Jr.", "according to", "The plan is dead")),
    # the later surname mention finds the person: the suffix was no family name
    (f"Dana Wolfe Jr. met Reed on Friday.\n\n“{_Q},” Wolfe said.",
     ("Dana Wolfe", "Wolfe", "said", f"“{_Q},”")),
])
def test_a_generational_suffix_is_left_out_of_the_name(text, expected):
    assert variant_rows(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q},” Kevin “Kev” Lowe said.", ("Lowe", "Kevin “Kev” Lowe", "said", f"“{_Q},”")),
    (f"“{_Q},” said Kevin “Kev” Lowe.", ("Lowe", "Kevin “Kev” Lowe", "said", f"“{_Q},”")),
    (f"Kevin “Kev” Lowe said: “{_Q}.”", ("Lowe", "Kevin “Kev” Lowe", "said", f"“{_Q}.”")),
    (f"According to Kevin “Kev” Lowe, {_P}.", ("Lowe", "Kevin “Kev” Lowe", "According to", _P)),
])
def test_a_nickname_in_quotation_marks_is_part_of_the_speaker(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    (f"“{_Q},” a U.S. official said.",
     ("U.S. official", "a U.S. official", "said", f"“{_Q},”")),
    (f"“{_Q},” U.S. intelligence officials told reporters.",
     ("U.S. intelligence officials", "U.S. intelligence officials", "told", f"“{_Q},”")),
    (f"“{_Q},” the F.B.I. said.", ("F.B.I.", "the F.B.I.", "said", f"“{_Q},”")),
    (f"According to the F.B.I., {_P}.", ("F.B.I.", "the F.B.I.", "According to", _P)),
    (f"According to U.S. officials, {_P}.",
     ("U.S. officials", "U.S. officials", "According to", _P)),
    (f"“{_Q},” people close to Reed said.",
     ("people", "people close to Reed", "said", f"“{_Q},”")),
    (f"“{_Q},” people familiar with the talks said.",
     ("people", "people familiar with the talks", "said", f"“{_Q},”")),
])
def test_bodies_and_anonymous_sources(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    (f"According to Jane Roe, a spokeswoman for Reed, {_P}.",
     ("Jane Roe", "Jane Roe, a spokeswoman for Reed", "According to", _P)),
    (f"According to Dan Ortiz, Reed’s chief of staff, {_P}.",
     ("Dan Ortiz", "Dan Ortiz, Reed’s chief of staff", "According to", _P)),
    (f"According to the governor’s spokeswoman, Jane Roe, {_P}.",
     ("Jane Roe", "the governor’s spokeswoman, Jane Roe", "According to", _P)),
    (f"According to a senior official, who spoke on condition of anonymity, {_P}.",
     ("senior official", "a senior official, who spoke on condition of anonymity",
      "According to", _P)),
])
def test_the_appositive_of_a_fronted_according_to_is_the_source(text, expected):
    assert variant_rows(text) == [expected]


def test_a_name_after_a_document_opens_the_content():
    # an audit is no person: 'Jane Roe, a nurse,' is the subject of what it reports
    text = f"According to an audit of the program, Jane Roe, a nurse, said {_P}."
    assert variant_rows(text)[0] == (
        "audit", "an audit of the program", "According to", f"Jane Roe, a nurse, said {_P}")


@pytest.mark.parametrize(("text", "expected"), [
    (f"Reed responded by saying {_P}.", ("Tom Reed", "Reed", "saying", _P)),
    (f"Cole reacted by noting that {_P}.", ("Ann Cole", "Cole", "noting", _P)),
    (f"Cole broke her silence on Tuesday by arguing that {_P}.",
     ("Ann Cole", "Cole", "arguing", _P)),
    # in a second clause, that clause's subject speaks
    (f"The vote was close, while the mayor, Ann Hill, won praise by saying {_P}.",
     ("Ann Hill", "the mayor, Ann Hill", "saying", _P)),
])
def test_a_speech_participle_after_by_takes_the_subject_of_its_clause(text, expected):
    assert variant_rows(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    (f"His response: “{_Q}.”", ("Tom Reed", "His", "response", f"“{_Q}.”")),
    (f"Her reply: “{_Q}.”", ("Ann Cole", "Her", "reply", f"“{_Q}.”")),
])
def test_a_possessive_pronoun_labels_a_quotation(text, expected):
    assert variant_rows(text) == [expected]


def test_a_transcribed_conversation_gives_every_turn_to_its_speaker():
    text = (f"TAPPER: Will you sign it?\n\nREED: No. {_Q}.\n\nTAPPER: Why not?\n\n"
            "REED: Because it is cruel.")
    # 'REED' is the governor the opening names; the host is named only by the label
    assert variant_rows(text) == [
        ("TAPPER", "TAPPER", ":", "Will you sign it?"),
        ("Tom Reed", "REED", ":", f"No. {_Q}."),
        ("TAPPER", "TAPPER", ":", "Why not?"),
        ("Tom Reed", "REED", ":", "Because it is cruel."),
    ]


@pytest.mark.parametrize("text", [
    "UPDATE: The vote was delayed.\n\nREED: The plan is reckless.",  # two labels, no dialogue
    "REED: The plan is reckless.\n\nCOLE: It is fair.",  # nobody speaks twice
])
def test_labels_that_are_no_conversation_stay_unattributed(text):
    assert variant_rows(text) == []


def test_a_question_with_do_has_you_as_its_subject():
    assert variant_rows("Do you think the plan is reckless?") == [
        ("you", "you", "think", "the plan is reckless?")]


def test_no_sentence_ends_after_initials_but_one_ends_after_a_state():
    text = "J.D. Vance said so. The bill passed in Bedminster, N.J. Reed said it was dead."
    assert [text[a:b] for a, b in nlp.sentence_spans(text)] == [
        "J.D. Vance said so.", "The bill passed in Bedminster, N.J.", "Reed said it was dead."]


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun after persons of both genders: the one of its gender
    (f"Mark Hill met Maria Lopez on Tuesday. “{_Q},” she said.",
     ("Maria Lopez", "she", "said", f"“{_Q},”")),
    (f"Maria Lopez thanked Mark Hill.\n\n“{_Q},” he told reporters.",
     ("Mark Hill", "he", "told", f"“{_Q},”")),
    # 'he' after two men: the subject, not the object
    (f"Mark Hill criticized Tom Reed on Tuesday. He said that {_P}.",
     ("Mark Hill", "He", "said", _P)),
    (f"Asked whether he would sign the bill, Reed said: “{_Q}.”",
     ("Tom Reed", "Reed", "said", f"“{_Q}.”")),
    (f"In response, the governor said {_P}.", ("Tom Reed", "the governor", "said", _P)),
    (f"Reed’s response was blunt: “{_Q}.”", ("Tom Reed", "Reed’s", ":", f"“{_Q}.”")),
])
def test_conversation_shapes_that_already_held(text, expected):
    assert variant_rows(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"Reed said on NBC’s “Meet the Press” that {_P}.", [("Tom Reed", "Reed", "said", _P)]),
    (f"Reed told ABC’s “This Week” that {_P}.", [("Tom Reed", "Reed", "told", _P)]),
    (f"Appearing on “Meet the Press,” Reed said {_P}.", [("Tom Reed", "Reed", "said", _P)]),
    (f"Speaking Sunday on ABC’s “This Week,” Cole admitted that {_P}.",
     [("Ann Cole", "Cole", "admitted", _P)]),
    (f"“{_Q},” Reed said on NBC’s “Meet the Press.”",
     [("Tom Reed", "Reed", "said", f"“{_Q},”")]),
])
def test_a_programme_title_in_quotation_marks_is_no_statement(text, expected):
    assert variant_rows(text) == expected


def test_a_capitalised_phrase_after_a_verb_is_still_quoted_speech():
    assert variant_rows("Reed called the plan “Dead On Arrival.”") == [
        ("Tom Reed", "Reed", "called", "“Dead On Arrival.”")]


@pytest.mark.parametrize(("text", "speaker"), [
    (f"“{_Q},” the 62-year-old governor said.", "Tom Reed"),
    (f"“{_Q},” the 46-year-old senator said.", "Ann Cole"),
])
def test_an_age_and_a_title_describe_the_person_with_that_title(text, speaker):
    assert [r[0] for r in variant_rows(text)] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    (f"Republican presidential hopeful Lena Ortiz was critical of the plan, telling reporters: "
     f"“{_Q}.”", ("Lena Ortiz", "Republican presidential hopeful Lena Ortiz", "telling",
                  f"“{_Q}.”")),
    (f"Presumptive Democratic presidential nominee Lena Ortiz called on Congress to act and "
     f"said {_P}.",
     ("Lena Ortiz", "Presumptive Democratic presidential nominee Lena Ortiz", "said", _P)),
])
def test_a_lower_case_title_before_a_name_is_no_verb(text, expected):
    assert variant_rows(text) == [expected]
