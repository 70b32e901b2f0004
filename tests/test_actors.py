"""The actor registry: mentions to actors and sides."""

from __future__ import annotations

from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb.actors import UNKNOWN_SIDE, as_registry, load_actors, normalise_name
from geneva_nb.errors import DataFileError, InputError


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
    assert reg.side_from_title("a local diplomat") == UNKNOWN_SIDE
    # the legend's sides are the registry's own, not the whole general table
    assert "unknown" in reg.sides and {"US", "Russia", "NATO"} <= set(reg.sides)
    assert "Netherlands" not in reg.sides


@pytest.mark.parametrize(("title", "side"), [
    # demonym, country name, capital or seat-of-government metonym (data/sides.csv)
    ("Dutch Prime Minister", "Netherlands"),
    ("German Chancellor", "Germany"),
    ("a Downing Street spokesman", "UK"),
    ("a senior Elysee official", "France"),
    ("Beijing's envoy", "China"),
    ("Kyiv's ambassador", "Ukraine"),
    ("a Swiss diplomat", "Switzerland"),
    # institutions
    ("European Council President", "EU"),
    ("a senior EU official", "EU"),
    ("WHO Director-General", "WHO"),
    ("African Union envoy", "African Union"),
    # registry sides keep their names: 'American' is the registry's US, 'Nato' its NATO
    ("an American negotiator", "US"),
    ("Nato chief", "NATO"),
    # the head decides, the prepositional phrase only when the head has no cue
    ("US Ambassador to the UN", "US"),
    ("Prime Minister of the Netherlands", "Netherlands"),
    ("the head of the Russian delegation", "Russia"),
    # false cues: lower case, ambiguous names, a longer non-matching phrase
    ("the china shop owner", UNKNOWN_SIDE),
    ("Georgia Governor", UNKNOWN_SIDE),  # US state or country: only 'Georgian' marks the country
    ("Georgian Prime Minister", "Georgia"),
    ("National Security Council spokesman", UNKNOWN_SIDE),  # not the UN Security Council
    ("UN Security Council president", "UN"),
    ("a Russian-backed separatist leader", UNKNOWN_SIDE),  # backed by Russia is not Russian
])
def test_general_side_cues(reg, title, side):
    assert reg.side_from_title(title) == side


def test_side_of_name(reg):
    assert reg.side_of_name("France") == "France"
    assert reg.side_of_name("the European Commission") == "EU"
    assert reg.side_of_name("Mark Rutte") == ""


def test_side_table_rows_are_checked(tmp_path):
    from geneva_nb.actors import load_sides

    good = tmp_path / "s.csv"
    good.write_text("cue,side,kind,note\nRuritanian,Ruritania,demonym,\nZenda,,ambiguous,\n",
                    encoding="utf-8")
    reg = load_actors(sides=good)
    assert reg.side_from_title("Ruritanian envoy") == "Ruritania"
    assert reg.side_from_title("Zenda envoy") == UNKNOWN_SIDE
    assert reg.side_from_title("Dutch envoy") == UNKNOWN_SIDE  # only the table given
    bad = tmp_path / "b.csv"
    bad.write_text("cue,side,kind\nRuritanian,Ruritania,planet\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="kind"):
        load_sides(bad)
    bad.write_text("cue,side,kind\nRuritanian,,demonym\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="side is empty"):
        load_sides(bad)


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


def test_gender_from_first_name():
    from geneva_nb.actors import gender_from_first_name

    assert gender_from_first_name("Maria Lopez") == "female"
    assert gender_from_first_name("Tom Hale") == "male"
    assert gender_from_first_name("MARIA LOPEZ") == "female"
    # one word (a surname), an initial, and a unisex name give no gender
    assert gender_from_first_name("Lopez") == ""
    assert gender_from_first_name("J. Smith") == ""
    # Kim: 0.178 % of women and 0.028 % of men in the 1990 Census, under the tenfold margin
    assert gender_from_first_name("Kim Jong Un") == ""
    assert gender_from_first_name("London Breed") == ""  # not a first name in the lists


def test_first_names_from_outside_the_us_and_with_diacritics():
    from geneva_nb.actors import gender_from_first_name

    # the hand-written list adds names the US Census lacks; diacritics are dropped to look up
    assert gender_from_first_name("Sergei Ryabkov") == "male"
    assert gender_from_first_name("Olena Zelenska") == "female"
    assert gender_from_first_name("Zoltán Kovács") == "male"
    # the Census has Nikita for 0.005 % of women: too rare to outweigh the Russian name
    assert gender_from_first_name("Nikita Khrushchev") == "male"
    # Jean: female in the Census (0.315 %), male in France: no gender
    assert gender_from_first_name("Jean Castex") == ""


def test_words_and_places_are_no_first_names():
    from geneva_nb.actors import gender_from_first_name

    # rare Census names that are words or places would make 'The Long Game' or 'China Daily'
    # a person; the table leaves them out
    for text in ("Long Game", "China Daily", "May Day", "Major General", "Will Power"):
        assert gender_from_first_name(text) == "", text


def test_the_first_name_table_is_permissive_and_documented():
    root = Path(__file__).resolve().parents[1]
    table = (root / "data" / "attribution" / "first_names.csv").read_text(encoding="utf-8")
    assert "public domain" in table.split("name,gender", 1)[0]
    rows = [line.split(",") for line in table.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["name", "gender", "female_pct", "male_pct", "source"]
    assert {r[1] for r in rows[1:]} == {"female", "male", "unisex"}
    assert 3000 < len(rows) < 8000
    import tomllib
    deps = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("gender-guesser") for d in deps["dependencies"])


def test_missing_first_name_table_says_what_to_do(monkeypatch, tmp_path):
    from geneva_nb import actors

    actors._first_name_genders.cache_clear()
    monkeypatch.setenv("GENEVA_NB_DATA", str(tmp_path))  # a data folder without the table
    try:
        with pytest.raises(actors.FirstNameListMissingError, match=r"make_first_names\.py"):
            actors.gender_from_first_name("Maria Lopez")
    finally:
        actors._first_name_genders.cache_clear()


def test_as_registry_is_the_one_reading_of_an_actors_argument():
    project = load_actors()
    assert as_registry(None) is project  # cached: the CSV is read once
    assert as_registry(project) is project
    with pytest.raises(InputError, match="actors must be a Registry"):
        as_registry(42)
    # every entry point reads the argument the same way
    for call in (lambda: gn.attribute("Hi.", actors=42),
                 lambda: gn.highlight_html("Hi.", actors=42),
                 lambda: gn.analyze("Hi.", actors=42).statements):
        with pytest.raises(InputError, match="actors must be a Registry"):
            call()
