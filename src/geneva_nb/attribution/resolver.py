"""Who is who across the article: each statement's mention -> speaker and side.

Speakers are resolved in reading order (:func:`_resolve_speakers`): the actor registry
(:mod:`geneva_nb.actors`) first, then the name at the head of a titled mention ("Russian
Deputy Foreign Minister Sergei Ryabkov" -> "Sergei Ryabkov") or in its appositive ("The head of
the Federation, Elspeth Macrae"), the head noun of an unnamed source ("An aid worker in the
region" -> "aid worker"), a surname seen earlier in the article, a definite description to the
nearest earlier speaker it describes ("The official" after "a senior EU official"), two
coordinated names to one source ("Emmanuel Macron and Angela Merkel"; its side only when both
share it), and pronouns to the nearest earlier compatible speaker (gender from the registry,
honorifics and gendered role nouns, else the first name's gender, else learnt from an earlier
pronoun). Sentence subjects that say nothing (:func:`.subjects._named_subjects`) are
antecedents too; "one of the people" refers back to the group "two people familiar with the
matter". Names inside a statement's content are no antecedents; "The 44-year-old leader"
re-describes the person last named. Acronyms defined in the text ("the Economic Community of
West African States (ECOWAS)") or matching a long name seen before ("the IAEA") are one speaker
with the long name; "the bloc"/"the company" is the organisation last named, never a country;
"the senator" matches "Sen."; a person named again with a title learns it; "Marchal's office"
makes Marchal the person last named.

A quotation whose tag goes on ', according to Y' ('“…,” Sanders said, according to CNN';
'… told reporters, according to a transcript') is Y's account, as PolNeAR annotates it (16 of
17 such covered quotations in the train split): the speaker is Y, the mention Y's words, the cue
runs from the person's tag to 'according to' (so the row still names the person), and ``how``
is ``according-to`` (:func:`_reported_by`; only direct statements with the tag after them).

Cataphora (:func:`_cataphora`, :func:`_lede_cataphora`): a pronoun with nothing before it
("“…” / That is how she tells it. ... Sofia Lindqvist is ...") refers forward to the next named
sentence subject; so does a role with no antecedent ("The home secretary has defended ... /
Priya Lal said") and a headline's title acronym ("says CM" -> the Chief Minister named later).

The side comes from the registry or from a nationality or institution cue in the mention's
title (:meth:`geneva_nb.actors.Registry.side_from_title`, ``data/sides.csv``: "Dutch Prime
Minister" -> Netherlands, never from the person's name), else ``"unknown"``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .. import nlp
from ..actors import (
    UNKNOWN_SIDE,
    Actor,
    Registry,
    acronym_of,
    acronyms,
    family_name,
    gender_from_first_name,
    is_family_name,
    normalise_name,
)
from ..cues import ADVERBS, PERSON_NOUNS, PRONOUNS, SPEAKER_NOUNS, TITLE_WORDS, Tok
from .document import _Cand, _Doc, _first_word, _sentence_tok_range
from .names import (
    _before_preposition,
    _description,
    _is_person_name,
    _join,
    _name_run,
    _strip_determiner,
    _title_acronym,
)
from .subjects import _according_mention, _honorific_objects, _named_subjects, _subject_start
from .words import (
    _DETERMINERS,
    _INTRO_WORDS,
    _ORG_NOUNS,
    _PARTY_MEMBERS,
    _QUANTIFIERS,
    _SUBORDINATORS,
    ORG_WORDS,
)


@cache
def _alias_words(actor: Actor) -> list[list[str]]:
    """The words of an actor's name and aliases, normalised (computed once per actor)."""
    return [normalise_name(a).split() for a in (actor.name, *actor.aliases)]


# possessive pronouns as the subject pronoun they stand for ('his claim that ...')
_POSSESSIVE_PRONOUNS = {"his": "he", "their": "they", "my": "i", "our": "we"}


def _name_before_of(head: Sequence[Tok]) -> int:
    """'John Smith of the Heritage Foundation', 'Archbishop Aris Vartan of the Patriarchate of
    Jerusalem': the index of the lower-case 'of' that follows a person's name (two to four
    capitalised words, titles before them allowed), else 0. The speaker is that person; the
    organisation or place after 'of' says where the person works ('Ministry of Defence' and
    'the head of the agency' have no person's name before their 'of')."""
    for k in range(1, len(head) - 1):
        if head[k].text != "of":
            continue
        name = _name_run(head[:k])
        if len(name.split()) < 2:
            continue
        j = k
        while j > 0 and len(_join(head[j - 1:k])) <= len(name):
            j -= 1
        if _join(head[j:k]) == name and _is_person_name(head[j:k]):
            return k
    return 0


