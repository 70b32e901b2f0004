"""Who speaks: speaker rules found on PolNeAR train's wrong speakers (issue 11, helper P3).

- a quotation whose tag goes on ', according to Y' is Y's account (``how`` ``according-to``:
  :func:`geneva_nb.attribution.resolver._reported_by`); the cue runs from the person's tag
  to 'according to', so the row still names the person; the tag's adverbials before
  'according to' are no statement of Y (:func:`geneva_nb.attribution.reported._after_quote_tag`);
- 'write' and 'conclude' in the plural present ('“…,” the two senators write');
- an appositive whose closing comma is missing ('Doug Lee, a spokesman for Senator Ann Hale
  told') names the person before it (:func:`geneva_nb.attribution.subjects._unclosed_appositive`);
- a participle clause opening the sentence ('Walking to the next house, Nora Vance ...') is no
  subject (:func:`geneva_nb.attribution.subjects._after_participle_opener`); with
  ``beliefs=True`` a speech frame shares the subject that a participle statement already holds
  ('Tom Bennett urged ..., explaining that ...');
- the subject pronoun opening a subordinate clause is the subject of a cue coordinated in it
  ('... when he brought up X and later said, “…”':
  :func:`geneva_nb.attribution.quotations._coordinated_subject`).

Invented texts; the expected speakers, mentions and cues are read off by hand.
"""

from __future__ import annotations

import pytest
from attribution_helpers import checked_attribute

import geneva_nb as gn


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str, str]]:
    """(kind, speaker, mention, cue, content) of every row."""
    return [(r.kind, r.speaker, r.mention, r.cue, r.content)
            for r in checked_attribute(text, beliefs=beliefs).itertuples()]


# --- '“…,” X said, according to Y' ----------------------------------------------------------

def test_a_quotation_told_according_to_an_outlet_is_the_outlets_account():
    text = ("“We will not close the plant,” Maria Lopez said on Monday, according to the Daily "
            "Ledger. “Jobs come first.” Later she said the union agreed.")
    df = checked_attribute(text)
    assert _rows(text) == [
        ("direct", "Daily Ledger", "the Daily Ledger", "Maria Lopez said on Monday, according to",
         "“We will not close the plant,”"),
        ("direct", "Daily Ledger", "the Daily Ledger", "Maria Lopez said on Monday, according to",
         "“Jobs come first.”"),
        # the person is still the antecedent of 'she': the outlet is no person
        ("indirect", "Maria Lopez", "she", "said", "the union agreed"),
    ]
    assert list(df.rule)[:2] == ["quote-cue-after:according-to",
                                 "quote-continuation:according-to"]
    assert list(df.attribution_id) == [0, 0, 1]  # one act: the quotation and its continuation


def test_according_to_a_person_gives_the_quotation_to_that_person():
    text = "“I will run for the Senate,” Dena Hale told friends, according to Tom Brandt."
    assert _rows(text) == [
        ("direct", "Tom Brandt", "Tom Brandt", "Dena Hale told friends, according to",
         "“I will run for the Senate,”"),
    ]


def test_according_to_after_a_tag_of_speaker_first_order():
    text = "“The deal is dead,” said Paul Mensah, according to a transcript of the hearing."
    [(kind, speaker, mention, cue, _)] = _rows(text)
    assert (kind, mention, cue) == ("direct", "a transcript of the hearing",
                                    "said Paul Mensah, according to")
    assert "transcript" in speaker


def test_according_to_in_a_new_clause_leaves_the_tag_alone():
    text = ("“We will not close the plant,” Maria Lopez said, and according to the Daily Ledger "
            "the plant is profitable.")
    assert _rows(text)[0][:4] == ("direct", "Maria Lopez", "Maria Lopez", "said")


def test_reported_speech_before_according_to_keeps_its_speaker():
    # only a quotation with its tag after it is retold; reported speech keeps the person
    text = "Maria Lopez said the plant would stay open, according to the Daily Ledger."
    assert [r[1] for r in _rows(text)] == ["Maria Lopez"]


