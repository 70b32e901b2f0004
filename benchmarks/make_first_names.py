"""Write ``data/attribution/first_names.csv``: first names and their usual gender.

Two sources. First, the first-name frequency lists of the 1990 US Census (US Census Bureau,
"Frequently Occurring First Names and Surnames From the 1990 Census"; a work of the US
government, public domain), as shipped in the MIT-licensed PyPI package ``names`` 0.3.0 (files
``names/dist.female.first``, 4,275 names, and ``names/dist.male.first``, 1,219 names; each line
``NAME  percent-of-that-sex  cumulative-percent  rank``). Get them without installing anything::

    pip download --no-deps names==0.3.0 -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    .venv/bin/python benchmarks/make_first_names.py /tmp/names/names-0.3.0/names

A Census name is ``female`` (``male``) when its share of women (men) is at least ten times its
share of the other sex, else ``unisex`` ("Kim" 0.178 % of women and 0.028 % of men; "Jean",
"Leslie", "Dana"): a wrong gender misleads pronoun resolution more than none. Left out: the
rarest Census names (0.001 % of one sex and none of the other: "China", "Argentina", "Burma",
"January", "Chan"), too rare to trust and, as words, able to make a place or a month a person;
and the less common ones (under 0.05 %) that are titles or English words other than nouns
("King", "Major", "Long", "May", "Will": 'The Long Game' names nobody).

Second, ``data/attribution/first_names_world.txt``, written by hand for this project (MIT):
given names from outside the United States that the Census lists lack ("Sergei", "Olena",
"Mehmet"), in international news more common than most of the Census's rare names. A name in
both sources takes the hand list's gender when the Census agrees, when the Census name is rare
(under 0.01 % of people: "Nikita", 0.005 % of women, is male as in Russia) or when the Census
calls it unisex but leans the same way ("Ali", "Michel"); otherwise it is ``unisex`` ("Jean",
"Michal"). The run is deterministic (rows sorted by name), so a rerun writes the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from geneva_nb import nlp
from geneva_nb.cues import TITLE_WORDS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "attribution" / "first_names.csv"
WORLD = ROOT / "data" / "attribution" / "first_names_world.txt"
RATIO = 10.0
RARE = 0.01  # percent of people: a Census name rarer than this defers to the hand list
COMMON = 0.05  # percent: a Census name this common stays, though it is also a word ('Frank')
NOISE = 0.002  # percent: the rarest Census names (0.001 %: 'China', 'Burma', 'January', 'Chan')
# are left out unless the hand list has them

HEADER = """\
# First names and their usual gender, for pronoun resolution
# (geneva_nb.actors.gender_from_first_name).
# Derived from the 1990 US Census first-name frequency lists (US Census Bureau; a US government
# work, public domain) as shipped in the MIT-licensed PyPI package names 0.3.0, and from the
# hand-written first_names_world.txt (source "world"). Made by benchmarks/make_first_names.py
# (see its docstring); do not edit by hand.
# female_pct / male_pct: percent of the women / men of the 1990 Census sample with that name.
# gender: female or male when that share is at least ten times the other's, else unisex; for a
# name in both sources see the script's docstring.
"""


def _read(path: Path) -> dict[str, float]:
    shares = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            shares[parts[0].capitalize()] = float(parts[1])
    return shares


def _word(name: str) -> bool:
    """A title ('King', 'Major') or an English word that is no noun ('Long', 'May', 'Will',
    'Rich', 'So'), by Pattern's lexicon: 'The Long Game' must not name a man called Long."""
    tag = nlp.lexicon_tag(name.lower())
    return name.lower() in TITLE_WORDS or (bool(tag) and not tag.startswith("NN"))


def _read_world(path: Path) -> dict[str, str]:
    """Name -> gender from the hand-written list ('male:'/'female:' lines and their
    indented continuation lines, under '## region' headings)."""
    genders: dict[str, str] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(("male:", "female:")):
            current, _, line = line.partition(":")
        for name in line.split():
            if genders.get(name, current) != current:
                sys.exit(f"{path}: {name} is listed as male and as female; keep one")
            genders[name] = current
    return genders


def main(folder: str) -> None:
    female = _read(Path(folder) / "dist.female.first")
    male = _read(Path(folder) / "dist.male.first")
    world = _read_world(WORLD)
    rows = []
    for name in sorted(set(female) | set(male) | set(world)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if name not in world and (f + m < NOISE or (f + m < COMMON and _word(name))):
            continue
        source = "census1990"
        if name not in female and name not in male:
            gender, source = world[name], "world"
        else:
            gender = "female" if f >= RATIO * m else "male" if m >= RATIO * f else "unisex"
            if name in world:
                source = "census1990+world"
                leans = "female" if f > m else "male" if m > f else ""
                if world[name] in {gender, leans} or f + m < RARE:
                    gender = world[name]
                else:
                    gender = "unisex"
        rows.append(f"{name},{gender},{f:.3f},{m:.3f},{source}")
    OUT.write_text(HEADER + "name,gender,female_pct,male_pct,source\n" + "\n".join(rows) + "\n",
                   encoding="utf-8")
    counts = {g: sum(r.split(",")[1] == g for r in rows) for g in ("female", "male", "unisex")}
    counts["world only"] = sum(r.endswith(",world") for r in rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} names, {counts}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_first_names.py FOLDER_WITH_dist.female.first_AND_dist.male.first")
    main(sys.argv[1])
