"""Events anchored to time expressions, ordered into a timeline.

``chronology(doc)`` links every temporal expression found by :func:`geneva_nb.timexes` to the event
it dates and orders the result in time. It follows the TempEval task C idea of anchoring an event
to the time expression of its clause (Verhagen et al. 2007; UzZaman et al. 2013), with a
rule-based event finder in place of a trained classifier:

1. **The clause.** The sentence is cut at clause punctuation (``,;:`` dashes and quotes) and at
   coordinating conjunctions; a clause without a verb ("On December 17,") joins the next one.
2. **The event.** In that clause the verb nearest the expression (Pattern POS tags, via
   :func:`geneva_nb.nlp.tokens`) governs it; an infinitive chain ("meet to discuss") is read from
   its first verb. The event phrase is the clause's subject noun phrase, the verb group, and what
   lies between the verb and the expression ("the Russian Foreign Ministry announced a draft
   agreement"; "the formula adopted at the Bucharest summit"). A possessive expression dates the
   noun it qualifies ("today's talks"). A clause with no verb gives its first noun phrase.
3. **The interval.** Each TIMEX3 value becomes the interval it covers, with its granularity:
   ``2008`` → 2008-01-01 .. 2008-12-31 (year); ``2021-12-17`` → that day; ``FUTURE_REF`` → from
   the document date, open-ended (``end_date`` NaT); ``PAST_REF`` → open start, up to the
   document date; a duration is placed as the text says (:func:`duration_direction`): one that
   looks back ("the past week", "has worked there for about five years", "the meeting lasted
   7.5 hours") ends at the document date and starts that much earlier; any other starts at the
   document date and, when its length is known, ends that much later; a SET has no place on
   the line (NaT, NaT).
4. **Order.** By start, then end; vague future references go after everything dated on the
   document date, vague past references before it.

Columns: ``event, value, start_date, end_date, granularity, timex, sentence_id``.
``df.attrs``: ``dct``, ``timex_ids`` (row-aligned), ``inferred`` (expressions whose year or day was
inferred from the document date and tense, with how), ``note``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ._frames import frame
from .article import Article, as_article, sentence_offsets
from .errors import InputError
from .nlp import Token, sentence_tokens, tokens
from .timex import timexes as find_timexes

__all__ = ["COLUMNS", "Interval", "chronology", "duration_direction", "interval_of", "timeline"]

COLUMNS = ["event", "value", "start_date", "end_date", "granularity", "timex", "sentence_id"]


class Interval(NamedTuple):
    """The time a TIMEX3 value covers; ``None`` ends are open (unknown)."""

    start: dt.datetime | None
    end: dt.datetime | None
    granularity: str


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PART_OF_DAY = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24), "DT": (9, 17)}
_DUR = re.compile(r"^P(?:T)?(?P<n>\d+(?:\.\d+)?|X)(?P<u>DE|CE|WE|[YMWDHSQ])$")


def _day_start(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def _day_end(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, 23, 59, 59)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _duration_delta(value: str) -> dt.timedelta | None:
    m = _DUR.match(value)
    if not m or m["n"] == "X":
        return None
    n = float(m["n"])
    time_part = value.startswith("PT")
    unit = m["u"]
    if time_part:
        return {"H": dt.timedelta(hours=n), "M": dt.timedelta(minutes=n),
                "S": dt.timedelta(seconds=n)}.get(unit)
    days = {"D": 1, "W": 7, "M": 30.44, "Q": 91.31, "Y": 365.25, "DE": 3652.5, "CE": 36525,
            "WE": 2}[unit]
    return dt.timedelta(days=n * days)


_MONTHS_PER = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}


def _shift(when: dt.datetime, value: str, sign: int) -> dt.datetime | None:
    """``when`` moved by the duration ``value`` (forward for sign 1, back for -1), or None.

    Whole months, quarters, years, decades and centuries move by the calendar ("P5Y" back from
    10 January 2022 is 10 January 2017); other lengths by their exact time.
    """
    m = _DUR.match(value)
    if m and not value.startswith("PT") and m["u"] in _MONTHS_PER and m["n"] != "X" \
            and float(m["n"]).is_integer():
        months = sign * int(float(m["n"])) * _MONTHS_PER[m["u"]]
        y, mo = divmod(when.month - 1 + months, 12)
        year = when.year + y
        if not 1 <= year <= 9999:
            return None
        day = min(when.day, calendar.monthrange(year, mo + 1)[1])
        return when.replace(year=year, month=mo + 1, day=day)
    delta = _duration_delta(value)
    if delta is None:
        return None
    try:
        return when + sign * delta
    except OverflowError:
        return None


# TIMEX3 value shapes, compiled once (interval_of reads every value against them)
_V_MINUTE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")
_V_PART = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI|DT)")
_V_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_V_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_V_MONTH = re.compile(r"(\d{4})-(\d\d)")
_V_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_V_HALF = re.compile(r"(\d{4})-H([12])")
_V_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_V_YEAR = re.compile(r"\d{4}")  # a year value; also finds a year written in an expression
_V_DECADE = re.compile(r"\d{3}")
_V_CENTURY = re.compile(r"\d{2}")


def interval_of(
    value: str, typ: str, dct: dt.date | None, *, direction: str | None = None
) -> Interval:
    """The interval covered by a TIMEX3 value (see the module docstring for the conventions).

    ``direction`` places a duration: ``"past"`` ends it at the document date (the end of that
    day: "the past week", "has worked there for five years"), anything else starts it there.

    >>> interval_of("2008", "DATE", None).granularity
    'year'
    >>> interval_of("FUTURE_REF", "DATE", dt.date(2022, 1, 10)).end is None
    True
    >>> interval_of("P1W", "DURATION", dt.date(2022, 1, 10), direction="past").start.day
    3
    """
    v = value.strip()
    try:
        if typ == "SET":
            return Interval(None, None, "set")
        if typ == "DURATION" or (v.startswith("P") and _DUR.match(v)):
            if dct is None:
                return Interval(None, None, "duration")
            if direction == "past":
                end = _day_end(dct)
                return Interval(_shift(end, v, -1), end, "duration")
            start = _day_start(dct)
            return Interval(start, _shift(start, v, 1), "duration")
        if v in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}:
            if dct is None:
                return Interval(None, None, v.split("_")[0].lower())
            if v == "PRESENT_REF":
                return Interval(_day_start(dct), _day_end(dct), "present")
            if v == "PAST_REF":
                return Interval(None, _day_end(dct), "past")
            return Interval(_day_start(dct), None, "future")
        if m := _V_MINUTE.fullmatch(v):
            y, mo, d, h, mi = map(int, m.groups())
            base = dt.datetime(y, mo, d) + dt.timedelta(hours=h, minutes=mi)
            return Interval(base, base + dt.timedelta(minutes=1), "minute")
        if m := _V_PART.fullmatch(v):
            y, mo, d = map(int, m.groups()[:3])
            a, b = _PART_OF_DAY[m[4]]
            base = dt.datetime(y, mo, d)
            return Interval(base + dt.timedelta(hours=a), base + dt.timedelta(hours=b),
                            "part of day")
        if m := _V_DAY.fullmatch(v):
            d = dt.date(*map(int, m.groups()))
            return Interval(_day_start(d), _day_end(d), "day")
        if m := _V_WEEK.fullmatch(v):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return Interval(_day_start(monday + dt.timedelta(days=5)),
                                _day_end(monday + dt.timedelta(days=6)), "weekend")
            return Interval(_day_start(monday), _day_end(monday + dt.timedelta(days=6)), "week")
        if m := _V_MONTH.fullmatch(v):
            y, mo = int(m[1]), int(m[2])
            return Interval(_day_start(dt.date(y, mo, 1)), _day_end(_month_end(y, mo)), "month")
        if m := _V_QUARTER.fullmatch(v):
            y, q = int(m[1]), int(m[2])
            return Interval(_day_start(dt.date(y, 3 * q - 2, 1)),
                            _day_end(_month_end(y, 3 * q)), "quarter")
        if m := _V_HALF.fullmatch(v):
            y, h = int(m[1]), int(m[2])
            return Interval(_day_start(dt.date(y, 6 * h - 5, 1)), _day_end(_month_end(y, 6 * h)),
                            "half year")
        if m := _V_SEASON.fullmatch(v):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            yb = y + 1 if m[2] == "WI" else y
            return Interval(_day_start(dt.date(y, a, 1)), _day_end(_month_end(yb, b)), "season")
        if _V_YEAR.fullmatch(v):
            y = int(v)
            return Interval(dt.datetime(y, 1, 1), _day_end(dt.date(y, 12, 31)), "year")
        if _V_DECADE.fullmatch(v):
            y = int(v) * 10
            return Interval(dt.datetime(y, 1, 1), _day_end(dt.date(y + 9, 12, 31)), "decade")
        if _V_CENTURY.fullmatch(v):
            y = int(v) * 100
            return Interval(dt.datetime(max(y, 1), 1, 1), _day_end(dt.date(y + 99, 12, 31)),
                            "century")
    except ValueError:
        pass
    return Interval(None, None, "unresolved")


@lru_cache(maxsize=4096)
def _interval(value: str, typ: str, dct: dt.date | None, direction: str | None) -> Interval:
    """:func:`interval_of`, remembered: values recur within an article and across articles of one
    date ("PRESENT_REF", the day before); the interval is immutable, so it can be shared."""
    return interval_of(value, typ, dct, direction=direction)


# ----------------------------------------------------------------------------------- events

_CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "-", "“", "”", '"', "‘", "’", "(", ")"})
_COORD = frozenset({"and", "but", "while", "whereas"})
_SUBORD = frozenset({"that", "because", "when", "after", "before", "if", "although", "since"})
_VERB = ("VB", "MD")
_PREP_BEFORE_TIMEX = frozenset(
    {"in", "on", "at", "since", "until", "by", "for", "during", "within", "from", "to", "again",
     "about", "around", "than", "as", "of"}
)


def _is_verb(t: Token) -> bool:
    return t.tag.startswith(_VERB)


def _clause_bounds(toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """Token range [a, b) of the clause holding tokens i..j-1."""

    def is_break(k: int) -> bool:
        w = toks[k].text
        if w.lower() in _COORD:
            # "and" opens a clause only before a subject or a verb, not in "Russian and American"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return nxt is not None and (nxt.tag in {"DT", "PRP", "EX", "WDT"} or _is_verb(nxt))
        return w in _CLAUSE_BREAK or toks[k].tag in {":", ","}

    def is_subord(k: int) -> bool:
        return toks[k].text.lower() in _SUBORD and toks[k].tag in {"IN", "WDT"}

    a = i
    while a > 0 and not is_break(a - 1) and not is_subord(a - 1):
        a -= 1
    b = j
    while b < len(toks) and not is_break(b) and toks[b].tag != ".":
        b += 1
    if not any(_is_verb(toks[k]) for k in range(a, b) if not i <= k < j):
        # "On December 17, the ministry announced ...": the verbless clause joins its neighbour
        nb = b + 1
        while nb < len(toks) and not is_break(nb) and toks[nb].tag != ".":
            nb += 1
        if any(_is_verb(toks[k]) for k in range(b, min(nb, len(toks)))):
            return a, nb
        na = a - 1
        while na > 0 and not is_break(na - 1) and not is_subord(na - 1):
            na -= 1
        if na >= 0 and any(_is_verb(toks[k]) for k in range(max(na, 0), a)):
            return max(na, 0), b
    return a, b


def _np_from(toks: list[Token], k: int, stop: int) -> int:
    """End index of the noun phrase starting at k (DT/PRP$/JJ/CD/NN*/POS), at most ``stop``."""
    e = k
    while e < stop and (toks[e].tag in {"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "POS", "PRP"}
                        or toks[e].tag.startswith("NN")):
        e += 1
        if toks[e - 1].tag == "PRP":
            break
    return e


def _phrase(text: str, toks: list[Token], a: int, b: int) -> str:
    if b <= a:
        return ""
    return text[toks[a].start:toks[b - 1].end].strip(" ,;:–—-")


_PAST_LEAD = frozenset({"past", "previous", "preceding", "last"})
_FUTURE_LEAD = frozenset({"next", "coming", "following", "upcoming"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "’ve", "'d", "’d", "hasn't", "haven't"})
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll", "wo"})


def duration_direction(timex: str, toks: list[Token], i: int, j: int) -> str | None:
    """Whether the duration at tokens i..j-1 runs up to the anchor ("past") or from it ("future").

    The words of the expression decide first ("the past week", "the last three years" → past;
    "the next two weeks", "the coming days" → future); then "within" before it (future); then
    the tense of its clause: a perfect ("has worked there for about five years") or a past-tense
    verb ("the meeting lasted 7.5 hours") → past; "will"/"shall"/"going to" → future. None when
    nothing tells (a duration then starts at the anchor, as before).
    """
    words = timex.lower().split()
    the = bool(words) and words[0] == "the"
    if the:
        words = words[1:]
    # "last" right after a verb, a modal or "to" is the verb ("the talks will last two weeks")
    verb_last = (bool(words) and words[0] == "last" and not the and i > 0
                 and (_is_verb(toks[i - 1]) or toks[i - 1].text.lower() in {"to", "not"}))
    if words and words[0] in _PAST_LEAD and not verb_last:
        return "past"
    if words and words[0] in _FUTURE_LEAD:
        return "future"
    if i > 0 and toks[i - 1].text.lower() == "within":
        return "future"
    a, b = _clause_bounds(toks, i, j)
    outside = [k for k in range(a, b) if not i <= k < j]
    low = {k: toks[k].text.lower() for k in outside}
    if any(w in _FUTURE_MODALS for w in low.values()):
        return "future"
    if any(w == "going" and low.get(k + 1) == "to" for k, w in low.items()):
        return "future"
    for k, w in low.items():
        if w in _PERFECT and any(toks[n].tag == "VBN" for n in range(k + 1, min(k + 4, b))
                                 if not i <= n < j):
            return "past"
    if any(toks[k].tag == "VBD" for k in outside):
        return "past"
    return None


def _event_phrase(text: str, toks: list[Token], i: int, j: int) -> str:
    """The event the expression at tokens i..j-1 dates, as words of the sentence."""
    # a possessive expression dates its noun: "today's talks between ..."
    if (j < len(toks) and toks[j].tag == "POS") or (j < len(toks) and toks[j].text in {"'s", "’s"}):
        e = _np_from(toks, j + 1, len(toks))
        while e < len(toks) and toks[e].tag == "IN" and e + 1 < len(toks):
            e2 = _np_from(toks, e + 1, len(toks))
            if e2 == e + 1:
                break
            e = e2
        return _phrase(text, toks, j + 1, e)
    a, b = _clause_bounds(toks, i, j)
    verbs = [k for k in range(a, b) if _is_verb(toks[k]) and not i <= k < j]
    if not verbs:
        s = a
        while s < b and not (toks[s].tag.startswith("NN") or toks[s].tag in {"DT", "PRP"}):
            s += 1
        s = s if s < i else a
        return _phrase(text, toks, s, _np_from(toks, s, b) if s < i else i)
    left = [k for k in verbs if k < i]
    right = [k for k in verbs if k >= j]
    v = left[-1] if left else right[0]
    # verb group: modals, adverbs and auxiliaries before the verb
    g = v
    while g - 1 >= a and (_is_verb(toks[g - 1]) or toks[g - 1].tag == "RB") and not (
        i <= g - 1 < j
    ):
        g -= 1
    # an infinitive chain is read from its first verb: "meet to discuss"
    while g - 2 >= a and toks[g - 1].text.lower() == "to" and _is_verb(toks[g - 2]):
        g -= 2
        while g - 1 >= a and _is_verb(toks[g - 1]) and toks[g - 1].tag != "MD":
            g -= 1
        break
    # subject: the clause's first noun phrase before the verb group (outside the expression and
    # the prepositional phrase that holds it); a participle right after a noun ("the formula
    # adopted at ...") takes that noun phrase
    s = a
    if toks[v].tag == "VBN" and g == v and v - 1 >= a and toks[v - 1].tag.startswith("NN"):
        s = v - 1
        while s - 1 >= a and (toks[s - 1].tag.startswith(("NN", "JJ")) or toks[s - 1].tag in {
            "DT", "PRP$", "CD"
        }):
            s -= 1
    while s < g and (
        i <= s < j
        or not (toks[s].tag.startswith("NN") or toks[s].tag in {"DT", "PRP", "EX"})
        or (s > a and toks[s - 1].tag == "IN" and s < i)
    ):
        s += 1
    subj = ""
    if s < g:
        se = _np_from(toks, s, g) if toks[s].tag != "EX" else s + 1
        subj = _phrase(text, toks, s, se)
        if se < g and not any(i <= k < j for k in range(se, g)):
            subj += " …"
    if v < i:
        # verb before the expression: run up to the expression, without its preposition
        end = i
        while end - 1 > v and toks[end - 1].text.lower() in _PREP_BEFORE_TIMEX:
            end -= 1
        if end - v > 9:
            end = _np_from(toks, v + 1, end)
        elif end == i and i == v + 1:
            end = j  # "the meeting lasted about 7.5 hours": a length belongs to its verb
        verb = _phrase(text, toks, g, end)
    else:
        # verb after the expression: the verb and its object noun phrase
        e = v + 1
        while e < b and toks[e].tag in {"RP", "RB"}:
            e += 1
        e = _np_from(toks, e, b)
        verb = _phrase(text, toks, g, max(e, v + 1))
    return f"{subj} {verb}".strip() if subj else verb


_EPOCH = dt.datetime(1970, 1, 1)
_SECOND = dt.timedelta(seconds=1)


def _seconds(when: dt.datetime | None) -> float | None:
    """Seconds since 1970 of a naive datetime read as UTC (as ``pd.Timestamp.timestamp``)."""
    if when is None:
        return None
    return round((when - _EPOCH) / _SECOND, 6)


def _datetimes(values: list[dt.datetime | None]) -> object:
    """``pd.to_datetime(values)`` for Python datetimes and Nones: microseconds, None -> NaT.

    numpy converts such a list directly (the same values and the same ``datetime64[us]`` that
    pandas infers from datetimes, a tenth of the time); a list without any datetime goes to
    pandas, which picks its own unit for it.
    """
    if any(v is not None for v in values) and all(
            v is None or type(v) is dt.datetime for v in values):
        return np.array(values, dtype="datetime64[us]")
    return pd.to_datetime(values)


# how a rule's value was inferred, for ``df.attrs["inferred"]``
_HOW = {
    "month_day": "year inferred from the document date and the clause tense",
    "month": "year inferred from the document date and the clause tense",
    "weekday": "date inferred from the document date and the clause tense",
    "deictic": "resolved against the document date",
    "relative": "resolved against the document date",
    "ago": "counted back from the document date",
    "quarter": "year inferred from the document date",
    "season": "year inferred from the document date",
}


class _Timex(NamedTuple):
    timex_id: str
    text: str
    start: int
    end: int
    type: str
    value: str


def chronology(
    doc: Article | str, *, dct: object = None, timexes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each temporal expression with the event it dates, ordered in time.

    See the module docstring for the method and the columns. ``dct`` overrides the document date
    (``meta["published"]``), as in :func:`geneva_nb.timexes`. ``timexes`` is the frame
    ``gn.timexes(doc, dct)`` already returned for this document (it is computed when omitted);
    :class:`geneva_nb.analysis.Analysis` passes it so each stage runs once.
    """
    if not isinstance(doc, Article | str):
        raise InputError(
            f"chronology() needs an Article or a str, got {type(doc).__name__}; "
            "load a file with gn.load_article(path) or pass its text."
        )
    art = doc if isinstance(doc, Article) else as_article(doc)
    tx = find_timexes(art, dct=dct) if timexes is None else timexes
    columns = ["timex_id", "text", "start", "end", "type", "value"]
    names = list(tx.columns)
    if set(columns) <= set(names):
        # the rows as Python objects in one conversion (each ``tx[c]`` deep-copied tx.attrs,
        # and a pandas indexer for six names cost as much), the columns picked in Python
        at = [names.index(c) for c in columns]
        values = [_Timex(*[r[i] for i in at]) for r in tx.to_numpy(dtype=object).tolist()]
    else:
        values = [_Timex(*r) for r in zip(*(tx[c].tolist() for c in columns), strict=True)]
    return timeline(art, tx, values)


