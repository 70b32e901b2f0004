"""Lexicon, patterns and value arithmetic for the temporal-expression tagger (:mod:`.timex`).

The rules follow the HeidelTime tradition (Strötgen & Gertz 2013, "Multilingual and cross-domain
temporal tagging", LRE 47(2)): hand-written extraction patterns, each paired with a normalisation
function that turns the match into a TIMEX3 ``type``/``value``/``mod`` (TimeML 1.2.1, Saurí et al.
2006), with underspecified expressions resolved against the document creation time (DCT) and the
tense of the clause. Extent conventions are those of the TimeML guidelines and TimeBank:
determiners and pre-modifiers belong to the expression ("the third quarter", "last week",
"about 7.5 hours", "early 1998"); prepositions do not ("in 2008" → "2008"); ages are not
temporal expressions ("a 45-year-old").

This module has no state: compiled patterns are module constants, every function is pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "UNITS",
    "WEEKDAYS",
    "Hit",
    "add_months",
    "date_value",
    "duration_value",
    "shift_value",
    "week_value",
]


class Hit(NamedTuple):
    """One candidate expression: span, TIMEX3 type, value, mod, and the rule that found it."""

    start: int
    end: int
    type: str
    value: str
    mod: str
    rule: str
    resolved: bool = True


# --------------------------------------------------------------------------------------- lexicon

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name[1:], start=1):
    MONTHS[_name.lower()] = _i
    MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0.5, "half an": 0.5,
}
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "many", "some", "the next few", "the past few", "the last few",
     "recent", "the coming", "a number of", "numerous", "countless"}
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# unit word -> (TimeML designator, is a time-of-day unit, granularity for DATE arithmetic)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
    "weekend": ("WE", False), "semester": ("M", False),
}
_UNIT_FACTOR = {"fortnight": 2, "semester": 6}

MOD_WORDS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "approx.": "APPROX",
    "more than": "MORE_THAN", "upwards of": "MORE_THAN", "well over": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "late": "END", "the end of": "END", "the close of": "END", "the latter part of": "END",
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# --------------------------------------------------------------------------------- regex pieces
# Every piece is a flat alternation of literals or a bounded repetition: no nested quantifiers
# over the same characters, so matching stays linear (see the pathological-input test).


def _alt(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTH_FULL = "|".join(calendar.month_name[1:])
MONTH = (
    rf"(?:{_MONTH_FULL}|{_MONTH_FULL.upper()}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
MONTH_STRICT = (  # "May" and "March" alone are too often a verb: only with a day or year
    r"(?:January|February|April|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
_DAY_FULL = "|".join(calendar.day_name)
WEEKDAY = rf"(?:{_DAY_FULL}|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
_NUM_WORD_ALT = _alt([w for w in NUMBER_WORDS if w not in {"a", "an"}])
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    rf"(?i:\d{{1,3}}(?:,\d{{3}})?(?:\.\d+)?|(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{_NUM_WORD_ALT}|an?)"
)
VAGUE = _alt(["several", "a few", "few", "many", "some", "a number of", "numerous", "countless"])
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|weekend|semester)"
)
APPROX_MOD = _alt([k for k, v in MOD_WORDS.items() if v not in {"START", "MID", "END"}])
POINT_MOD = _alt(["the beginning of", "the start of", "the early part of", "the middle of",
                  "the end of", "the close of", "the latter part of"])

def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    # every expression starts at a word start: the leading look-behind rejects positions inside
    # words at the cost of one character test, before any alternation is tried
    return re.compile(r"(?<!\w)" + pattern, flags | re.VERBOSE)


# --------------------------------------------------------------------------------- arithmetic


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    """Year and month ``n`` months after ``d`` (negative ``n`` goes back)."""
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def week_value(d: dt.date) -> str:
    """ISO week of ``d`` as a TIMEX3 value, e.g. ``2022-W02``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def date_value(d: dt.date) -> str:
    return d.isoformat()


def _num(x: float) -> str:
    if x == int(x):
        return str(int(x))
    return f"{x:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``duration_value(7.5, "hour") == "PT7.5H"``; ``None`` amount → X."""
    unit = unit.lower().rstrip("s") if unit.lower() not in {"centuries"} else "century"
    designator, is_time = UNITS.get(unit, ("D", False))
    if amount is not None:
        amount *= _UNIT_FACTOR.get(unit, 1)
    n = "X" if amount is None else _num(amount)
    if designator == "WE":
        return f"P{n}WE"
    return f"P{'T' if is_time else ''}{n}{designator}"


