"""Attribution's fast paths give what the plain loops they replace give: the per-token quotation
marks of the analysed text, on arbitrary texts made of names, titles, quotation marks and
punctuation (invented only)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb.article import as_article
from geneva_nb.attribution.document import _SENT_END, _build_doc, _Doc

_PIECES = st.sampled_from([
    "Ms Berg", "Mr. Holt", "Tom Hale", "Maria Lopez", "Pieter de Vries", "de", "Sen.", "Dr",
    "met", "said", "He", "she", "The Second Island Chain", "“", "”", "\"", "‘", "’", ",", ".",
    "?", "!", " ", " ", "\n", "\n\n", "“We wait.”", "“a fantasy”", "Anna", "O’Neil", "x",
    "BERLIN (AP) — ", "Ann Lee (R-S.C.):", "In Paris, ", "U.S.", "É"]) | st.text(max_size=3)
_TEXTS = st.lists(_PIECES, min_size=1, max_size=25).map(" ".join)


def _doc(text: str) -> _Doc:
    return _build_doc(as_article(text))


def _marks_by_loop(doc: _Doc) -> tuple[bytearray, bytearray]:
    """The per-token marks (inside a quotation; inside a short phrase or title) set one token
    at a time, as _build_doc set them before."""
    toks = doc.toks
    in_quote, in_phrase = bytearray(len(toks)), bytearray(len(toks))
    for q in doc.quotes:
        i, e = doc.tok_at(q.start), doc.tok_at(q.end)
        words = sum(1 for j in range(i, e) if toks[j].text[:1].isalnum())
        titled = words <= 8 and all(toks[j].text[:1].isupper() for j in range(i, e)
                                    if toks[j].text.isalpha() and len(toks[j].text) >= 4)
        phrase = q.closed and (words <= 3 or titled) and not any(
            toks[j].text in _SENT_END for j in range(i, e))
        for j in range(i, e):
            in_quote[j] = 1
            in_phrase[j] = phrase
    return in_quote, in_phrase


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_quotation_marks_are_the_per_token_ones(text: str) -> None:
    doc = _doc(text)
    assert (doc.in_quote, doc.in_phrase) == _marks_by_loop(doc)


def test_quotation_marks_by_hand() -> None:
    doc = _doc("Ms Berg met Tom Hale. He called it “a fantasy” and said “We wait.”")
    words = [t.text for t in doc.toks]
    phrase = [w for w, m in zip(words, doc.in_phrase, strict=True) if m]
    quoted = [w for w, m in zip(words, doc.in_quote, strict=True) if m]
    assert phrase == ["“", "a", "fantasy", "”"]  # a short phrase; a whole sentence is none
    assert quoted == ["“", "a", "fantasy", "”", "“", "We", "wait", ".", "”"]
