"""Rule 11, ``quote-orphan`` (:mod:`geneva_nb.attribution.orphans`): a whole-sentence quotation
no earlier rule attributed goes to the named subject of the sentence before, or continues the
statement before it; titles, slogans, short phrases and quotations with no good candidate get
nothing. The texts are invented; the expected rows are worked out by hand from the rule."""

from __future__ import annotations

import pytest
from attribution_helpers import checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Q = "“We will not pay for this, and they know it.”"


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str, str, str, int]]:
    df = checked_attribute(text, beliefs=beliefs)
    return [(r.kind, r.speaker, r.mention, r.cue, r.content, r.rule, r.attribution_id)
            for r in df.itertuples()]


@pytest.mark.parametrize("beliefs", [False, True])
def test_named_subject_of_the_sentence_before_speaks(beliefs: bool) -> None:
    text = f"Maria Ortega was blunt at the hearing. {Q}"
    assert _rows(text, beliefs=beliefs) == [
        ("direct", "Maria Ortega", "Maria Ortega", "was", Q, "quote-orphan-subject:name", 0)]


def test_he_of_the_last_sentence_of_the_previous_paragraph_speaks() -> None:
    q = "“It has been a long night for all of us.”"
    text = f"Tomas Berg left the hall before midnight.\n\nHe looked tired.\n\n{q}"
    assert _rows(text) == [
        ("direct", "Tomas Berg", "He", "looked", q, "quote-orphan-subject:pronoun", 0)]


def test_an_organisation_after_an_introductory_phrase_speaks() -> None:
    q = "“We regret the delay, and we will repair the pier by June.”"
    text = f"At the mayor’s request, the Harbour Board issued a statement on Friday.\n\n{q}"
    assert _rows(text) == [("direct", "Harbour Board", "the Harbour Board", "issued", q,
                            "quote-orphan-subject:name", 0)]


@pytest.mark.parametrize("beliefs", [False, True])
def test_a_named_subject_before_a_colon_speaks(beliefs: bool) -> None:
    # 'believed' keeps rule 2's quote-colon-subject away; the colon is the cue
    q = '"Who fixed the pier? I did. I know that I did."'
    text = f"Ana Ruiz played up her believed strength in a general election: {q}"
    assert _rows(text, beliefs=beliefs) == [
        ("direct", "Ana Ruiz", "Ana Ruiz", ":", q, "quote-orphan-colon:name", 0)]


@pytest.mark.parametrize("text", [
    # the subject of an 'As ...' clause set off by dashes is not who answers
    'As Lee tried to explain the delay — the storms, the money — Ruiz played up her believed '
    'strength in the town: "Who fixed the pier? I did. I know that I did."',
    # 'It' is no person
    'It played up the believed strength of the town: "Who fixed the pier? I did. I know that '
    'I did."',
])
def test_colon_refusals(text: str) -> None:
    assert _rows(text) == []


def test_the_quotation_continues_the_statement_before_it() -> None:
    # rule 10 (beliefs=True) finds 'accused X of ...' after rule 7 ran: the quotation in the
    # next paragraph continues that act (its cue, mention and attribution_id)
    q = "“We need someone who is going to cut through the noise.”"
    text = ("Local fishermen accused the council of ignoring the flood for weeks and of "
            f"spending the repair money on a new car park downtown.\n\n{q}")
    rows = _rows(text, beliefs=True)
    assert rows[1] == ("direct", "Local fishermen", "Local fishermen", "accused", q,
                       "quote-orphan-previous:group", 0)
    assert rows[0][5] == "frame-speech:group" and rows[0][6] == 0
    # without rule 10 there is no statement before, and 'Local fishermen' is no named subject
    assert _rows(text) == []


def test_a_quotation_sharing_its_paragraph_does_not_continue_the_previous_one() -> None:
    text = ("Local fishermen accused the council of ignoring the flood for weeks and of "
            "spending the repair money on a new car park downtown.\n\n"
            "“We need someone who is going to cut through the noise.” The council did not "
            "reply.")
    assert [r[5] for r in _rows(text, beliefs=True)] == ["frame-speech:group"]


@pytest.mark.parametrize("text", [
    # title case: a slogan or a title
    "Ana Ruiz was blunt. “We Will Never Give Up On Our Town!”",
    # a naming word just before: a headline, not speech
    "Ana Ruiz ran an essay under the headline. “We will never give up on our town.”",
    # fewer than five words
    "Ana Ruiz was blunt. “No way, never.”",
    # no finite verb and no first- or second-person pronoun
    "Ana Ruiz was blunt. “A disgrace, a scandal and a shame for the whole town.”",
    # the subject before is no person
    f"The plan was dead on arrival. {Q}",
    # a possessive is no subject ('Ruiz's old rival grows')
    f"With the vote, Ruiz's old rival grows stronger. {Q}",
    # a quotation never closed
    "Ana Ruiz was blunt. “We will not pay for this, and they know it.",
    # the quotation is the first sentence: nobody before it
    f"{Q} The council met on Monday.",
])
def test_refusals(text: str) -> None:
    assert _rows(text) == []
    assert _rows(text, beliefs=True) == []


def test_the_same_sentence_without_the_naming_word_is_attributed() -> None:
    # the pair of the headline refusal above: only the naming word differs
    q = "“We will never give up on our town.”"
    assert _rows(f"Ana Ruiz ran an essay on Sunday. {q}") == [
        ("direct", "Ana Ruiz", "Ana Ruiz", "ran", q, "quote-orphan-subject:name", 0)]


def test_someone_elses_statement_before_blocks_the_subject() -> None:
    # the sentence before reports Lee's words: the quotation goes on with Lee (rule 7), never
    # with the sentence's subject
    text = f"Ana Ruiz left early, and Tom Lee said the bridge was safe. {Q}"
    assert all("quote-orphan-subject" not in r[5] for r in _rows(text))


_PIECES = [Q, "“No way.”", "“We Will Win!”", "Maria Ortega was blunt.", "He looked tired.",
           "The plan was dead.", "Local fishermen accused the council of lying.", "\n\n", " ",
           "“", "”", "\"", "titled", "said", ",", ".", "Ruiz's rival grows.", "the Board"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=14),
       st.booleans())
def test_offsets_contract_on_arbitrary_text(pieces: list[str], beliefs: bool) -> None:
    text = " ".join(pieces)
    df = checked_attribute(text, beliefs=beliefs)
    for r in df.itertuples():
        if r.rule.startswith("quote-orphan"):
            assert r.kind == "direct"
            assert r.content[:1] in "“\"'‘«" and r.speaker