@dataclass
class _Entity:
    name: str
    person: bool
    gender: str = ""
    side: str = UNKNOWN_SIDE
    plural: bool = False
    # lower-cased words of its titles and descriptions ('senior eu official', 'prime minister'),
    # for a later definite description: 'the official' / 'the Dutch prime minister'
    words: frozenset[str] = frozenset()
    place: bool = False  # a country or city speaking by metonymy ('Moscow said')


class _Resolver:
    """Maps mentions to speakers in reading order (registry, names, surnames, pronouns)."""

    def __init__(self, registry: Registry, abbreviations: dict[str, str] | None = None) -> None:
        self.registry = registry
        self.abbreviations = abbreviations or {}  # 'ECOWAS' -> its long name in this text
        self.history: list[_Entity] = []
        self.by_surname: dict[str, _Entity] = {}
        self.by_name: dict[str, _Entity] = {}
        # history index -> where the name stands, for a name observed ahead of its place (an
        # object observed at its sentence's start): no antecedent of a pronoun before it
        self.placed: dict[int, int] = {}

    def _remember(self, ent: _Entity) -> _Entity:
        self.history.append(ent)
        self.by_name.setdefault(normalise_name(ent.name), ent)
        if ent.person and " " in ent.name:
            self.by_surname.setdefault(family_name(ent.name), ent)  # 'de Vries', 'Hale'
        return ent

    def _from_actor(self, actor: Actor, mention: str) -> _Entity:
        ent = self.by_name.get(normalise_name(actor.name))
        if ent is None:
            gender = actor.gender or self.registry.gender_from_title(mention) or (
                gender_from_first_name(actor.name) if actor.is_person else "")
            side = actor.side if actor.side != UNKNOWN_SIDE else self.registry.side_from_title(
                mention)
            if actor.is_person:
                # the text's title wins over the registry: 'Canadian envoy Wendy Sherman'
                titled = self.registry.side_from_title(mention)
                side = titled if titled != UNKNOWN_SIDE else side
            ent = _Entity(actor.name, actor.is_person, gender, side,
                          words=_description(f"{mention} {actor.role}"),
                          place=actor.role.lower() in {"state", "country", "city"})
        return ent

    def _title_side(self, head_text: str, name: str, appositive: Sequence[Tok]) -> str:
        """The side of a named person from the title around the name, never from the name
        itself ('Jordan Bardella', 'London Breed'), else from a descriptive appositive
        ('Israel Katz, Israel's foreign minister'); relative clauses ('who met Chinese
        officials') say what someone did, not whom they speak for."""
        side = self.registry.side_from_title(head_text.replace(name, " , ") if name else
                                             head_text)
        if side == UNKNOWN_SIDE and appositive and appositive[0].low not in {
                "who", "which", "whose", "whom"}:
            text = _join(appositive)
            side = self.registry.side_from_title(text.replace(name, " , ") if name else text)
        return side

    def _learn(self, ent: _Entity, head_text: str, name: str,
               appositive: Sequence[Tok]) -> None:
        """A known person named again with a title ('Senate President Mark Delaney' after
        'Mark Delaney'): the title's words, gender and side are added to what is known."""
        if not ent.person or normalise_name(head_text) == normalise_name(name):
            return
        ent.words = ent.words | _description(head_text.replace(name, " "))
        ent.gender = ent.gender or self.registry.gender_from_title(head_text)
        if ent.side == UNKNOWN_SIDE:
            ent.side = self._title_side(head_text, name, appositive)

    def _described(self, core: Sequence[Tok]) -> _Entity | None:
        """'The official' after 'a senior EU official': the nearest earlier speaker (at most
        40 back) whose titles and descriptions contain every word of a definite description
        ('the [Dutch] official' / 'the prime minister'), with the same number."""
        if len(core) < 2 or core[0].low != "the":
            return None
        if any(_AGE.fullmatch(t.low) for t in core[1:3]) and (
                core[-1].low in PERSON_NOUNS or _AGE.fullmatch(core[-1].low)
                or nlp.lexicon_tag(core[-1].low) == "NN"):
            # 'The 44-year-old leader of ...' re-describes the person last named; 'the
            # 62-year-old governor' the person last named with that title, if any
            named = [e for e in reversed(self.history[-40:]) if e.person and not e.plural
                     and " " in e.name]
            return next((e for e in named if core[-1].low in e.words), None) or next(
                iter(named), None)
        want = _description(_join(core[1:]))
        last = core[-1].low
        if not want:
            return None
        if not (last in SPEAKER_NOUNS or last in TITLE_WORDS or last in _PARTY_MEMBERS):
            # 'the engineer' after 'a city engineer' or 'Tom Reed, an engineer': a noun no list
            # holds re-describes only a source described with it, the nearest (40 back at most)
            plural = last.endswith("s")
            return next((e for e in reversed(self.history[-40:]) if want <= e.words
                         and e.plural == plural), None)
        plural = last.endswith("s") and last not in PERSON_NOUNS
        person = last in PERSON_NOUNS or last in _PARTY_MEMBERS
        for ent in reversed(self.history[-40:]):
            # 'the state' / 'the ministry' never refers to a person whose title has the word
            if want <= ent.words and ent.plural == plural and (person or not ent.person):
                return ent
        if person and not plural:
            # 'the Turkish minister' after 'his Turkish counterpart, Mehmet Kaya': a person
            # just named whose titles share a word with it, or who has no title yet
            gender = self.registry.gender_from_title(_join(core))
            nearest = True
            for ent in reversed(self.history[-4:]):
                if not ent.person or ent.plural or " " not in ent.name or (
                        gender and ent.gender not in {gender, ""}):
                    continue
                if want & ent.words or (nearest and (
                        not ent.words or last in _PARTY_MEMBERS)):
                    return ent  # a person without a title only when nearest
                nearest = False
        if len(core) == 2 and last in _ORG_NOUNS:
            # 'the bloc' after 'ECOWAS said': the organisation last named (not a place)
            return next((e for e in reversed(self.history[-15:]) if not e.person
                         and not e.place and not e.plural and e.name[:1].isupper()), None)
        return None

    def _coordinated(self, head: Sequence[Tok]) -> tuple[_Entity, str] | None:
        """'French President Emmanuel Macron and German Chancellor Angela Merkel': one
        speaker 'Emmanuel Macron and Angela Merkel' when both sides of the 'and' are names or
        registered actors (each is also remembered for later surnames and pronouns; 'they'
        refers to the pair); the side is theirs when they share it, else unknown."""
        cuts = [i for i, t in enumerate(head) if t.low == "and" and t.text == "and"]
        if len(cuts) != 1 or not 0 < cuts[0] < len(head) - 1:
            return None
        if self.registry.side_of_name(_join(head)):
            return None  # one name: 'Bosnia and Herzegovina'

        parts = (head[:cuts[0]], head[cuts[0] + 1:])
        if not all(self._names_someone(p) for p in parts):
            return None
        ents = [self.resolve(p)[0] for p in parts]
        if any(e is None for e in ents):
            return None
        first, second = ents[0], ents[1]
        assert first is not None and second is not None
        name = f"{first.name} and {second.name}"
        side = first.side if first.side == second.side else UNKNOWN_SIDE
        return self._remember(_Entity(name, False, "", side, plural=True)), name

    def _text_says_otherwise(self, actor: Actor, head: Sequence[Tok], head_text: str,
                             appositive: Sequence[Tok]) -> bool:
        """True when the text makes a mention someone other than the registered ``actor`` it
        matches: the registry only fills what the text leaves open.

        - a full name with another first name ('psychotherapist Fran Sherman', 'Mike Putin')
          is the person the article names, not the registry's Wendy Sherman or Vladimir Putin;
        - a bare surname ('Putin added', 'Washington said') is the person the article
          introduced with that name, also when the registry's match is a state or office;
        - a bare surname introduced with an indefinite description that shares no word with
          the registry's role ('Putin, a local plumber,') is a new person (a full name the
          registry knows keeps its registry identity: 'Wendy Sherman, a veteran diplomat,').

        (A registered person named with a title of another side, 'Canadian envoy Wendy
        Sherman', keeps the registry's name but takes the title's side: :meth:`_from_actor`.)

        An alias of two or more words ('Deputy Secretary Sherman', 'President Putin', 'the
        Kremlin'), a one-word alias ('Ryabkov') with no person of that name in the article so
        far, and a full name with the registry's first and last name ('Sergei A. Ryabkov'),
        stay the registry's actor.
        """
        names = _alias_words(actor)
        if len(normalise_name(head_text).split()) >= 2 and normalise_name(head_text).split() in (
                names):
            return False  # a titled or full alias: 'President Putin', 'the Russian side'
        name = _name_run(head)
        words = normalise_name(name).split()
        bare = bool(words) and is_family_name(name)
        if bare:
            # 'Washington said' after 'Tom Washington': the article's person, also when the
            # registry's actor is a state or an office
            known = self.by_surname.get(family_name(name)) or self.by_name.get(
                normalise_name(name))
            if known is not None and known.person and known.name != actor.name:
                return True
        if not actor.is_person:
            return False
        if not bare:
            return bool(words) and not any(
                len(n) >= 2 and n[0] == words[0] and n[-1] == words[-1] for n in names)
        # 'Putin, a local plumber,': a surname the text describes otherwise than the registry
        return bool(appositive) and appositive[0].low in {"a", "an"} and not (
            _description(_join(appositive)) & _description(actor.role))

    def _names_someone(self, part: Sequence[Tok]) -> bool:
        """A registered actor, or a name that is no organisation's ('Ministry of Trade')."""
        if self.registry.lookup(_join(part)) is not None:
            return True
        return bool(_name_run(part)) and not any(t.low in ORG_WORDS for t in part)

    def resolve(
        self, toks: Sequence[Tok], *, observe: bool = False
    ) -> tuple[_Entity | None, str, str]:
        """(entity, speaker name, how) for a mention's tokens (``observe``: a non-speaker)."""
        if any(t.text == "(" for t in toks):  # 'Tom Brandt (R-La.)': the tag names no one
            kept, depth = [], 0
            for t in toks:
                depth += t.text == "("
                if not depth:
                    kept.append(t)
                depth -= t.text == ")" and depth > 0
            toks = kept
        if toks and toks[-1].low.endswith(("'s", "’s")) and len(toks[-1].text) > 2:
            last = toks[-1]  # a possessor ('Ruiz's plan to ...', beliefs=True): the owner
            toks = [*toks[:-1], Tok(last.text[:-2], last.start, last.end - 2, last.low[:-2])]
        words = [t for t in toks if t.text[:1].isalnum() or t.text in {"’", "'", "&", "."}]
        if len(words) == 1 and words[0].low in _POSSESSIVE_PRONOUNS:  # 'his claim that'
            words = [Tok(words[0].text, words[0].start, words[0].end,
                         _POSSESSIVE_PRONOUNS[words[0].low])]
        if len(words) == 1 and words[0].low in PRONOUNS:
            ent = self._pronoun(PRONOUNS[words[0].low], before=words[0].start)
            if ent is None:
                return None, words[0].text, "unresolved-pronoun"
            self.history.append(ent)
            return ent, ent.name, "pronoun"
        if (len(words) >= 3 and words[0].low in _QUANTIFIERS and words[-1].low in PRONOUNS):
            ent = self._pronoun(PRONOUNS[words[-1].low], before=words[0].start)  # 'one of them'
            if ent is not None:
                return ent, ent.name, "pronoun"
        if 3 <= len(words) <= 4 and words[0].low in _QUANTIFIERS and words[1].low == "of" and (
                words[2].low in _DETERMINERS):
            noun = words[-1].low  # 'one of the people' -> 'two people familiar with ...'
            for ent in reversed(self.history[-40:]):
                if not ent.person and ent.name.lower().split()[-1:] == [noun]:
                    self.history.append(ent)
                    return ent, ent.name, "partitive"
            label = _join(words)  # 'one of the sources' with no group named before
            ent = _Entity(label, words[0].low == "one", "", UNKNOWN_SIDE,
                          words=_description(label))
            return self._remember(ent), label, "group"
        # the head before an appositive; the appositive may hold the name ('A spokesman, Li Wei')
        cut = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
        head = list(toks[:cut]) or [t for t in toks if t.text != ","]
        appositive = [t for t in toks[cut + 1:] if t.text != ","]
        head_text = _join(head)
        of_cut = _name_before_of(head)  # 'Jane Doe of the Foreign Ministry' is Jane Doe
        named = head[:of_cut] if of_cut else head
        actor = self.registry.lookup(_join(named))
        if actor is not None and self._text_says_otherwise(actor, named, _join(named),
                                                           appositive):
            actor = None  # 'psychotherapist Fran Sherman' is not the registry's Wendy Sherman
        if not observe and any(t.text == "and" for t in head) and (
                actor is None or normalise_name(head_text) not in {
                normalise_name(a) for a in (actor.name, *actor.aliases)}):
            pair = self._coordinated(head)  # 'Ryabkov and Lavrov' is not Lavrov alone
            if pair is not None:
                return pair[0], pair[1], "coordination"
        if actor is not None:
            return self._remember(self._from_actor(actor, head_text)), actor.name, "registry"
        name = _name_run(named)
        if not name and len(named) == 1 and named[0].text in self.by_surname:
            name = named[0].text  # 'Bishop said' after 'Martin Luther Bishop Jr.' (a title)
        if self.registry.side_of_name(head_text):
            name = _strip_determiner(head_text)  # 'Bosnia and Herzegovina', 'the Elysee'

        if name and _is_person_name(appositive) and any(
                not t.text[:1].isupper() or t.low in _DETERMINERS for t in head):
            # 'The chief executive of the Scottish Fishermen’s Federation, Elspeth Macrae'
            name = ""
        if not name and appositive and appositive[0].low not in {"who", "which", "whose"} and (
                appositive[0].text[:1].isupper() or appositive[0].low in _DETERMINERS
                or appositive[0].low in TITLE_WORDS):  # not 'led by the SPD's Lars Köhler'
            actor = self.registry.lookup(_join(appositive))
            if actor is not None and not self._text_says_otherwise(
                    actor, appositive, _join(appositive), ()):
                return self._remember(self._from_actor(actor, head_text)), actor.name, "registry"
            name = _name_run(appositive)
        if name and " " not in name and name not in self.by_surname and normalise_name(
                name) not in self.by_name and nlp.lexicon_tag(name.lower()) == "NNS":
            name = ""  # 'Critics, including ..., said': a plural common noun, not a name
            if appositive and appositive[0].low in {"including", "among"}:
                self.resolve(appositive[1:], observe=True)  # '..., including MP Diane Abbott'
        if name and head[0].low == "the" and name.split()[-1].lower() in _PARTY_MEMBERS:
            name = ""  # 'The Kansas Republican' describes someone; it is no name
        acronym = name in self.abbreviations
        if acronym:
            name = _strip_determiner(self.abbreviations[name])  # one speaker, two names
        elif name.isupper() and " " not in name and (
                normalise_name(name) not in self.by_name or len(name) <= 3):
            # 'The International Atomic Energy Agency said ...' then 'the IAEA said'
            ent = next((e for e in reversed(self.history[-200:])
                        if (not e.person and acronym_of(name, e.name))
                        or (e.person and _title_acronym(name, e.words))), None)
            if ent is not None:
                return self._remember(ent), ent.name, "acronym"
        if name:
            key = normalise_name(name)
            known = self.by_name.get(key) or (
                self.by_surname.get(family_name(name)) if is_family_name(name) else None)
            if known is None and name.isupper() and len(name) > 2:  # 'REED:' in a transcript
                known = next((e for n, e in self.by_surname.items()
                              if n.upper() == name and e.person), None)
            if known is not None:
                self._learn(known, head_text, name, appositive)
                return self._remember(known), known.name, "name" if key in self.by_name else (
                    "surname")
            if observe and " " not in name:
                return None, name, "unknown"  # a lone capitalised subject may be a common noun
            place = self.registry.side_of_name(name)  # 'France said', 'Brussels said'
            person = not (place or acronym or name.replace(".", "").isupper()
                          or set(name.lower().split()) & ORG_WORDS  # 'ECOWAS' is no person
                          or (head[0].low == "the" and _join(head[1:]) == name))  # 'the Hill'
            gender = self.registry.gender_from_title(head_text) or (
                gender_from_first_name(name) if person else "")
            side = (self._title_side(head_text, name, appositive) if person
                    else place or self.registry.side_from_title(head_text))
            ent = _Entity(name, person, gender if person else "", side,
                          plural=not person and not place and name.endswith("s"),
                          words=_description(head_text.replace(name, " ")) if person
                          else _description(head_text),
                          place=bool(place) and self.registry.is_place(name))
            return self._remember(ent), name, "name"
        for t in head:  # 'Marchal's office said': Marchal is the person last named
            if t.low.endswith(("'s", "’s")) and t.text[:1].isupper():
                owner = self.by_surname.get(t.text[:-2]) or self.by_name.get(
                    normalise_name(t.text[:-2]))
                if owner is not None and owner.person:
                    self.history.append(owner)
        core = _before_preposition(head)  # 'An aid worker in the region' -> 'aid worker'
        while len(core) > 1 and core[-1].low in {"familiar", "close", "involved", "briefed",
                                                 "aware", "speaking", "who"}:
            core = core[:-1]  # 'officials familiar with the plan' -> 'officials'
        label = _strip_determiner(_join(core))
        key = normalise_name(label)
        if key in self.by_name:
            return self._remember(self.by_name[key]), self.by_name[key].name, "description"
        ent = self._described(core)
        if ent is not None:
            self.history.append(ent)
            return ent, ent.name, "description"
        last = core[-1].low if core else ""
        plural = last.endswith("s") and last not in PERSON_NOUNS
        person = last in PERSON_NOUNS  # 'an aide', 'the official': he/she may follow
        ent = _Entity(label, person, "", self.registry.side_from_title(head_text), plural,
                      words=_description(label))
        return self._remember(ent), label, "group"

    def _resolve_before_objects(self, toks: Sequence[Tok], *, fronted: bool) -> None:
        """Observe an object named later in a sentence ('Ms Berg met [Mr Holt]') at the
        sentence's start, so that the next sentence's 'He said' can refer to it while the
        sentence subject stays nearer; remember where it stands, so that a pronoun before it
        in its own sentence does not refer to it ('“…,” he told [Sen. Ana Ruiz]'). A name
        right after a fronted clause or phrase (``fronted``) is its sentence's subject, and a
        pronoun inside that clause refers forward to it ('While he refused ..., [Mr. Lee]
        agreed ...', 'In his speech, [Mr. Lee] said')."""
        n = len(self.history)
        self.resolve(toks)
        if not fronted:
            for k in range(n, len(self.history)):
                self.placed[k] = toks[0].start

    def _pronoun(self, want: str, *, before: int) -> _Entity | None:
        """The nearest earlier entity a pronoun of kind ``want`` can refer to; a name that
        stands after the pronoun in its own sentence is none ('“…,” he told Sen. Ana Ruiz'),
        though it was observed at the sentence's start (:meth:`_resolve_before_objects`)."""
        placed = self.placed
        for k in range(len(self.history) - 1, max(-1, len(self.history) - 201), -1):
            # bounded: linear on pathological input
            if placed and placed.get(k, -1) > before:
                continue
            ent = self.history[k]
            if want in {"male", "female"}:
                if ent.person and ent.gender in {want, ""}:
                    if not ent.gender:
                        ent.gender = want  # learnt from the text
                    return ent
            elif want == "plural":
                if not ent.person:
                    return ent
            elif want == "org":
                if not ent.person and not ent.plural:
                    return ent
            else:
                return None
        return None


