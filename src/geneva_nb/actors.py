"""The actor registry: who speaks for whom, and resolving a mention to an actor and a side.

The registry is ``data/actors.csv`` (columns ``name, aliases, gender, side, role, note``; aliases
separated by ``;``). Everything specific to an article lives there, never in code.

:func:`load_actors` reads it once (cached); :class:`Registry` answers three questions:

- :meth:`Registry.lookup`: which registered actor does a name or mention denote? Exact alias
  match first (case-insensitive for multi-word aliases, case-sensitive for one-word aliases
  so that "Price" the spokesman is not "price"), then the last capitalised name in the mention
  ("Russian Deputy Foreign Minister Sergei Ryabkov" -> Sergei Ryabkov), then a surname match.
- :meth:`Registry.side_from_title`: the side a title or description signals ("Russian Deputy
  Foreign Minister" -> Russia, "Dutch Prime Minister" -> Netherlands, "a senior EU official"
  -> EU). The cues are the aliases of registered states and alliances first (so registry side
  names win: "American" -> US, "Nato" -> NATO), then the general table ``data/sides.csv``
  (columns ``cue, side, kind, note``; ``kind`` is ``country``, ``demonym``, ``capital`` (a
  capital or seat-of-government metonym: "Downing Street", "Elysee"), ``institution`` (EU,
  UN, WHO, IMF, African Union ...) or ``ambiguous`` (a cue such as "Georgia", country or US
  state, that blocks the shorter cues inside it and gives no side). A side is a nationality
  or institution cue, not a political position. An unknown speaker with no cue gets
  ``"unknown"``, never a guess.
- :meth:`Registry.gender_from_title`: grammatical gender from honorifics and gendered role nouns
  (Mr/Mrs/Ms, spokesman/spokeswoman ...), used for pronoun resolution.
- :func:`gender_from_first_name`: the usual gender of a person's first name ("Maria Lopez" ->
  female), from ``data/attribution/first_names.csv``: the 5,163 first names of the 1990 US
  Census frequency lists (public domain; see ``benchmarks/make_first_names.py``), a gender only
  where one sex has at least ten times the other's share; used when the registry, honorifics
  and role nouns say nothing. Unisex names ("Kim", "Jean") and names the list does not know
  (many non-US names) give ``""``.

The matching follows the gazetteer-plus-heuristics design of rule-based quote attribution
systems (Pouliquen et al. 2007; Elson & McKeown 2010): a curated list first, surface cues second.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ._data import data_path, read_table
from .errors import DataFileError, InputError

__all__ = [
    "NAME_PARTICLES",
    "UNKNOWN_SIDE",
    "Actor",
    "FirstNameListMissingError",
    "Registry",
    "SideCue",
    "acronym_of",
    "acronyms",
    "as_registry",
    "family_name",
    "gender_from_first_name",
    "is_family_name",
    "load_actors",
    "load_sides",
    "normalise_name",
]

UNKNOWN_SIDE = "unknown"
COLUMNS = ("name", "aliases", "gender", "side", "role", "note")
_GENDERS = {"": "", "female": "female", "f": "female", "male": "male", "m": "male"}
# roles of organisations, states and offices: their aliases act as side cues inside titles
# ("Russian ...", "U.S. ...", "State Department spokesman")
_ORG_ROLES = {"state", "alliance", "country", "organisation", "organization", "ministry",
              "office", "agency", "party", "government", "media"}

_FEMALE_CUES = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess)\b\.?|"
    r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|countrywoman|"
    r"councilwoman|assemblywoman|policewoman|woman|mother|wife|daughter|sister|widow|"
    r"grandmother|girl|actress)\b",
    re.IGNORECASE,
)
_MALE_CUES = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince)\b\.?|"
    r"\b(?:spokesman|chairman|congressman|businessman|statesman|countryman|"
    r"councilman|assemblyman|policeman|man|father|husband|son|brother|widower|"
    r"grandfather|boy|actor)\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_PLACE_KINDS = {"country", "capital", "state", "city"}
SIDE_COLUMNS = ("cue", "side", "kind", "note")
SIDE_KINDS = {"country", "demonym", "capital", "institution", "ambiguous"}
# words of a title for side cues: letters, digits, inner dots/apostrophes/hyphens ("U.S.",
# "Côte d'Ivoire", "Guinea-Bissau"); one pass, no nested quantifiers over the same characters
_CUE_WORD = re.compile(r"[^\W_](?:[\w&-]|[.'](?=[^\W_]))*\.?")
# a lower-case preposition ends the head of a title: 'US Ambassador [to] the UN'
_TITLE_PREPOSITIONS = {"of", "to", "for", "in", "at", "from", "with", "on", "and"}
_APOSTROPHE = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


# the name helpers below are pure functions of a string that attribution calls about 160
# (normalise_name) and 60 (family_name, the cue words) times per news article, mostly on the
# same few names: each remembers its recent answers (an LRU cache, bounded)
_MEMO = 8192


@lru_cache(maxsize=_MEMO)
def normalise_name(name: str) -> str:
    """Compare names loosely: straight apostrophes, single spaces, no leading "the", lower case.

    ``normalise_name("The  Kremlin’s") == "kremlin's"``.
    """
    name = _SPACE.sub(" ", name.translate(_APOSTROPHE)).strip(" ,.;:")
    if name[:4].lower() == "the ":
        name = name[4:]
    return name.lower()


# particles of family names: 'Pieter de Vries', 'Ursula von der Leyen', 'Mohammed bin Salman'
NAME_PARTICLES = frozenset(
    "de van von der den da di du la le del della dos das ter bin ibn al el".split())
# an Arabic article or patronymic joined to the name: 'al-Sharaa', 'Al-Sharaa', 'bin-Zayed'
_JOINED_PARTICLE = re.compile(r"(?i)^(al|el|ad|ash|as|at|an|ar|az|ibn|bin|abu|abd)-(?=\w)")


def is_family_name(name: str) -> bool:
    """True for a bare family name, one word or particles before one word ('Hale', 'de Vries',
    'Von der Leyen', 'Bin Salman'), as opposed to a full name ('Pieter de Vries')."""
    words = name.split()
    return bool(words) and all(w.lower() in NAME_PARTICLES for w in words[:-1])


@lru_cache(maxsize=_MEMO)
def family_name(name: str) -> str:
    """The family name of a personal name with its particles, the particles in lower case so
    that the forms of one name meet: 'Pieter de Vries', 'de Vries' and 'De Vries' -> 'de Vries';
    'Ursula von der Leyen' -> 'von der Leyen'; 'Ahmed Al-Sharaa' -> 'al-Sharaa'; 'Tom Hale' ->
    'Hale'. A particle counts only before the last word."""
    words = name.split()
    if not words:
        return ""
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in NAME_PARTICLES:
        i -= 1
    last = _JOINED_PARTICLE.sub(lambda m: m.group(1).lower() + "-", words[-1])
    return " ".join([*(w.lower() for w in words[i:-1]), last])


_ACRONYM = r"[A-Z][A-Za-z&]{1,9}[A-Z]|[A-Z]{2}"
_LONG_NAME = r"[A-Z][\w&'’.-]*(?: (?:of|for|the|and|on|de|du|des|la|le|[A-Z][\w&'’.-]*)){1,12}"
# 'the Economic Community of West African States (ECOWAS)' / 'ECOWAS, the Economic ... ,'
_ACRONYM_AFTER = re.compile(rf"\b({_LONG_NAME}) \(({_ACRONYM})\)")
_ACRONYM_BEFORE = re.compile(rf"\b({_ACRONYM}), the ({_LONG_NAME}),")
_SMALL_WORDS = {"of", "for", "the", "and", "on", "de", "du", "des", "la", "le"}
# what each pattern needs besides the long name, found fast (a literal first): ' (ACR)'; and
# ', the ' followed by a capital and preceded by one (the acronym's last letter). A text
# without it has no match, and is not scanned (the scans try the long name at every word).
_BRACKETED_ACRONYM = re.compile(rf" \((?:{_ACRONYM})\)")
_THE_AFTER = re.compile(r", the [A-Z]")


def acronym_of(short: str, long: str) -> bool:
    """True when ``short`` abbreviates ``long``: it starts with the first letter of ``long``'s
    first word and its letters appear in order in ``long`` (``ECOWAS`` / Economic Community
    of West African States, ``NATO`` / North Atlantic Treaty Organization), at most one
    letter per word missing; case-insensitive; "The" is ignored."""
    short = short.replace(".", "")
    words = [w for w in normalise_name(long).split() if w]
    if not (2 <= len(short) <= 10) or len(words) < 2 or not short[:1].isupper():
        return False
    letters = short.lower()
    if letters[0] != words[0][0]:
        return False
    text, pos = " ".join(words), 0
    for ch in letters:  # the letters in order, also from inside words ('ECOWAS': 'Economic')
        pos = text.find(ch, pos) + 1
        if pos == 0:
            return False
    initials = [w[0] for w in words if w not in _SMALL_WORDS]
    # at most one content word whose initial is not in the acronym
    return sum(1 for c in initials if c in letters) >= len(initials) - 1


def acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in ``text`` -> the long name they stand for: "the Economic Community
    of West African States (ECOWAS)" and "ECOWAS, the Economic Community of ..., said";
    only pairs that pass :func:`acronym_of`, or, in brackets after a name of three or more
    words, an acronym of three or more capitals from another language ('the German
    Institute for Economic Research (DIW)'); the first definition wins."""
    out: dict[str, str] = {}
    # each pattern needs a fixed piece of text ('NAME (ACR)', 'ACR, the NAME,'): without it,
    # skip the scan (9 in 10 news articles have no ' (ACR)', almost none 'ACR, the Name')
    for m in _ACRONYM_AFTER.finditer(text) if _BRACKETED_ACRONYM.search(text) else ():
        long, short = m.group(1), m.group(2)
        words = long.split()
        # the long name is the shortest tail of the capitalised run that the acronym fits
        for k in range(len(words) - 1):
            tail = " ".join(words[k:])
            if words[k].lower() not in _SMALL_WORDS and acronym_of(short, tail):
                out.setdefault(short, tail)
                break
        else:
            # another language's initials: 'the German Institute for Economic Research
            # (DIW)'; only a whole name of three or more words
            if short.isupper() and len(short) >= 3 and len(normalise_name(long).split()) >= 3:
                out.setdefault(short, long)
    before = any(m.start() and "A" <= text[m.start() - 1] <= "Z"
                 for m in _THE_AFTER.finditer(text))
    for m in _ACRONYM_BEFORE.finditer(text) if before else ():
        short, long = m.group(1), m.group(2)
        if acronym_of(short, long):
            out.setdefault(short, long)
    return out


