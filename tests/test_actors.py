"""The actor registry: mentions to actors and sides."""

from __future__ import annotations

import pytest

from geneva_nb.actors import UNKNOWN_SIDE, load_actors, normalise_name
from geneva_nb.errors import DataFileError


@pytest.fixture(scope="module")
def reg():
    return load_actors()


@pytest.mark.parametrize(("mention", "name"), [
    ("Russian Deputy Foreign Minister Sergei Ryabkov", "Sergei Ryabkov"),
    ("Deputy Secretary of State Wendy Sherman", "Wendy Sherman"),
    ("Ryabkov", "Sergei Ryabkov"),
    ("the Russian Foreign Ministry", "Russian Foreign Ministry"),
    ("Moscow", "Russia"),
    ("Washington", "United States"),
    ("the US side", "United States"),
])
def test_lookup(reg, mention, name):
    assert reg.lookup(mention).name == name


def test_unknown_people_are_not_guessed(reg):
    assert reg.lookup("John Smith") is None
    assert reg.lookup("price") is None  # one-word aliases are case-sensitive ("Price")


def test_side_from_title(reg):
    assert reg.side_from_title("Russian Deputy Foreign Minister") == "Russia"
    assert reg.side_from_title("a senior U.S. official") == "US"
    assert reg.side_from_title("a Swiss diplomat") == UNKNOWN_SIDE
    assert "unknown" in reg.sides and {"US", "Russia", "NATO"} <= set(reg.sides)


def test_gender_cues(reg):
    assert reg.gender_from_title("Ms. Green") == "female"
    assert reg.gender_from_title("the Kremlin spokesman") == "male"
    assert reg.gender_from_title("the minister") == ""
    assert reg.lookup("Sherman").gender == "female"


def test_normalise_name():
    assert normalise_name("The  Kremlin’s") == "kremlin's"


def test_malformed_registry(tmp_path):
    bad = tmp_path / "a.csv"
    bad.write_text("name,aliases,gender,side\nX,,robot,US\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="gender"):
        load_actors(bad)
    bad.write_text("who,aliases\nX,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lacks the column"):
        load_actors(bad)
    with pytest.raises(DataFileError, match="does not exist"):
        load_actors(tmp_path / "missing.csv")