def _cataphora(doc: _Doc, out: list[_Cand], subjects: list[tuple[int, int, bool]],
               resolver: _Resolver) -> None:
    """'“…” / That is how she tells it, anyway. Eleven years after ..., Sofia Lindqvist is
    ...': a pronoun with no antecedent before it refers to the first person named as a
    sentence subject after it, in the same or the next sentence."""
    toks = doc.toks
    starts = [toks[m[0]].start for m in subjects]
    for c in out:
        if c.ref is not None or c.how != "unresolved-pronoun":
            continue
        pos = toks[c.mention[1] - 1].end
        i = bisect.bisect_left(starts, pos)
        while i < len(subjects) and not subjects[i][2]:
            i += 1
        if i == len(subjects) or doc.sentence_of(starts[i]) > doc.sentence_of(pos) + 1:
            continue
        name = _name_run(toks[subjects[i][0]:subjects[i][1]])
        if not name:
            continue
        ent = resolver.by_name.get(normalise_name(name))
        c.speaker, c.how = (ent.name if ent else name), "cataphora"
        c.side = ent.side if ent is not None else UNKNOWN_SIDE
    _lede_cataphora(doc, out, subjects, resolver)


def _lede_cataphora(doc: _Doc, out: list[_Cand], subjects: list[tuple[int, int, bool]],
                    resolver: _Resolver) -> None:
    """News names a role before the person: 'The home secretary has defended plans ...,
    saying ...' / 'Speaking to the BBC, Priya Lal said ...'. A description of one person that
    matched no one before it refers to the first person named in the next two sentences (a
    subject or a speaker): in the first two paragraphs any such person, an indefinite
    description ('A federal judge in Atlanta') only when that person's title has its noun
    ('Judge Laura Whitfield'); later in the article only a definite description, and only a
    person with that title or named there for the first time."""
    toks = doc.toks
    named = sorted(
        [(toks[m[0]].start, m) for m in subjects if m[2]]
        + [(toks[x.mention[0]].start, x.mention) for x in out
           if x.ref is None and x.how in {"name", "registry"}])
    starts = [p for p, _ in named]
    for c in out:
        if (c.ref is None and c.how == "name" and 2 <= len(c.speaker) <= 3
                and c.speaker.isupper() and doc.paragraph_of(toks[c.mention[0]].start) <= 1):
            # a headline's 'says CM': the first person named later whose title fits
            pos = toks[c.mention[1] - 1].end
            for _, (a, b, *_rest) in named[bisect.bisect_left(starts, pos):]:
                ent = resolver.by_name.get(normalise_name(_name_run(toks[a:b])))
                if ent is not None and ent.person and _title_acronym(c.speaker, ent.words):
                    _retarget(out, c, ent)
                    break
            continue
        if c.ref is not None or c.how != "group":
            continue
        first, last = toks[c.mention[0]], toks[c.mention[1] - 1]
        core = _before_preposition(toks[c.mention[0]:c.mention[1]])
        noun = core[-1].low if core else ""
        if first.low not in {"the", "a", "an"} or noun not in PERSON_NOUNS:
            continue
        lede = doc.paragraph_of(first.start) <= 1
        pos = last.end
        i = bisect.bisect_left(starts, pos)
        if i == len(named) or doc.sentence_of(starts[i]) > doc.sentence_of(pos) + 2:
            continue
        a, b = named[i][1][:2]
        name = _name_run(toks[a:b])
        ent = resolver.by_name.get(normalise_name(name)) if name else None
        if ent is None or not ent.person:
            continue
        titled = noun in ent.words | _description(_join(toks[a:b]))
        if first.low != "the" and not titled:
            continue
        # after the lede, only a person named there for the first time ('The opposition
        # leader said ... / “…,” Grant Maddock told reporters')
        if not lede and not titled and name.split()[-1] in doc.text[:first.start]:
            continue
        if not lede and first.low != "the":
            continue
        _retarget(out, c, ent)