@dataclass(frozen=True)
class Actor:
    """One registered speaker: a person, an organisation or a state (with its metonyms)."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = ""  # "female", "male" or "" (unknown / not a person)
    side: str = UNKNOWN_SIDE
    role: str = ""
    note: str = ""

    @property
    def is_person(self) -> bool:
        """True unless the role marks an organisation, state, alliance or office."""
        return self.role.lower() not in _ORG_ROLES


class SideCue(NamedTuple):
    """One row of ``data/sides.csv``: a word or phrase that marks a side inside a title."""

    cue: str
    side: str  # "" for an ambiguous cue
    kind: str
    note: str = ""


@lru_cache(maxsize=_MEMO)
def _cue_words(text: str) -> tuple[str, ...]:
    """Words for side-cue matching: possessive 's and a final full stop dropped, so that
    "China's", "U.S." and "U.S" meet the table's "China" and "U.S."."""
    words = []
    for w in _CUE_WORD.findall(text.translate(_APOSTROPHE)):
        if w.endswith("'s"):
            w = w[:-2]
        words.append(w.rstrip("."))
    return tuple(words)


@dataclass(frozen=True)
class Registry:
    """A set of actors with fast alias look-up (build it with :func:`load_actors`)."""

    actors: tuple[Actor, ...]
    _exact: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    _folded: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    _surnames: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    side_table: tuple[SideCue, ...] | None = field(default=None, repr=False, compare=False)
    _side_of_cue: dict[tuple[str, ...], str] = field(
        default_factory=dict, repr=False, compare=False)
    _cue_len: int = field(default=0, repr=False, compare=False)
    _places: frozenset[tuple[str, ...]] = field(default=frozenset(), repr=False, compare=False)
    # the last word of every name _lookup can match (normalised, as normalise_name leaves it,
    # and the family names in lower case): a mention whose last word is none of them names
    # no registered actor. None: no such test (an alias with no word)
    _last_words: frozenset[str] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    # recent answers of lookup / side_from_title / side_of_name, keyed by (method, text): the
    # registry never changes after it is built, and attribution asks about the same mentions
    # and titles many times per article; emptied when it holds _MEMO answers
    _memo: dict[tuple[str, str], object] = field(default_factory=dict, init=False,
                                                 repr=False, compare=False)

    def __post_init__(self) -> None:
        cues: dict[str, str] = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                key = alias.translate(_APOSTROPHE).strip()
                if " " in key or "." in key:
                    self._folded.setdefault(normalise_name(key), actor)
                self._exact.setdefault(key, actor)
            if actor.is_person and " " in actor.name:
                self._surnames.setdefault(family_name(actor.name), actor)
            if not actor.is_person and actor.side != UNKNOWN_SIDE:
                # states, alliances and their ministries/offices ('State Department spokesman')
                for alias in (actor.name, *actor.aliases):
                    alias = alias.translate(_APOSTROPHE).strip()
                    if alias.lower().startswith("the "):
                        alias = alias[4:]
                    cues.setdefault(alias, actor.side)
        table = load_sides() if self.side_table is None else self.side_table
        # a general side whose cues the registry also lists takes the registry's side name
        # ('American' -> the registry's "US", 'Nato' -> "NATO")
        renamed: dict[str, str] = {}
        for row in table:
            if row.side and row.cue in cues:
                renamed.setdefault(row.side, cues[row.cue])
        for row in table:
            cues.setdefault(row.cue, renamed.get(row.side, row.side))
        keyed: dict[tuple[str, ...], str] = {}
        for cue, side in cues.items():
            key = _cue_words(cue)
            if key:
                keyed.setdefault(key, side)
        object.__setattr__(self, "_side_of_cue", keyed)
        places = {_cue_words(row.cue) for row in table if row.kind in _PLACE_KINDS}
        places |= {_cue_words(alias) for actor in self.actors
                   if actor.role.lower() in _PLACE_KINDS for alias in (actor.name, *actor.aliases)}
        object.__setattr__(self, "_places", frozenset(places))
        object.__setattr__(self, "_cue_len", max(map(len, keyed), default=0))
        last = {normalise_name(k).rpartition(" ")[2] for k in self._exact}
        last |= {k.rpartition(" ")[2] for k in self._folded}
        last |= {k.rpartition(" ")[2].lower() for k in self._surnames}
        object.__setattr__(self, "_last_words", None if "" in last else frozenset(last))

    def __len__(self) -> int:
        return len(self.actors)

    def __getstate__(self) -> dict[str, object]:
        """Pickled (sent to corpus workers) without the remembered answers."""
        return {**self.__dict__, "_memo": {}}

    def _remembered(self, method: str, text: str) -> object:
        """The answer of ``method`` (``_lookup``, ...) for ``text``, computed once while
        remembered."""
        memo = self._memo
        try:
            return memo[method, text]
        except KeyError:
            pass
        if len(memo) >= _MEMO:
            memo.clear()
        answer = memo[method, text] = getattr(self, method)(text)
        return answer

    def lookup(self, mention: str) -> Actor | None:
        """The registered actor a name or mention denotes, or ``None``.

        >>> load_actors().lookup("Russian Deputy Foreign Minister Sergei Ryabkov").name
        'Sergei Ryabkov'
        """
        return self._remembered("_lookup", mention)  # type: ignore[return-value]

    def _lookup(self, mention: str) -> Actor | None:
        key = mention.translate(_APOSTROPHE).strip(" ,.;:")
        if not key:
            return None
        folded = normalise_name(key)
        words = key.split()
        last = self._last_words
        if last is not None and folded.rpartition(" ")[2] not in last and (
                not words or words[-1].lower() not in last):
            # every match below ends with the mention's last word (the whole key, a tail of
            # it, the family name): a last word no name has matches nothing
            return None
        actor = self._exact.get(key) or self._folded.get(folded)
        if actor is not None:
            return actor
        # the name at the head of a titled mention: last capitalised run
        for size in range(min(4, len(words)), 0, -1):
            tail = " ".join(words[-size:])
            actor = self._exact.get(tail) or (
                self._folded.get(normalise_name(tail)) if size > 1 else None
            )
            if actor is not None and (actor.is_person or size > 1 or len(words) == 1):
                return actor
        if words and family_name(key) in self._surnames:
            return self._surnames[family_name(key)]
        return None

    def side_from_title(self, text: str) -> str:
        """The side a title or description signals ("Russian Deputy Foreign Minister" -> Russia).

        Cues are matched case-sensitively on whole words, longest first ("National Security
        Council" is not the UN's "Security Council"; "china" is no cue). Before the first
        lower-case preposition (the head of the phrase) the cue nearest the end wins, since
        English puts the head of a noun phrase last: "US Ambassador to the UN" -> US; only
        when the head has no cue does the phrase after it count: "Prime Minister of the
        Netherlands" -> Netherlands. With no cue the side is ``"unknown"``.
        """
        return self._remembered("_side_from_title", text)  # type: ignore[return-value]

    def _side_from_title(self, text: str) -> str:
        words = _cue_words(text)
        head_side = tail_side = ""
        in_head = True
        i, n = 0, len(words)
        while i < n:
            if in_head and words[i] in _TITLE_PREPOSITIONS:
                in_head = False
            for size in range(min(self._cue_len, n - i), 0, -1):
                side = self._side_of_cue.get(words[i:i + size])
                if side is not None:
                    break
            else:
                i += 1
                continue
            if in_head:
                head_side = side or head_side
            elif not tail_side:
                tail_side = side
            i += size
        return head_side or tail_side or UNKNOWN_SIDE

    def side_of_name(self, name: str) -> str:
        """The side a whole name denotes when it is itself a cue ("France", "Brussels",
        "the European Commission"), else ``""``."""
        return self._remembered("_side_of_name", name)  # type: ignore[return-value]

    def _side_of_name(self, name: str) -> str:
        words = _cue_words(name)
        if words and words[0] in {"the", "The"}:
            words = words[1:]
        return self._side_of_cue.get(words, "") if words else ""

    def is_place(self, name: str) -> bool:
        """True when the whole name is a country or a capital ("France", "Moscow"), which
        speak for a state; an institution ("ECOWAS", "the European Commission") is not."""
        words = _cue_words(name)
        if words and words[0] in {"the", "The"}:
            words = words[1:]
        return words in self._places

    @staticmethod
    def gender_from_title(text: str) -> str:
        """``"female"``/``"male"`` from honorifics and gendered role nouns, else ``""``."""
        female = _FEMALE_CUES.search(text) is not None
        male = _MALE_CUES.search(text) is not None
        if female != male:
            return "female" if female else "male"
        return ""

    @property
    def sides(self) -> list[str]:
        """The side names used in the registry (plus ``"unknown"``), in first-seen order."""
        seen = dict.fromkeys(a.side for a in self.actors if a.side)
        seen[UNKNOWN_SIDE] = None
        return list(seen)


