"""Name particles keep one speaker (issue 13, item 5): 'Pieter de Vries', later 'de Vries' or
'De Vries', is one person, never 'Vries'. Invented texts; expected speakers by hand."""

from __future__ import annotations

import pytest

import geneva_nb as gn
from geneva_nb.actors import family_name, is_family_name


def _speakers(text: str) -> list[str]:
    return list(gn.attribute(text)["speaker"])


def test_de_vries_in_every_later_form_is_the_person_introduced():
    text = ("Pieter de Vries, the Dutch finance minister, said the budget was sound. "
            "“We will not move,” de Vries said. De Vries added that talks would go on.")
    assert _speakers(text) == ["Pieter de Vries"] * 3


@pytest.mark.parametrize(("full", "later"), [
    ("Ursula von der Leyen", "Von der Leyen"),
    ("Anna van den Berg", "Van den Berg"),
    ("Mohammed bin Salman", "Bin Salman"),
    ("Abdullah ibn Hussein", "Ibn Hussein"),
    ("Ahmed al-Sharaa", "Al-Sharaa"),
    ("Marine Le Pen", "Le Pen"),
    ("Jean du Plessis", "Du Plessis"),
    ("Ana da Costa", "Da Costa"),
    ("Giovanni di Lorenzo", "Di Lorenzo"),
    ("Carlos de la Cruz", "De la Cruz"),
])
def test_particles_open_the_family_name(full, later):
    text = f"{full} said the plan was sound. {later} added that talks would go on."
    assert _speakers(text) == [full, full]


def test_a_pronoun_refers_to_a_subject_with_particles():
    text = "Pieter de Vries arrived late in Brussels. He said the budget was sound."
    assert _speakers(text) == ["Pieter de Vries"]
    text = "Maria Lopez met Pieter de Vries on Monday. He said the budget was sound."
    assert _speakers(text) == ["Pieter de Vries"]


def test_a_particle_name_never_introduced_stays_as_written():
    assert _speakers("De Vries said the budget was sound.") == ["De Vries"]


def test_family_name_keys():
    assert family_name("Pieter de Vries") == family_name("De Vries") == "de Vries"
    assert family_name("Ursula von der Leyen") == family_name("Von der Leyen") == "von der Leyen"
    assert family_name("Ahmed Al-Sharaa") == "al-Sharaa"
    assert family_name("Tom Hale") == "Hale"
    assert family_name("Le") == "Le"  # a particle counts only before a last word
    assert is_family_name("de Vries") and is_family_name("Hale")
    assert not is_family_name("Pieter de Vries")
