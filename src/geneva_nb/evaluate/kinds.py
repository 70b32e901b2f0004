"""Kinds of gold attributions and the quoted passages of a text, for the attribution scorer.

The PolNeAR guidelines (Newell, Margolin & Ruths 2018, ``guidelines/guidelines.pdf``) annotate
far more than quotations: statements, beliefs, knowledge, intentions, desires, attitudes,
support, decrees, perceptions and evidence. A scorer that reports one recall hides where the
misses are, so :func:`attribution_kind` sorts every gold attribution into one of four kinds,
from its content and its cue only (no parser, so the rule is the same for every corpus):

- ``direct``: the content opens with a quotation mark (double, ``''`` or ``‘``; after spaces;
  or the character just before the content is one, for corpora that leave the marks out of
  the span), as in
  ``“We are ready,” he said``;
- ``partial``: the content holds a quoted passage elsewhere: ``he called the talks “useful”``;
- ``indirect``: no quotation mark, and a word of the cue is a speech cue from
  ``data/evaluate/speech_cues.csv`` (``said that``, ``told``, ``according to``, ``:``);
- ``nonspeech``: no quotation mark and no speech cue: beliefs (``thinks``), intentions
  (``plans to``), desires (``wants``), support (``endorsed``), evidence (``a poll shows``),
  decrees (``ruled``). An attribution with no cue at all counts here too.

Quotation marks decide first, so a quoted belief (``he believes the vote is “rigged”``) counts as
partial: the quotation is what a quote extractor is asked to find. *Speech* is direct, partial
and indirect together.

:func:`quoted_passages` finds each pair of double quotation marks (straight ``"``, a doubled
apostrophe ``''`` as some wire feeds write it, curly ``“…”``, guillemets, low-9 ``„``) paragraph by
paragraph, and curly single pairs ``‘…’`` outside them (headlines quote with those; a ``’``
followed by a letter is an apostrophe). An opening mark left unclosed at the end of its
paragraph ends there (the newspaper convention for a quotation continuing in the next
paragraph, which reopens with a mark of its own). Straight single marks are not used: in news
text they are mostly apostrophes. The passages returned are the characters between the marks,
spaces trimmed, so coverage does not depend on whether a span includes the marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .._data import data_path, read_table
from ..cues import tokenize, verb_forms

__all__ = [
    "KINDS",
    "SPEECH_KINDS",
    "attribution_kind",
    "covered_share",
    "is_speech_cue",
    "quoted_passages",
    "speech_cue_words",
]

KINDS = ("direct", "partial", "indirect", "nonspeech")
SPEECH_KINDS = ("direct", "partial", "indirect")
_OPEN = "“«„"
_CLOSE = "”»"
_STRAIGHT = '"'
_MARKS = set(_OPEN + _CLOSE + _STRAIGHT)


@lru_cache(maxsize=1)
def speech_cue_words() -> frozenset[str]:
    """Every lower-case word form that makes a cue a speech cue (from the data file)."""
    path = data_path("evaluate", "speech_cues.csv")
    words: set[str] = set()
    for _line, row in read_table(path, columns=("word", "pos", "note"),
                                 required=("word", "pos"), what="the speech cue list"):
        word = row["word"].lower()
        if not word:
            continue
        words.add(word)
        if row["pos"] == "verb":
            words.update(verb_forms(word))
        else:
            words.add(word + "s")
    return frozenset(words)


def is_speech_cue(cue: str) -> bool:
    """True when a word of ``cue`` is a speech cue (``"said in a statement"``, ``":"``)."""
    words = speech_cue_words()
    return any(tok.text.lower() in words for tok in tokenize(cue))


def _mark(text: str, i: int) -> tuple[str, int]:
    """The quotation mark at ``text[i]``: (kind, length); kind is ``""`` for none."""
    ch = text[i]
    if ch in _OPEN:
        return "open", 1
    if ch in _CLOSE:
        return "close", 1
    if ch == _STRAIGHT:
        return "straight", 1
    if ch == "'" and text.startswith("''", i):
        return "straight", 2  # two apostrophes as a double mark (some wire feeds)
    if ch == "‘":
        return "open1", 1
    if ch == "’" and not (i + 1 < len(text) and text[i + 1].isalnum()):
        return "close1", 1  # not an apostrophe inside a word ("I’m")
    return "", 1


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the text between each pair of quotation marks.

    ``quoted_passages('He said "yes" and “no”.') == [(9, 12), (19, 21)]``. Double marks
    (straight ``"``, a doubled apostrophe ``''``, curly, guillemets, low-9) pair up; a single
    curly pair ``‘…’`` counts only outside a double-quoted passage (headlines quote with them;
    inside a quotation they nest). Passages with no letter or digit are skipped.
    """
    out: list[tuple[int, int]] = []

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(ch.isalnum() for ch in text[a:b]):
            out.append((a, b))

    opened: int | None = None  # inner start of an open double-quoted passage
    single: int | None = None  # inner start of an open single-quoted passage
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\n":
            for start in (opened, single):
                if start is not None:
                    emit(start, i)  # continues in the next paragraph, which reopens
            opened = single = None
            i += 1
            continue
        kind, size = _mark(text, i)
        if single is not None and kind in ("open", "close", "straight"):
            emit(single, i)  # a double mark ends a single-quoted passage
            single = None
        if kind == "open" or (kind == "straight" and opened is None):
            if opened is not None:  # an unclosed mark before: it ends here
                emit(opened, i)
            opened, single = i + size, None
        elif kind in ("close", "straight"):
            if opened is not None:
                emit(opened, i)
                opened = None
        elif kind == "open1" and opened is None:
            single = i + size
        elif kind == "close1" and opened is None and single is not None:
            emit(single, i)
            single = None
        i += size
    for start in (opened, single):
        if start is not None:
            emit(start, n)
    return out


def covered_share(span: tuple[int, int], fragments: Sequence[tuple[int, int]]) -> float:
    """Share of the characters of ``span`` that lie inside ``fragments`` (0..1)."""
    a, b = span
    if b <= a:
        return 0.0
    shared = sum(max(0, min(b, y) - max(a, x)) for x, y in fragments)
    return min(1.0, shared / (b - a))


def _opens_with_quote(text: str, start: int, end: int) -> bool:
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i < end and _mark(text, i)[0] in ("open", "straight", "open1"):
        return True
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return start < end and j >= 0 and (text[j] in _OPEN + _STRAIGHT + "‘"
                                       or text.endswith("''", 0, j + 1))


def _has_quote(text: str, start: int, end: int) -> bool:
    return any(ch in _MARKS or ch == "‘" for ch in text[start:end]) or "''" in text[start:end]


def attribution_kind(text: str, content: Sequence[tuple[int, int]], cue: str | None) -> str:
    """``direct``, ``partial``, ``indirect`` or ``nonspeech`` (rules in the module docstring)."""
    frags = sorted(content)
    if not frags:
        return "nonspeech"
    if _opens_with_quote(text, frags[0][0], frags[0][1]):
        return "direct"
    if any(_has_quote(text, a, b) for a, b in frags):
        return "partial"
    if cue and is_speech_cue(cue):
        return "indirect"
    return "nonspeech"
