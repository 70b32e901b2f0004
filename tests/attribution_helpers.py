"""Helpers shared by the attribution tests (not a test module: pytest does not collect it)."""

from __future__ import annotations

import geneva_nb as gn


def attribute_rows(text: str, *, beliefs: bool) -> list[tuple[str, str, str, str, str]]:
    """``gn.attribute(text)`` as (kind, mention, cue, content, rule family) tuples.

    Checks the offsets contract on every row first: each span column is the text between its
    offsets.
    """
    df = gn.attribute(text, beliefs=beliefs)
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content
        assert text[r.mention_start:r.mention_end] == r.mention
        assert text[r.cue_start:r.cue_end] == r.cue
    return [(r.kind, r.mention, r.cue, r.content, r.rule.split(":")[0]) for r in df.itertuples()]
