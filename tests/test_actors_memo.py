"""The registry's remembered answers (lookup, side_from_title, side_of_name) and the cached
name helpers give what a fresh computation gives (invented names and titles only)."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb import actors
from geneva_nb.actors import load_actors

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
