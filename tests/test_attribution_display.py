"""Things with words on them speak through a relative clause (issue 11, item 4):
'water bottles that said, “…”', 'a headline which read “…”'.

Rule of :mod:`geneva_nb.attribution.quotations` (``_display_speaker``): a noun of
``[display_nouns]`` (``data/attribution/words.txt``), then 'that'/'which' and 'said', 'says',
'read' or 'reads' right before the quotation; the noun phrase is the speaker. Invented texts;
the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute


def _rows(text: str) -> list[tuple[str, str]]:
    df = checked_attribute(text)
    return list(zip(df["mention"], df["content"], strict=True))


def test_bottles_that_said_speak_the_quotation():
    text = "Volunteers handed out water bottles that said, “The harbour welcomes you.”"
    assert _rows(text) == [("water bottles", "“The harbour welcomes you.”")]


def test_a_banner_which_read_without_a_comma():
    text = "Above the stage hung a banner which read “Lower rents now.” The crowd cheered."
    assert _rows(text) == [("a banner", "“Lower rents now.”")]


def test_a_noun_that_has_no_words_on_it_is_left_to_the_other_rules():
    text = 'The river that said "hello" to nobody was cold.'
    assert _rows(text) == []
