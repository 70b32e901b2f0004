"""The actor helpers' fast paths give what the plain computation gives: the registry's
remembered answers (lookup, side_from_title, side_of_name), the cached name helpers, and the
acronym scan skipped on texts without its fixed pieces (invented names and texts only)."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb import actors
from geneva_nb.actors import Registry, load_actors

_NAMES = st.sampled_from(["Sergei Ryabkov", "Ryabkov", "the Kremlin", "Moscow", "Russian",
                          "Deputy Foreign Minister", "de Vries", "Pieter de Vries", "U.S.",
                          "Ursula von der Leyen", "China’s", "  The  Kremlin’s ", "al-Sharaa"])
_TEXTS = st.lists(_NAMES | st.text(max_size=30), max_size=4).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_remembered_answers_are_the_fresh_ones(text: str) -> None:
    reg = load_actors()
    for _ in range(2):  # first computed, then remembered
        assert reg.lookup(text) == reg._lookup(text)
        assert reg.side_from_title(text) == reg._side_from_title(text)
        assert reg.side_of_name(text) == reg._side_of_name(text)
        assert actors.normalise_name(text) == actors.normalise_name.__wrapped__(text)
        assert actors.family_name(text) == actors.family_name.__wrapped__(text)
        assert actors._cue_words(text) == actors._cue_words.__wrapped__(text)


_MENTIONS = st.lists(_NAMES | st.sampled_from([
    "Wendy", "Sherman", "Sherman.", "Sherman\t.", "Deputy Secretary", "the", "The", "Al-Sharaa",
    "bin", "’s", "'s", ",", ".", ";", "\t", "\u00a0", " ", "Mr.", "NATO", "Nato", "STATE",
    "Kremlin", "kremlin", "Leyen", "Vries"]) | st.text(max_size=8), max_size=5).map(
    lambda parts: "".join(parts))


@settings(max_examples=500, deadline=None)
@given(_MENTIONS)
def test_lookup_last_word_test_rejects_only_what_matches_nothing(text: str) -> None:
    """The registry's last-word test (a mention whose last word ends no registered name) gives
    what the full search of names, tails and family names gives."""
    reg = load_actors()
    assert reg._last_words
    full = Registry(reg.actors, side_table=reg.side_table)
    object.__setattr__(full, "_last_words", None)  # no test: every mention searched in full
    assert reg._lookup(text) == full._lookup(text)
    assert reg._lookup(text + " Ryabkov") == full._lookup(text + " Ryabkov")


def test_lookup_last_word_test_by_hand() -> None:
    reg = load_actors()
    assert reg._lookup("the local plumber") is None  # no name ends with 'plumber'
    assert reg._lookup("Russian Deputy Foreign Minister Sergei Ryabkov").name == "Sergei Ryabkov"
    assert reg._lookup("the  Kremlin ,") == reg._lookup("Kremlin") is not None
    assert reg._lookup("Pieter De Vries") is None
    # an alias that normalises to nothing turns the test off, and is found as before
    odd = Registry((actors.Actor("Dot", aliases=("...",)),))
    assert odd._last_words is None and odd._lookup("...\t").name == "Dot"


def test_remembered_by_hand(monkeypatch) -> None:
    reg = load_actors()
    reg._memo.clear()
    assert reg.lookup("Russian Deputy Foreign Minister Sergei Ryabkov").name == "Sergei Ryabkov"
    assert reg.side_of_name("Moscow") == reg.side_from_title("Russian diplomat") != "unknown"
    assert len(reg._memo) == 3
    assert pickle.loads(pickle.dumps(reg))._memo == {}  # sent to workers without them
    monkeypatch.setattr(actors, "_MEMO", 4)  # bounded: emptied when full
    for word in ("a", "b", "c", "d"):  # 3 + 'a' = 4 answers; 'b' empties it, then b, c, d
        reg.side_of_name(word)
    assert sorted(text for _, text in reg._memo) == ["b", "c", "d"]
    assert actors._cue_words("China’s U.S. envoy") == ("China", "U.S", "envoy")
    assert actors.normalise_name("  The  Kremlin’s ") == "kremlin's"
    assert actors.family_name("Ahmed Al-Sharaa") == "al-Sharaa"


def _acronyms_scanning_always(text: str) -> dict[str, str]:
    """actors.acronyms with both scans always run (no test of the fixed pieces first)."""
    out: dict[str, str] = {}
    for m in actors._ACRONYM_AFTER.finditer(text):
        long, short = m.group(1), m.group(2)
        words = long.split()
        for k in range(len(words) - 1):
            tail = " ".join(words[k:])
            if words[k].lower() not in actors._SMALL_WORDS and actors.acronym_of(short, tail):
                out.setdefault(short, tail)
                break
        else:
            if short.isupper() and len(short) >= 3 and len(
                    actors.normalise_name(long).split()) >= 3:
                out.setdefault(short, long)
    for m in actors._ACRONYM_BEFORE.finditer(text):
        short, long = m.group(1), m.group(2)
        if actors.acronym_of(short, long):
            out.setdefault(short, long)
    return out


_ACRONYM_PIECES = st.sampled_from([
    "the Economic Community of West African States", " (ECOWAS)", "ECOWAS", ", the ", ",",
    " ", "North Atlantic Treaty Organization", "NATO", " (NATO)", "(", ")", " (", "the German "
    "Institute for Economic Research", " (DIW)", "UN", " (UN)", "Ab", "AbC", "x", "\n", "É",
    "Mr", "Said", "said"]) | st.text(max_size=4)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ACRONYM_PIECES, max_size=14).map("".join))
def test_acronyms_skip_only_texts_without_a_match(text: str) -> None:
    assert actors.acronyms(text) == _acronyms_scanning_always(text)


def test_acronyms_by_hand() -> None:
    text = ("NATO, the North Atlantic Treaty Organization, met. The Economic Community of "
            "West African States (ECOWAS) said so; the German Institute for Economic "
            "Research (DIW) too.")
    assert actors.acronyms(text) == {
        "ECOWAS": "Economic Community of West African States",
        "DIW": "German Institute for Economic Research",
        "NATO": "North Atlantic Treaty Organization"}
    assert actors.acronyms("NATO, the alliance, met (NATO)") == {}
