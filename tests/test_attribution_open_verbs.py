"""A quote-first tag whose verb no word list holds (issue 11, eleventh session).

Real reporters vary the verb of '“…,” X said' endlessly ('groused', 'harrumphed',
'deadpanned'); the word lists only hold the verbs someone thought of. Before this rule, such a
quotation was taken by the continuation rule for the speaker before it: a wrong speaker, the
worst error. Now a closed quotation ending in a comma, '?' or '!' followed by a speaker and a
past-tense verb that ends the clause is that speaker's (``quotations._open_quote_verb``), and
titles and verbs with an object are left alone. Texts and expected rows are invented and worked
out by hand.
"""

from __future__ import annotations

import pytest
from attribution_helpers import variant_rows

from geneva_nb.cues import verb_forms

_COLE = '“We will win this fight,” Cole said. '
_PLAN = "The plan is a disaster for the state"
_COLE_ROW = ("Ann Cole", "Cole", "said", "“We will win this fight,”")


@pytest.mark.parametrize(("tail", "speaker", "mention", "cue"), [
    # unknown to Pattern's lexicon, ends in -ed
    (f'“{_PLAN},” Reed harrumphed.', "Tom Reed", "Reed", "harrumphed"),
    # Pattern's VBD, in no cue list
    (f'“{_PLAN},” Reed groused on Tuesday.', "Tom Reed", "Reed", "groused"),
    (f'“{_PLAN},” Reed chortled, shaking his head.', "Tom Reed", "Reed", "chortled"),
    # in [quote_verbs]: 'deadpan' doubles its n ('deadpanned', not 'deadpaned')
    (f'“{_PLAN},” Reed deadpanned.', "Tom Reed", "Reed", "deadpanned"),
    # inverted, with a name or a speaker noun
    (f'“{_PLAN},” groused Tom Reed.', "Tom Reed", "Tom Reed", "groused"),
    # an age between the speaker and the verb
    (f'“{_PLAN},” Reed, 54, groused.', "Tom Reed", "Reed, 54", "groused"),
])
def test_an_unlisted_verb_after_the_quotation_names_its_speaker(tail, speaker, mention, cue):
    rows = variant_rows(_COLE + tail)
    quote = tail[:tail.index("”") + 1]
    assert rows[0] == _COLE_ROW
    assert rows[1] == (speaker, mention, cue, quote)
    assert len(rows) == 2


def test_the_inverted_tag_takes_a_speaker_noun():
    rows = variant_rows(_COLE + f'“{_PLAN},” harrumphed the governor.')
    assert rows[1][1:] == ("the governor", "harrumphed", f"“{_PLAN},”")


def test_the_quotation_before_an_unlisted_verb_is_no_continuation_across_paragraphs():
    rows = variant_rows(_COLE + f'\n\n“{_PLAN},” Reed groused.')
    assert [r[0] for r in rows] == ["Ann Cole", "Tom Reed"]


@pytest.mark.parametrize("tail", [
    # a title is no statement, whatever follows it
    '“The Apprentice,” Reed starred in the show for years.',
    # a verb with an object after it is no cue: 'wanted to'
    f'“{_PLAN},” Reed wanted to add.',
])
def test_titles_and_verbs_with_objects_are_no_cue(tail):
    rows = variant_rows(tail)
    assert all(r[2] not in {"starred", "wanted"} for r in rows)
    assert "Tom Reed" not in {r[0] for r in rows}


def test_a_verb_of_thinking_after_a_question_is_no_cue():
    # '“…?” Reed wondered' is a cue of a question (wonder is a [quote_verbs] verb), but 'knew'
    # is a thought about it
    assert variant_rows('“Why would anyone vote for it?” Reed knew.') == []


def test_deadpan_doubles_its_final_consonant():
    assert verb_forms("deadpan") == ("deadpanned", "deadpans", "deadpanning")


@pytest.mark.parametrize(("tail", "cue"), [
    # before a comma and a whole quoted sentence
    (f'Reed groused, “{_PLAN}.”', "groused"),
    (f'Later, Reed harrumphed, “{_PLAN}.”', "harrumphed"),
    # a short sentence of taking a side before the quotation ([stance_verbs])
    (f'Reed disagreed. “{_PLAN}.”', "disagreed"),
    (f'Reed demurred. “{_PLAN}.”', "demurred"),
])
def test_an_unlisted_verb_before_the_quotation_names_its_speaker(tail, cue):
    rows = variant_rows(_COLE + tail)
    assert rows[0] == _COLE_ROW
    assert rows[1] == ("Tom Reed", "Reed", cue, f"“{_PLAN}.”")
    assert len(rows) == 2


def test_a_title_after_an_unlisted_verb_and_a_comma_is_no_statement():
    # the quotation is no whole sentence: a title, no cue
    rows = variant_rows(_COLE + "Reed starred, “Night River”, in June.")
    assert [r[0] for r in rows] == ["Ann Cole"]


@pytest.mark.parametrize("verb", ["groused", "kvetched", "panned"])
def test_a_new_named_subject_stops_the_woven_continuation(verb):
    # before: 'Reed groused that the plan was “…”' went on with Cole's words (a woven
    # continuation of the statement before); another person is the subject, so not Cole's
    text = _COLE + f'Reed {verb} that the plan was “a disaster for the whole state.”'
    assert "Ann Cole" not in {r[0] for r in variant_rows(text)[1:]}


def test_the_same_speaker_still_weaves_on():
    # the lead's name is the last speaker's: the continuation stands
    text = _COLE + 'Cole noted that the plan was “a disaster for the whole state.”'
    rows = variant_rows(text)
    assert [r[0] for r in rows] == ["Ann Cole", "Ann Cole"]
    assert rows[1][3].endswith("“a disaster for the whole state.”")


@pytest.mark.parametrize("between", [
    "Reed sees it differently.",
    "Gov. Tom Reed is not so sure.",
    "But Reed isn't buying it.",
    "Tom Reed, a Republican, struck a different tone.",
])
def test_a_quotation_after_another_named_person_is_not_the_last_speakers(between):
    # before: the quotation continued Cole's statement over a sentence about Reed
    rows = variant_rows(f"{_COLE}{between} “{_PLAN}.”")
    assert rows[0] == _COLE_ROW
    assert [r[0] for r in rows[1:]] == ["Tom Reed"]
    assert rows[1][3] == f"“{_PLAN}.”"


@pytest.mark.parametrize("between", [
    "Cole paused.",  # the same person: her words go on
    "The room went quiet.",  # no person: her words go on
])
def test_a_quotation_after_the_same_speaker_or_no_person_continues(between):
    rows = variant_rows(f"{_COLE}{between} “{_PLAN}.”")
    assert [r[0] for r in rows] == ["Ann Cole", "Ann Cole"]