def _retarget(out: list[_Cand], c: _Cand, ent: _Entity) -> None:
    """Give statement ``c`` and the continuations that follow it the speaker ``ent``."""
    c.speaker, c.how, c.side = ent.name, "cataphora", ent.side
    for x in out:
        if x.ref is c:
            x.speaker, x.how, x.side = ent.name, "cataphora", ent.side


_FRONTING = _INTRO_WORDS | _SUBORDINATORS | {"if", "because", "whereas", "unless", "until"}


def _after_fronted_clause(doc: _Doc, k: int) -> bool:
    """True when token ``k`` follows the comma that closes a fronted clause or phrase: the
    sentence opens with a subordinator or an introductory word ('While ...,', 'In ...,')."""
    toks = doc.toks
    if k == 0 or toks[k - 1].text != ",":
        return False
    lo, _hi = _sentence_tok_range(doc, doc.sentence_of(toks[k].start))
    first = _first_word(doc, lo)
    return first < k and toks[first].low in _FRONTING


_PLURAL_HEADS = _QUANTIFIERS - {"one", "each", "either", "neither", "none"} | {"those", "others"}


def _plural_np(toks: Sequence[Tok]) -> bool:
    """A plural noun phrase: 'Those over 60', 'Many', 'Some of those', 'Some Cruz endorsers',
    'House Republicans', 'Clinton's advisers', 'Both women', 'Paradis and Bennett' (not 'Sen.
    Ana Ruiz', 'The campaign')."""
    core = _before_preposition(toks)
    if not core:
        return False
    if core[0].low in _PLURAL_HEADS and (len(core) == 1 or not core[1].text[:1].isalpha() or (
            core[1].text.islower() and nlp.lexicon_tag(core[1].low) in {"IN", "CD"})):
        return True  # 'Many', 'Those over 60'
    if any(t.text == "and" for t in core[1:-1]):
        return True  # 'Paradis and Bennett'
    last = core[-1].low
    tag = nlp.lexicon_tag(last)
    return tag == "NNS" or (not tag and core[-1].text[:1].isupper() and len(core) >= 2
                            and last[:-1] in _PARTY_MEMBERS | {"republican", "democrat"})


