"""Temporal expressions: find them, type them and normalise them to TIMEX3 values.

``timexes(doc, dct=None)`` returns one row per expression with its TIMEX3 ``type`` (DATE, TIME,
DURATION, SET), ``value`` and ``mod`` as the TimeML 1.2.1 guidelines define them (Saurí et al.
2006; Pustejovsky et al. 2010, ISO-TimeML), scored the TempEval-3 way (UzZaman et al. 2013).

Method: a rule-based tagger in the HeidelTime tradition (Strötgen & Gertz 2013). The patterns and
normalisers live in :mod:`geneva_nb.timex_rules`; this module runs them and settles overlaps:

1. **Triggers.** One cheap pass finds the words that can anchor an expression (digits, month and
   weekday names, time units, deictic words). Only windows around them are matched against the
   rules, so the cost grows with the number of expressions, not with the text times the rules.
   The same pass notes where each rule's match can begin (the words its pattern starts with,
   ``timex_rules.RULE_STARTS``), and the pattern is tried only there, with the window's end as
   its limit: the matches a scan of the window would find, without trying every alternation at
   every word (dense text spent most of its time there).
2. **Rules.** Each rule's pattern proposes a span; its normaliser computes type, value and mod,
   resolving underspecified dates against the document creation time (DCT) and the clause tense
   ("December 17" in a past-tense clause → the last December 17 before the DCT; "on Monday" in a
   future-tense clause → the next Monday). The tense never changes a span, so it is looked up
   after step 3, only for the expressions kept.
3. **Overlaps.** The longest candidate wins ("Friday, February 6, 1998" over "1998"); ties go to
   the earlier rule.

Without a DCT (a plain string and no ``dct``), expressions that need one keep relative or
underspecified values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``, ``XXXX-12-17``,
``XXXX-WXX-1``); the DataFrame says so in ``df.attrs``: ``dct`` (None), ``note`` (a sentence
for people) and ``unresolved`` (the timex_ids whose value would change with a DCT).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from itertools import accumulate, compress
from typing import NamedTuple

import pandas as pd

from ._frames import frame
from .article import Article, as_article, parse_date
from .errors import GenevaNbError, InputError
from .timex_rules import (
    DIGIT_RULES,
    PREFIX_RULES,
    RULE_STARTS,
    RULES,
    THE_NEXT,
    Ctx,
    Hit,
    add_months,
    parse_number,
)

__all__ = ["COLUMNS", "Timex", "find_timexes", "timex_table", "timexes"]

COLUMNS = ["timex_id", "text", "start", "end", "type", "value", "mod"]


class Timex(NamedTuple):
    """One temporal expression; ``text == analysed_text[start:end]``."""

    timex_id: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str
    resolved: bool
    rule: str


# Trigger words by class; each rule is only run in windows around the classes it can start from.
_TRIGGER_CLASSES: dict[str, str] = {
    "month": """january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec""",
    "weekday": """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
        thurs fri sat sun""",
    "unit": """second seconds minute minutes hour hours day days night nights week weeks fortnight
        fortnights month months quarter quarters year years decade decades century centuries
        weekend weekends semester semesters half""",
    "deictic": """today tonight tomorrow yesterday now currently nowadays presently present
        recently lately formerly soon future past morning afternoon evening night noon midday
        midnight overnight days""",
    "season": "spring summer autumn winter fall",
    "set": """daily weekly monthly yearly annually quarterly hourly nightly biweekly biannually
        every each per once twice thrice times""",
    "holiday": "christmas halloween valentine year independence",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
    "fy": "fy",
    "century": "century centuries",
    "quarter": "quarter quarters half",
    "weekend": "weekend weekends",
}
_TRIGGERS: dict[str, frozenset[str]] = {}
for _cls, _words in _TRIGGER_CLASSES.items():
    for _w in _words.split():
        _TRIGGERS[_w] = _TRIGGERS.get(_w, frozenset()) | {_cls}
_DIGIT = frozenset({"digit"})

# rule name -> trigger classes whose windows it runs in
_RULE_TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(classes.split())
    for name, classes in {
        "full_date": "month", "day_month": "month", "numeric_date": "digit",
        "month_year": "month", "month": "month", "year": "digit", "fy": "fy digit",
        "decade": "digit decade", "century": "century", "season": "season", "quarter": "quarter",
        "relative": "unit", "year_earlier": "unit", "the_year": "unit", "weekend": "weekend",
        "duration": "unit", "bare_units": "unit", "deictic": "deictic", "day_part": "deictic",
        "weekday": "weekday", "clock": "digit", "noon": "deictic", "set": "set unit",
        "times_a": "set", "holiday": "holiday",
    }.items()
}
_WORD = re.compile(r"[A-Za-z]+|\d+")
_WORD_SPLIT = re.compile(r"([a-z]+|\d+)")  # _WORD on lower-cased text, keeping what lies between
_LEFT, _RIGHT = 45, 30

# Candidate starts (see timex_rules.RULE_STARTS): a lower-cased token -> the indices (into RULES)
# of the rules whose match can begin with it; digit runs and "early/mid/late..." tokens apart.
_RULE_INDEX = {name: i for i, (name, _p, _n) in enumerate(RULES)}
_STARTED_BY: dict[str, tuple[int, ...]] = {}
for _name, _firsts in RULE_STARTS.items():
    for _w in _firsts:
        _STARTED_BY[_w] = (*_STARTED_BY.get(_w, ()), _RULE_INDEX[_name])
_PREFIXES = tuple(sorted({p for ps in PREFIX_RULES.values() for p in ps}))
_PREFIX_STARTED = tuple(sorted(_RULE_INDEX[n] for n in PREFIX_RULES))
for _w in list(_STARTED_BY):
    if _w.startswith(_PREFIXES):
        _STARTED_BY[_w] = tuple(sorted({*_STARTED_BY[_w], *_PREFIX_STARTED}))
# digit run length (5 = five or more) -> the rules a run that long can start
_DIGIT_STARTED = {
    k: tuple(sorted(_RULE_INDEX[n] for n, (lo, hi) in DIGIT_RULES.items() if lo <= k <= hi))
    for k in range(1, 6)
}
# "the" is a candidate start only for the rules that allow the word after it (THE_NEXT)
_THE_RULES = frozenset(_RULE_INDEX[n] for n in THE_NEXT)
_THE_BEFORE: dict[str, tuple[int, ...]] = {}
for _name, _nexts in THE_NEXT.items():
    for _w in _nexts:
        _THE_BEFORE[_w] = (*_THE_BEFORE.get(_w, ()), _RULE_INDEX[_name])
_THE_BEFORE_DIGITS = _THE_BEFORE.pop("#")
_THE_BEFORE_PREFIXED = _THE_BEFORE.pop("early-")
for _w in list(_THE_BEFORE):
    if _w.startswith(_PREFIXES):
        _THE_BEFORE[_w] = tuple(sorted({*_THE_BEFORE[_w], *_THE_BEFORE_PREFIXED}))
    else:
        _THE_BEFORE[_w] = tuple(sorted(_THE_BEFORE[_w]))
for _w in list(_STARTED_BY):  # "the" itself is handled by the word after it
    if _w == "the":
        _STARTED_BY[_w] = tuple(r for r in _STARTED_BY[_w] if r not in _THE_RULES)
_DECADE = _RULE_INDEX["decade"]
# (?i:...) in the patterns also matches these non-ASCII letters with ASCII ones ("ſ" with "s",
# the Kelvin sign with "k", dotless/dotted i with "i"), which the lexicon look-ups and the word
# scan do not. Matching therefore runs on a copy in which each is replaced by a letter of the
# same length that folds onto nothing ASCII (ſ->ʃ, K->ĸ, ı->ɩ, İ->Ɨ); reported text is the original.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_NO_ASCII_FOLD = str.maketrans({"\u017f": "\u0283", "\u212a": "\u0138", "\u0131": "\u0269",
                                "\u0130": "\u0197"})
_NO_STARTS: tuple[int, ...] = ()
_NO_INFO: tuple[frozenset[str], tuple[int, ...]] = (frozenset(), _NO_STARTS)
# lower-cased word -> (its trigger classes, the rules it can start)
_TOKEN_INFO: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {
    w: (
        _TRIGGERS.get(w, frozenset()),
        _STARTED_BY.get(w, _PREFIX_STARTED if w.startswith(_PREFIXES) else _NO_STARTS),
    )
    for w in {*_TRIGGERS, *_STARTED_BY}
}


_WORD_DIGITS, _WORD_THE, _WORD_OTHER = 0, 1, 2


class _Memo(dict):
    """A word -> what :func:`_scan` needs to know of it, decided once per word by ``decide``:
    read with ``map(d.__getitem__, ...)`` the words seen before cost no Python step; emptied
    when it holds ``_MEMO_WORDS`` words."""

    def __init__(self, decide) -> None:
        super().__init__()
        self.decide = decide

    def __missing__(self, word: str) -> object:
        if len(self) >= _MEMO_WORDS:
            self.clear()
        value = self[word] = self.decide(word)
        return value


_MEMO_WORDS = 50_000


def _plan(word: str) -> tuple[frozenset[str], tuple[int, ...], int] | None:
    """What :func:`_scan` does with a lower-cased word: its trigger classes, the rules it can
    start and whether it is a digit run, "the" or another word; None for a word it skips."""
    # "0".."9" sort before "a", other Unicode digits after "{", letter words in between
    if word < "a" or word > "{":
        return _DIGIT, _DIGIT_STARTED[min(len(word), 5)], _WORD_DIGITS
    classes, rules = _TOKEN_INFO.get(word, _NO_INFO)
    if not classes and not rules:
        if not word.startswith(_PREFIXES):
            return (frozenset(), _NO_STARTS, _WORD_THE) if word == "the" else None
        rules = _PREFIX_STARTED
    return classes, rules, _WORD_THE if word == "the" else _WORD_OTHER


def _after_the(word: str) -> tuple[int, ...]:
    """The rules a "the" before this lower-cased word can start (those allowing the word)."""
    if word[0].isdigit():
        return _THE_BEFORE_DIGITS
    after = _THE_BEFORE.get(word)
    if after is None:
        after = _THE_BEFORE_PREFIXED if word.startswith(_PREFIXES) else _NO_STARTS
    return after


_PLANS = _Memo(_plan)
_AFTER_THE = _Memo(_after_the)


def _scan(
    text: str, *, with_starts: bool
) -> tuple[dict[str, list[tuple[int, int]]], list[list[int]]]:
    """One pass over the words: merged character windows around the trigger words of each
    class, and (``with_starts``) for each rule the sorted offsets where its match can begin.

    The words are cut from the lower-cased text in one ``re.split`` and their offsets summed
    from the pieces' lengths; what each word means is decided once per word (:func:`_plan`,
    remembered), so only the few words that matter (digit runs, the lexicon's words,
    "early/late/mid..." words and "the") are looked at in Python. The result is that of
    :func:`_scan_words`, the word-by-word loop, which texts with a character whose lower case
    is ASCII or longer (Kelvin sign, dotted capital I) still use.
    """
    if _FOLDS_TO_ASCII.search(text):
        return _scan_words(text, with_starts=with_starts)
    parts = _WORD_SPLIT.split(text.lower())  # same length and the same ASCII letters as text
    words = parts[1::2]
    plans = list(map(_PLANS.__getitem__, words))
    picked = list(compress(range(len(words)), plans))
    offsets = list(accumulate(map(len, parts))) if picked else []  # word k at offsets[2k]
    spans: dict[str, list[tuple[int, int]]] = {}
    starts: list[list[int]] = [[] for _ in RULES]
    decade = starts[_DECADE]
    n, last = len(text), len(words) - 1
    for k in picked:
        classes, rules, kind = plans[k]
        b = offsets[2 * k]
        if with_starts:
            if kind == _WORD_DIGITS:
                if b > 0 and text[b - 1] in "'’":  # "'90s"
                    decade.append(b - 1)
            elif kind == _WORD_THE and k < last:  # rules allowing the word after it
                for r in _AFTER_THE[words[k + 1]]:
                    starts[r].append(b)
            for r in rules:
                starts[r].append(b)
        if classes:
            _widen(spans, classes, max(0, b - _LEFT), min(n, b + len(words[k]) + _RIGHT))
    return spans, starts


def _scan_words(
    text: str, *, with_starts: bool
) -> tuple[dict[str, list[tuple[int, int]]], list[list[int]]]:
    """:func:`_scan` word by word over ``text`` as written (the reference it must equal; it
    also notes the starts after "the" without ``with_starts``, which nothing reads)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    starts: list[list[int]] = [[] for _ in RULES]
    decade = starts[_DECADE]
    n = len(text)
    info, prefixes, no_info = _TOKEN_INFO, _PREFIXES, _NO_INFO
    the_at = -1  # offset of a "the" waiting for the word after it
    for m in _WORD.finditer(text):
        w = m.group()
        b = m.start()
        if w[0].isdigit():
            classes, rules = _DIGIT, _DIGIT_STARTED[min(len(w), 5)]
            if with_starts:
                if the_at >= 0:
                    for r in _THE_BEFORE_DIGITS:
                        starts[r].append(the_at)
                    the_at = -1
                if b > 0 and text[b - 1] in "'’":  # "'90s"
                    decade.append(b - 1)
        else:
            low = w.lower()
            if the_at >= 0:
                after = _THE_BEFORE.get(low)
                if after is None:
                    after = _THE_BEFORE_PREFIXED if low.startswith(prefixes) else _NO_STARTS
                for r in after:
                    starts[r].append(the_at)
                the_at = -1
            if low == "the":
                the_at = b
            classes, rules = info.get(low, no_info)
            if not classes and not rules:
                if not low.startswith(prefixes):
                    continue
                rules = _PREFIX_STARTED
        if with_starts:
            for r in rules:
                starts[r].append(b)
        if not classes:
            continue
        _widen(spans, classes, max(0, b - _LEFT), min(n, m.end() + _RIGHT))
    return spans, starts


