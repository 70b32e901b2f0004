"""Helpers shared by the attribution tests (not a test module: pytest does not collect it)."""

from __future__ import annotations

import pandas as pd

import geneva_nb as gn


def checked_attribute(text: str, *, beliefs: bool = False) -> pd.DataFrame:
    """``gn.attribute(text, beliefs=beliefs)``, after checking the offsets contract on every
    row: content, mention and cue are each the text between their offsets."""
    df = gn.attribute(text, beliefs=beliefs)
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content
        assert text[r.mention_start:r.mention_end] == r.mention
        assert text[r.cue_start:r.cue_end] == r.cue
    return df


def attribute_rows(text: str, *, beliefs: bool) -> list[tuple[str, str, str, str, str]]:
    """:func:`checked_attribute` as (kind, mention, cue, content, rule family) tuples."""
    return [(r.kind, r.mention, r.cue, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text, beliefs=beliefs).itertuples()]


#: the opening sentence the variant tables put before each text: it names both speakers
VARIANT_OPENING = "Senator Ann Cole of Ohio met Governor Tom Reed on Friday in Columbus.\n\n"


def variant_rows(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, mention, cue, content) of the rows of ``VARIANT_OPENING + text`` that lie
    after the opening sentence."""
    df = checked_attribute(VARIANT_OPENING + text)
    return [(r.speaker, r.mention, r.cue, r.content) for r in df.itertuples()
            if r.content_start >= len(VARIANT_OPENING)]