class FirstNameListMissingError(DataFileError):
    """The first-name table ``data/attribution/first_names.csv`` is missing or malformed."""


FIRST_NAME_COLUMNS = ("name", "gender", "female_pct", "male_pct", "source")


@cache
def _first_name_genders() -> dict[str, str]:
    """Lower-cased first name -> ``"female"``/``"male"`` from ``data/attribution/first_names.csv``
    (read once); unisex names are left out, so they give no gender."""
    try:
        path = data_path("attribution", "first_names.csv")
        rows = read_table(path, columns=FIRST_NAME_COLUMNS, required=FIRST_NAME_COLUMNS[:2],
                          what="the first-name table")
    except DataFileError as exc:
        raise FirstNameListMissingError(
            f"{exc} Regenerate it with benchmarks/make_first_names.py (see its docstring), or "
            "reinstall geneva_nb from a complete checkout.") from None
    return {row["name"].lower(): row["gender"] for _, row in rows
            if row["gender"] in {"female", "male"}}


def gender_from_first_name(name: str) -> str:
    """``"female"``/``"male"`` from the first word of a personal name of two or more words,
    else ``""`` (one word, an initial, a unisex or unknown first name).

    >>> gender_from_first_name("Maria Lopez"), gender_from_first_name("Tom Hale")
    ('female', 'male')
    >>> gender_from_first_name("Lopez"), gender_from_first_name("Xi Jinping")
    ('', '')

    Raises :class:`FirstNameListMissingError` (a
    :class:`~geneva_nb.errors.DataFileError`) when the first-name table cannot be read.
    """
    words = name.split()
    if len(words) < 2:
        return ""
    first = words[0].strip(".,")
    if len(first) < 2 or not first.replace("-", "").isalpha():
        return ""  # an initial ('J. Smith') or no word
    if not first.isascii():  # 'Zoltán' -> 'Zoltan'
        first = "".join(c for c in unicodedata.normalize("NFKD", first)
                        if not unicodedata.combining(c))
    return _first_name_genders().get(first.lower(), "")


