"""The diplomatic register: lexicon cues and the rules that shift them (negation, contrast, hedges).

General-purpose sentiment lexicons misread diplomats. "Frank and candid" talks are talks where the
sides disagreed (TextBlob rates the phrase +0.6); "they did not agree with the restrictions" is
open disagreement (TextBlob: positive); "guarantees, not promises" is a demand phrased as a
contrast. This module owns the hand-written lexicon ``data/lexicons/diplomatic.csv`` (every row:
term or pattern, category, valence, a note with the rationale and a source) and applies it.

Method (rule-based, after VADER's heuristics; Hutto & Gilbert 2014, section 3):

1. Phrases are matched on word tokens (``geneva_nb.nlp.word_spans``), case-insensitively, longest
   first and without overlap; ``*`` at the end of a word matches any continuation (``condemn*``).
   Rows of kind ``regex`` are matched on the text (the contrast rule "X, not Y").
2. An evaluative cue (categories ``register``, ``deescalation``, ``conflict``, ``demand``,
   ``warning``, ``contrast``) is modified by the words before it in its clause (up to three
   tokens back, stopping at punctuation and "but"): a **negator** flips and damps it (x -0.74,
   VADER's N_SCALAR), an **intensifier** multiplies it (x1.3..1.4), a **hedge** softens it
   (x0.6..0.7).
3. **Contrast**: cues in a clause before "but"/"however"/"yet" count half, cues after it count
   1.5 times (VADER's "but" rule); in "X, not Y" the rejected Y is negated by rule 2.

Each matched :class:`Cue` keeps its span and a ``why`` that names every rule applied, so a student
can see exactly how a score came about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from . import nlp
from ._data import data_path, read_table
from .errors import DataFileError

__all__ = [
    "EVALUATIVE",
    "Cue",
    "LexiconEntry",
    "cues",
    "lexicon",
    "party_mentions",
]

#: categories whose rows carry a valence (the others carry a multiplier)
EVALUATIVE = frozenset({"register", "deescalation", "conflict", "demand", "warning", "contrast"})
#: categories that mark the speaker confronting another party
CONFRONTING = frozenset({"conflict", "demand", "warning", "contrast"})
_MODIFIERS = frozenset({"negator", "intensifier", "hedge"})
#: rows that name another party (counted by :func:`party_mentions`, never scored)
PARTY = "party"
_CATEGORIES = EVALUATIVE | _MODIFIERS | {PARTY}
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "-", "but", "however",
                           "yet", "although", "though", "while", "whereas"})
_CONTRAST = frozenset({"but", "however", "yet"})
_LOOKBACK = 3


class LexiconEntry(NamedTuple):
    """One row of ``data/lexicons/diplomatic.csv``."""

    term: str
    kind: str  # "phrase" or "regex"
    category: str
    valence: float  # valence in -1..1 for evaluative rows; a multiplier for modifiers
    note: str
    source: str


class Cue(NamedTuple):
    """A lexicon entry matched in a text, with the valence after the rules were applied."""

    term: str  # the lexicon entry (e.g. "condemn*" or the contrast pattern's name)
    text: str  # the words matched in the text
    category: str
    valence: float  # effective valence after negation, intensifiers, hedges, contrast
    start: int
    end: int
    why: str  # the entry's note plus every rule that changed the valence


@cache
def lexicon() -> tuple[LexiconEntry, ...]:
    """The rows of ``data/lexicons/diplomatic.csv`` (validated; cached)."""
    path = data_path("lexicons", "diplomatic.csv")
    columns = ("term", "kind", "category", "valence", "note", "source")
    rows: list[LexiconEntry] = []
    for lineno, row in read_table(path, columns=columns, required=columns,
                                  what="the diplomatic lexicon"):
        try:
            entry = LexiconEntry(row["term"], row["kind"], row["category"],
                                 float(row["valence"]), row["note"], row["source"])
        except ValueError as exc:
            raise DataFileError(f"{path}, row {lineno}: bad valence ({exc}).") from None
        if entry.kind not in {"phrase", "regex"} or entry.category not in _CATEGORIES:
            raise DataFileError(
                f"{path}, row {lineno}: kind must be phrase|regex and category one of "
                f"{sorted(_CATEGORIES)}; got {entry.kind!r}, {entry.category!r}."
            )
        if entry.kind == "regex":
            try:
                re.compile(entry.term)
            except re.error as exc:
                raise DataFileError(f"{path}, row {lineno}: bad pattern ({exc}).") from None
        rows.append(entry)
    return tuple(rows)


@cache
def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], LexiconEntry]]]:
    """First word -> [(words of the phrase, entry)], longest phrases first."""
    index: dict[str, list[tuple[tuple[str, ...], LexiconEntry]]] = {}
    for entry in lexicon():
        if entry.kind != "phrase" or entry.category == PARTY:
            continue
        words = tuple(_split_phrase(entry.term))
        key = words[0].rstrip("*")[:3]
        index.setdefault(key, []).append((words, entry))
    for items in index.values():
        items.sort(key=lambda item: -len(item[0]))
    return index


def _split_phrase(term: str) -> list[str]:
    """The words of a lexicon phrase, tokenized like the text; a trailing ``*`` stays attached."""
    words: list[str] = []
    for piece in term.lower().split():
        star = piece.endswith("*")
        core = piece.rstrip("*")
        toks = [_norm(core[a:b]) for a, b in nlp.word_spans(core)]
        if star and toks:
            toks[-1] += "*"
        words.extend(toks)
    return words


@cache
def _regexes() -> tuple[tuple[re.Pattern[str], LexiconEntry], ...]:
    return tuple(
        (re.compile(e.term, re.IGNORECASE), e) for e in lexicon() if e.kind == "regex"
    )


@cache
def _regex_prefilters() -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str], LexiconEntry],
                                 ...]:
    """:func:`_regexes`, each with a pattern every match of it must contain, or None.

    The prefilter is the longest run of plain characters at the top level of the pattern
    (``", not "`` in "X, not Y"), compiled with the pattern's own flags: any match of the
    pattern matches the run somewhere, so a text without the run has no match. Searching a
    literal is about 40 times faster than trying the pattern at every position (most
    statements have no match). Patterns the parser cannot read get no prefilter."""
    return tuple((_literal_run(p), p, e) for p, e in _regexes())


def _literal_run(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    try:
        from re import _parser  # the parser of the re module (Python 3.11+)

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        runs, run = [], []
        for op, av in parsed:
            if op is _parser.LITERAL:
                run.append(chr(av))
            else:
                runs.append("".join(run))
                run = []
        runs.append("".join(run))
    except Exception:  # pragma: no cover - another Python's private parser
        return None
    best = max(runs, key=len)
    return re.compile(re.escape(best), pattern.flags) if best else None


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _word_match(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def _matches_at(
    pattern: tuple[str, ...], first: str, words: Sequence[str], i: int, n: int
) -> bool:
    """Whether the ``n`` pattern words match ``words[i:i + n]`` (``first`` is ``words[i]``).

    :func:`_word_match` of every pair, the first word tested inline first: most phrases that
    share a word's first three letters fail on that word, so no pairs are built for them.
    """
    p = pattern[0]
    if not (first.startswith(p[:-1]) if p.endswith("*") else first == p):
        return False
    return n == 1 or all(
        _word_match(p, w) for p, w in zip(pattern[1:], words[i + 1 : i + n], strict=True)
    )


def cues(text: str) -> list[Cue]:
    """Every diplomatic-register cue in ``text``, in text order, with the rules applied.

    Modifier words (negators, intensifiers, hedges) are not returned on their own; they show up in
    the ``why`` of the cue they modified.
    """
    words = nlp.folded_words(text)  # _norm of each token
    index = _phrase_index()
    return _cues(text, words, [k for k, w in enumerate(words) if w[:3] in index])


def _cues(text: str, words: Sequence[str], candidates: Sequence[int]) -> list[Cue]:
    """:func:`cues` of ``text`` given its folded words and ``candidates``: the positions of the
    words whose first three letters start some phrase (``w[:3] in _phrase_index()``), in order;
    ``geneva_nb.tone_model`` finds them in its own pass over the words."""
    index = _phrase_index()
    # 1. phrase matches, longest first, no overlap; only the words whose first three letters
    # start some phrase are tried (the same positions, in order, as a visit of every word)
    matches: list[tuple[int, int, LexiconEntry]] = []  # token i .. j (exclusive)
    free = 0  # the first token not inside a match
    for i in candidates:
        if i < free:
            continue
        first = words[i]
        for pattern, entry in index[first[:3]]:
            n = len(pattern)
            if i + n <= len(words) and _matches_at(pattern, first, words, i, n):
                matches.append((i, i + n, entry))
                free = i + n
                break
    out: list[Cue] = []
    if matches:
        out = _phrase_cues(text, words, matches)
    # 2. regex rows (the "X, not Y" contrast)
    for prefilter, pattern, entry in _regex_prefilters():
        if prefilter is not None and prefilter.search(text) is None:
            continue  # the pattern cannot match (see _regex_prefilters)
        for m in pattern.finditer(text):
            why = [entry.note, f"X = {m.group('x')!r}, Y = {m.group('y')!r}"] if (
                "x" in pattern.groupindex and "y" in pattern.groupindex) else [entry.note]
            out.append(Cue("X, not Y" if entry.category == "contrast" else entry.term,
                           m.group(), entry.category, entry.valence, m.start(), m.end(),
                           "; ".join(why)))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _phrase_cues(
    text: str, words: Sequence[str], matches: list[tuple[int, int, LexiconEntry]]
) -> list[Cue]:
    """The cues of the phrase ``matches`` (token i .. j, entry), with the rules applied; the
    token spans are only needed (and found) here, for the few texts that have a match, and
    only up to the last token matched."""
    spans = nlp.word_spans_upto(text, matches[-1][1])
    modifiers = {m[0]: m for m in matches if m[2].category in _MODIFIERS}
    # contrast: token index of each "but"/"however"/"yet"
    contrasts = [k for k, w in enumerate(words) if w in _CONTRAST]
    out: list[Cue] = []
    for i, j, entry in matches:
        if entry.category not in EVALUATIVE:
            continue
        valence, why = _modify(entry.valence, i, words, modifiers)
        valence, why = _contrast(valence, why, i, contrasts)
        a, b = spans[i][0], spans[j - 1][1]
        out.append(Cue(entry.term, text[a:b], entry.category, round(valence, 4), a, b,
                       "; ".join([entry.note, *why])))
    return out


@cache
def _party_words() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(_split_phrase(e.term)) for e in lexicon() if e.category == PARTY
    )


@cache
def _party_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First three letters of the first word -> the party phrases starting so.

    A word can only start a phrase whose first pattern shares its first three letters (no
    wildcard row has a stem shorter than three letters), so each word probes one short list.
    """
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in _party_words():
        index.setdefault(words[0].rstrip("*")[:3], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


def party_mentions(text: str) -> int:
    """How many words or phrases in ``text`` name another party (lexicon rows ``party``).

    Counts the word positions where a party phrase starts (one per position).
    """
    words = nlp.folded_words(text)  # _norm of each token
    index = _party_index()
    return _party_count(words, [k for k, w in enumerate(words) if w[:3] in index])


def _party_count(words: Sequence[str], candidates: Sequence[int]) -> int:
    """:func:`party_mentions` given the folded words and the positions of those whose first
    three letters start a party phrase (``w[:3] in _party_index()``), in order."""
    index = _party_index()
    count = 0
    for i in candidates:
        first = words[i]
        for pattern in index[first[:3]]:
            n = len(pattern)
            if i + n <= len(words) and _matches_at(pattern, first, words, i, n):
                count += 1
                break
    return count


def _modify(
    valence: float, i: int, words: Sequence[str],
    modifiers: dict[int, tuple[int, int, LexiconEntry]],
) -> tuple[float, list[str]]:
    """Apply negators, intensifiers and hedges found up to three tokens before token ``i``."""
    why: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= _LOOKBACK and words[k] not in _CLAUSE_BREAK:
        mod = modifiers.get(k)
        if mod is not None:
            entry = mod[2]
            valence *= entry.valence
            label = {"negator": "negated", "intensifier": "intensified", "hedge": "hedged"}
            why.append(f"{label[entry.category]} by {entry.term!r} (x{entry.valence:g})")
        k -= 1
    return valence, why


def _contrast(
    valence: float, why: list[str], i: int, contrasts: list[int]
) -> tuple[float, list[str]]:
    """VADER's "but" rule: before a contrast word counts half, after it 1.5 times."""
    if not contrasts:
        return valence, why
    if any(c > i for c in contrasts):
        return valence * 0.5, [*why, "before 'but': counts half"]
    return valence * 1.5, [*why, "after 'but': counts 1.5 times"]
