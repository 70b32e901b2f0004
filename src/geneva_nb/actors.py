"""The actor registry: who speaks for whom, and resolving a mention to an actor and a side.

The registry is ``data/actors.csv`` (columns ``name, aliases, gender, side, role, note``; aliases
separated by ``;``). Everything specific to an article lives there, never in code.

:func:`load_actors` reads it once (cached); :class:`Registry` answers three questions:

- :meth:`Registry.lookup`: which registered actor does a name or mention denote? Exact alias
  match first (case-insensitive for multi-word aliases, case-sensitive for one-word aliases
  so that "Price" the spokesman is not "price"), then the last capitalised name in the mention
  ("Russian Deputy Foreign Minister Sergei Ryabkov" -> Sergei Ryabkov), then a surname match.
- :meth:`Registry.side_from_title`: the side a title or description signals, from the aliases
  of registered states and alliances ("Russian Deputy Foreign Minister" -> Russia, "the US
  side" -> US). An unknown speaker with no such cue gets ``"unknown"``, never a guess.
- :meth:`Registry.gender_from_title`: grammatical gender from honorifics and gendered role nouns
  (Mr/Mrs/Ms, spokesman/spokeswoman ...), used for pronoun resolution.

The matching follows the gazetteer-plus-heuristics design of rule-based quote attribution
systems (Pouliquen et al. 2007; Elson & McKeown 2010): a curated list first, surface cues second.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ._data import data_path
from .errors import DataFileError

__all__ = ["UNKNOWN_SIDE", "Actor", "Registry", "load_actors", "normalise_name"]

UNKNOWN_SIDE = "unknown"
COLUMNS = ("name", "aliases", "gender", "side", "role", "note")
_GENDERS = {"": "", "female": "female", "f": "female", "male": "male", "m": "male"}
# roles whose aliases act as side cues inside titles ("Russian ...", "U.S. ...")
_SIDE_CUE_ROLES = {"state", "alliance", "country", "organisation", "organization"}
_ORG_ROLES = _SIDE_CUE_ROLES | {"ministry", "office", "agency", "party", "government", "media"}

_FEMALE_CUES = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess)\b\.?|"
    r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|countrywoman)\b",
    re.IGNORECASE,
)
_MALE_CUES = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince)\b\.?|"
    r"\b(?:spokesman|chairman|congressman|businessman|statesman|countryman)\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_APOSTROPHE = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


def normalise_name(name: str) -> str:
    """Compare names loosely: straight apostrophes, single spaces, no leading "the", lower case.

    ``normalise_name("The  Kremlin’s") == "kremlin's"``.
    """
    name = _SPACE.sub(" ", name.translate(_APOSTROPHE)).strip(" ,.;:")
    if name[:4].lower() == "the ":
        name = name[4:]
    return name.lower()


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


@dataclass(frozen=True)
class Registry:
    """A set of actors with fast alias look-up (build it with :func:`load_actors`)."""

    actors: tuple[Actor, ...]
    _exact: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    _folded: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    _surnames: dict[str, Actor] = field(default_factory=dict, repr=False, compare=False)
    _side_cue: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _side_of_cue: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        cues: dict[str, str] = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                key = alias.translate(_APOSTROPHE).strip()
                if " " in key or "." in key:
                    self._folded.setdefault(normalise_name(key), actor)
                self._exact.setdefault(key, actor)
            if actor.is_person and " " in actor.name:
                self._surnames.setdefault(actor.name.split()[-1], actor)
            if actor.role.lower() in _SIDE_CUE_ROLES and actor.side != UNKNOWN_SIDE:
                for alias in (actor.name, *actor.aliases):
                    alias = alias.translate(_APOSTROPHE).strip()
                    if alias.lower().startswith("the "):
                        alias = alias[4:]
                    cues.setdefault(alias, actor.side)
        if cues:
            # longest first so "United States of America" wins over "United States"
            alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
            object.__setattr__(
                self, "_side_cue", re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")
            )
        object.__setattr__(self, "_side_of_cue", cues)

    def __len__(self) -> int:
        return len(self.actors)

    def lookup(self, mention: str) -> Actor | None:
        """The registered actor a name or mention denotes, or ``None``.

        >>> load_actors().lookup("Russian Deputy Foreign Minister Sergei Ryabkov").name
        'Sergei Ryabkov'
        """
        key = mention.translate(_APOSTROPHE).strip(" ,.;:")
        if not key:
            return None
        actor = self._exact.get(key) or self._folded.get(normalise_name(key))
        if actor is not None:
            return actor
        # the name at the head of a titled mention: last capitalised run
        words = key.split()
        for size in range(min(4, len(words)), 0, -1):
            tail = " ".join(words[-size:])
            actor = self._exact.get(tail) or (
                self._folded.get(normalise_name(tail)) if size > 1 else None
            )
            if actor is not None and (actor.is_person or size > 1 or len(words) == 1):
                return actor
        if words and words[-1] in self._surnames:
            return self._surnames[words[-1]]
        return None

    def side_from_title(self, text: str) -> str:
        """The side a title or description signals ("Russian Deputy Foreign Minister" -> Russia).

        The cue nearest the end of ``text`` wins, since English puts the head of a noun
        phrase last; with no cue the side is ``"unknown"``.
        """
        if self._side_cue is None:
            return UNKNOWN_SIDE
        side = UNKNOWN_SIDE
        for m in self._side_cue.finditer(text.translate(_APOSTROPHE)):
            side = self._side_of_cue.get(m.group(), side)
        return side

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


def _parse(path: Path) -> tuple[Actor, ...]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS[:4] if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(
                    f"{path} lacks the column(s) {', '.join(missing)}; the header must be "
                    f"{','.join(COLUMNS)}."
                )
            actors = []
            for lineno, row in enumerate(reader, start=2):
                name = (row.get("name") or "").strip()
                if not name:
                    raise DataFileError(f"{path}, line {lineno}: the name is empty; fill it in.")
                gender = (row.get("gender") or "").strip().lower()
                if gender not in _GENDERS:
                    raise DataFileError(
                        f"{path}, line {lineno}: gender {gender!r} is not female, male or empty."
                    )
                aliases = tuple(
                    a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()
                )
                actors.append(
                    Actor(
                        name=name,
                        aliases=aliases,
                        gender=_GENDERS[gender],
                        side=(row.get("side") or "").strip() or UNKNOWN_SIDE,
                        role=(row.get("role") or "").strip(),
                        note=(row.get("note") or "").strip(),
                    )
                )
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(f"Cannot read the actor registry {path}: {exc}") from exc
    return tuple(actors)


@cache
def _load(path: str) -> Registry:
    return Registry(_parse(Path(path)))


def load_actors(path: str | Path | None = None) -> Registry:
    """The actor registry from ``path`` (default ``data/actors.csv``), read once and cached.

    Raises :class:`~geneva_nb.errors.DataFileError` when the file is missing or malformed.
    """
    if path is None:
        path = data_path("actors.csv")
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"The actor registry {path} does not exist; pass the path of a CSV "
                            f"with the columns {','.join(COLUMNS)}.")
    return _load(str(path.resolve()))