def shift_value(dct: dt.date, unit: str, n: int) -> str | None:
    """The calendar unit containing the DCT moved by ``n`` units: ``("year", -1)`` → last year."""
    unit = unit.lower().rstrip("s")
    if unit == "day" or unit == "night":
        return date_value(dct + dt.timedelta(days=n))
    if unit in {"week", "fortnight"}:
        return week_value(dct + dt.timedelta(weeks=n))
    if unit == "weekend":
        return week_value(dct + dt.timedelta(weeks=n)) + "-WE"
    if unit == "month":
        y, m = add_months(dct, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        q = (dct.year * 4 + (dct.month - 1) // 3) + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{dct.year + n:04d}"
    if unit == "decade":
        return f"{dct.year // 10 + n:03d}"
    if unit in {"century", "centurie"}:
        return f"{dct.year // 100 + n:02d}"
    return None


def parse_number(words: str) -> float | None:
    """Number words or digits to a float; ``None`` when vague ("several", "a few")."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    if "-" in w:
        a, _, b = w.partition("-")
        if a in NUMBER_WORDS and b in NUMBER_WORDS:
            return float(NUMBER_WORDS[a] + NUMBER_WORDS[b])
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


# ----------------------------------------------------------------------------------- context

_FUTURE_CUES = (
    r"will|won['’]t|wo\s+n['’]t|shall|['’]ll|going\s+to|is\s+to|are\s+to|plans?\s+to|planning\s+to"
    r"|scheduled|expected\s+to|expects?|expecting|is\s+expected|are\s+expected|due\s+to"
    r"|intends?\s+to|would|could|might|next|upcoming|coming|forecasts?|predicts?|hopes?\s+to"
    r"|aims?\s+to"
    # present tense of scheduling verbs reads as the near future ("voters go to the polls Sunday")
    r"|begins|starts|opens|meets|ends|closes|resumes|go|goes"
)
_PAST_CUES = (
    r"was|were|had|did|said|ago|last|earlier|told|took|met|began|saw|came|broke|fell|rose|won"
    r"|lost|led|left|held|struck|sent|spoke|gave|made|went|became|grew|paid|sold|bought|built"
    r"|thought|found|kept|ran|wrote|drew|chose|fought|brought|caught|sought|stood|shook|flew"
    r"|(?-i:[a-z]\w+ed)"  # a capitalised -ed word is a name ("United States"), not a verb
)


def _by_first_char(alternatives: str) -> str:
    """``a|b|c`` with the alternatives grouped by their first character behind a look-ahead
    (``(?=w)(?:will|won['’]t|...)|(?=s)(?:shall|...)``): the same matches in the same order of
    preference (only alternatives sharing a first character can match at one place, and those
    keep their order), but a word is compared with each group once, not with every alternative.
    The last alternative may open otherwise (``(?-i:...)``): it stays as it is, last;
    any other such alternative leaves the whole unchanged."""
    groups: dict[str, list[str]] = {}
    alts = alternatives.split("|")
    for n, alt in enumerate(alts, start=1):
        if alt[0].isascii() and alt[0].isalpha():
            key = f"(?={alt[0]})"
        elif alt.startswith("['’]"):
            key = "(?=['’])"
        elif n == len(alts):
            key = alt  # the last one, after every other: kept as it is
        else:
            return alternatives  # nothing is moved before an alternative this cannot group
        groups.setdefault(key, []).append(alt)
    return "|".join(k + "(?:" + "|".join(v) + ")" if k.startswith("(?=") else v[0]
                    for k, v in groups.items())


#: the same matches as ``(?<!\w)(?:(?P<f>FUTURE)|(?P<p>PAST))\b`` (a property test), faster
TENSE_CUE = re.compile(
    rf"(?<!\w)(?:(?P<f>{_by_first_char(_FUTURE_CUES)})|(?P<p>{_by_first_char(_PAST_CUES)}))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;]|\n\s*\n|\s(?:and|but|while|whereas)\s")


class Ctx:
    """What a rule's normaliser may look at: the text, the DCT and the clause's tense."""

    __slots__ = ("dct", "text")

    def __init__(self, text: str, dct: dt.date | None) -> None:
        self.text = text
        self.dct = dct

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None from the tense cue nearest to the span in its sentence.

        A cheap stand-in for the tense of the governing verb (HeidelTime looks at the POS tags
        of the sentence); the cue words are modals and past-tense forms.
        """
        text = self.text
        lo = max(0, start - 160)
        for m in _CLAUSE_END.finditer(text, lo, start):  # the last clause end before the span
            lo = m.end()
        m = _CLAUSE_END.search(text, end, min(len(text), end + 160))
        hi = m.start() if m else min(len(text), end + 160)
        best: tuple[int, str] | None = None
        for c in TENSE_CUE.finditer(text, lo, hi):
            if start <= c.start() < end:
                continue
            # the governing verb usually precedes: a cue after the span counts double
            dist = start - c.end() if c.end() <= start else 2 * (c.start() - end) + 4
            kind = "future" if c.group("f") else "past"
            if best is None or dist < best[0]:
                best = (dist, kind)
            if c.start() >= end:
                break  # later cues are farther still
        return best[1] if best else None

    def word_before(self, start: int) -> str:
        m = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        return m.group(1).lower() if m else ""


_WORD_BEFORE = re.compile(r"([A-Za-z']+)\W{0,3}$")

# --------------------------------------------------------------------------- resolution helpers


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def infer_year_month_day(dct: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    """The year of a month-day with no year: by tense, else the occurrence nearest the DCT."""
    cands = [c for c in (_safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if tense == "past":
        past = [c for c in cands if c <= dct]
        return max(past) if past else min(cands)
    if tense == "future":
        fut = [c for c in cands if c >= dct]
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda c: (abs((c - dct).days), c > dct))


def infer_year_month(dct: dt.date, month: int, tense: str | None, rel: str = "") -> int:
    """The year of a month named without one ("in December", "last May")."""
    if rel in {"last", "past", "previous"}:
        return dct.year if month < dct.month else dct.year - 1
    if rel in {"next", "coming"}:
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this" or month == dct.month:
        return dct.year
    if tense == "past":
        return dct.year if month < dct.month else dct.year - 1
    if tense == "future":
        return dct.year if month > dct.month else dct.year + 1
    # nearest occurrence
    diff = month - dct.month
    if diff > 6:
        return dct.year - 1
    if diff < -6:
        return dct.year + 1
    return dct.year


def resolve_weekday(dct: dt.date, weekday: int, tense: str | None, rel: str = "") -> dt.date:
    """The date of a weekday named relative to the DCT ("on Monday", "last Friday")."""
    back = (dct.weekday() - weekday) % 7  # days back to the most recent such day (0 = DCT)
    fwd = (weekday - dct.weekday()) % 7
    if rel in {"last", "past"}:
        return dct - dt.timedelta(days=back or 7)
    if rel in {"next", "coming"}:
        return dct + dt.timedelta(days=fwd or 7)
    if rel == "this":
        return dct + dt.timedelta(days=weekday - dct.weekday())
    if tense == "past":
        return dct - dt.timedelta(days=back)
    if tense == "future":
        return dct + dt.timedelta(days=fwd or 7)
    return dct - dt.timedelta(days=back) if back <= fwd else dct + dt.timedelta(days=fwd)


def _direction_ref(n: int) -> str:
    return "PAST_REF" if n < 0 else "FUTURE_REF" if n > 0 else "PRESENT_REF"


def _mod_of(word: str | None) -> str:
    if not word:
        return ""
    w = re.sub(r"\s+", " ", word.strip().lower())
    return MOD_WORDS.get(w, MOD_WORDS.get(w.rstrip("-"), ""))


def _year4(s: str) -> int:
    s = s.strip("'")
    y = int(s)
    if len(s) == 2:
        y += 1900 if y >= 30 else 2000
    return y


# ------------------------------------------------------------------------------------ the rules

_PREPS_FOR_MONTH = frozenset(
    {"in", "since", "until", "till", "by", "through", "from", "to", "of", "during", "before",
     "after", "last", "next", "this", "early", "late", "mid", "between", "and", "or",
     "throughout", "for", "on", "that"}
)
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "sun", "sat", "june", "august"})


def _month_num(s: str) -> int:
    key = s.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


# months that are also names ("Theresa May", "Brian May", "Ms June"); "Mar"/"Sun" etc. are not
_NAME_MONTHS = frozenset({"may", "june", "august", "april"})
_HONORIFIC_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.\s+$")


def month_is_a_name(ctx: Ctx, m: re.Match[str]) -> bool:
    """Whether the month word of ``m`` is a surname: "Theresa May 4 times", "Mrs. May, 2016".

    Only for the months that are also names (May, June, August, April), named first in the
    match (no weekday or "the" before it), right after a capitalised word that is neither a
    month, a weekday nor a preposition ("On May 4", "Monday May 4" stay dates), or after an
    honorific ("Mrs. May"); or followed by a possessive ("May's government").
    """
    name = m["mon"]
    if name.lower() not in _NAME_MONTHS or m.start("mon") != m.start():
        return False
    text = ctx.text
    end = m.end("mon")
    if text[end:end + 2] in {"'s", "’s"}:
        return True
    s = m.start()
    lo = max(0, s - 40)
    if _HONORIFIC_DOT.search(text, lo, s):
        return True
    prev = _CAP_BEFORE.search(text, lo, s)
    if prev is None or not text[prev.end(1):s] == " ":
        return False
    word = prev.group(1).lower()
    return word not in _YEAR_NAME_OK and word not in _PREPS_FOR_MONTH and word not in {
        "on", "at", "around", "about", "circa", "as", "by", "the", "from", "each", "every"}


def _full_date(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if month_is_a_name(ctx, m):
        return None
    month = _month_num(m["mon"])
    day = _day_num(m["day"])
    year = m["year"] or m["year2"]
    if year:
        d = _safe_date(_year4(year), month, day)
        if d is None:
            return None
        return Hit(m.start(), m.end(), "DATE", d.isoformat(), "", "full_date")
    if ctx.dct is None:
        if not 1 <= day <= 31:
            return None
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}", "", "month_day",
                   False)
    d = infer_year_month_day(ctx.dct, month, day, _prep_tense(ctx, m.start(), m.end()))
    if d is None:
        return None
    return Hit(m.start(), m.end(), "DATE", d.isoformat(), "", "month_day")


_PREP_TENSE = {"since": "past", "until": "future", "till": "future", "through": None}


def _prep_tense(ctx: Ctx, start: int, end: int) -> str | None:
    """The direction a preposition fixes ("since June" is past, "until June" future), else tense."""
    before = ctx.word_before(start)
    if before in {"since", "until", "till"}:
        return _PREP_TENSE[before]
    return ctx.tense(start, end)


def _numeric_date(m: re.Match[str], ctx: Ctx) -> Hit | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    d = _safe_date(y, int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return Hit(m.start(), m.end(), "DATE", d.isoformat(), "", "numeric_date")


def _month_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if not (m["pm"] or m["pmod"]) and month_is_a_name(ctx, m):
        return None
    month = _month_num(m["mon"])
    return Hit(m.start(), m.end(), "DATE", f"{_year4(m['year']):04d}-{month:02d}",
               _mod_of(m["pm"] or m["pmod"]), "month_year")


def _month_alone(m: re.Match[str], ctx: Ctx) -> Hit | None:
    name = m["mon"]
    rel = (m["rel"] or "").lower()
    pm = (m["pm"] or m["pmod"] or "")
    if name.isupper() and len(name) > 3:
        return None
    if not rel and not pm and month_is_a_name(ctx, m):
        return None
    before = ctx.word_before(m.start())
    if name.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not rel and not pm and (
        before not in _PREPS_FOR_MONTH
    ):
        return None
    if not rel and not pm and before not in _PREPS_FOR_MONTH and m.start() > 0:
        # a capitalised month after a name or a verb ("Ms. April", "Augusta") is rarely a date
        prev_char = ctx.text[m.start() - 1]
        if prev_char not in " \n\t(\"'“‘—–-":
            return None
    month = _month_num(name)
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", _mod_of(pm), "month", False)
    y = infer_year_month(ctx.dct, month, _prep_tense(ctx, m.start(), m.end()), rel)
    return Hit(m.start(), m.end(), "DATE", f"{y:04d}-{month:02d}", _mod_of(pm), "month")


def _year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    text = ctx.text
    s = m.start("year")
    if s > 0 and text[s - 1] in "$£€#.,/:+-" and not (m["pm"] and text[s - 1] == "-"):
        return None
    if s > 1 and text[s - 1] == " " and text[s - 2].isdigit():
        return None
    e = m.end()
    if e < len(text) and text[e] in "%/:" :
        return None
    y = int(m["year"])
    if not (m["pm"] or m["pm2"] or m["pmod"] or m["fy"]):
        prev = _CAP_BEFORE.search(text, max(0, s - 40), s)
        if prev and prev.group(1).lower() not in _YEAR_NAME_OK and (
            prev.start(1) > 1 and text[prev.start(1) - 2] not in ".!?\n\"“'‘"
        ):
            return None  # "Gate 2000", "Windows 2000", "Agenda 2030": a name, not a year
    if y % 10 == 0 and text.startswith(("'s", "’s"), e):
        return None  # "the 1990's" is a decade
    if y < 1800 and ctx.word_before(m.start()) not in {"in", "since", "of", "from", "until", "by"}:
        return None
    if m["fy"] and m["fy"].lower().startswith("fy"):
        pass
    return Hit(m.start(), e, "DATE", f"{y:04d}", _mod_of(m["pm"] or m["pmod"]), "year")


_CAP_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*)\s+$")
_YEAR_NAME_OK = frozenset({*MONTHS, *WEEKDAYS, "christmas", "easter", "fiscal", "fy", "since",
                           "in", "by", "until", "of", "spring", "summer", "autumn", "fall",
                           "winter", "early", "late", "mid"})


def _fy(m: re.Match[str], ctx: Ctx) -> Hit | None:
    return Hit(m.start(), m.end(), "DATE", f"{_year4(m['y']):04d}", "", "fiscal_year")


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}


def _decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    dec = m["dec"]
    if dec:
        if dec.startswith("'") or len(dec) == 2:
            v = f"19{dec.strip(chr(39))[0]}"
        else:
            v = dec[:3]
    else:
        v = f"19{_DECADE_WORDS[m['decw'].lower()]}"
    return Hit(m.start(), m.end(), "DATE", v, _mod_of(m["pm"]), "decade")


_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}


def _century(m: re.Match[str], ctx: Ctx) -> Hit | None:
    o = m["ord"].lower()
    n = int(re.match(r"\d+", o).group()) if o[0].isdigit() else _ORD_WORDS.get(o)  # type: ignore[union-attr]
    if not n:
        return None
    if m["rel"]:
        if ctx.dct is None:
            return Hit(m.start(), m.end(), "DATE", _direction_ref(0), "", "century", False)
        n = ctx.dct.year // 100 + {"last": 0, "next": 2, "this": 1}.get(m["rel"].lower(), 1)
    return Hit(m.start(), m.end(), "DATE", f"{n - 1:02d}", _mod_of(m["pm"]), "century")


def _season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    season = m["season"].lower()
    rel = (m["rel"] or "").lower()
    if season == "fall" and not rel and not m["year"]:
        return None
    if not m["year"] and re.match(r"\s+of\s+(?!\d)", ctx.text[m.end():m.end() + 8]):
        return None  # "the fall of the Berlin Wall", "the spring of hope"
    if not rel and not m["year"] and ctx.word_before(m.start()) not in {"in", "this", "by",
                                                                       "during", "until", "since",
                                                                       "last", "next"}:
        return None
    code = SEASONS[season]
    mod = _mod_of(rel) if rel in {"early", "late", "mid", "mid-"} else ""
    if m["year"]:
        return Hit(m.start(), m.end(), "DATE", f"{_year4(m['year'])}-{code}", mod, "season")
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{code}", mod, "season", False)
    y = ctx.dct.year
    season_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    if rel == "last":
        y = y if season_month < ctx.dct.month - 2 else y - 1
    elif rel == "next":
        y = y if season_month > ctx.dct.month + 1 else y + 1
    elif rel not in {"this"}:
        t = ctx.tense(m.start(), m.end())
        if t == "past" and season_month > ctx.dct.month + 1:
            y -= 1
        elif t == "future" and season_month < ctx.dct.month - 2:
            y += 1
    return Hit(m.start(), m.end(), "DATE", f"{y}-{code}", mod, "season")


def _quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    unit = m["unit"].lower()
    o = (m["ord"] or "").lower()
    det = (m["det"] or "").lower()
    if not o and det not in {"the", "this", "last", "next"}:
        return None
    if unit == "half" and not o:
        return None
    n = ORDINALS.get(o)
    code = "Q" if unit == "quarter" else "H"
    if unit == "half" and n and n > 2:
        return None
    if m["emon"] and ctx.dct is not None and code == "Q" and n is None:
        # "the quarter ended Sept. 30": the calendar quarter holding that day
        emon, eday = _month_num(m["emon"]), _day_num(m["eday"])
        end_day = (_safe_date(_year4(m["eyear"]), emon, eday) if m["eyear"]
                   else infer_year_month_day(ctx.dct, emon, eday, "past"))
        if end_day is not None:
            return Hit(m.start(), m.end(), "DATE",
                       f"{end_day.year}-Q{(end_day.month - 1) // 3 + 1}", "", "quarter")
    if m["year"]:
        y = _year4(m["year"])
        if n:
            return Hit(m.start(), m.end(), "DATE", f"{y}-{code}{n}", "", "quarter")
        return None
    yrel = (m["yrel"] or "").lower()
    if yrel in {"last", "next"} and ctx.dct is not None and n:
        y = ctx.dct.year + (1 if yrel == "next" else -1)
        return Hit(m.start(), m.end(), "DATE", f"{y}-{code}{n}", "", "quarter")
    if ctx.dct is None:
        val = f"XXXX-{code}{n}" if n else "PRESENT_REF"
        return Hit(m.start(), m.end(), "DATE", val, "", "quarter", False)
    cur = (ctx.dct.month - 1) // 3 + 1 if code == "Q" else (ctx.dct.month - 1) // 6 + 1
    per_year = 4 if code == "Q" else 2
    y = ctx.dct.year
    if n is None:
        shift = {"last": -1, "previous": -1, "past": -1, "latest": -1, "next": 1, "coming": 1,
                 "final": 0, "current": 0, "this": 0, "": 0, "same": 0}.get(o or det, 0)
        if o == "final":
            n = per_year
        else:
            k = y * per_year + cur - 1 + shift
            y, n = k // per_year, k % per_year + 1
    else:
        t = ctx.tense(m.start(), m.end())
        if n > cur and t != "future":
            y -= 1
        elif n < cur and t == "future":
            y += 1
    return Hit(m.start(), m.end(), "DATE", f"{y}-{code}{n}", "", "quarter")


_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
              "coming": 1, "following": 1, "upcoming": 1}


def _relative(m: re.Match[str], ctx: Ctx) -> Hit | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    det = (m["det"] or "").lower()
    pm = m["pm"]
    if rel == "same":
        return None
    if det == "the" and rel in {"past", "last", "next", "coming"} and unit not in {"weekend"}:
        return Hit(m.start(), m.end(), "DURATION", duration_value(1, unit), _mod_of(pm),
                   "relative_duration")
    if unit == "day" and rel in {"this"}:
        return None
    n = _REL_SHIFT.get(rel, 0)
    mod = _mod_of(pm) if pm and pm.lower() in {"early", "late", "mid", "mid-"} else ""
    mod = _mod_of(m["pmod"]) or mod
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", _direction_ref(n), mod, "relative", False)
    value = shift_value(ctx.dct, unit, n)
    if value is None:
        return None
    return Hit(m.start(), m.end(), "DATE", value, mod, "relative")


def _year_earlier(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "PAST_REF", "", "year_earlier", False)
    unit = m["unit"].lower()
    y = ctx.dct.year - 1
    if unit == "quarter":
        k = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 - 1  # the last completed quarter
        return Hit(m.start(), m.end(), "DATE", f"{k // 4 - 1}-Q{k % 4 + 1}", "", "year_earlier")
    if unit == "month":
        yy, mm = add_months(ctx.dct, -13)
        return Hit(m.start(), m.end(), "DATE", f"{yy:04d}-{mm:02d}", "", "year_earlier")
    return Hit(m.start(), m.end(), "DATE", f"{y:04d}", "", "year_earlier")


def _the_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if _THE_YEAR_BLOCK.match(ctx.text, m.end()):
        return None
    mod = _mod_of(m["pmod"])
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "PRESENT_REF", mod, "the_year", False)
    return Hit(m.start(), m.end(), "DATE", f"{ctx.dct.year:04d}", mod, "the_year")


