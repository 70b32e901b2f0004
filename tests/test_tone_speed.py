"""The tone stage's fast paths (issue 14) give exactly what the plain computations give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb import register


def test_literal_run_is_the_longest_top_level_run_of_plain_characters():
    run = register._literal_run
    assert run(re.compile(r"(?P<x>\b[a-z]+), not (?P<y>[a-z]+)", re.I)).pattern == r",\ not\ "
    assert run(re.compile(r"ab(c|d)efg")).pattern == "efg"
    assert run(re.compile(r"(?x) a b (c)")).pattern == "ab"  # verbose: spaces are not literal
    assert run(re.compile(r"ab|cde")) is None  # one top-level branch, no run outside it
    assert run(re.compile(r"\w+")) is None
    assert run(re.compile("x", re.I)).flags == re.compile("x", re.I).flags


_REGEX_PIECES = ["guarantees", "promises", ", not ", ", NOT ", ", Not ", ",not ", ", not", "not ",
                 "ſ", "K", "ß", " ", ",", "-", "tired", "a b", "İ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REGEX_PIECES) | st.text(max_size=4), max_size=12))
def test_regex_rows_with_the_prefilter_are_every_match(parts):
    text = "".join(parts)
    expected = [m.span() for p, _ in register._regexes() for m in p.finditer(text)]
    got = [m.span() for f, p, _ in register._regex_prefilters()
           if f is None or f.search(text) for m in p.finditer(text)]
    assert got == expected
