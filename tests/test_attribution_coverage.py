"""Quoted passages the rules used to leave uncovered: party tags in brackets, less common speech
verbs after a quotation, quotations running over paragraphs. Invented texts only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.cues import tokenize


def _rows(text: str) -> list[tuple[str, str]]:
    df = gn.attribute(text)
    return [(r.speaker, r.content) for r in df.itertuples()]


def test_party_tag_in_brackets_is_one_token() -> None:
    toks = [t.text for t in tokenize("Sen. Ann Ruiz (D-N.Y.) said it.")]
    assert toks == ["Sen.", "Ann", "Ruiz", "(", "D-N.Y.", ")", "said", "it", "."]


def test_party_tag_at_sentence_end_keeps_the_stop_apart() -> None:
    # no comma or bracket after it: the final stop ends the sentence
    toks = [t.text for t in tokenize("She is D-N.Y. Then he left.")]
    assert toks[:4] == ["She", "is", "D-N.Y", "."]


def test_quote_first_with_bracketed_party_tag() -> None:
    text = 'Rain fell on Monday. "We will not back down," Sen. Chuck Lee (D-N.Y.) said on Monday.'
    assert _rows(text) == [("Chuck Lee", '"We will not back down,"')]


def test_quote_first_with_retaliated() -> None:
    text = 'Rain fell on Monday. "That is simply false," Mayor Dana Holt retaliated.'
    assert _rows(text) == [("Dana Holt", '"That is simply false,"')]


def test_retaliated_without_a_quotation_or_clause_is_no_statement() -> None:
    assert _rows("Rain fell. The mayor retaliated against the council.") == []


def test_quotation_continues_across_paragraphs() -> None:
    text = ('Rain fell on Monday.\n\nDana Holt said: "We have a plan. It is a good plan.\n\n'
            '"And we will keep it."\n\nThe council left.')
    rows = _rows(text)
    assert len(rows) == 1
    speaker, content = rows[0]
    assert speaker == "Dana Holt"
    assert content.startswith('"We have a plan.') and content.endswith('keep it."')


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("RDI-N.Y() ,said\"“”")), max_size=60))
def test_tokens_index_the_text_for_any_tag_like_text(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_cue_before_a_colon_belongs_to_the_next_quotation() -> None:
    # the scare quote inside the opening clause is not Ames's: his words follow the colon
    text = ('Rain fell.\n\nAfter Lee said that pupils might do better at "smaller schools," '
            'Ames said: "I do not like what he said."\n\nThe vote came.')
    rows = _rows(text)
    assert ("Ames", '"I do not like what he said."') in rows
    assert not any(speaker == "Ames" and "smaller schools" in content
                   for speaker, content in rows)


def test_quotation_opening_its_sentence_keeps_its_cue_before_a_colon() -> None:
    text = 'Rain fell.\n\n"We won," Ames said: "It was close."\n\nThe vote came.'
    assert ("Ames", '"We won,"') in _rows(text)


def test_quote_only_verbs_beside_a_quotation() -> None:
    assert _rows('Rain fell.\n\nAnd Mr. Ames gloated: "I told you he would fail."') == [
        ("Ames", '"I told you he would fail."')]
    assert _rows('Rain fell.\n\nDuring the debate, Holt cracked, "I am a realist."') == [
        ("Holt", '"I am a realist."')]
    assert _rows('Rain fell.\n\n"Mayors lack that power," Dana Holt resisted.') == [
        ("Dana Holt", '"Mayors lack that power,"')]


def test_quote_only_verbs_without_a_quotation_are_no_statements() -> None:
    assert _rows("Rain fell. Dana Holt resisted the plan and mocked the mayor's budget.") == []


def test_quotation_after_a_state_abbreviation_continues_the_statement() -> None:
    text = ('Rain fell.\n\n"It is not a good plan," said Rita Wool, 20, of Jacksonville, Fla. '
            '"She has the wrong views."\n\nThe vote came.')
    assert _rows(text) == [("Rita Wool", '"It is not a good plan,"'),
                           ("Rita Wool", '"She has the wrong views."')]


def test_title_after_an_abbreviation_is_no_new_sentence() -> None:
    from geneva_nb.attribution.document import _split_before_quotes
    from geneva_nb.quotes import find_quotes

    text = 'The U.S. "Patriot Act" was renewed. Ames spoke in Reno, Nev. "We won the vote."'
    sentences = [(0, 35), (36, len(text))]
    split = _split_before_quotes(text, sentences, find_quotes(text))
    assert [text[a:b] for a, b in split] == [
        'The U.S. "Patriot Act" was renewed.', "Ames spoke in Reno, Nev.", '"We won the vote."']


def test_opening_mark_typed_as_the_closer() -> None:
    from geneva_nb.quotes import find_quotes

    text = "“It is unusual,“ said Noble. “It is hard to do.“\n\n“We want a deal. “Now.”"
    assert [text[q.start:q.end] for q in find_quotes(text)] == [
        "“It is unusual,“", "“It is hard to do.“", "“We want a deal. “Now.”"]
    rows = _rows('Rain fell.\n\n“It is unusual,“ said Larry Noble, a lawyer.\n\nThe vote came.')
    assert rows == [("Larry Noble", "“It is unusual,“")]


def test_reacted_and_plural_state_beside_a_quotation() -> None:
    assert _rows("Rain fell.\n\n“Is Lee profiling?” reacted Ames.") == [
        ("Ames", "“Is Lee profiling?”")]
    assert _rows('Rain fell.\n\n"We share the same enemy," the Saudis state in the paper.') == [
        ("Saudis", '"We share the same enemy,"')]
    # 'state' is a cue with a clause or a quotation only, never with a plain object
    assert _rows("Rain fell.\n\nThe rules state the fees for each permit.") == []


def test_following_statement_after_a_colon() -> None:
    text = ('Rain fell.\n\nMayor Dana Holt issued the following statement:\n\n'
            '“Our prayers are with all those hurt tonight.”\n\nThe vote came.')
    assert _rows(text) == [("Dana Holt", "“Our prayers are with all those hurt tonight.”")]
    # without the colon, 'issued' introduces no quotation
    assert _rows("Rain fell.\n\nThe board issued its report, “Roads and Bridges.”") == []


def test_no_speaker_opens_with_a_subordinator_after_the_verb() -> None:
    assert _rows("“Stay,” said When Ann") == []
    assert _rows("“Stay,” said Ann Lee.") == [("Ann Lee", "“Stay,”")]
