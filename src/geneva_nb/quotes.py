"""Quotation spans in news text: one linear scan that copes with what real articles contain.

:func:`find_quotes` returns the quoted stretches of a text as :class:`QuoteSpan` records, quote
marks included. It follows newswire typography (AP Stylebook; Pareti 2016 on PARC quotes):

- curly (“ ” ‘ ’), straight (" ') and guillemet (« ») marks, and a doubled apostrophe ('')
  standing for a straight double mark (the New York Times archive and some wire feeds);
- single quotes nested inside double quotes belong to the outer quote and are not reported;
  a top-level single-quoted stretch (British style, headlines) is reported with ``mark="single"``,
  while apostrophes ("Russia’s", "NATO,'") are told apart by the characters around them;
- a quote still open at the end of a paragraph continues into the next paragraph when that
  paragraph opens with a quote mark (the convention for multi-paragraph quotations); otherwise it
  ends with its paragraph (``closed=False``);
- an opening mark inside an open quote (“It is ... NATO. “We want ...” — a forgotten closing
  mark) is read as part of the same quotation, never as a quote inside it; one glued to the
  word before it and followed by a space (“It is unusual,“ said Noble) is a closing mark typed
  the wrong way round.

The scan visits each quote character once, so time is linear in the text length, whatever
the number of unbalanced marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .article import paragraph_spans

__all__ = ["QuoteSpan", "find_quotes"]

_QUOTE_CHARS = re.compile("'''|''|[\"'“”‘’«»„‟]")
_OPEN_DOUBLE = "“«„‟"
_CLOSE_DOUBLE = "”»"
_OPENERS_BEFORE = " \t\n\r([{—–-/\u00a0"


class QuoteSpan(NamedTuple):
    """A quoted stretch ``text[start:end]``, marks included."""

    start: int
    end: int
    mark: str  # "double" or "single"
    closed: bool  # False when the quote ran to the end of its paragraph without a closing mark


def find_quotes(
    text: str, paragraphs: Sequence[tuple[int, int]] | None = None
) -> list[QuoteSpan]:
    """The quotations in ``text``, in order, as :class:`QuoteSpan` (marks included).

    ``paragraphs`` are (start, end) spans; by default each line is a paragraph.

    >>> t = 'He said “it is “fine,” she said. Not a ‘scare’ word.'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['“it is “fine,”', '‘scare’']
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    quotes: list[QuoteSpan] = []
    carry: int | None = None  # start of a double quote left open by the previous paragraph
    carry_end = 0
    n = len(text)
    for a, b in paragraphs:
        open_double: int | None = None
        if carry is not None:
            if a < b and (text[a] in _OPEN_DOUBLE or text[a] == '"' or text.startswith("''", a)):
                open_double = carry  # the quotation goes on in this paragraph
                skip = a
            else:
                quotes.append(QuoteSpan(carry, carry_end, "double", False))
                skip = -1
            carry = None
        else:
            skip = -1
        open_single: int | None = None
        # a curly quotation inside a straight one ('"It is about “Equal Justice” now."'): its
        # closing mark closes the inner quotation, not the outer one
        straight = open_double is not None and text[open_double] == '"'
        inner = False
        for m in _QUOTE_CHARS.finditer(text, a, b):
            i, e = m.start(), m.end()
            if i == skip:
                continue
            c = m.group()
            if c in {"''", "'''"}:  # ''': an inner single quote closing too
                c = '"'  # a doubled apostrophe is a straight double mark
            prev = text[i - 1] if i > a else " "
            nxt = text[e] if e < n and e < b else " "
            if c in _OPEN_DOUBLE:
                if open_double is None:
                    open_double, open_single = i, None
                    straight = False
                elif straight and not inner and prev.isspace() and nxt.isalnum() and (
                        text.find("”", e, b) >= 0):
                    inner = True  # a curly quotation opens inside a straight one
                elif not prev.isspace() and (nxt.isspace() or e >= b):
                    # an opening mark typed as the closer: '“It's unusual,“ said Noble'
                    quotes.append(QuoteSpan(open_double, e, "double", True))
                    open_double = None
                # else: an opening mark inside an open quote (forgotten closing mark): same quote
            elif c in _CLOSE_DOUBLE:
                if inner:
                    inner = False  # the inner curly quotation closes
                elif open_double is not None:
                    quotes.append(QuoteSpan(open_double, i + 1, "double", True))
                    open_double = None
                elif prev in _OPENERS_BEFORE and nxt.isalnum():
                    open_double, open_single = i, None  # a closing mark typed as an opener
            elif c == '"':
                if open_double is None:
                    if not nxt.isspace():
                        open_double, open_single = i, None
                        straight, inner = m.group() == '"', False
                elif prev.isspace() and nxt.isalnum():
                    pass  # a second opener inside an open quote: same quote
                else:
                    quotes.append(QuoteSpan(open_double, e, "double", True))
                    open_double = None
            elif open_double is None:  # single marks count only outside double quotes
                if c == "‘" or (c == "'" and open_single is None):
                    if prev in _OPENERS_BEFORE and nxt.isalnum():
                        open_single = i
                elif open_single is not None and not prev.isspace() and not nxt.isalnum():
                    quotes.append(QuoteSpan(open_single, i + 1, "single", True))
                    open_single = None
        if open_double is not None:
            carry, carry_end = open_double, b
    if carry is not None:
        quotes.append(QuoteSpan(carry, carry_end, "double", False))
    quotes.sort()
    return quotes
