"""Quote-first sentences real reporters write (issue 11, item 4; rule 1 of
:mod:`geneva_nb.attribution.quotations`): a closing mark typed as an opening one
('“…,“ he said'), and a speaker of up to five words after a question or an exclamation
('“…!” US Senator Ann Moss said'). Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute


def _rows(text: str) -> list[tuple[str, str, int]]:
    df = checked_attribute(text)
    return list(zip(df["mention"], df["content"], df["attribution_id"], strict=True))


def test_a_closing_mark_typed_as_an_opening_one_still_calls_for_its_cue():
    text = "“Not this time,“ she said. “The vote is over.”"
    assert _rows(text) == [("she", "“Not this time,“", 0), ("she", "“The vote is over.”", 0)]


def test_a_long_speaker_after_an_exclamation():
    text = "“We cast all our votes for the governor!” US Senator Ann Moss said as the roll began."
    assert _rows(text) == [("US Senator Ann Moss", "“We cast all our votes for the governor!”", 0)]


def test_an_exclamation_before_a_sentence_without_a_verb_is_no_statement():
    text = "“What a night!” The fireworks over the harbour lasted an hour."
    assert _rows(text) == []


def test_a_name_after_a_comma_quotation_and_a_far_speech_verb():
    # the appositive lacks its closing comma: the name right after the quotation speaks
    text = ("“Voters want a plan for the port,” Nate Lowe, the pollster who founded the site "
            "tweeted on Wednesday. “They are moving to her rival.”")
    rows = _rows(text)
    assert [c for _, c, _ in rows] == ["“Voters want a plan for the port,”",
                                       "“They are moving to her rival.”"]
    assert {m for m, _, _ in rows} == {"Nate Lowe"} and {a for _, _, a in rows} == {0}


def test_a_quoted_phrase_inside_the_appositive_does_not_stop_the_cue():
    text = ("“We have had better meetings than this one,” delegate Bill Hale, wearing a hat "
            "and “Vote Hale” pins, said as the lights went out.")
    assert _rows(text)[0] == ("delegate Bill Hale", "“We have had better meetings than this "
                              "one,”", 0)


def test_a_name_with_no_speech_verb_after_it_is_no_speaker():
    text = "“The harbour at dawn,” Nate Lowe, the painter, finished in a week in June."
    assert _rows(text) == []


def test_a_dash_line_names_the_speaker_of_a_bracketed_quotation():
    text = 'Nobody gets points.\n"[Voters are] tired of the port plan."\n- Ann Moss.\nShe is wrong.'
    assert _rows(text) == [("Ann Moss", '"[Voters are] tired of the port plan."', 0)]


def test_a_dash_line_with_a_participle_names_the_speaker():
    text = ('Overheard.\n"Great speech. She is ready."\n-Mayor Ann Moss, tweeting after the '
            'debate.\nOverheard.')
    assert _rows(text) == [("Mayor Ann Moss", '"Great speech. She is ready."', 0)]


def test_a_dash_line_with_a_relative_clause_is_a_list_item():
    text = 'Speakers:\n"Great speech. She is ready."\n- Ann Moss, who chairs the board.'
    assert _rows(text) == []


def test_a_one_word_question_continues_the_tag_sentence_before_it():
    text = "“This is silly,” Ann Moss wrote on her blog. “Banned?”\nThe post is gone."
    assert _rows(text) == [("Ann Moss", "“This is silly,”", 0), ("Ann Moss", "“Banned?”", 0)]
