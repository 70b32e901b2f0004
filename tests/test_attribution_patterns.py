"""What real reporters write: one test group per rule family learnt from PolNeAR train errors.

Every text here is invented for the test (no corpus text); the expected rows are worked out by
hand from the annotation conventions (PolNeAR / PARC: source, cue, content; a quotation's
marks are part of its content).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.quotes import find_quotes


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, speaker, cue, content) of each statement, with the offsets contract checked."""
    df = gn.attribute(text)
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content
        assert text[r.mention_start:r.mention_end] == r.mention
        assert text[r.cue_start:r.cue_end] == r.cue
    return [(r.kind, r.speaker, r.cue, r.content) for r in df.itertuples()]


# --- doubled apostrophes as quotation marks (archive and wire typography) -------------------

def test_doubled_apostrophes_are_a_double_quotation_mark():
    text = "Ms. Orlov wrote: ''We will not sign it.'' It's the mayor's call, he said."
    spans = [text[q.start:q.end] for q in find_quotes(text)]
    assert spans == ["''We will not sign it.''"]  # the apostrophes of "It's" open nothing


def test_a_quotation_in_doubled_apostrophes_gets_its_speaker():
    text = "''The bridge will reopen in May,'' Mayor Lena Ortiz said on Tuesday."
    assert _rows(text) == [
        ("direct", "Lena Ortiz", "said", "''The bridge will reopen in May,''"),
    ]


def test_doubled_apostrophes_continue_across_paragraphs():
    text = ("Mr. Halvorsen said: ''The budget is not enough. We asked for more.\n\n"
            "''And we will keep asking until the roads are fixed.''")
    spans = [text[q.start:q.end] for q in find_quotes(text)]
    assert spans == [text[text.index("''"):]]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\n,.:\"“”")), max_size=80))
def test_quote_spans_stay_ordered_and_inside_the_text(text):
    spans = find_quotes(text)
    assert all(0 <= q.start < q.end <= len(text) for q in spans)
    assert [q.start for q in spans] == sorted(q.start for q in spans)