def test_a_quotation_according_to_x_alone_is_unchanged():
    text = "“The plant stays open,” according to the Daily Ledger."
    df = checked_attribute(text)
    assert list(df.speaker) == ["Daily Ledger"]
    assert list(df.rule) == ["according-to:name"]


# --- the plural present of 'write' and 'conclude' -----------------------------------------

def test_the_two_senators_write():
    text = "“The plan cannot work,” the two senators write. “It costs too much.”"
    assert _rows(text) == [
        ("direct", "two senators", "the two senators", "write", "“The plan cannot work,”"),
        ("direct", "two senators", "the two senators", "write", "“It costs too much.”"),
    ]


def test_they_conclude_refers_to_the_group_named_before():
    text = "Two economists said the mills were closing. “Tariffs cost jobs,” they conclude."
    assert _rows(text)[1] == ("direct", "Two economists", "they", "conclude",
                              "“Tariffs cost jobs,”")


def test_to_write_is_no_plural_present_cue():
    assert checked_attribute("The senators plan to write a letter to the governor.").empty


# --- an appositive with no closing comma ----------------------------------------------------

def test_an_unclosed_appositive_names_the_person_before_it():
    text = "“We have not been briefed,” Doug Lee, a spokesman for Senator Ann Hale told the Post."
    assert _rows(text) == [
        ("direct", "Doug Lee", "Doug Lee, a spokesman for Senator Ann Hale", "told",
         "“We have not been briefed,”"),
    ]


def test_an_unclosed_possessive_appositive_names_the_person():
    text = "Robby Vance, Clinton’s campaign manager said “We’ll see.”"
    df = checked_attribute(text)
    assert list(df.speaker) == ["Robby Vance"]


def test_an_adverbial_before_a_comma_is_no_name():
    assert [r[1] for r in _rows("Like Rove, the Sanders camp said the ads were unfair.")] == [
        "Sanders camp"]


def test_a_list_of_names_is_no_appositive():
    text = "Ben Carson, Ted Cruz and Rand Paul said the program was a failure."
    assert [r[1] for r in _rows(text)] != ["Ben Carson"]


# --- a participle clause opening the sentence ----------------------------------------------

def test_a_participle_opener_is_no_subject_of_a_coordinated_verb():
    text = ("Walking to the next house, Nora Vance recalled her school days, and said their "
            "views had changed in college.")
    assert _rows(text) == [
        ("indirect", "Nora Vance", "Nora Vance", "said", "their views had changed in college"),
    ]


def test_a_participle_opener_is_no_subject_of_a_participle_statement():
    text = ("Facing mounting criticism, Mr. Tom Lund released a statement on Saturday, insisting "
            "that he had done nothing wrong.")
    assert _rows(text) == [
        ("indirect", "Tom Lund", "Mr. Tom Lund", "insisting", "he had done nothing wrong"),
    ]


def test_a_fronted_participle_clause_is_no_content_of_a_coordinated_verb():
    text = ("Rallying hundreds of workers who struggle to get by, Ana Ruiz tried to show "
            "empathy and promised to deliver change.")
    assert not any(r[4].startswith("Rallying") for r in _rows(text))


@pytest.mark.parametrize("opener", ["", "Reached by the Ledger, "])
def test_a_speech_frame_shares_the_subject_of_the_participle_statement(opener):
    # the participle statement holds 'Tom Bennett' first; the frame of 'urged' shares it
    text = (f"{opener}Tom Bennett urged voters to stay home, explaining that the race was "
            "over.")
    assert _rows(text, beliefs=True) == [
        ("indirect", "Tom Bennett", "Tom Bennett", "urged", "voters to stay home"),
        ("indirect", "Tom Bennett", "Tom Bennett", "explaining", "the race was over"),
    ]


def test_an_object_frame_does_not_share_the_subject():
    # 'praised X' takes an object, no said content: it gets no shared subject
    text = "Tom Bennett praised the volunteers, explaining that the race was over."
    assert [r[3] for r in _rows(text, beliefs=True)] == ["explaining"]


# --- the Geneva article ----------------------------------------------------------------------

