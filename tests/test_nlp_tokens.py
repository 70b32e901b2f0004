"""geneva_nb.nlp.tokens: its one-split tokenizer gives the tokens of word_spans, tagged as
before (invented texts only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb import nlp


def _reference(text: str, *, one_sentence: bool = False) -> list[nlp.Token]:
    """nlp.tokens as first written: word_spans per sentence, each token cut and tagged."""
    out = []
    whole = [nlp._trim(text, 0, len(text))] if one_sentence else nlp.sentence_spans(text)
    for s0, s1 in whole:
        sentence = text[s0:s1]
        local = nlp.word_spans(sentence)
        if s0 >= s1 or not local:
            continue
        safe = nlp._SURROGATE_RE.sub("\ufffd", sentence).replace("’", "'")
        tags = nlp._pattern_tags([safe[a:b] for a, b in local])
        out += [nlp.Token(sentence[a:b], s0 + a, s0 + b, tag)
                for (a, b), tag in zip(local, tags, strict=True)]
    return out


_PIECES = st.one_of(
    st.text(max_size=5),
    st.characters(),
    st.sampled_from([" ", "\n", "\t", "don't", "DON'T", "won’t", "can’t", "isn't", "n't", "n’t",
                     "nn't", "'t", "x'", "’s", "'re", "Russia’s", "U.S.", "e.g.", "a.m.", "7.5%",
                     "1,000", "10:30", "de-escalation", "-", "—", "“", "”", "\ud800", "ſ", "K",
                     "İ", "_", "__n't", "2n't", "Σ", ".", ",", "Mr.", "talks", "Blorpish"]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.booleans())
def test_tokens_are_the_reference(text: str, one_sentence: bool) -> None:
    toks = nlp.tokens(text, one_sentence=one_sentence)
    assert toks == _reference(text, one_sentence=one_sentence)
    assert all(type(t) is nlp.Token and text[t.start:t.end] == t.text for t in toks)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_split_pattern_finds_the_token_pattern_s_matches(text: str) -> None:
    parts = nlp._TOKEN_SPLIT_RE.split(text)
    assert parts[1::2] == [m.group() for m in nlp._TOKEN_RE.finditer(text)]


def test_tokens_by_hand() -> None:
    text = "We didn’t go.\nU.S. aid rose 7.5%."
    toks = nlp.tokens(text)
    assert [(t.text, t.start, t.end) for t in toks] == [
        ("We", 0, 2), ("did", 3, 6), ("n’t", 6, 9), ("go", 10, 12), (".", 12, 13),
        ("U.S.", 14, 18), ("aid", 19, 22), ("rose", 23, 27), ("7.5%", 28, 32), (".", 32, 33)]
    assert [t.tag for t in toks][:3] == ["PRP", "VBD", "RB"]  # n’t tagged as n't


def test_word_tags_are_decided_once_within_a_bound(monkeypatch) -> None:
    from textblob.en import parser

    words = ["The", "talks", "Blorpish", "blorped", "1,000", "the", "Talks", "quickly"]
    monkeypatch.setattr(nlp, "_WORD_TAGS_MEMO", 3)
    nlp._WORD_TAGS.clear()
    for _ in range(2):  # decided afresh, then (some) remembered
        assert nlp._pattern_tags(words) == [t for _, t in parser.find_tags(words)]
        assert len(nlp._WORD_TAGS) <= 3
    assert nlp._pattern_tags(["Talks", "talks"]) == ["NNS", "NNS"]  # first word: lower case too
    assert nlp._pattern_tags(["Blorpish", "Blorpish"]) == ["NNP", "NNP"]
    assert nlp._pattern_tags([]) == []


_NO_APOSTROPHE = st.one_of(st.text(max_size=5).map(lambda s: s.replace("'", "").replace("’", "")),
                           st.sampled_from([" ", "U.S.", "e.g.", "7.5%", "1,000", "de-escalation",
                                            "-", "—", "ſ", "K", "İ", "_", "nt", "Σ", "talks"]))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(_PIECES, max_size=25).map("".join),
                 st.lists(_NO_APOSTROPHE, max_size=25).map("".join)))
def test_faster_token_patterns_find_the_token_pattern_s_matches(text: str) -> None:
    # the guarded pattern everywhere, the one without the apostrophe branches where it is used
    expected = [m.span() for m in nlp._TOKEN_RE.finditer(text)]
    assert [m.span() for m in nlp._TOKEN_GUARDED_RE.finditer(text)] == expected
    assert [m.span() for m in nlp._token_re(text).finditer(text)] == expected
    if "'" not in text and "’" not in text:
        assert [m.span() for m in nlp._TOKEN_PLAIN_RE.finditer(text)] == expected


def test_token_pattern_by_apostrophes() -> None:
    assert nlp._token_re("We did not go.") is nlp._TOKEN_PLAIN_RE
    assert nlp._token_re("We didn’t go.") is nlp._TOKEN_GUARDED_RE
    assert nlp.folded_words("U.S. aid isn't 7.5% higher") == (
        "u.s.", "aid", "is", "n't", "7.5%", "higher")
    assert nlp.folded_words("U.S. aid is not 7.5% higher") == (
        "u.s.", "aid", "is", "not", "7.5%", "higher")


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_sentence_tokens_are_the_tokens_of_one_sentence_with_their_offsets(text: str) -> None:
    toks, starts, ends = nlp.sentence_tokens(text)
    assert toks == _reference(text, one_sentence=True)
    assert starts == [t.start for t in toks] and ends == [t.end for t in toks]