def _the_weekend(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", "XXXX-WXX-WE", "", "weekend", False)
    d = ctx.dct
    if ctx.tense(m.start(), m.end()) == "past" and d.weekday() < 5:
        d = d - dt.timedelta(weeks=1)
    return Hit(m.start(), m.end(), "DATE", week_value(d) + "-WE", "", "weekend")


_HALF_SPECIAL = {"century": "P50Y", "decade": "P5Y", "year": "P6M", "month": "P2W",
                 "hour": "PT30M", "minute": "PT30S", "day": "PT12H", "week": "P3D"}


_VERB_LAST = re.compile(r"(?i:last)\s+")
_BEFORE_VERB = frozenset({"will", "would", "could", "might", "may", "can", "should", "must", "to",
                          "not", "did", "does", "do", "won't", "wouldn't", "cannot", "can't",
                          "didn't", "doesn't", "shall", "'ll", "ll"})


def _number_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    hit = _number_unit_hit(m, ctx)
    if hit is not None and not m["det"] and not m["mod"] and hit.start == m.start():
        # "will last two weeks": "last" is the verb, outside the extent (TimeML)
        verb = _VERB_LAST.match(ctx.text, m.start())
        if verb and ctx.word_before(m.start()) in _BEFORE_VERB:
            return hit._replace(start=verb.end())
    return hit


def _number_unit_hit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit
    numtxt = m["num"]
    amount = parse_number(numtxt)
    if amount is None and re.sub(r"\s+", " ", numtxt.lower()) not in VAGUE_NUMBERS:
        return None
    plural = m["plural"] is not None
    if amount == 1 and plural and numtxt.lower() in {"a", "an"}:
        return None
    after = re.sub(r"\s+", " ", (m["after"] or "").strip().lower())
    if numtxt.lower() in {"a", "an"} and unit == "second" and not after:
        return None  # "a second term"
    if numtxt.lower() == "one" and unit == "day" and not plural and ctx.word_before(
        m.start()
    ) in {"would", "will", "could", "might", "may", "can", "should", "must"}:
        return None  # "would one day join": not a duration
    if amount is not None and amount != 1 and not plural and not m["hyphen"]:
        # "three year" only as a compound adjective ("a three year plan"): keep it
        pass
    if m["half"] and amount is not None:
        amount += 0.5
    if (numtxt.lower() in {"a", "an"} and not plural and not m["mod"] and not m["det"]
            and not after and unit in {"hour", "day", "week", "month", "year"}):
        prev = ctx.word_before(m.start())
        if prev in _RATE_NOUNS or (prev.endswith("s") and prev not in _NOT_RATE) or (
            m.start() > 1 and ctx.text[m.start() - 2].isdigit()
        ):
            # "billions of dollars a year", "20 percent a year": a rate, i.e. a SET
            return Hit(m.start(), m.end("unit"), "SET", duration_value(1, unit), "", "rate")
    text = ctx.text
    if unit == "quarter" and not plural and _FRACTION_OF.match(text, m.end()):
        return None  # "about a quarter of its oil": a fraction
    if after in {"old", "of age"} or text.startswith("-old", m.end()) or text.startswith(
        "-old", m.end("unit") + (1 if plural else 0)
    ):
        return None
    mod = _mod_of(m["mod"])
    if after in {"ago", "earlier", "later", "from now", "hence"}:
        n = 1 if after in {"later", "from now", "hence"} else -1
        if amount is None or ctx.dct is None or amount != int(amount):
            return Hit(m.start(), m.end(), "DATE", _direction_ref(n), mod, "ago",
                       ctx.dct is not None)
        k = int(amount) * n
        if unit in {"hour", "minute", "second"}:
            return Hit(m.start(), m.end(), "DATE", ctx.dct.isoformat(), mod, "ago")
        if unit == "decade":
            unit, k = "year", k * 10
        elif unit == "century":
            unit, k = "year", k * 100
        elif unit == "quarter":
            unit, k = "month", k * 3
        value = shift_value(ctx.dct, unit, k)
        if value is None:
            return None
        return Hit(m.start(), m.end(), "DATE", value, mod, "ago")
    start = m.start()
    if m["det"] and m["hyphen"].strip() == "-" and not m["mod"]:
        start = m.end("det")  # "the 30-year bond": the article belongs to the noun
    end = m.end("unit") + (len(m["plural"]) if plural else 0)
    if m["tail"]:
        end = m.end("tail")
    if amount == 0.5 and unit in _HALF_SPECIAL:
        value = _HALF_SPECIAL[unit]
    else:
        value = duration_value(amount, unit)
    return Hit(start, end, "DURATION", value, mod, "duration")


_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:year|fiscal|calendar|\d{4})\b)", re.I)
_RATE_NOUNS = frozenset({"percent", "cent", "dollar", "once", "twice", "thrice", "times"})
_NOT_RATE = frozenset(
    {"is", "was", "has", "takes", "lasts", "needs", "requires", "costs", "its", "this", "his",
     "as", "less", "across", "thus", "plus", "minus", "always", "perhaps", "yes", "us",
     "years", "months", "weeks", "days", "hours", "earnings", "sales", "profits"}
)
_BARE_UNIT_BEFORE = frozenset(
    {"for", "in", "within", "over", "or", "and", "take", "takes", "took", "taking", "lasted",
     "last", "lasts", "after", "recent", "coming", "past", "next"}
)


