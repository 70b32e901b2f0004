"""Chants, shouts and lists of quotations (issue 11, item 4: what real reporters write).

Rule family of :mod:`geneva_nb.attribution.quotations`: a verb of chanting or shouting
(``[chant_verbs]`` of ``data/attribution/words.txt``) takes the quotation right after it, of
any shape and with no comma; the subject may follow an introductory clause ('As X spoke, the
crowd chanted, “…”'); and a quotation that follows a quoted statement with only list glue
between them ('“A” and “B”', '“A,” “B,” and, yes, “C”', '“A?” . . . “B?”') is the next item
of the same act (``quote-listed``). Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def _rows(text: str) -> list[tuple[str, str, str, int]]:
    return [(r.mention, r.content, r.rule.split(":")[0], r.attribution_id)
            for r in checked_attribute(text).itertuples()]


def test_a_chant_verb_takes_a_lowercase_quotation_without_a_comma():
    text = 'Outside the court, students chanted "free the three" for an hour.'
    assert _rows(text) == [("students", '"free the three"', "quote-cue-before", 0)]


def test_a_shout_verb_takes_a_whole_quotation_without_a_comma():
    text = 'A woman near the stage yelled "Go home, Mr. Pryce!" as the mayor began.'
    rows = _rows(text)
    assert [(m, c) for m, c, _, _ in rows] == [("A woman near the stage",
                                                '"Go home, Mr. Pryce!"')]


def test_the_subject_after_an_introductory_clause_chants():
    text = 'As the mayor left the hall, the dock workers chanted, "Pay us now!"'
    assert _rows(text) == [("the dock workers", '"Pay us now!"', "quote-cue-before", 0)]


def test_a_chanting_participle_takes_the_subject_of_its_clause():
    text = ('Hundreds of nurses marched down Elm Street on Friday, chanting "Safe staff '
            'saves lives."')
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == '"Safe staff saves lives."'
    assert rows[0][2] == "participle-subject"


def test_a_book_that_was_read_is_not_a_chant():
    assert gn.attribute('Mayor Pryce read "The Long Harbour" on the train.').empty


def test_two_chanted_quotations_joined_by_and_are_one_act():
    text = 'The strikers chanted "no contract, no work" and "shame on Dalton."'
    assert _rows(text) == [
        ("The strikers", '"no contract, no work"', "quote-cue-before", 0),
        ("The strikers", '"shame on Dalton."', "quote-listed", 0),
    ]


def test_a_list_of_three_quotations_with_yes_before_the_last():
    text = ("The marchers chanted “Lower taxes,” “Safer streets,” and, yes, “Cleaner "
            "rivers.” Nobody clapped.")
    rows = _rows(text)
    assert [c for _, c, _, _ in rows] == ["“Lower taxes,”", "“Safer streets,”",
                                          "“Cleaner rivers.”"]
    assert {m for m, _, _, _ in rows} == {"The marchers"}
    assert {a for _, _, _, a in rows} == {0}


def test_questions_joined_by_an_ellipsis_continue_the_statement():
    text = ('The panel\'s questions ranged widely: "Is the plan working?" . . . "Who '
            'pays for it?"')
    rows = _rows(text)
    assert [c for _, c, _, _ in rows] == ['"Is the plan working?"', '"Who pays for it?"']
    assert rows[1][2] == "quote-listed" and rows[0][3] == rows[1][3]


def test_a_quotation_after_a_new_clause_is_not_listed():
    # 'and' opens a new clause with its own verb: the second quotation is a title, no item
    text = 'Mayor Pryce yelled "Enough!" and later read "The Long Harbour" aloud.'
    assert [c for _, c, _, _ in _rows(text)] == ['"Enough!"']


def test_the_quotation_after_said_and_continues_the_act():
    text = '"The deal needs checks," Mayor Ines Duarte said, and "real penalties for cheating."'
    rows = _rows(text)
    assert [c for _, c, _, _ in rows] == ['"The deal needs checks,"',
                                          '"real penalties for cheating."']
    assert rows[0][3] == rows[1][3] and rows[1][0] == "Mayor Ines Duarte"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(['"', "“", "”", " and ", ", ", " . . . ", "chanted ", "yelled",
                                 "the crowd ", "Go", ".", "As X left, "]), max_size=14))
def test_lists_and_chants_of_any_shape_keep_the_span_contract(parts):
    text = "".join(parts)
    for r in gn.attribute(text).itertuples():
        assert text[r.content_start:r.content_end] == r.content
