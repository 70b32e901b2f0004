"""geneva_nb.attribution.document: the analysed text every rule shares (invented texts only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.attribution.document import _build_doc, _sentence_tok_range


def test_sentence_token_ranges_by_hand() -> None:
    doc = _build_doc(gn.load_article("Ann Lee said no. “We wait,” he said.\n\nThen rain."))
    words = [[t.text for t in doc.toks[slice(*_sentence_tok_range(doc, s))]]
             for s in range(len(doc.sentences))]
    assert words == [["Ann", "Lee", "said", "no", "."],
                     ["“", "We", "wait", ",", "”", "he", "said", "."],
                     ["Then", "rain", "."]]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A. “”\"said,\n")), max_size=80))
def test_sentence_token_ranges_are_tok_at_of_the_sentence_ends(text: str) -> None:
    doc = _build_doc(gn.load_article(text) if text.strip() else gn.load_article("x."))
    assert len(doc.sent_toks) == len(doc.sentences)
    for sid, (a, b) in enumerate(doc.sentences):
        assert _sentence_tok_range(doc, sid) == (doc.tok_at(a), doc.tok_at(b))