def _parse_sides(path: Path) -> tuple[SideCue, ...]:
    rows = []
    for lineno, row in read_table(path, columns=SIDE_COLUMNS, required=SIDE_COLUMNS[:3],
                                  what="the side-cue table"):
        cue, side, kind = row["cue"], row["side"], row["kind"].lower()
        if not cue:
            raise DataFileError(f"{path}, line {lineno}: the cue is empty; fill it in.")
        if kind not in SIDE_KINDS:
            raise DataFileError(
                f"{path}, line {lineno}: kind {kind!r} is not one of "
                f"{', '.join(sorted(SIDE_KINDS))}."
            )
        if not side and kind != "ambiguous":
            raise DataFileError(
                f"{path}, line {lineno}: the side is empty; fill it in, or mark the "
                f"cue as kind 'ambiguous'."
            )
        rows.append(SideCue(cue, side if kind != "ambiguous" else "", kind, row["note"]))
    return tuple(rows)


@cache
def _load_sides(path: str) -> tuple[SideCue, ...]:
    return _parse_sides(Path(path))


def load_sides(path: str | Path | None = None) -> tuple[SideCue, ...]:
    """The general side-cue table from ``path`` (default ``data/sides.csv``), read once.

    Raises :class:`~geneva_nb.errors.DataFileError` when the file is missing or malformed.
    """
    return _load_sides(_table_file(path, "sides.csv", "The side-cue table", SIDE_COLUMNS))