# marks that end a subject noun phrase or open a clause (with the sentence ends: any clause)
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–", "-"})
_CLAUSE_OR_END = _CLAUSE_MARKS | {".", "?", "!"}


def _verb_like(t: Tok) -> bool:
    """A lower-case word that ends a subject noun phrase: a verb, an auxiliary or an adverb."""
    if not t.text.isalpha() or not t.text.islower():
        return t.text in _CLAUSE_MARKS
    return t.low in ADVERBS or nlp.lexicon_tag(t.low)[:2] in {"VB", "MD", "RB"}


def _nearest_pronoun(doc: _Doc, mention: tuple[int, int]) -> tuple[int, int] | None:
    """The antecedent of a plural pronoun in its own sentence: the plural subject the
    sentence opens with (also after a fronted clause), when only its verb phrase stands
    between ('[Those over 60] say they feel ...', '[Many] spoke about how much they hoped',
    '[Some Cruz endorsers] have their own ideas'). The nearest speaker before the sentence
    is no antecedent then: the pronoun's own clause says who 'they' are. Token range or
    ``None``."""
    toks = doc.toks
    k = mention[0]
    if mention[1] - k != 1 or toks[k].low not in {"they", "their", "them"}:
        return None
    lo, hi = _sentence_tok_range(doc, doc.sentence_of(toks[k].start))
    i = _subject_start(doc, lo, hi)
    if not lo <= i < k or doc.in_quote[i] or doc.in_quote[k] or toks[i].low in PRONOUNS or (
            toks[i].low in _DETERMINERS and toks[i].low not in {"the", "those"}):
        return None
    j = i + 1
    while j < k and not _verb_like(toks[j]):
        j += 1
    if j == k or k - j > 8 or toks[j].text in _CLAUSE_MARKS:
        return None
    if any(doc.in_quote[m] or toks[m].low in _DETERMINERS or toks[m].low in PRONOUNS
           or toks[m].text in _CLAUSE_OR_END
           for m in range(j, k)):
        return None  # another noun phrase or clause between: 'officials said [the
        # protesters] were angry and they ...'
    return (i, j) if _plural_np(toks[i:j]) else None


