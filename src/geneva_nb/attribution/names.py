"""Personal names, titles and descriptions as strings, for mentions and the resolver.

A name is a run of capitalised words, also with an Arabic article joined to it ("al-Hindi",
"el-Sisi") and with the particles of :data:`geneva_nb.actors.NAME_PARTICLES` inside ("Pieter de
Vries", "Ursula von der Leyen", "Mohammed bin Salman"; a later "de Vries" or "De Vries" is the
same family name, :func:`geneva_nb.actors.family_name`, never "Vries"); a person's name is two
to four such words that are no title or organisation ("Elspeth Macrae"). :func:`_name_run`
takes the name at the head of a titled mention ("Russian Deputy Foreign Minister Sergei
Ryabkov" -> "Sergei Ryabkov"), keeping US party-and-state tags ("Sen. Ana Ruiz, D-N.M.").
:func:`_description` gives the content words of a title with title
abbreviations spelt out ("Sen." -> "senator"), so that "the senator" matches "Sen. Laura
Benning"; :func:`_title_acronym` matches a headline's "says CM" to a person whose title words
start with its letters ("Chief Minister").
Joined initials are part of a name ("J.D. Vance", "George H.W. Bush", :func:`_initial`); a
generational suffix is not ("Martin Luther King Jr." -> "Martin Luther King", "Robert Casey,
Jr.", "John Smith III": ``_NAME_SUFFIXES``), and the family name before it (or after a middle
initial: "Peter T. King") is a name even when it is a title word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import NAME_PARTICLES, normalise_name
from ..cues import FUNCTION_CAPS, TITLE_WORDS, Tok
from ..nlp import ABBREVIATIONS
from .document import _is_capitalised
from .words import _DETERMINERS, _LINK_PREPOSITIONS, _PP_PREPOSITIONS, ORG_WORDS

_TITLE_ABBREVIATIONS = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
    "gen.": "general", "adm.": "admiral", "lt.": "lieutenant", "col.": "colonel",
    "sgt.": "sergeant", "capt.": "captain", "prof.": "professor", "amb.": "ambassador",
    "pres.": "president", "cllr": "councillor", "supt.": "superintendent",
}


def _title_acronym(short: str, words: frozenset[str]) -> bool:
    """'PM' / 'CM' for a person whose title words start with its letters, one word per letter
    ('prime', 'minister'); two or three capitals only."""
    if not (2 <= len(short) <= 3 and short.isupper() and short.isalpha()):
        return False
    pool = sorted(w for w in words if len(w) > 3 and w.isalpha())  # not 'us', 'uk', 'eu'
    for ch in short.lower():
        hit = next((w for w in pool if w[:1] == ch), None)
        if hit is None:
            return False
        pool.remove(hit)
    return True


def _description(text: str) -> frozenset[str]:
    """Lower-cased content words of a title or description, for matching 'the official';
    title abbreviations are spelt out ('Sen. Laura Benning' ... 'the senator')."""
    words = normalise_name(text).replace(",", " ").split()
    return frozenset(_TITLE_ABBREVIATIONS.get(w, w) for w in words
                     if w not in _DETERMINERS and w not in {"of", "and", "for", "to", "in"})


_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|an|ar|az|ibn|bin|abu|abd)-[A-Z]")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){0,2}")


def _initial(word: str) -> bool:
    """A token that is a person's initial before its full stop: 'J' of 'Michael J. Fox', or
    two or three joined ones ('J.D' of 'J.D. Vance', 'H.W' of 'George H.W. Bush')."""
    return len(word) <= 5 and _INITIALS.fullmatch(word) is not None


def _name_cap(word: str) -> bool:
    """A word that can be part of a name: capitalised, or an Arabic article joined to a
    capitalised name ('al-Hindi', 'el-Sisi')."""
    return word[:1].isupper() or _PARTICLE.match(word) is not None


def _is_person_name(toks: Sequence[Tok]) -> bool:
    """Two to four capitalised words that are no title or organisation: 'Elspeth Macrae', also
    with lower-case particles inside ('Pieter de Vries', 'Ursula von der Leyen')."""
    words = [t for t in toks if t.text not in {"’", "'", "."}]
    return 2 <= len(words) <= 4 and all(
        (0 < i < len(words) - 1 and t.low in NAME_PARTICLES) or (
            _name_cap(t.text) and t.low not in TITLE_WORDS and t.low not in ORG_WORDS
            and t.low not in FUNCTION_CAPS and not t.low.endswith(("’s", "'s")))
        for i, t in enumerate(words))


def _before_preposition(toks: Sequence[Tok]) -> list[Tok]:
    """The tokens before the first lower-case preposition ('aide' in 'aide to the governor'),
    keeping capitalised links ('Ministry of Defence'); 'outside', 'near' and 'across' cut too
    ('protesters outside the Capitol')."""
    for i, t in enumerate(toks):
        if i and t.low in _LINK_PREPOSITIONS and not t.text[:1].isupper() and not (
                t.low == "of" and i + 1 < len(toks) and _is_capitalised(toks[i - 1])
                and _is_capitalised(toks[i + 1])):
            return list(toks[:i])
    return list(toks)


def _join(toks: Sequence[Tok]) -> str:
    out = ""
    prev_end = -1
    for t in toks:
        if out and t.start > prev_end:
            out += " "
        out += t.text
        prev_end = t.end
    return out


def _strip_determiner(label: str) -> str:
    first, _, rest = label.partition(" ")
    if (first.lower() in _DETERMINERS or (first.lower() == "one" and not rest.startswith(
            "of "))) and rest and rest.split()[0] not in (
            _PP_PREPOSITIONS | {"over", "under"}):  # 'Those over 60' names no noun
        return rest  # 'a senior official', 'one senior GOP aide' -> the noun phrase
    return label


#: generational suffixes after a family name ('Martin Luther King Jr.', 'Robert Casey, Jr.',
#: 'John Smith III'): not part of the name the resolver matches later mentions against
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _name_run(toks: Sequence[Tok]) -> str:
    """The personal name at the end of a mention: capitalised words after any title words.
    A generational suffix is left out, and the word before it is a family name even when it
    can be a title ('Martin Luther King Jr.' -> 'Martin Luther King'), as is the word after a
    middle initial ('Peter T. King')."""
    run: list[Tok] = []
    surname = -1
    if len(toks) >= 2 and toks[-1].low in _NAME_SUFFIXES and toks[-1].text[:1].isupper():
        end = len(toks) - 1 - (toks[-2].text == ",")
        if end >= 2 and _name_cap(toks[end - 1].text) and toks[end - 2].low not in TITLE_WORDS and (
                _name_cap(toks[end - 2].text) or toks[end - 2].text == "."):  # not 'Donald Jr.'
            toks, surname = toks[:end], end - 1
    elif len(toks) >= 3 and toks[-2].text == "." and _initial(toks[-3].text):
        surname = len(toks) - 1  # after a middle initial: 'Peter T. King', 'Ann B. Bishop'
    i = len(toks)
    while i > 0:
        i -= 1
        t = toks[i]
        if t.text == "." and run and i >= 1 and _initial(toks[i - 1].text) and ((
                i > 1 and _name_cap(toks[i - 2].text) and toks[i - 2].low not in TITLE_WORDS
                and toks[i - 2].low not in FUNCTION_CAPS) or (
                "." in toks[i - 1].text and toks[i - 1].low not in ABBREVIATIONS)):
            # a middle initial: 'Michael P. McDonald', 'George H.W. Bush'; joined initials
            # lead a name too ('Rep. G.K. Butterfield'), but a single leading one goes with the
            # title before it ('Chief Minister N. Srinivasa Rao' -> 'Srinivasa Rao')
            run += (t, toks[i - 1])
            i -= 1
            continue
        if t.text in {"’", "'", "."}:
            break
        if (t.low in TITLE_WORDS and i != surname) or t.low in FUNCTION_CAPS or not (
                _name_cap(t.text)):
            if t.low in NAME_PARTICLES and run:  # 'Pieter de Vries', 'von der Leyen'
                run.append(t)
                continue
            break
        if t.low.endswith(("’s", "'s", "’", "'")):
            break  # a possessor, or a closing quotation mark ('Dwayne ‘The Rock’ Johnson')
        run.append(t)
    run.reverse()
    n = len(toks) - len(run)
    if len(run) == 1 and n >= 2 and toks[n - 1].low == "of":
        before = _name_run(toks[: n - 1])  # 'Prime Minister Kwame Mensah of Ghana'
        if len(before.split()) >= 2:
            return before
    p = n - 1 - (n >= 3 and toks[n - 1].low == "the")
    if run and p >= 1 and toks[p].low in _LINK_PREPOSITIONS and toks[p].text.islower():
        return ""  # 'the UN envoy for Sudan': the name is the object, not the speaker
    return _join(run)