def _table_file(path: str | Path | None, default: str, what: str, columns: Sequence[str]) -> str:
    """The resolved path of a data table (``data/<default>`` when ``path`` is None)."""
    file = data_path(default) if path is None else Path(path)
    if not file.is_file():
        raise DataFileError(f"{what} {file} does not exist; pass the path of a CSV "
                            f"with the columns {','.join(columns)}.")
    return str(file.resolve())


def _parse(path: Path) -> tuple[Actor, ...]:
    actors = []
    for lineno, row in read_table(path, columns=COLUMNS, required=COLUMNS[:4],
                                  what="the actor registry"):
        if not row["name"]:
            raise DataFileError(f"{path}, line {lineno}: the name is empty; fill it in.")
        gender = row["gender"].lower()
        if gender not in _GENDERS:
            raise DataFileError(
                f"{path}, line {lineno}: gender {gender!r} is not female, male or empty."
            )
        actors.append(
            Actor(
                name=row["name"],
                aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
                gender=_GENDERS[gender],
                side=row["side"] or UNKNOWN_SIDE,
                role=row["role"],
                note=row["note"],
            )
        )
    return tuple(actors)


@cache
def _load(path: str, sides: str | None) -> Registry:
    return Registry(_parse(Path(path)), side_table=load_sides(sides))


