"""A content the sentence splitter cut inside a quotation runs to the quotation's end
(issue 11, item 4: multi-sentence quotations cut at a sentence end).

Rule of :mod:`geneva_nb.attribution.cascade` (``_finish_quotations``): when a statement's
content holds the opening mark of a closed quotation and ends inside it, the marks say the
words go on, so the content ends at the closing mark; not when another statement starts in
the rest, and never across paragraphs. Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def _contents(text: str, **kw: bool) -> list[str]:
    return list(checked_attribute(text, **kw)["content"])


def test_reported_content_runs_to_the_closing_mark():
    text = ("One ad, which is airing now, argues that “only Lena Park can win. Her rivals "
            "cannot.” Polls disagree.")
    assert _contents(text) == ["“only Lena Park can win. Her rivals cannot.”"]


def test_a_participle_continuation_keeps_the_whole_quotation():
    text = "“It has been a mess,” Moss said, adding, “Nobody cares. And frankly, I am fine.”"
    assert _contents(text) == ["“It has been a mess,”",
                               "“Nobody cares. And frankly, I am fine.”"]


def test_the_same_with_beliefs():
    text = ("One ad, which is airing now, argues that “only Lena Park can win. Her rivals "
            "cannot.” Polls disagree.")
    assert "“only Lena Park can win. Her rivals cannot.”" in _contents(text, beliefs=True)


def test_a_whole_quotation_is_left_as_it_is():
    text = "“We are ready. We will wait,” Ryabkov said. Nobody answered."
    assert _contents(text) == ["“We are ready. We will wait,”"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["“", "”", '"', "A. ", "B.", " argues that ", "Moss said, ",
                                 "adding, ", "\n", "x"]), max_size=14))
def test_any_text_keeps_the_span_contract(parts):
    text = "".join(parts)
    for r in gn.attribute(text).itertuples():
        assert text[r.content_start:r.content_end] == r.content


def test_a_curly_quotation_inside_a_straight_one_does_not_close_it():
    from geneva_nb.quotes import find_quotes

    text = ('Dr. Ann Ward said:\n"The agency is not about “equal justice” any more. It is '
            'about power."\nThe law took effect in March.')
    assert [text[q.start:q.end] for q in find_quotes(text)] == [
        '"The agency is not about “equal justice” any more. It is about power."']
    assert _contents(text) == [
        '"The agency is not about “equal justice” any more. It is about power."']
    # a curly closing mark with no curly opener inside still closes the straight quotation
    text = 'He said "we are done.” Then he left.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ['"we are done.”']