def _widen(spans: dict[str, list[tuple[int, int]]], classes: frozenset[str],
           s: int, e: int) -> None:
    """Add the window ``[s, e)`` to each class's windows, merged with the last one it touches."""
    for c in classes:
        lst = spans.setdefault(c, [])
        if lst and s <= lst[-1][1]:
            lst[-1] = (lst[-1][0], e)
        else:
            lst.append((s, e))


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Merged character windows around the trigger words of each class."""
    return _scan(text, with_starts=False)[0]


def _rule_windows(
    spans: dict[str, list[tuple[int, int]]], classes: frozenset[str]
) -> list[tuple[int, int]]:
    parts = sorted(w for c in classes for w in spans.get(c, ()))
    merged: list[tuple[int, int]] = []
    for s, e in parts:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


_NON_SPACE = re.compile(r"\S+")


def _extend_window(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a window to whitespace so no rule sees half a word at either edge."""
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    if m := _NON_SPACE.match(text, e):
        e = m.end()
    return s, e


def _matches_at(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], starts: list[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, ws, we)`` finds in each window, trying only ``starts``.

    Equivalent because no match can begin anywhere else: the leftmost match at or after a
    position is the first start there that matches, and a match resumes the search at its end.
    Windows are sorted; neighbours may overlap after widening, so each is searched on its own.
    """
    match = pattern.match
    k, n = 0, len(starts)
    for ws, we in windows:
        while k < n and starts[k] < ws:
            k += 1
        resume = ws
        for i in range(k, n):
            s = starts[i]
            if s >= we:
                break
            if s < resume:
                continue
            m = match(text, s, we)
            if m is not None and m.end() > s:
                yield m
                resume = m.end()


class _TenseLater(Ctx):
    """The context of the first pass: no clause tense yet, but it notes that one was asked for.

    The tense only ever chooses between values (which year, which week); a rule's span, type
    and whether it fires never depend on it. So it is looked up once overlaps are settled, and
    only for the expressions kept: a third of the lookups in dense text were for losers
    ("December" inside "December 17").
    """

    __slots__ = ("asked",)

    def __init__(self, text: str, dct: dt.date | None) -> None:
        super().__init__(text, dct)
        self.asked = False

    def tense(self, start: int, end: int) -> str | None:
        self.asked = True
        return None


def find_timexes(text: str, dct: dt.date | None) -> list[Timex]:
    """Temporal expressions of ``text`` resolved against ``dct`` (see the module docstring)."""
    original = text
    if _FOLDS_TO_ASCII.search(text):
        text = text.translate(_NO_ASCII_FOLD)  # same length: every offset still holds
    ctx = Ctx(text, dct)
    lazy = _TenseLater(text, dct)
    redo: dict[int, tuple[int, int, int]] = {}  # id(hit) -> rule, match start, window end
    spans, starts = _scan(text, with_starts=True)
    cands: list[tuple[int, int, int, Hit]] = []
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for prio, (name, pattern, normalise) in enumerate(RULES):
        classes = _RULE_TRIGGERS[name]
        if classes not in windows:  # rules with the same triggers share their windows
            windows[classes] = [
                _extend_window(text, ws, we) for ws, we in _rule_windows(spans, classes)
            ]
        if name in RULE_STARTS:
            found = _matches_at(pattern, text, windows[classes], starts[prio])
        else:
            found = (m for ws, we in windows[classes] for m in pattern.finditer(text, ws, we))
        for m in found:
            if m.end() == m.start():
                continue
            lazy.asked = False
            hit = normalise(m, lazy)  # type: ignore[operator]
            if hit is None or not hit.value:
                continue
            hit = _trim(text, hit)
            if hit.end > hit.start:
                cands.append((-(hit.end - hit.start), hit.start, prio, hit))
                if lazy.asked:
                    redo[id(hit)] = (prio, m.start(), m.endpos)  # ints: no Match kept alive
    taken = _resolve_overlaps(cands)
    for i, h in enumerate(taken):  # the tense, only for the expressions that were kept
        if (again := redo.get(id(h))) is not None:
            prio, start, endpos = again
            _name, pattern, normalise = RULES[prio]
            full = normalise(pattern.match(text, start, endpos), ctx)  # type: ignore[operator]
            taken[i] = h._replace(value=full.value, resolved=full.resolved)
    _anchor_times(text, taken)
    _anchor_offsets(text, taken)
    return [
        Timex(f"t{i}", original[h.start:h.end], h.start, h.end, h.type, h.value, h.mod,
              h.resolved, h.rule)
        for i, h in enumerate(taken, start=1)
    ]


def _resolve_overlaps(cands: list[tuple[int, int, int, Hit]]) -> list[Hit]:
    """Disjoint spans: longest first, then leftmost, then rule order, inside each cluster.

    Candidates are cut into clusters of transitively overlapping spans (one sweep by start), so
    the greedy choice only ever compares a handful of spans: linear in the number of matches.
    """
    cands.sort(key=lambda c: (c[3].start, c[0]))
    taken: list[Hit] = []
    cluster: list[tuple[int, int, int, Hit]] = []
    reach = -1

    def settle() -> None:
        if len(cluster) == 1:
            taken.append(cluster[0][3])
            return
        starts: list[int] = []
        kept: list[Hit] = []
        for _negl, _s, _p, hit in sorted(cluster, key=lambda c: (c[0], c[1], c[2])):
            i = bisect.bisect_right(starts, hit.start)
            if (i > 0 and kept[i - 1].end > hit.start) or (
                i < len(kept) and kept[i].start < hit.end
            ):
                continue
            starts.insert(i, hit.start)
            kept.insert(i, hit)
        taken.extend(kept)

    for c in cands:
        if cluster and c[3].start >= reach:
            settle()
            cluster = []
        cluster.append(c)
        reach = max(reach, c[3].end) if len(cluster) > 1 else c[3].end
    if cluster:
        settle()
    return taken


_TIME_DATE_GAP = re.compile(r"\s*(?:,|on|of|(?i:on))?\s*")
_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _anchor_times(text: str, hits: list[Hit]) -> None:
    """A clock time next to a date ("6:10 a.m. on Monday", "Friday at noon") takes its day."""
    for i, h in enumerate(hits):
        if h.type != "TIME" or "T" not in h.value or not (
            h.rule in {"clock", "noon"} or (h.rule == "deictic" and h.value.endswith("TNI"))
        ):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(hits):
                continue
            o = hits[j]
            day = o.value[:10]
            if o.type != "DATE" or not _FULL_DATE.match(day):
                continue
            a, b = (h.end, o.start) if j > i else (o.end, h.start)
            gap = text[a:b]
            if len(gap) <= 6 and (_TIME_DATE_GAP.fullmatch(gap) or gap.strip() in {"at", "by"}):
                hits[i] = h._replace(value=day + h.value[h.value.index("T"):], resolved=o.resolved)
                break
        else:
            # no date next to it: the day named earlier in the same sentence ("Sunday's outage
            # began at 4:30 p.m."), else the document date the normaliser already used
            j = _anchor_before(text, hits, i, _FULL_DATE)
            if j is not None and h.rule != "deictic":
                o = hits[j]
                hits[i] = h._replace(value=o.value[:10] + h.value[h.value.index("T"):],
                                     resolved=o.resolved)


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[A-Z\"“‘(]|\n")
_LOOKBACK = 250
_GRANULAR = {
    "day": re.compile(r"^(\d{4})-(\d\d)-(\d\d)$"),
    "month": re.compile(r"^(\d{4})-(\d\d)$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "year": re.compile(r"^(\d{4})$"),
}
_ANY_ANCHOR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-Q[1-4])?$")
_OFFSET = re.compile(
    r"^(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than)\s+)?(?P<num>.+?)[\s-]+"
    r"(?P<unit>day|week|month|quarter|year|decade)s?\s+(?P<dir>earlier|later)$", re.I)
_YEAR_EARLIER = re.compile(r"year[\s-](?:earlier|ago)\s+(?P<unit>period|quarter|month|year)$", re.I)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120}


def _anchor_before(text: str, hits: list[Hit], i: int, pattern: re.Pattern[str]) -> int | None:
    """Index of the nearest earlier DATE in the same sentence whose value matches ``pattern``."""
    lo = hits[i].start - _LOOKBACK
    for j in range(i - 1, -1, -1):
        o = hits[j]
        if o.end < lo or _SENTENCE_BREAK.search(text, o.end, hits[i].start):
            return None
        if o.type == "DATE" and pattern.match(o.value):
            return j
    return None


def _shift_anchor(value: str, months: int, days: int) -> str | None:
    """``value`` (a day, month, quarter or year) moved by whole months or days, same granularity."""
    if m := _GRANULAR["day"].match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if days:
            return (d + dt.timedelta(days=days)).isoformat()
        y, mo = add_months(d, months)
        last = 28 if mo == 2 else 30 if mo in {4, 6, 9, 11} else 31
        return dt.date(y, mo, min(d.day, last)).isoformat()
    if days:
        return None
    if m := _GRANULAR["month"].match(value):
        y, mo = add_months(dt.date(int(m[1]), int(m[2]), 1), months)
        return f"{y:04d}-{mo:02d}"
    if (m := _GRANULAR["quarter"].match(value)) and months % 3 == 0:
        k = int(m[1]) * 4 + int(m[2]) - 1 + months // 3
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if (m := _GRANULAR["year"].match(value)) and months % 12 == 0:
        return f"{int(m[1]) + months // 12:04d}"
    return None


def _anchor_offsets(text: str, hits: list[Hit]) -> None:
    """Anaphoric expressions take their anchor from the text, not from the document date.

    - "X earlier/later" after a date in the same sentence counts from that date and keeps its
      granularity ("in December ... a year earlier" → the December before; "on Aug. 8 ...
      10 days later" → Aug. 18), as TimeBank annotators read them;
    - "the year-earlier period/quarter" is the period a year before the one just named;
    - "the quarter" refers back to the last quarter named in the text.
    """
    last_quarter: str | None = None
    for i, h in enumerate(hits):
        if h.type != "DATE":
            continue
        low = h.value
        if h.rule == "quarter" and text[h.start:h.end].lower() == "the quarter" and last_quarter:
            hits[i] = h._replace(value=last_quarter)
        elif h.rule == "ago" and (m := _OFFSET.match(text[h.start:h.end])):
            n = parse_number(m["num"])
            if n is None or n != int(n):
                continue
            sign = -1 if m["dir"].lower() == "earlier" else 1
            unit = m["unit"].lower()
            j = _anchor_before(text, hits, i, _ANY_ANCHOR)
            if j is None:
                continue
            months = sign * int(n) * _UNIT_MONTHS.get(unit, 0)
            days = sign * int(n) * {"day": 1, "week": 7}.get(unit, 0)
            value = _shift_anchor(hits[j].value, months, days)
            if value:
                hits[i] = h._replace(value=value, resolved=hits[j].resolved)
        elif h.rule == "year_earlier" and (m := _YEAR_EARLIER.search(text[h.start:h.end])):
            unit = m["unit"].lower()
            pattern = _ANY_ANCHOR if unit in {"period", "year"} else _GRANULAR[unit]
            j = _anchor_before(text, hits, i, pattern)
            if j is not None and (value := _shift_anchor(hits[j].value, -12, 0)):
                hits[i] = h._replace(value=value, resolved=hits[j].resolved)
        low = hits[i].value
        if _GRANULAR["quarter"].match(low):
            last_quarter = low


def _trim(text: str, hit: Hit) -> Hit:
    s, e = hit.start, hit.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    return hit._replace(start=s, end=e) if (s, e) != (hit.start, hit.end) else hit


def _document_date(art: Article, dct: object) -> dt.date | None:
    if dct is not None:
        if isinstance(dct, dt.datetime):
            return dct.date()
        if isinstance(dct, dt.date):
            return dct
        try:
            return parse_date(dct, what="dct")
        except GenevaNbError:
            raise
        except Exception as exc:  # pragma: no cover - parse_date raises our errors itself
            raise InputError(
                f"dct={dct!r} is not a date; give a datetime.date or 'YYYY-MM-DD'."
            ) from exc
    return art.dct


def timexes(doc: Article | str, dct: object = None) -> pd.DataFrame:
    """Temporal expressions of an article or string, one row each.

    Columns: ``timex_id, text, start, end, type, value, mod`` (``mod`` is ``""`` when none);
    offsets index ``Article.text`` (or the string itself) and ``text[start:end]`` is the
    expression. The document date is ``dct`` (a ``datetime.date`` or ``"YYYY-MM-DD"``) or the
    article's ``meta["published"]``.

    ``df.attrs``: ``dct`` (ISO date or None), ``note`` (how relative values were treated),
    ``unresolved`` (timex_ids whose value depends on a missing DCT).

    >>> df = timexes("The talks ended on December 17, 2021 after about 7.5 hours.")
    >>> df[["text", "value", "mod"]].values.tolist()
    [['December 17, 2021', '2021-12-17', ''], ['about 7.5 hours', 'PT7.5H', 'APPROX']]
    """
    if not isinstance(doc, Article | str):
        raise InputError(
            f"timexes() needs an Article or a str, got {type(doc).__name__}; "
            "load a file with gn.load_article(path) or pass its text."
        )
    art = doc if isinstance(doc, Article) else as_article(doc)
    return timex_table(art, dct)[0]


def timex_table(art: Article, dct: object = None) -> tuple[pd.DataFrame, list[Timex]]:
    """:func:`timexes` of an Article, and the :class:`Timex` records behind the frame's rows
    (:class:`geneva_nb.Analysis` hands them to the chronology, which need not read the frame)."""
    when = _document_date(art, dct)
    found = find_timexes(art.text, when)
    if found:  # column by column: much faster than row tuples for long texts
        fields = list(zip(*found, strict=True))[: len(COLUMNS)]
        df = frame(dict(zip(COLUMNS, map(list, fields), strict=True)))  # dtypes as inferred
    else:
        df = pd.DataFrame([], columns=COLUMNS).astype({"start": "int64", "end": "int64"})
    unresolved = [t.timex_id for t in found if not t.resolved]
    df.attrs["dct"] = when.isoformat() if when else None
    df.attrs["unresolved"] = unresolved
    if when is None:
        df.attrs["note"] = (
            "No document date (pass dct='YYYY-MM-DD' or published= to load_article): relative "
            f"expressions keep relative values; {len(unresolved)} value(s) are unresolved."
        )
    else:
        df.attrs["note"] = f"Relative expressions resolved against the document date {when}."
    df.attrs["rules"] = [t.rule for t in found]
    return df, found