def timeline(art: Article, tx: pd.DataFrame, values: list) -> pd.DataFrame:
    """:func:`chronology` of ``art`` from its time expressions ``tx`` (for ``tx.attrs``) and
    their rows ``values``: records whose first six fields are ``timex_id, text, start, end,
    type, value`` (:class:`geneva_nb.timex.Timex` records, as :class:`geneva_nb.Analysis`
    passes them, or the frame's rows)."""
    when = dt.date.fromisoformat(tx.attrs["dct"]) if tx.attrs.get("dct") else None
    rules = tx.attrs.get("rules", [])
    rows = []
    inferred: list[dict[str, str]] = []
    sent_cache: dict[int, tuple[list[Token], list[int], list[int]]] = {}
    # (sentence_id, start, end) of every sentence, numbered as gn.sentences numbers them
    spans = [(sid, a, b) for sid, _, a, b in sentence_offsets(art)] if values else []
    starts = [a for _, a, _ in spans]
    for k, t in enumerate(values):
        # sentences are in order and do not overlap: only the last one starting at or before
        # the expression can contain it (a binary search, not a scan per expression)
        n = bisect.bisect_right(starts, t.start) - 1
        hit = spans[n] if n >= 0 and spans[n][2] >= t.end else None
        if hit is not None:
            sid, s0, s1 = hit
        else:  # an expression across a sentence boundary: use the text around it
            sid, s0, s1 = -1, max(0, t.start - 200), min(len(art.text), t.end + 200)
        if sid == -1:
            toks = tokens(art.text[s0:s1])
            sent_cache[sid] = (toks, [x.start for x in toks], [x.end for x in toks])
        elif sid not in sent_cache:
            sent_cache[sid] = sentence_tokens(art.text[s0:s1])
        toks, tok_starts, tok_ends = sent_cache[sid]
        # the first token ending after the expression's start, the first starting at or after
        # its end (tokens are in order and do not overlap, so both lists are sorted)
        i = bisect.bisect_right(tok_ends, t.start - s0)
        j = bisect.bisect_left(tok_starts, t.end - s0)
        event = _event_phrase(art.text[s0:s1], toks, i, j) or t.text
        direction = duration_direction(t.text, toks, i, j) if t.type == "DURATION" else None
        iv = _interval(t.value, t.type, when, direction)
        rows.append((event, t.value, iv.start, iv.end, iv.granularity, t.text, sid, t.timex_id))
        rule = rules[k] if k < len(rules) else ""
        how = _HOW.get(rule, "")
        if rule in {"quarter", "season"} and _V_YEAR.search(t.text):
            how = ""  # the year is written
        if t.type == "DURATION" and when is not None:
            how = ("a length ending at the document date (the text looks back)"
                   if direction == "past" else "a length starting at the document date")
        if how:
            inferred.append({"timex": t.text, "value": t.value, "how": how})
    # order: by start, then end; vague future just after its day, vague past just before it,
    # sets and unplaced expressions last. The keys are computed on the Python datetimes and the
    # rows sorted before the frame is built (a stable sort, as pandas' was): building, sorting
    # and re-indexing a frame cost more than the rest of this function on real news.
    day = 86_400.0
    keys: list[tuple[float, float]] = []
    for row in rows:
        a_ = _seconds(row[2])
        b_ = _seconds(row[3])
        g = row[4]
        if g in {"set", "unresolved"} or (a_ is None and b_ is None):
            k1 = math.inf
        elif a_ is None:
            k1 = b_ - day  # type: ignore[operator]
        else:
            k1 = a_ + day if g == "future" else a_
        keys.append((k1, b_ if b_ is not None else math.inf))
    order = sorted(range(len(rows)), key=keys.__getitem__)
    rows = [rows[k] for k in order]
    tids = [r[-1] for r in rows]
    if rows:
        cols = list(zip(*rows, strict=True))
        data: dict[str, object] = {c: list(v) for c, v in zip(COLUMNS, cols, strict=False)}
        for c in ("start_date", "end_date"):
            data[c] = _datetimes(data[c])  # type: ignore[arg-type]
        df = frame(data)  # type: ignore[arg-type]  # the dtypes pandas infers, sooner
    else:
        df = pd.DataFrame(rows, columns=COLUMNS)
        df["start_date"] = pd.to_datetime(df["start_date"])
        df["end_date"] = pd.to_datetime(df["end_date"])
    df.attrs["dct"] = when.isoformat() if when else None
    df.attrs["timex_ids"] = tids
    df.attrs["inferred"] = inferred
    df.attrs["note"] = tx.attrs.get("note", "")
    return df

