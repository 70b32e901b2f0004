"""Properties of loading and splitting that must hold for any text a user can give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.errors import DecodeError, EmptyArticleError

# text that looks like news now and then: quotes, markers, breaks, mixed scripts, controls
NEWSY = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from([*"“”‘’\"'.,;:!? \n\t", "[ad_1]", "Source link", "U.S.", " said "]),
    ),
    max_size=60,
).map("".join)


_AD_MARKER = re.compile(r"\[\s*(?:ad|ads|advert|advertisement)(?:[_\- ]?\d{1,3})?\s*\]", re.I)


def _has_article_text(s: str) -> bool:
    """A line with more than 60 characters besides ad markers, a letter or digit among them: no
    widget line (those are short), no marker, so it survives cleaning. Bytes that cannot be
    decoded (NUL, lone surrogates) and anything that may be read as HTML are left out."""
    if "\x00" in s or "<" in s or any("\ud800" <= c <= "\udfff" for c in s):
        return False
    for line in re.split(r"[\r\n]", s):
        rest = _AD_MARKER.sub("", line)
        if len(rest.strip()) > 60 and any(c.isalnum() for c in rest):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_load_article_cleans_any_text_or_says_why(s):
    try:
        art = gn.load_article(s.encode("utf-8", "surrogatepass"))
    except (EmptyArticleError, DecodeError) as exc:
        # only text with nothing left after cleaning, or bytes that are not text, may fail
        assert str(exc) and not _has_article_text(s), s
        return
    assert art.text and art.text == art.text.strip()
    # every character that survived cleaning maps back to the same character in the raw text
    for i, ch in enumerate(art.text):
        if not ch.isspace():
            assert art.raw[art.to_raw(i)] == ch
    # every removal is real raw text
    for r in art.removed:
        assert art.raw[r.raw_start : r.raw_end] == r.text


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_sentences_have_valid_offsets_and_are_deterministic(s):
    first = gn.sentences(s)
    for row in first.itertuples():
        assert 0 <= row.start < row.end <= len(s)
        assert s[row.start : row.end] == row.text
        assert "\n" not in row.text
    assert first.equals(gn.sentences(s))
    assert list(first.start) == sorted(first.start)


SENTENCE = "The delegations met in Geneva on Monday and talked for about seven hours."


@settings(max_examples=150, deadline=None)
@given(NEWSY.filter(lambda s: "\x00" not in s and "<" not in s), st.booleans())
def test_ordinary_text_always_loads_whatever_surrounds_it(noise, before):
    # an ordinary sentence on its own line survives any noise around it, word for word
    s = f"{noise}\n{SENTENCE}\n" if before else f"{SENTENCE}\n{noise}"
    art = gn.load_article(s.encode("utf-8", "surrogatepass"))
    assert SENTENCE in art.text.splitlines()