def _bare_units(m: re.Match[str], ctx: Ctx) -> Hit | None:
    before = ctx.word_before(m.start())
    if m["recent"]:
        pass
    elif before not in _BARE_UNIT_BEFORE:
        return None
    unit = m["unit"].lower()
    unit = "century" if unit.startswith("centur") else unit
    return Hit(m.start(), m.end(), "DURATION", duration_value(None, unit), "", "bare_units")


_DEICTIC = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "present": "PRESENT_REF", "the present": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "the recent past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the coming days": "FUTURE_REF",
}
_THE_YEAR_BLOCK = re.compile(r"\s*(?:-|before|after|earlier|ago|later|of|in\s+which|when|that)\b")
_DAY_OFFSET = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": -1,
               "the day before yesterday": -2, "the day after tomorrow": 2}


def _deictic(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w in _DEICTIC:
        if w == "present" and ctx.word_before(m.start()) != "at":
            return None
        if w == "soon" and (ctx.word_before(m.start()) in {"as", "how", "too"}
                            or ctx.text.startswith(" as ", m.end())):
            return None  # "as soon as" is a conjunction, not a time
        return Hit(m.start(), m.end(), "DATE", _DEICTIC[w], "", "deictic")
    k = _DAY_OFFSET[w]
    if ctx.dct is None:
        val = _direction_ref(k)
        if w in {"tonight", "overnight"}:
            return Hit(m.start(), m.end(), "TIME", _direction_ref(k), "", "deictic", False)
        return Hit(m.start(), m.end(), "DATE", val, "", "deictic", False)
    d = ctx.dct + dt.timedelta(days=k)
    if w == "tonight":
        return Hit(m.start(), m.end(), "TIME", d.isoformat() + "TNI", "", "deictic")
    if w == "overnight":
        if ctx.word_before(m.start()) in {"an", "the", "a"} or ctx.text.startswith(
            (" stay", " trip", " flight", " rate"), m.end()
        ):
            return None
        return Hit(m.start(), m.end(), "TIME", d.isoformat() + "TNI", "", "deictic")
    return Hit(m.start(), m.end(), "DATE", d.isoformat(), "", "deictic")


def _day_part(m: re.Match[str], ctx: Ctx) -> Hit | None:
    anchor = m["anchor"].lower()
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{pod}", "", "day_part", False)
    if anchor in _DAY_OFFSET:
        d = ctx.dct + dt.timedelta(days=_DAY_OFFSET[anchor])
    elif anchor == "last":
        d = ctx.dct - dt.timedelta(days=1) if pod == "NI" or pod == "EV" else ctx.dct
    else:  # this, early, late
        d = ctx.dct
    return Hit(m.start(), m.end(), "TIME", f"{d.isoformat()}T{pod}", "", "day_part")


def _weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    pod = m["pod"]
    suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
    typ = "TIME" if pod else "DATE"
    if ctx.dct is None:
        return Hit(m.start(), m.end(), typ, f"XXXX-WXX-{wd + 1}{suffix}", "", "weekday", False)
    d = resolve_weekday(ctx.dct, wd, ctx.tense(m.start(), m.end()), rel)
    return Hit(m.start(), m.end(), typ, d.isoformat() + suffix, "", "weekday")


def _clock(m: re.Match[str], ctx: Ctx) -> Hit | None:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= h <= 12:
            return None
        if ampm == "pm" and h != 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
    elif not (m["tz"] or ctx.word_before(m.start()) in {"at", "by", "until", "from", "before",
                                                         "after", "around", "about"}):
        return None
    day = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    return Hit(m.start(), m.end(), "TIME", f"{day}T{h:02d}:{mi:02d}", _mod_of(m["mod"]), "clock",
               ctx.dct is not None)


def _noon(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = m["w"].lower()
    hhmm = "24:00" if w == "midnight" else "12:00"
    day = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    return Hit(m.start(), m.end(), "TIME", f"{day}T{hhmm}", _mod_of(m["mod"]), "noon",
               ctx.dct is not None)


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
                "annually": "P1Y", "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D",
                "biweekly": "P2W", "biannually": "P6M"}


def _set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if m["adv"]:
        if m["adv"][0].isupper() and m.start() > 1 and ctx.text[m.start() - 2] not in ".!?\n":
            return None  # "China Daily", "Newsweekly": a name
        return Hit(m.start(), m.end(), "SET", _SET_ADVERBS[m["adv"].lower()], "", "set")
    if m["wd"]:
        return Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()[:3]] + 1}", "",
                   "set")
    unit = m["unit"].lower()
    if unit in PARTS_OF_DAY:
        return Hit(m.start(), m.end(), "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "", "set")
    n = 2 if (m["num"] or "").lower() == "other" else parse_number(m["num"] or "1") or 1
    return Hit(m.start(), m.end(), "SET", duration_value(n, unit), "", "set")


def _holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    md = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
          "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
          "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31)}
    key = name.replace("’", "'")
    if key not in md:
        return None
    month, day = md[key]
    if m["year"]:
        return Hit(m.start(), m.end(), "DATE", f"{_year4(m['year'])}-{month:02d}-{day:02d}", "",
                   "holiday")
    if ctx.dct is None:
        return Hit(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}", "", "holiday", False)
    d = infer_year_month_day(ctx.dct, month, day, ctx.tense(m.start(), m.end()))
    return Hit(m.start(), m.end(), "DATE", d.isoformat() if d else "", "", "holiday")


_REL_WORDS = r"last|this|next|coming|current|past|previous|following|same|upcoming"
_WD_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# (name, pattern, normaliser); order breaks ties between equally long matches
RULES: list[tuple[str, re.Pattern[str], object]] = [
    ("full_date", _c(rf"""
        (?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?![\d:])(?!,\d)
        (?:,?\s+(?P<year>{YEAR4})\b|,\s*(?P<year2>'\d\d)\b)?"""), _full_date),
    ("day_month", _c(rf"""
        (?:{WEEKDAY},?\s+)?(?:(?i:the)\s+)?\b(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})\b
        (?:,?\s+(?P<year>{YEAR4})\b)?(?P<year2>)"""), _full_date),
    ("numeric_date", _c(rf"""
        \b(?:(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)
        |(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])/(?P<y2>\d{{4}}|\d\d))\b(?!/)"""),
     lambda m, ctx: _numeric_date(_Remap(m), ctx)),
    ("month_year", _c(rf"""
        (?:(?P<pm>(?i:early|mid-?|late))[\s-]*|(?P<pmod>(?i:{POINT_MOD}))\s+)?
        (?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR4})\b"""), _month_year),
    ("month", _c(rf"""
        (?:(?P<rel>(?i:last|next|this))\s+|(?P<pm>(?i:early|mid-?|late))[\s-]*
        |(?P<pmod>(?i:{POINT_MOD}))\s+)?(?P<mon>{MONTH})(?!\w|\.\w)"""), _month_alone),
    ("year", _c(rf"""
        (?:(?P<pm>(?i:early|mid|late))[\s-]+|(?P<pm2>(?i:mid)-)|(?P<pmod>(?i:{POINT_MOD}))\s+)?
        (?:(?P<fy>(?i:fiscal|calendar|financial|model))\s+(?:(?i:year)\s+)?
        |(?i:the\s+year)\s+)?(?P<year>{YEAR4})(?!\d|s\b|\s*(?:%|(?i:percent)))"""),
     lambda m, ctx: _year(_PmMerge(m), ctx)),
    ("fy", _c(r"\b(?i:FY)\s?-?(?P<y>\d{4}|\d\d)\b"), _fy),
    ("decade", _c(rf"""
        (?:(?i:the)\s+)?(?:(?P<pm>(?i:early|mid-?|late))[\s-]*)?
        (?:(?P<dec>(?:1[5-9]|20)\d0|['’]\d0)['’]?s\b|(?P<decw>(?i:{"|".join(_DECADE_WORDS)}))\b)"""),
     _decade),
    ("century", _c(rf"""
        (?:(?i:the)\s+)?(?:(?P<pm>(?i:early|mid-?|late))[\s-]*)?
        (?:(?P<rel>(?i:last|next|this))\s+)?
        (?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{"|".join(sorted(_ORD_WORDS, key=len, reverse=True))}))
        [\s-]+(?i:century)\b"""), _century),
    ("season", _c(rf"""
        (?:(?P<rel>(?i:this|last|next|the|early|late|mid-?))[\s-]*)?
        (?P<season>(?i:spring|summer|autumn|winter|fall))\b(?:\s+(?:of\s+)?(?P<year>{YEAR4})\b)?"""),
     _season),
    ("quarter", _c(rf"""
        (?:(?P<det>(?i:the|this|last|next|its|a))\s+)?
        (?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current
           |previous|past|next|coming|same))[\s-]+)?(?:(?i:fiscal|calendar)[\s-]+)?
        (?P<unit>(?i:quarter|half))\b(?!-(?i:point|mile|hour|century))
        (?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<year>{YEAR4})\b
        |\s+(?i:of\s+(?P<yrel>the|this|last|next)\s+year)\b)?
        (?:\s+(?i:ended|ending|that\s+ended|which\s+ended)\s+(?P<emon>{MONTH})\s+(?P<eday>{DAYNUM})
        (?:,\s+(?P<eyear>{YEAR4}))?\b)?"""), _quarter),
    ("relative", _c(rf"""
        (?:(?P<pm>(?i:earlier|later|early|late|mid-?))[\s-]+|(?P<pmod>(?i:{POINT_MOD}))\s+)?
        (?:(?P<det>(?i:the))\s+)?(?P<rel>(?i:{_REL_WORDS}))\s+(?P<unit>(?i:week|month|year|decade|century|weekend|day))\b
        (?!-)"""), _relative),
    ("year_earlier", _c(r"""
        (?:(?i:the)\s+)?(?i:year)[\s-](?i:earlier|ago)\s+(?P<unit>(?i:period|quarter|month|year))\b"""),
     _year_earlier),
    ("the_year", _c(rf"""
        (?:(?P<pmod>(?i:{POINT_MOD}))\s+)?\b(?i:the\s+(?:current\s+|calendar\s+)?year)\b"""),
     _the_year),
    ("weekend", _c(r"\b(?i:the\s+weekend)\b"), _the_weekend),
    ("duration", _c(rf"""
        (?:(?P<mod>(?i:{APPROX_MOD}))\s+)?
        (?P<det>(?i:the|another|an\s+additional|an\s+extra|a|its|their|his|her)\s+)?
        (?:(?i:past|last|next|first|coming|previous|final|following|initial|remaining
           |subsequent|full|entire|whole|latest|recent)\s+)?
        \b(?P<num>{NUMBER}|(?i:{VAGUE}))(?:\s+(?P<half>(?i:and\s+a\s+half|and\s+one-half)))?
        (?P<hyphen>\s+|-|\s*-\s*)(?P<unit>(?i:{UNIT}))(?P<plural>s)?\b
        (?:(?P<tail>(?i:\s+and\s+a\s+half)))?
        (?P<after>\s+(?i:ago|earlier|later|from\s+now|hence|old|of\s+age))?"""),
     _number_unit),
    ("bare_units", _c(r"""
        (?:(?P<recent>(?i:recent|the\s+coming|the\s+past|the\s+next|the\s+last|coming))\s+)?\b
        (?P<unit>(?i:second|minute|hour|day|week|month|year|decade|centurie))s\b(?!['’])"""),
     _bare_units),
    ("deictic", _c(r"""
        \b(?P<w>(?i:today|tonight|overnight|tomorrow|yesterday|now|currently|nowadays|these\s+days
        |presently|present|recently|lately|formerly|soon
        |the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|the\s+(?:recent\s+)?past
        |the\s+present|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))\b
        (?!-)"""), _deictic),
    ("day_part", _c(r"""
        \b(?P<anchor>(?i:this|yesterday|tomorrow|last|early|late|today))\s+
        (?P<pod>(?i:morning|afternoon|evening|night))\b"""), _day_part),
    ("weekday", _c(rf"""
        (?:(?P<rel>(?i:last|next|this|coming|past))\s+|(?P<pm>(?i:early|late))\s+)?
        \b(?P<wd>{_DAY_FULL}|(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)(?:\b|(?<=\.))
        (?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b"""), _weekday),
    ("clock", _c(r"""
        (?:(?P<mod>(?i:about|around|approximately|some))\s+)?
        \b(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?
        (?:\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)|(?=:)|(?<=\d\d:\d\d))
        (?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?"""), _clock),
    ("noon", _c(r"""
        (?:(?P<mod>(?i:about|around))\s+)?\b(?P<w>(?i:noon|midday|midnight))\b"""), _noon),
    ("set", _c(rf"""
        \b(?:(?i:every|each|per)\s+(?:(?P<num>(?i:other|\d+|two|three|four|five|six|ten|few))\s+)?
        (?:(?P<wd>(?i:{_WD_WORDS}))|(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year
        |decade|morning|afternoon|evening|night)))s?
        |(?P<adv>(?i:daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly
        |biannually)))\b"""), _set),
    ("times_a", _c(r"""
        \b(?i:once|twice|thrice|(?:\d+|two|three|four|five|six|several)\s+times)\s+
        (?i:a|an|per|each|every)\s+(?P<unit>(?i:second|minute|hour|day|week|month|year|decade))
        \b"""), lambda m, ctx: Hit(m.start(), m.end(), "SET", duration_value(1, m["unit"]), "",
                                   "set")),
    ("holiday", _c(rf"""
        (?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Independence\s+Day
        |Valentine['’]s\s+Day|Halloween)(?:\s+(?P<year>{YEAR4})\b)?"""), _holiday),
]


class _Remap:
    """Lets the numeric-date normaliser read either alternative's groups by one name."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str:
        return self._m[key] or self._m[key + "2"]

    def start(self, *g: str) -> int:
        return self._m.start(*g)

    def end(self, *g: str) -> int:
        return self._m.end(*g)


class _PmMerge(_Remap):
    def __getitem__(self, key: str) -> str:
        if key == "pm":
            return self._m["pm"] or self._m["pm2"]
        return self._m[key]


# ------------------------------------------------------------------------- where rules can start
# The words a rule's match can begin with, lower-cased, for the candidate-start search in
# :mod:`.timex` (the pattern is only tried where one of these words, or a digit run, starts:
# Python's regex engine otherwise tries every alternation at every word of a window). Each set
# lists the first word of every leading alternative of the pattern; every one of these literals
# is followed by a non-letter in the pattern, so it is a whole ``[A-Za-z]+`` token of the text.
# ``PREFIX_RULES`` start with "early/mid/late" that may run straight into the next word
# ("mid-1990s", "midJanuary"): any token beginning so is a candidate. ``DIGIT_RULES`` can start
# with a digit. Rules missing here are searched the plain way (they are cheap).


def _first_words(phrases: object) -> frozenset[str]:
    return frozenset(re.split(r"[\s.-]+", p.lower())[0] for p in phrases)  # type: ignore[attr-defined]


_MONTH_WORDS = frozenset({*MONTHS, "sep", "sept"})
_WEEKDAY_WORDS = frozenset({*WEEKDAYS, "mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat",
                            "sun"})
_POINT_WORDS = frozenset({"the"})  # every POINT_MOD phrase starts with "the"
_PM_WORDS = frozenset({"early", "mid", "late"})
RULE_STARTS: dict[str, frozenset[str]] = {
    "full_date": _WEEKDAY_WORDS | {"the"} | _MONTH_WORDS,
    "day_month": _WEEKDAY_WORDS | {"the"},
    "numeric_date": frozenset(),
    "month_year": _PM_WORDS | _POINT_WORDS | _MONTH_WORDS,
    "month": frozenset({"last", "next", "this"}) | _PM_WORDS | _POINT_WORDS | _MONTH_WORDS,
    "year": _PM_WORDS | _POINT_WORDS | {"fiscal", "calendar", "financial", "model", "the"},
    "fy": frozenset({"fy"}),
    "decade": frozenset({"the"}) | _PM_WORDS | frozenset(_DECADE_WORDS),
    "relative": frozenset({"earlier", "later", "early", "late", "mid", "the"})
    | frozenset(_REL_WORDS.split("|")),
    "year_earlier": frozenset({"the", "year"}),
    "the_year": frozenset({"the"}),
    "duration": _first_words(k for k, v in MOD_WORDS.items() if v not in {"START", "MID", "END"})
    | {"the", "another", "an", "a", "its", "their", "his", "her", "past", "last", "next", "first",
       "coming", "previous", "final", "following", "initial", "remaining", "subsequent", "full",
       "entire", "whole", "latest", "recent"}
    | _first_words(w for w in NUMBER_WORDS) | set(_TENS.split("|"))
    | {"a", "number", "countless", "numerous", "several", "few", "many", "some"},
    "bare_units": frozenset({"recent", "the", "coming", "seconds", "minutes", "hours", "days",
                             "weeks", "months", "years", "decades", "centuries"}),
    "deictic": frozenset({"today", "tonight", "overnight", "tomorrow", "yesterday", "now",
                          "currently", "nowadays", "these", "presently", "present", "recently",
                          "lately", "formerly", "soon", "the"}),
    "day_part": frozenset({"this", "yesterday", "tomorrow", "last", "early", "late", "today"}),
    "weekday": frozenset({"last", "next", "this", "coming", "past", "early", "late"})
    | _WEEKDAY_WORDS,
    "clock": frozenset({"about", "around", "approximately", "some"}),
    "noon": frozenset({"about", "around", "noon", "midday", "midnight"}),
    "set": frozenset(_SET_ADVERBS) | {"every", "each", "per"},
    "times_a": frozenset({"once", "twice", "thrice", "two", "three", "four", "five", "six",
                          "several"}),
}
PREFIX_RULES: dict[str, tuple[str, ...]] = {
    "month_year": ("early", "mid", "late"),
    "month": ("early", "mid", "late"),
    "decade": ("early", "mid", "late"),
}
# rule -> (fewest, most) digits of the run a match can begin with ("7.5 hours": 1-3 digits,
# "2008": 4); a rule absent here never begins with a digit
DIGIT_RULES: dict[str, tuple[int, int]] = {
    "day_month": (1, 2), "numeric_date": (1, 4), "year": (4, 4), "decade": (4, 4),
    # a clock hour may be the first two digits of a longer run after "dd:" ("10:1990")
    "duration": (1, 3), "clock": (1, 10**9), "times_a": (1, 10**9),
}
# "the" starts many rules but is followed by few words in each: rule -> the words that can come
# next ("#": a digit run, "early-": any word beginning early/mid/late, as "mid-1990s")
_POINT_NEXT = frozenset({"latter", "early", "beginning", "middle", "start", "close", "end"})
THE_NEXT: dict[str, frozenset[str]] = {
    "full_date": _MONTH_WORDS,
    "day_month": frozenset({"#"}),
    "month_year": _POINT_NEXT,
    "month": _POINT_NEXT,
    "year": _POINT_NEXT | {"year"},
    "decade": frozenset({"#", "early-"}) | _PM_WORDS | frozenset(_DECADE_WORDS),
    "relative": _POINT_NEXT | frozenset(_REL_WORDS.split("|")),
    "year_earlier": frozenset({"year"}),
    "the_year": _POINT_NEXT | {"current", "calendar", "year"},
    "duration": RULE_STARTS["duration"] | {"#"},
    "bare_units": frozenset({"coming", "past", "next", "last"}),
    "deictic": frozenset({"near", "distant", "foreseeable", "immediate", "future", "recent",
                          "past", "present", "day"}),
}