_AGE = re.compile(r"\d{1,3}-year-old")


def _resolve_speakers(doc: _Doc, out: list[_Cand], registry: Registry) -> None:
    """Give every statement in ``out`` its speaker, side and how it was resolved."""
    toks = doc.toks
    # resolve speakers in reading order of the mentions; named sentence subjects that say
    # nothing still count as antecedents ('Brooks, who ..., thanked her. He said ...')
    resolver = _Resolver(registry, acronyms(doc.text))
    events = [(toks[c.mention[0]].start, 1, i) for i, c in enumerate(out) if c.ref is None]
    taken = {toks[c.mention[0]].start for c in out}
    in_mention = bytearray(len(toks))  # a subject inside a speaker's mention is that speaker
    for c in out:
        in_mention[c.mention[0]:c.mention[1]] = b"\x01" * (c.mention[1] - c.mention[0])
    subjects = _named_subjects(doc)
    for m in subjects:
        if toks[m[0]].start not in taken and not in_mention[m[0]]:
            events.append((toks[m[0]].start, 0, m))
    for pos, (a, b) in _honorific_objects(doc):
        if toks[a].start not in taken and not in_mention[a]:
            events.append((pos, -1, (a, b, True)))
    moved: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}  # retold: old mention, cue
    for _pos, what, item in sorted(events, key=lambda e: (e[0], e[1])):
        if what < 0:
            resolver._resolve_before_objects(toks[item[0]:item[1]],
                                             fronted=_after_fronted_clause(doc, item[0]))
            continue
        if what == 0:
            resolver.resolve(toks[item[0]:item[1]], observe=not item[2])
            continue
        c = out[item]
        own = _nearest_pronoun(doc, c.mention)  # '[Many] spoke about how much they hoped'
        ent, name, how = resolver.resolve(toks[slice(*(own or c.mention))])
        if own is not None:
            how = "pronoun"
        c.speaker, c.how = name, how
        c.side = ent.side if ent is not None else UNKNOWN_SIDE
        reporter = _reported_by(doc, c)
        if reporter is not None:  # '“…,” Sanders said, according to CNN': CNN's account
            ent, name, _how = resolver.resolve(toks[slice(*reporter)])
            moved[id(c)] = (c.mention, c.cue)
            # the cue runs from the person's tag to 'according to': the row still says who
            c.cue = (min(c.mention[0], c.cue[0]), reporter[0])
            c.mention = reporter
            c.speaker, c.how = name, "according-to"
            c.side = ent.side if ent is not None else UNKNOWN_SIDE
    _cataphora(doc, out, subjects, resolver)
    for c in out:
        if c.ref is not None:
            base = c.ref
            c.speaker, c.side, c.how = base.speaker, base.side, base.how
            if moved.get(id(base)) == (c.mention, c.cue):  # its rows follow the act
                c.mention, c.cue = base.mention, base.cue


