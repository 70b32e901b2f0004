"""The offline language resources: sentence splitting, tokens with tags, VADER and Pattern."""

from __future__ import annotations

import math

import pytest

from geneva_nb import nlp


def test_abbreviations_do_not_end_sentences():
    text = (
        "The U.S. delegation met on Dec. 17 with Gen. Smith and Mr. Jones. He left at 5 p.m. Then?"
    )
    got = [text[a:b] for a, b in nlp.sentence_spans(text)]
    assert got == [
        "The U.S. delegation met on Dec. 17 with Gen. Smith and Mr. Jones.",
        "He left at 5 p.m. Then?",  # "p.m." is an abbreviation: the split is missed, on purpose
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "She called it “sincere and direct.” He left. “No,” she said."
    assert [text[a:b] for a, b in nlp.sentence_spans(text)] == [
        "She called it “sincere and direct.”",
        "He left.",
        "“No,” she said.",
    ]


def test_sentences_never_cross_a_line_break():
    text = "First line without a stop\nSecond line."
    assert [text[a:b] for a, b in nlp.sentence_spans(text)] == [
        "First line without a stop",
        "Second line.",
    ]


def test_tokens_have_offsets_and_penn_tags():
    text = "Russia’s envoy didn't agree."
    toks = nlp.tokens(text)
    assert [t.text for t in toks] == ["Russia", "’s", "envoy", "did", "n't", "agree", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)
    tags = {t.text: t.tag for t in toks}
    assert tags["Russia"] == "NNP" and tags["’s"] == "POS" and tags["."] == "."


def test_vader_uses_the_wheel_lexicon():
    # "good" has mean valence 1.9 in vader_lexicon.txt; compound = 1.9 / sqrt(1.9² + 15)
    assert nlp.vader().polarity_scores("good")["compound"] == pytest.approx(
        round(1.9 / math.sqrt(1.9**2 + 15), 4), abs=1e-4
    )
    assert nlp.vader() is nlp.vader()  # cached


def test_pattern_sentiment_reads_diplomats_literally():
    # the reason the project adds a diplomatic register: Pattern scores "frank and candid" +0.6
    assert nlp.pattern_sentiment("frank and candid") == pytest.approx((0.6, 0.8))
