"""Quoted passages with the right speaker: the rules added from the PolNeAR train errors
(issue 11), one test per rule.

Every text here is invented for the test and annotated by hand: each expectation says which
statement the text contains (speaker, kind, content) and, for the precision side, which it
does not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def rows(text: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, content) of every statement, in text order."""
    df = gn.attribute(text)
    return list(zip(df["kind"], df["speaker"], df["content"], strict=True))


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker of the statement whose content holds the quotation ``quote``, or None."""
    df = gn.attribute(text)
    a = text.index(quote)
    b = a + len(quote)
    for s, e, who in zip(df["content_start"], df["content_end"], df["speaker"], strict=True):
        if s <= a and b <= e:
            return str(who)
    return None


# --- reported content stops before another statement's speaker and cue --------------------

def test_reported_content_stops_before_a_second_speakers_quotation():
    # 'said the audit was fair' is Mara Hill's; the quotation is Tom Reyes's, introduced by
    # his own cue 'interjected:'. Hill's content must not swallow Reyes's clause and quotation.
    text = ("Mara Hill said the audit was fair, to which Tom Reyes interjected: "
            "“It is just not true.”")
    assert rows(text) == [
        ("indirect", "Mara Hill", "the audit was fair"),
        ("direct", "Tom Reyes", "“It is just not true.”"),
    ]


def test_subordinate_reported_clause_leaves_the_main_clause_to_its_speaker():
    # 'When Lee suggested that X, Ames fired back: “Q”': X is Lee's, Q is Ames's
    text = ("When Lee suggested that the city would sue the state, Ames fired back forcefully: "
            "“If they sue us in a court, they are going to lose.”")
    assert rows(text) == [
        ("indirect", "Lee", "the city would sue the state"),
        ("direct", "Ames", "“If they sue us in a court, they are going to lose.”"),
    ]


# --- any text: the offsets contract holds for every rule added here ----------------------

_WORDS = st.sampled_from([
    "Then,", "Instead,", "But", "said", "says", "Ames", "Lee", "he", "she", "the", "plan",
    "“", "”", ",", ".", ":", "fired", "back", "to", "which", "interjected", "about", "it",
    "When", "suggested", "that", "\n", "added", "Reyes", "was", "dead", "Mr.", "quipped",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_offsets_contract_holds_on_arbitrary_quote_soup(words):
    text = " ".join(words)
    df = gn.attribute(text)
    for s, e, content in zip(df["content_start"], df["content_end"], df["content"], strict=True):
        assert text[s:e] == content and content.strip()
    for s, e, mention in zip(df["mention_start"], df["mention_end"], df["mention"], strict=True):
        assert text[s:e] == mention


# --- names with initials; roundup labels after a dash -------------------------------------

def test_a_middle_initial_stays_in_the_speakers_name():
    # before: the full stop of the initial ended the mention ('J' / 'Gerald J')
    assert rows("“We won,” said J. Gerald Hebert, a lawyer.") == [
        ("direct", "J. Gerald Hebert", "“We won,”")]
    assert rows("“We won,” said Alan A. Milne.") == [("direct", "Alan A. Milne", "“We won,”")]


def test_roundup_label_with_initials_or_two_names_after_a_dash():
    # a poll roundup: headline, dash, the authors, a colon and their words
    quote = "“The polls closed too early, and the voters moved late.”"
    assert rows(f"POLLS WERE NOT WRONG - Michael P. McDonald: {quote}") == [
        ("direct", "Michael P. McDonald", quote)]
    two = rows(f"POLLS WERE NOT WRONG - Mark Blumenthal and Jon Cohen: {quote}")
    assert [(k, c) for k, _, c in two] == [("direct", quote)]
    assert two[0][1] == "Mark Blumenthal and Jon Cohen"
    # no dash lead: 'and' between capitals is no speaker label ('Bread and Circuses: “…”')
    assert rows(f"Bread and Circuses: {quote}") == []