# words after a quotation's tag that open a new clause: ', and according to …' is no longer the
# tag's source
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "as", "because", "which", "who", "where",
                            "when", "although", "though", "after", "before", "since", "if"})


def _reported_by(doc: _Doc, c: _Cand) -> tuple[int, int] | None:
    """The source named by ', according to Y' right after the tag of a quotation whose tag
    follows it ('“…,” Sanders said, according to CNN'; '… told reporters, according to
    Reuters, during …'; '… said in a statement according to The Blaze'), as token range, else
    None. PolNeAR's annotators give such a quotation to Y, the outlet, document or witness
    that reports it (16 of the 17 such quotations in the train split), not to the person
    quoted. Only for a direct statement of its own (no continuation) whose cue and mention
    both follow its content, with at most 12 tokens, none quoted and none opening a clause
    (:data:`_CLAUSE_BREAKS`, ';', ':'), between the tag and 'according to'."""
    if c.kind != "direct" or c.ref is not None or c.rule == "according-to":
        return None
    toks = doc.toks
    if toks[c.cue[0]].start < c.content[1] or toks[c.mention[0]].start < c.content[1]:
        return None
    sid = doc.sentence_of(toks[c.cue[0]].start)
    hi = _sentence_tok_range(doc, sid)[1]
    k = max(c.cue[1], c.mention[1])
    for j in range(k, min(hi - 1, k + 13)):
        t = toks[j]
        if doc.in_quote[j] or t.text in {";", ":"} or t.low in _CLAUSE_BREAKS:
            return None
        if t.low == "according" and toks[j + 1].low == "to":
            return _according_mention(doc, j + 2, hi)
    return None
