"""No catastrophic work: effort grows linearly with input on pathological text (issues 7, 14).

Each case runs the same public function on an input and on ten copies of it and compares the
work done, counted two ways:

- **Python lines executed in the package** (``sys.settrace``), a count that does not depend on
  the machine: linear work gives a ratio near 10, quadratic near 100; the bound is 12. The
  remembered sentence spans (:func:`geneva_nb.nlp.sentence_spans`) are forgotten first, so
  both runs do the whole work.
- **CPU time** of this process (best of three, ``time.process_time``), for what the line count
  cannot see: work inside C code, such as a regular expression backtracking, or slicing a long
  string once per word. Noisier, so the bound is 35 (still far below quadratic).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb import nlp

PACKAGE = str(Path(gn.__file__).resolve().parent)

# each about 4,000 characters (ten copies stay under gn.tone's 100,000-character limit)
PATHOLOGICAL = {
    "unbalanced quotes": "“ " * 500 + "‘ \" ' " * 150,
    "capitalised run": "Deputy Foreign Minister Sergei Ryabkov " * 100,
    "no punctuation": "the talks went on and on without a stop " * 100,
    "said without quotes": "said said according to he said she told " * 100,
    "dates and numbers": "December 17 2008 7.5 hours in 2014 Monday " * 100,
    "many dated sentences": "On Monday, “we met,” she said. " * 130,
}
FUNCTIONS = ["load_article", "sentences", "attribute", "timexes", "tone", "tone_by_side",
             "chronology"]


def _lines(fn: Callable[[str], object], text: str) -> int:
    """Lines of the package's own code executed by ``fn(text)``."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    nlp._remembered_spans.cache_clear()
    sys.settrace(calls)
    try:
        fn(text)
    finally:
        sys.settrace(None)
    return count


def _cpu(fn: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        nlp._remembered_spans.cache_clear()
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return best


def _stage(name: str) -> Callable[[str], object]:
    fn = getattr(gn, name)  # a public function that disappeared fails here: no skipping
    if name == "load_article":
        return lambda s: fn(s.encode())  # bytes: always text, never a path
    return fn


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("func", FUNCTIONS)
def test_work_grows_linearly(func, case):
    fn = _stage(func)
    one = PATHOLOGICAL[case]
    ten = "\n".join([one] * 10)
    fn(one)  # load the cached resources (lexicons, tagger) before counting
    small, large = _lines(fn, one), _lines(fn, ten)
    assert small > 0, f"gn.{func} ran none of the package's code"
    assert large / small < 12, (
        f"gn.{func} on {case!r}: 10x input ran {large / small:.1f}x the lines")
    ratio = _cpu(fn, ten) / max(_cpu(fn, one), 1e-3)
    assert ratio < 35, f"gn.{func} on {case!r}: 10x input took {ratio:.0f}x the CPU time"