def load_actors(path: str | Path | None = None, *, sides: str | Path | None = None) -> Registry:
    """The actor registry from ``path`` (default ``data/actors.csv``), read once and cached,
    with the general side cues of ``sides`` (default ``data/sides.csv``).

    Raises :class:`~geneva_nb.errors.DataFileError` when a file is missing or malformed.
    """
    return _load(_table_file(path, "actors.csv", "The actor registry", COLUMNS),
                 None if sides is None else str(Path(sides).resolve()))


@cache
def _default_registry(data_dir: str | None) -> Registry:
    """``load_actors()`` for the data folder ``data_dir`` (``$GENEVA_NB_DATA``), looked up once
    per folder: finding and resolving the default path costs about 0.2 ms, a few per cent of
    an article's analysis. The registry itself is cached by path either way."""
    return load_actors()


def as_registry(actors: Registry | str | None) -> Registry:
    """The registry an ``actors`` argument names: a :class:`Registry` as it is, else
    :func:`load_actors` of the CSV path (``None``: the project's ``data/actors.csv``), cached.

    Raises :class:`~geneva_nb.errors.InputError` for anything else.
    """
    if isinstance(actors, Registry):
        return actors
    if actors is None:
        return _default_registry(os.environ.get("GENEVA_NB_DATA"))
    if isinstance(actors, str):
        return load_actors(actors)
    raise InputError(
        "actors must be a Registry (geneva_nb.actors.load_actors) or the path of an actors CSV, "
        f"not {type(actors).__name__}."
    )
