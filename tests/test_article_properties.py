"""Properties of loading and splitting that must hold for any text a user can give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.errors import GenevaNbError

# text that looks like news now and then: quotes, markers, breaks, mixed scripts, controls
NEWSY = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from([*"“”‘’\"'.,;:!? \n\t", "[ad_1]", "Source link", "U.S.", " said "]),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_load_article_cleans_any_text_or_says_why(s):
    try:
        art = gn.load_article(s.encode("utf-8", "surrogatepass"))
    except GenevaNbError:
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
