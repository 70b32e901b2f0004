"""First-person quotations: a writer quoting their own words (issue 11, item 4).

Rule family of :mod:`geneva_nb.attribution.quotations`: 'I' right beside the speech verb of a
closed quotation speaks it ('“Okay,” I said', 'I said, “…”'); the quotation after it
continues the act. 'I' in unmarked dialogue stays no speaker. Invented texts; the expected
rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute

import geneva_nb as gn


def _rows(text: str) -> list[tuple[str, str, int]]:
    df = checked_attribute(text)
    return list(zip(df["mention"], df["content"], df["attribution_id"], strict=True))


def test_i_said_after_a_quotation_and_its_continuation():
    text = "“Fair enough,” I said, trying to smile. “I was nineteen when I came here.”"
    assert _rows(text) == [("I", "“Fair enough,”", 0),
                           ("I", "“I was nineteen when I came here.”", 0)]


def test_i_said_before_a_quotation():
    text = "Then the judge looked up. I said, “I regret what I did.” Nobody moved."
    assert _rows(text) == [("I", "“I regret what I did.”", 0)]


def test_i_in_unmarked_text_is_no_speaker():
    assert gn.attribute("I said the river was cold, and I left.").empty
