"""geneva_nb.cues: tokenize (tokens, offsets, lower-cased forms) and verb_forms (invented
texts only)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb.cues import _ABBREV, _PARTY_TAG, PROGRESSIVE, THAT, Tok, tokenize, verb_forms

# the token pattern as first written, with one alternation per character of a word
_OLD_TOKEN = re.compile(rf"{_ABBREV}|{_PARTY_TAG}|[^\W_](?:[\w'’&-]|\.(?=[^\W_]))*|[^\w\s]")


def _reference(text: str) -> list[Tok]:
    """The tokenizer as first written: that pattern, one ``Tok(...)`` call per match."""
    return [Tok(m.group(), m.start(), m.end(), m.group().lower())
            for m in _OLD_TOKEN.finditer(text)]


def test_tokens_by_hand() -> None:
    toks = tokenize("Mr. Ärger said: “No.”")
    assert toks == [("Mr.", 0, 3, "mr."), ("Ärger", 4, 9, "ärger"), ("said", 10, 14, "said"),
                    (":", 14, 15, ":"), ("“", 16, 17, "“"), ("No", 17, 19, "no"),
                    (".", 19, 20, "."), ("”", 20, 21, "”")]
    assert all(type(t) is Tok for t in toks)
    assert toks[1].text == "Ärger" and toks[1].start == 4 and toks[1].end == 9
    assert toks[1].low == "ärger"
    assert tokenize("") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZİΣσßé '’.-_&,“”\n\t1MrsDN.Y(I)")) | st.characters(),
               max_size=80))
def test_tokenize_is_the_reference(text: str) -> None:
    toks = tokenize(text)
    assert toks == _reference(text)
    for t in toks:
        assert type(t) is Tok
        assert text[t.start:t.end] == t.text and t.low == t.text.lower()


def test_full_stops_inside_words_by_hand() -> None:
    texts = [t.text for t in tokenize("U.S. officials, e.g. Mr. O’Neil-Smith & Co. said_it.")]
    assert texts == ["U.S", ".", "officials", ",", "e.g", ".", "Mr.", "O’Neil-Smith", "&", "Co",
                     ".", "said_it", "."]


# --- verb forms: the cue tables hold each lemma's past, third person and -ing form -------------

@pytest.mark.parametrize(("lemma", "forms"), [
    ("say", ("said", "says", "saying")),          # irregular
    ("concur", ("concurred", "concurs", "concurring")),  # stress on the last syllable
    ("brag", ("bragged", "brags", "bragging")),    # one syllable, consonant-vowel-consonant
    ("offer", ("offered", "offers", "offering")),  # stress on the first syllable: no doubling
    ("bet", ("bet", "bets", "betting")),           # past = lemma
    ("see", ("saw", "sees", "seeing")),
    ("find", ("found", "finds", "finding")),
    ("urge", ("urged", "urges", "urging")),        # silent e
    ("deny", ("denied", "denies", "denying")),     # consonant + y
    ("push", ("pushed", "pushes", "pushing")),     # -es after sh
])
def test_verb_forms_spell_english_inflections(lemma, forms):
    assert verb_forms(lemma) == forms


def test_a_doubled_past_is_a_cue_in_the_cue_tables():
    # 'concurred' and 'bragged' were spelt 'concured' / 'braged' and so never read as cues
    assert THAT["concurred"] == "concur" and THAT["bragged"] == "brag"
    assert "bragging" in PROGRESSIVE and "braging" not in PROGRESSIVE