@pytest.mark.parametrize("beliefs", [False, True])
def test_the_geneva_article_has_no_according_to_retelling(beliefs):
    df = gn.attribute(gn.load_article(), beliefs=beliefs)
    assert not df.rule.str.endswith(":according-to").any()


# --- the subject of a coordinated cue ('when he ... and later said') ------------------------

@pytest.mark.parametrize(("text", "row"), [
    ("Retired Col. Tom Walker started the rant when he brought up the Oklahoma City bombing "
     "and later said, “It is not just them.”",
     ("direct", "Tom Walker", "he", "said", "“It is not just them.”")),
    ("Smiling broadly, Mrs. Ana Clark drew cheers as she thanked her home state and then "
     "boomed, “Today you proved it.”",
     ("direct", "Ana Clark", "she", "boomed", "“Today you proved it.”")),
    ("When Robby Vance, the campaign manager was asked if Ms. Lee would hold a press "
     "conference, he laughed and said, “We’ll see.”",
     ("direct", "Robby Vance", "he", "said", "“We’ll see.”")),
])
def test_the_pronoun_opening_the_clause_is_the_coordinated_cues_subject(text, row):
    assert _rows(text) == [row]


def test_a_pronoun_inside_a_that_clause_is_not_the_coordinated_subject():
    text = "Tom Hale told reporters that she was wrong and said, “We will see.”"
    assert [(r[1], r[2]) for r in _rows(text)] == [("Tom Hale", "Tom Hale")]


# --- ', who said' after a name and its appositive ('Ann Lee, the mayor of Dover, who said') ---

@pytest.mark.parametrize("text", [
    "Reporters met Ann Lee, the mayor of Dover, who said, “We will rebuild the bridge.”",
    "The crowd cheered for Ann Lee, the mayor of Dover, who said the bridge would be rebuilt.",
    "It was Ann Lee, the mayor of Dover, who said, “We will rebuild the bridge.”",
    "Reporters spoke to Ann Lee, a Democrat from Dover, who said, “We will rebuild the bridge.”",
])
def test_the_relative_clause_after_an_appositive_belongs_to_the_person_named(text):
    # the 'who' hangs on the person; the town inside her title does not speak
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0][1] == "Ann Lee" and rows[0][2].startswith("Ann Lee")


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We are not going anywhere,” state Treasurer Maria Gomez said.", "Maria Gomez"),
    ("“Pray for them,” said the Rev. Ann Doyle, the pastor of St. Mark’s.", "Ann Doyle"),
    ("“We found nothing,” Sheriff Tom Alder said.", "Tom Alder"),
])
def test_an_office_before_the_name_is_a_title_not_part_of_the_name(text, speaker):
    assert [r[1] for r in _rows(text)] == [speaker]


# --- the person asked answers ('Lee asked Rubio whether … “…,” he said') ---------------------

@pytest.mark.parametrize("text", [
    "Moderator Ann Lee asked Marco Rubio which states he could win. “We feel great,” he said.",
    "“Will you sign?” a reporter asked Tom Reed. “Never,” he replied.",
    "A reporter asked Tom Reed if he would sign. “Never,” he replied.",
])
def test_the_pronoun_after_a_question_is_the_person_asked(text):
    rows = _rows(text)
    assert rows[-1][1] in {"Marco Rubio", "Tom Reed"} and rows[-1][2] == "he"


def test_a_request_is_no_question_the_asker_goes_on():
    # 'asked Cruz to leave' asks for an act: the subject is still the one talking
    text = "Tom Reed asked Ted Cruz to leave the race. “He cannot win,” he said."
    assert [r[1] for r in _rows(text)] == ["Tom Reed"]


def test_the_moderators_title_is_no_part_of_her_name():
    text = "“Which states can you win?” Moderator Ann Lee asked."
    assert [r[1] for r in _rows(text)] == ["Ann Lee"]


def test_a_definite_description_with_any_noun_re_describes_the_source_described_with_it():
    # 'engineer' is in no list of speaker nouns; 'the engineer' is still the city engineer
    text = ("A city engineer said the bridge was safe for now. "
            "“It is old, not dangerous,” the engineer said.")
    assert [r[1] for r in _rows(text)] == ["city engineer", "city engineer"]
