"""Speaker mentions and sentence subjects: which words before or after a cue name the speaker.

Subjects may carry prepositional phrases and appositives ("An aide to the governor, who was not
authorized to speak, said"; a bare plural of people too: "protesters in Dayton said"), also
with a scare quote inside (``who leads so-called “frugal” states``); a time adverbial or a
channel phrase ([channel_nouns]) may sit between subject and verb ("Chief Minister N. Srinivasa
Rao on Tuesday said", "he in an interview said", "Reed, who ..., in a statement said", after a
party tag: "Rep. Tom Reed (R-Ohio) on Tuesday said":
:func:`_time_phrase_before`, :func:`_channel_phrase_before`); a relative clause without commas
hangs on a speaker noun ("A European diplomat who requested anonymity ... said"); the
antecedent of ", who ..." is the titled name before it ("Sen. Martha Quill of Maine, who has
called the tariffs “a tax”"), or the person an appositive describes ("met Ann Lee, the mayor of
Dover, who said": Lee). An appositive whose closing comma the writer left out ("Doug Lee, a
spokesman for Senator Ann Hale told") hangs on the name opening the sentence
(:func:`_unclosed_appositive`). A subject is plausible when it is a pronoun, a name or a
speaker noun phrase, with no verb in it (:func:`_plausible_mention`). After an inverted cue the
mention runs to a boundary word ("said Ryabkov, who ...") and leaves a trailing adverb out
("said the governor flatly"), and an appositive names the speaker ("said the union leader,
Sophie Girard, who ..."); a title's "of" ("said Secretary of State Ann Lee"), initials ("said
J.D. Vance", "U.S. officials"), a nickname in quotation marks ("Kevin “Kev” Lee",
:func:`_nickname`) and "(ret.)" (:func:`_retired_tag`) stay inside a mention, and so does a
suffix after its comma before a verb ("Robert Casey, Jr. said"). "According to X," ends at the
comma (never numbers: "according to near-final results"; not the comma of "Casey, Jr.,"). A
bare plural with a postmodifier links to its phrase ("people familiar with the talks said").
The main clause's subject is found after an introductory clause ("At one
point, Lavrov interrupted"; a participle clause: "Walking to the car, Lee said",
:func:`_after_participle_opener`) and past an appositive noun phrase after the opening name
("Lee, herself a supporter during the primary, drew ..."), and past lower-case words of a
title ("Republican presidential hopeful Sen. Ann Lee was ...": :func:`_title_modifier`), for
participles and coordinated cues.

Sentence subjects that say nothing are antecedents for the resolver (:func:`_named_subjects`):
personal names opening a sentence ("Governor Maria Ortega conceded"), also after an
introductory clause ("Asked by CNN's Dana Mercer whether ..., Virtanen paused"), definite
descriptions ("The Russian minister criticised ..."), a one-word name set off by commas in a
described subject ("Her neighbour, a tailor ..., Ibrahim, was blunt"). Names later in a
sentence with an honorific or a gendered first name ("Maria Lopez met Tom Hale", "as Prime
Minister Kenji Arai faced ...", with a capitalised title before it: "met Governor Tom Reed",
so that "the governor" refers to him) are antecedents too, behind the subject
(:func:`_honorific_objects`); the person a question is put to comes after the subject, since
that person answers ("A reporter asked Reed whether ... “Never,” he said": :func:`_asked_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import nlp
from ..actors import NAME_PARTICLES, gender_from_first_name
from ..cues import (
    ADVERBS,
    FUNCTION_CAPS,
    PARTY_TAG,
    PERSON_NOUNS,
    PRONOUNS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    Tok,
    cue_class,
)
from .document import _MAX_MENTION, _Doc, _first_word, _is_capitalised, _sentence_tok_range
from .names import (
    _NAME_SUFFIXES,
    _TITLE_ABBREVIATIONS,
    _initial,
    _is_person_name,
    _name_cap,
    _name_run,
)
from .words import (
    _APPOSITION,
    _BOUNDARY_WORDS,
    _CHANNEL_NOUNS,
    _CLAUSE_LINKS,
    _COORD,
    _DETERMINERS,
    _HONORIFICS,
    _INTRO_WORDS,
    _LEADING_CONNECTORS,
    _LINK_PREPOSITIONS,
    _MONTH_ABBREVIATIONS,
    _MONTHS,
    _NOT_SUBJECT,
    _NUMBER_SOURCES,
    _NUMBER_WORDS,
    _POSTMODIFIERS,
    _PP_PREPOSITIONS,
    _QUANTIFIERS,
    _SPAN_NOUNS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TIME_LEAD,
    _TIME_NOUNS,
    _TIME_WORDS,
    ORG_WORDS,
)


def _plausible_mention(toks: Sequence[Tok]) -> bool:
    """A subject that can be a speaker: a pronoun, a name, or a speaker noun phrase."""
    words = [t for t in toks if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_MENTION:
        return False
    if len(words) == 1 and words[0].low in PRONOUNS:
        return words[0].low != "i"  # 'I told you ...' in unmarked dialogue: not the reporter
    if words[-1].low in PRONOUNS and len(words) >= 3 and words[0].low in _QUANTIFIERS:
        return True  # 'one of them'
    if any(t.low in PRONOUNS for t in words[1:]) or words[0].low in {"it", "there", "i"}:
        return False
    for t in words[1:]:
        if t is words[-1] and t.low in _POSTMODIFIERS:
            continue  # 'A senior official involved [in the talks]'
        # a verb inside the 'subject' means the walk went too far ('Gazette published a series')
        if not t.text[:1].isupper() and (
            cue_class(t.low) or (t.low.endswith("ed") and t.low not in TITLE_WORDS)
        ):
            return False
    if any(_is_capitalised(t) for t in words):
        return True
    while len(words) > 1 and words[-1].low in _POSTMODIFIERS:
        words = words[:-1]  # 'officials familiar [with the plan]', 'a person close [to]'
    return words[-1].low in SPEAKER_NOUNS


def _subject_before(doc: _Doc, verb: int, lo: int) -> tuple[int, int] | None:
    """Token range of the speaker mention ending just before token ``verb`` (not before ``lo``).

    An appositive between commas is part of the mention ("A spokesman, Li Wei, said";
    "Lindqvist, who led the talks, insisted"), and so are prepositional phrases after the head
    noun ("An aide to the governor", "A diplomat from a council member state").
    """
    toks = doc.toks
    j = verb
    while j > lo and toks[j - 1].low in ADVERBS:
        j -= 1
    for _ in range(2):  # 'X on Tuesday in a statement said'
        j = _time_phrase_before(doc, j, lo)  # 'Chief Minister N. Srinivasa Rao on Tuesday said'
        j = _channel_phrase_before(doc, j, lo)  # 'Reed, who ..., in a statement said'
    if j - 2 > lo and toks[j - 1].low == "who" and toks[j - 2].text != ",":
        # 'by a federal judge who said ...': a speaker noun phrase right before 'who' (not
        # an appositive: 'Sen. Laura Benning, a Virginia Democrat who sits on ...')
        head = _np_before(doc, j - 1, lo)
        return head if head is not None and toks[head[0] - 1].text != "," else None
    if j - 2 > lo and toks[j - 1].low == "who" and toks[j - 2].text == ",":
        # 'Sen. Martha Quill of Maine, who has called the tariffs “a tax”': the antecedent
        head = _np_before(doc, j - 2, lo, check=False)
        if head is None:
            return None
        named = _apposed_name(doc, head, lo)
        if named != head:
            return named  # 'met Ann Lee, the mayor of Dover, who said': Lee, not Dover
        a = head[1]
        while a > head[0] and (_name_cap(toks[a - 1].text) or toks[a - 1].low in TITLE_WORDS
                               or toks[a - 1].text == "."):
            a -= 1  # the titled name only: not 'The mayor met [Tom Hale]'
        return (a, head[1]) if a < head[1] and _is_capitalised(toks[head[1] - 1]) else None
    p = j - 1
    if p >= lo and toks[p].low in _SUBJECT_PRONOUNS and not (
            doc.in_quote[p] or doc.claimed[p]) and (p == lo or toks[p - 1].low not in _NOT_SUBJECT):
        return (p, j)  # 'On Tuesday he said', 'Afterwards she told': the pronoun alone
    if j - 1 > lo and toks[j - 1].text == ",":
        c2 = j - 1
        for m in range(c2 - 1, max(lo, c2 - _MAX_APPOSITIVE) - 1, -1):
            t = toks[m]
            if doc.claimed[m] and _in_relative(doc, m, lo):
                continue  # 'Rutte, who called the plan “a joke”, said': a statement of his own
            if ((doc.in_quote[m] and not doc.in_phrase[m]) or doc.claimed[m]
                    or t.text in {";", ":", ".", "!", "?"}):
                return None
            if t.text == "," and not doc.in_quote[m]:
                if (m - 2 >= lo and toks[m - 2].text == ","
                        and PARTY_TAG.fullmatch(toks[m - 1].text)):
                    continue  # 'Rep. Jim Okafor, R-Ga., a member of ..., said': the tag is
                    # part of the name, the appositive goes on to the comma before it
                if m - 2 >= lo and toks[m - 2].text == "," and toks[m - 1].text.isdigit():
                    continue  # 'Ann Lee, 35, the daughter of ..., said': the age too
                head = _np_before(doc, m, lo, check=False)
                if head is None or m == head[0]:
                    return None
                bare = head
                head = _extend_pp(doc, head, lo)
                if head is None and _is_person_name(toks[m + 1:c2]) and (
                        bare[0] == _first_word(doc, lo) or toks[bare[0] - 1].low in _COORD):
                    head = bare  # 'Its managing partner, Steve Albers, told': a name says who
                if head is not None and toks[m + 1].low in {"which", "who", "whose"}:
                    head = _apposed_name(doc, head, lo)
                if head is not None and head[0] > lo and toks[head[0] - 1].text.islower() and (
                        toks[head[0] - 1].low in {"who", "which"}
                        or toks[head[0] - 1].low not in _DETERMINERS | _BOUNDARY_WORDS
                        | _SUBORDINATORS | _CLAUSE_LINKS):
                    # 'Carmen Ossandón, who runs Fundación Horizonte, a think-tank ..., argues':
                    # the apposed noun phrase is the relative clause's object
                    head = _relative_antecedent(doc, head[0], lo) or head
                return (head[0], c2) if head is not None else None
        return None
    head = _np_before(doc, j, lo, check=False)
    found = None if head is None else _extend_pp(doc, head, lo)
    if found is None:
        found = _relative_subject(doc, j, lo)
    if found is not None and toks[found[0]].low in _PHRASE_OPENERS:
        return None  # 'In a statement released Thursday reacted': an adverbial, no speaker
    if found is not None:
        found = _unclosed_appositive(doc, found, lo)
    return found


def _unclosed_appositive(doc: _Doc, np_: tuple[int, int], lo: int) -> tuple[int, int]:
    """'Doug Lee, a spokesman for Senator Ann Hale told the Post': an appositive whose closing
    comma the writer left out. When the noun phrase before the verb is a description (it opens
    with a determiner, a possessive or a lower-case word; no 'and') right after a comma, and a
    personal name opens the sentence before that comma, the mention runs from the name: the
    name speaks, not the person named inside the description."""
    toks = doc.toks
    i, j = np_
    c = i - 1
    if c <= lo or toks[c].text != "," or doc.in_quote[c] or _is_person_name(toks[i:j]):
        return np_
    first = toks[i]
    if not (first.low in _DETERMINERS or first.text[:1].islower() or (
            i + 1 < j and toks[i + 1].low in {"’s", "'s"}) or first.low.endswith(("’s", "'s"))):
        return np_  # 'Ben Carson, Ted Cruz and Rand Paul have': a list, no appositive
    if any(t.low in _COORD for t in toks[i:j]):
        return np_
    name = _np_before(doc, c, lo, check=False)
    if name is None or name[0] != _first_word(doc, lo) or not _is_person_name(toks[name[0]:c]) \
            or toks[name[0]].low in _INTRO_WORDS | _PP_PREPOSITIONS | {"like", "unlike"}:
        return np_  # 'Like Rove, the Sanders camp has': an adverbial, no name
    return (name[0], j)


def _time_phrase_before(doc: _Doc, j: int, lo: int) -> int:
    """Start of a time adverbial ending before token ``j`` ('on Tuesday', 'late on Nov. 26',
    'last week') after a capitalised subject, else ``j``."""
    toks = doc.toks
    i = j
    while i - 1 > lo and j - i < 6 and not doc.in_quote[i - 1] and (
            toks[i - 1].low in _TIME_WORDS or toks[i - 1].low in _MONTHS
            or toks[i - 1].low.rstrip(".") in _MONTH_ABBREVIATIONS
            or toks[i - 1].low in _TIME_NOUNS or toks[i - 1].low in _TIME_LEAD
            or toks[i - 1].text.isdigit() or toks[i - 1].text == "."):
        i -= 1
    if i == j or not any(toks[x].low in _TIME_WORDS or toks[x].low in _MONTHS
                         or toks[x].low.rstrip(".") in _MONTH_ABBREVIATIONS
                         or toks[x].low in {"week", "month", "year", "weekend"}
                         for x in range(i, j)):
        return j
    while i < j and toks[i].text == ".":
        i += 1
    return i if i > lo and (_adverbial_host(toks[i - 1]) or toks[i - 1].text == ",") else j


def _adverbial_host(t: Tok) -> bool:
    """Token ``t`` can end a subject that an adverbial separates from its verb: a capitalised
    word, a subject pronoun or a speaker noun ('he on Tuesday said', 'the governor in a
    statement said'), the closing parenthesis of a party tag ('Rep. Tom Reed (R-Ohio) on
    Tuesday said') or a relative 'who' ('met Cole, who in an interview said')."""
    return (_is_capitalised(t) or t.low in _SUBJECT_PRONOUNS or t.text == ")" or t.low == "who"
            or (t.text.islower() and (t.low in PERSON_NOUNS or t.low in TITLE_WORDS
                                      or t.low in SPEAKER_NOUNS)))


def _channel_phrase_before(doc: _Doc, j: int, lo: int) -> int:
    """Start of 'in a statement' / 'in an interview' / 'in his speech' ending before token
    ``j`` ([channel_nouns] in data/attribution/words.txt), else ``j``: 'Reed, who ..., in a
    statement said', 'he in an interview said'; after any word, since the channel never
    speaks ('the attendees in a statement chanted' gave the speaker 'statement')."""
    toks = doc.toks
    i = j - 3
    if i - 1 < lo or doc.in_quote[j - 1] or toks[j - 1].low not in _CHANNEL_NOUNS:
        return j
    if toks[i].low != "in" or toks[i + 1].low not in _DETERMINERS:
        return j
    # (after any word: 'the attendees in a statement chanted' has no speaker 'a statement')
    return i


def _in_relative(doc: _Doc, m: int, lo: int) -> bool:
    """Token ``m`` sits in a ', who ...' clause (no comma between it and the 'who')."""
    toks = doc.toks
    for w in range(m, max(lo, m - 12), -1):
        if toks[w].text == "," and not doc.in_quote[w]:
            return False
        if toks[w].low == "who" and w - 1 > lo and toks[w - 1].text == ",":
            return True
    return False


def _relative_antecedent(doc: _Doc, end: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase before ', who' (or ', which') that opens the sentence, searching back
    from token ``end`` (at most 25 tokens), or None."""
    toks = doc.toks
    for w in range(end - 1, max(lo, end - 25), -1):
        if doc.in_quote[w] or doc.claimed[w] or toks[w].text in {";", ":"}:
            return None
        if toks[w].low in {"who", "which"} and w - 1 > lo and toks[w - 1].text == ",":
            head = _np_before(doc, w - 1, lo, check=False)
            if head is not None and head[0] == _first_word(doc, lo):
                return head
            return None
    return None


def _apposed_name(doc: _Doc, head: tuple[int, int], lo: int) -> tuple[int, int]:
    """'Sophia Grant, director of the Voter Project, which brought the case, called': the
    relative clause hangs on the organisation, but the speaker is the name before the title
    (a person name, a comma, then at most six words of title)."""
    toks = doc.toks
    for c0 in range(head[0] - 1, max(lo, head[0] - 7), -1):
        if doc.in_quote[c0] or doc.claimed[c0]:
            break
        if toks[c0].text == ",":
            name = _np_before(doc, c0, lo, check=False)
            if name is None:
                break
            a = c0  # the capitalised words closing the phrase: 'Reporters met [Ann Lee]'
            while a > name[0] and _name_cap(toks[a - 1].text):
                a -= 1
            for start in (name[0], a):
                if start < c0 and _is_person_name(toks[start:c0]):
                    return (start, head[1])
            break
    return head


def _relative_subject(doc: _Doc, j: int, lo: int) -> tuple[int, int] | None:
    """'A European diplomat who requested anonymity because ... publicly said': a speaker
    noun phrase followed by a relative clause without commas (at most 20 tokens back); the
    mention is the noun phrase."""
    toks = doc.toks
    for w in range(j - 2, max(lo, j - 20), -1):
        t = toks[w]
        if doc.in_quote[w] or doc.claimed[w] or t.text in {",", ";", ":", ".", "!", "?"}:
            return None
        if t.low in {"who", "whom"}:
            head = _np_before(doc, w, lo)
            if head is not None and head[0] == _first_word(doc, lo) and any(
                    x.low in PERSON_NOUNS or x.low in SPEAKER_NOUNS for x in toks[head[0]:w]):
                return head
            return None
    return None


_MAX_APPOSITIVE = 24
# conjunctions that open a subordinate clause before its subject ('While Trump affirmed that
# ..., he also stated'): never the first word of a speaker's name
_CLAUSE_OPENERS = frozenset(
    "when while whilst although though because if unless whereas once after before until "
    "since".split())
# words that open an adverbial phrase, never a speaker's name ('In a statement', 'At a
# campaign event', 'With four contests left', 'Having announced ...', 'To wit')
_PHRASE_OPENERS = frozenset("in at with to on from by during having amid".split())


def _extend_pp(doc: _Doc, np_: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """Grow a subject leftwards over at most two 'NOUN PREP' links when the phrase before the
    preposition opens with a determiner or a name ('A spokesperson [for] the Department'), then
    check that it can be a speaker (the head noun before the first preposition decides)."""
    i, j = np_
    toks = doc.toks
    head_end = j
    for _ in range(2):
        if i - 1 <= lo or toks[i - 1].low not in _LINK_PREPOSITIONS or doc.claimed[i - 1]:
            break
        if toks[i].low in _TIME_WORDS or toks[i].low in _MONTHS:
            break  # 'the governor in January'
        left = _np_before(doc, i - 1, lo, check=not (
            toks[i - 1].low == "of" and toks[i - 2].low in _QUANTIFIERS))
        if left is None or j - left[0] > _MAX_MENTION + 6:
            break
        first = toks[left[0]]
        if not (first.low in _DETERMINERS or first.low in _QUANTIFIERS
                or first.low.endswith(("’s", "'s")) or _is_capitalised(first) or (
                    first.text.islower() and (first.low.endswith("s") or first.low == "people")
                    and first.low in SPEAKER_NOUNS and all(
                        t.low in _POSTMODIFIERS for t in toks[left[0] + 1:left[1]]))):
            break  # (a bare plural of people: '[protesters] in Dayton said', '[people
            # familiar] with the talks said')
        i, head_end = left
    if head_end != j:
        return (i, j)  # the phrase before the preposition passed _np_before's checks
    return (i, j) if _plausible_mention(toks[i:j]) else None


def _nickname(doc: _Doc, k: int) -> tuple[int, int] | None:
    """(opening mark, token after the closing mark) of a nickname in quotation marks holding
    token ``k``, between a first and a family name ('Kevin “Kev” Lee', 'Dwayne ‘The Rock’
    Johnson'): one or two capitalised words; else None."""
    toks = doc.toks
    qi = next((doc.quote_of_tok[x] for x in range(k, max(-1, k - 5), -1)
               if x in doc.quote_of_tok), None)
    if qi is None:
        return None
    q = doc.quotes[qi]
    a, b = doc.tok_at(q.start), doc.tok_at(q.end)
    if not (q.closed and a <= k < b <= a + 5 and a > 0 and b < len(toks)):
        return None
    inner = [t for t in toks[a:b] if t.text[:1].isalnum()]
    before, after = toks[a - 1], toks[b]
    if not (1 <= len(inner) <= 2 and all(t.text[:1].isupper() for t in inner)) or any(
            t.text in {",", ".", "!", "?"} for t in toks[a:b]):
        return None
    if doc.in_quote[a - 1] or not (_is_capitalised(before) and _is_capitalised(after)) or (
            before.low in TITLE_WORDS or after.low in TITLE_WORDS
            or before.low.endswith(("’s", "'s"))):  # not 'ABC’s “This Week” Carson'
        return None
    return (a, b)


def _retired_tag(toks: Sequence[Tok], k: int) -> int:
    """The token after '(ret.)' / '(retired)' opening at token ``k`` after a military title
    ('Gen. (ret.) Ann Lee'), else -1."""
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].low in {"ret", "ret.", "retired"}:
        e = k + 2 + (toks[k + 2].text == ".")
        if e < len(toks) and toks[e].text == ")":
            return e + 1
    return -1


def _np_before(doc: _Doc, j: int, lo: int, *, check: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending before token ``j``; ``check``: only if it can be a speaker."""
    toks = doc.toks
    i = j
    while i > lo:
        t = toks[i - 1]
        if doc.in_quote[i - 1] and i < j and (nick := _nickname(doc, i - 1)) is not None and (
                nick[1] == i and nick[0] > lo):
            i = nick[0]  # 'Kevin “Kev” Lee said'
            continue
        if doc.in_quote[i - 1] or doc.claimed[i - 1]:
            break
        if t.text == ")" and i < j and i - 4 >= lo and (
                _retired_tag(toks, i - 3) == i or _retired_tag(toks, i - 4) == i):
            i -= 3 if toks[i - 3].text == "(" else 4  # 'Gen. (ret.) Ann Lee said'
            continue
        if t.text == ")" and i == j:
            # 'Sen. Patricia Navarro (D-Nev.), the top Democrat ...': a tag after a name
            o = next((m for m in range(i - 2, max(lo, i - 8), -1) if toks[m].text == "("), -1)
            if o > lo and _is_capitalised(toks[o - 1]):
                i = o
                continue
            break
        if t.text == "," and i < j and toks[i].low in _NAME_SUFFIXES and i - 2 >= lo and (
                _is_capitalised(toks[i - 2])):
            i -= 1  # 'Robert Casey, Jr. said': the suffix after its comma
            continue
        if not t.text[:1].isalnum() and t.text not in {"’", "'", "&", "."}:
            break
        if t.text.isdigit() and i - 2 >= lo and toks[i - 2].text in {":", "."}:
            break  # a time stamp ('09:31 Hungary's Prime Minister') is not part of a mention
        if i == j and t.low in {"and", "or"}:
            break  # 'X survived five years in a prison and says ...': a coordinated verb, whose
            # subject is the first verb's, not the noun before 'and'
        if t.low in {"of", "and", "for"} and i - 2 >= lo and i < j:
            # 'Secretary of State Wendy Sherman', 'Sherman and Blinken', 'one of them'
            if not ((_is_capitalised(toks[i - 2]) and _is_capitalised(toks[i]))
                    or (t.low == "of" and toks[i - 2].low in _QUANTIFIERS)):
                break
        elif (t.low in _BOUNDARY_WORDS or t.low.endswith(("n't", "n’t"))) and not (
                t.text[:1].isupper()):
            break  # a boundary word or a negated auxiliary ('Weaver didn’t seem')
        if j - i >= _MAX_MENTION:
            break
        i -= 1
    while i < j and (toks[i].low in _LEADING_CONNECTORS or toks[i].text in {"’", "'", "."}
                     or (toks[i].low in _CLAUSE_OPENERS and i + 1 < j)):
        i += 1  # 'When Trump suggested ...': the subordinator opens the clause, not the name
    if i >= j:
        return None
    for x in range(j - 1, i, -1):
        if toks[x].low in {"the", "a", "an"} and toks[x - 1].text.islower() and (
                toks[x - 1].text.isalpha() and toks[x - 1].low not in _PP_PREPOSITIONS
                and toks[x - 1].low not in {"and", "or", "of", "for"}):
            i = x  # 'at which point the crowd chanted': the phrase opens at its determiner
            break
    if toks[i].low in {"do", "does", "did"} and i + 1 < j and toks[i + 1].low in {
            "you", "we", "they", "he", "she"}:
        i += 1  # 'Do you think ...?': the auxiliary of a question is no part of the subject
    if toks[i].low in {"this", "that", "these", "those"}:
        return None
    if check and not _plausible_mention(toks[i:j]):
        return None
    words = [t for t in toks[i:j] if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_MENTION:
        return None
    return (i, j)


def _mention_after(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """Token range of a speaker mention starting at token ``start`` ("said Ryabkov, who ...")."""
    toks = doc.toks
    j = start
    while j < hi and j - start < _MAX_MENTION:
        t = toks[j]
        if (t.text == "." and j > start and _initial(toks[j - 1].text) and j + 1 < hi
                and (toks[j + 1].text[:1].isupper() or toks[j - 1].low in nlp.ABBREVIATIONS)):
            j += 1  # an initial inside the name: 'said J. Gerald Hebert', 'said J.D. Vance'
            continue
        if doc.in_quote[j] and j > start and (nick := _nickname(doc, j)) is not None and (
                nick[0] == j and nick[1] < hi):
            j = nick[1]  # 'said Kevin “Kev” Lee'
            continue
        if j > start and _retired_tag(toks, j) > 0:
            j = _retired_tag(toks, j)  # 'said Gen. (ret.) Ann Lee'
            continue
        if doc.in_quote[j] or not (t.text[:1].isalnum() or t.text in {"’", "'", "&"}):
            break
        if t.low in _BOUNDARY_WORDS and not t.text[:1].isupper() and not (
                t.low == "of" and j > start and j + 1 < hi and toks[j + 1].text[:1].isupper()
                and all(x.low in TITLE_WORDS or x.low in _DETERMINERS for x in toks[start:j])):
            break  # (a title's 'of' goes on: 'said Secretary of State Ann Lee')
        j += 1
    while j - 1 > start and toks[j - 1].text.islower() and (
            toks[j - 1].low in ADVERBS or nlp.lexicon_tag(toks[j - 1].low) == "RB"):
        j -= 1  # 'said the governor flatly': the adverb is no part of the mention
    if j == start or not _plausible_mention(toks[start:j]):
        return None
    if j + 3 <= hi and toks[j].text == "," and any(
            not t.text[:1].isupper() and t.low not in _DETERMINERS for t in toks[start:j]):
        # 'said the union leader, Sophie Girard, who ...': the appositive names the speaker
        e = j + 1
        while e < hi and e - j <= 4 and toks[e].text[:1].isupper() and not doc.in_quote[e]:
            e += 1
        after = toks[e].text if e < len(toks) else "."
        if _is_person_name(toks[j + 1:e]) and (after in {",", ".", ";"} or e == hi):
            return (start, e)
    return (start, j)


_NOT_VERBS = (TITLE_WORDS | SPEAKER_NOUNS | PERSON_NOUNS | _DETERMINERS | _QUANTIFIERS
              | _PP_PREPOSITIONS | ADVERBS | {"and", "or", "of", "who", "which", "whose", "that",
                                              "so-called", "former", "new", "two", "three"})


def _title_modifier(toks: Sequence[Tok], v: int, k: int) -> bool:
    """Token ``v`` is a lower-case adjective or noun of a title before a titled name
    ('presidential [hopeful] Sen. Ann Lee'): one to three such words, then a capitalised word,
    before token ``k``."""
    e = v
    while e < min(k, v + 3) and toks[e].text.isalpha() and toks[e].text.islower() and (
            nlp.lexicon_tag(toks[e].low) in {"JJ", "NN"}):
        e += 1
    return e > v and e < k and _is_capitalised(toks[e])


def _main_subject(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, before token ``k``: the subject before the
    first word that can be the main verb (at most 40 tokens in), at the sentence start or
    after an introductory clause ('At one point, Lavrov interrupted' -> Lavrov)."""
    toks = doc.toks
    first = _first_word(doc, lo)
    j = first
    while j < min(k, first + 5) and (toks[j].low in _TIME_NOUNS or toks[j].low in _NUMBER_WORDS
                                     or toks[j].text.isdigit()):
        j += 1  # 'Eight years ago, he ...', 'Last month, she ...': a time phrase, no subject
    if j > first + 1 and j < k and toks[j].text == "," and toks[j - 1].low in _TIME_NOUNS:
        first = j + 1
    first = _after_participle_opener(doc, first, k)
    v = first + 1
    tries = 0
    while v < min(k, first + 40) and tries < 4:
        t = toks[v]
        if doc.in_quote[v] or doc.claimed[v] or t.text in {";", ":"}:
            return None
        if t.text == "," and v + 1 < k and toks[v + 1].low in {"who", "which", "whose"}:
            # skip a relative appositive: 'Rutte, who leads the group, rejected ...'
            v += 2
            while v < k and toks[v].text != ",":
                v += 1
            v += 1
            continue
        c = _apposition_end(doc, first, v, k)
        if c > v:
            v = c + 1  # 'Silverman, herself a supporter during the primary, drew ...'
            continue
        if t.text == "," and v + 2 < k and toks[v + 2].text == "," and (
                toks[v + 1].low in _ASIDES or toks[v + 1].text.isdigit()):
            v += 3  # 'Reed, though, was unmoved', 'Reed, 62, was unmoved'
            continue
        if _title_modifier(toks, v, k):
            v += 1  # 'Republican presidential hopeful Sen. Ann Lee was ...': a title, no verb
            continue
        if (t.text.isalpha() or t.low.endswith(("n't", "n’t"))) and t.text.islower() and (
                t.low not in _NOT_VERBS):  # 'Weaver didn’t seem ...' -> Weaver
            m = _subject_before(doc, v, lo)
            if m is not None and (m[0] == first or toks[m[0] - 1].text == ","):
                return m  # 'At one point, Lavrov interrupted' -> Lavrov
            tries += 1  # 'A federal judge ... blocked': 'federal' was no verb
        v += 1
    return None


def _participle_opener(doc: _Doc, i: int) -> bool:
    """Token ``i`` opens a participle clause: a capitalised word in -ing or -ed of six letters
    or more (or 'Asked') followed by a lower-case word ('Walking to', 'Reached by', 'Facing
    mounting', 'Asked about')."""
    toks = doc.toks
    t = toks[i]
    return (i + 1 < len(toks) and t.text[:1].isupper()
            and (len(t.low) >= 6 or t.low == "asked")  # 'Asked about the bill, Reed ...'
            and t.low.endswith(("ing", "ed")) and toks[i + 1].text[:1].islower()
            and toks[i + 1].text[:1].isalpha())


def _after_participle_opener(doc: _Doc, first: int, k: int) -> int:
    """The first token after a participle clause opening the sentence ('Walking to the next
    address, Ebeling reminisced'; 'Facing mounting criticism, Mr. Lee released'; 'Reached by
    the Post, Bennett denied'), else ``first``. The opener is a capitalised word in -ing or -ed
    (six letters or more) followed by a lower-case word, and its clause ends at the first
    comma before ``k`` that no relative pronoun follows."""
    toks = doc.toks
    if not (first + 1 < k and _participle_opener(doc, first)):
        return first
    for j in range(first + 2, min(k - 1, first + 30)):
        if doc.in_quote[j] or toks[j].text in {";", ":", ".", "!", "?"}:
            return first
        if toks[j].text == ",":
            if toks[j + 1].low in {"who", "which", "whose", "that"}:
                return first
            return j + 1
    return first


# one-word asides set off by commas between a subject and its verb
_ASIDES = frozenset({"though", "however", "meanwhile", "instead", "too", "also", "again",
                     "nonetheless", "nevertheless", "still", "then", "now", "moreover"})
# words that open an appositive noun phrase after a name and a comma
_APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "herself", "himself", "themselves",
                                 "his", "her", "their"})


def _apposition_end(doc: _Doc, first: int, c: int, k: int) -> int:
    """The comma closing an appositive noun phrase that opens at the comma ``c`` right after a
    name that starts the clause at ``first`` ('Ann Lee, herself a supporter during the
    primary, drew ...'; issue 11, P2), within 15 tokens and before ``k``; else -1."""
    toks = doc.toks
    if toks[c].text != "," or c + 1 >= k or toks[c + 1].low not in _APPOSITIVE_OPENERS or (
            c == first or not all(_is_capitalised(toks[x]) or toks[x].text == "."
                                  for x in range(first, c))):
        return -1
    for x in range(c + 2, min(k, c + 16)):
        if doc.in_quote[x] or doc.claimed[x] or toks[x].text in {";", ":"}:
            return -1
        if toks[x].text == ",":
            return x
    return -1


def _according_mention(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """'According to X,' -- X runs to the comma or the sentence end (at most 14 tokens)."""
    toks = doc.toks
    j = start
    while j < hi and j - start < 14:
        t = toks[j]
        if t.text == "." and j > start and _initial(toks[j - 1].text) and j + 1 < hi and (
                toks[j + 1].text[:1].isupper() or toks[j - 1].low in nlp.ABBREVIATIONS
                or (toks[j + 1].text == "," and "." in toks[j - 1].text)):
            j += 1  # 'according to U.S. officials', 'according to J.D. Vance', '... the F.B.I.,'
            continue
        if doc.in_quote[j] and j > start and (nick := _nickname(doc, j)) is not None and (
                nick[0] == j and nick[1] < hi):
            j = nick[1]  # 'according to Kevin “Kev” Lee'
            continue
        if t.text == "," and j + 1 < hi and toks[j + 1].low in _NAME_SUFFIXES and j > start:
            j += 1  # 'according to Robert Casey, Jr.,'
            continue
        if j > start and _retired_tag(toks, j) > 0:
            j = _retired_tag(toks, j)  # 'according to Gen. (ret.) Ann Lee'
            continue
        if doc.in_quote[j] or t.text in {",", ";", ":", ".", "!", "?"}:
            break
        j += 1
    if j == start or j - start >= 14:
        return None
    if not any(doc.toks[i].text[:1].isalnum() for i in range(start, j)):
        return None  # 'according to ” ,': a stray mark is nobody
    if any(doc.toks[i].low in _NUMBER_SOURCES for i in range(start, min(j, start + 4))):
        return None  # 'according to near-final results': numbers, nobody said them
    return (start, j)


def _subject_start(doc: _Doc, lo: int, hi: int) -> int:
    """First token of a sentence's subject: after an introductory clause ('Asked by CNN's Dana
    Mercer whether ..., Virtanen paused'; 'Back in the village, Ceban ...'; 'When a journalist
    asked ..., Lavrov paused'), else the sentence's first word."""
    toks = doc.toks
    i = _first_word(doc, lo)
    if i + 1 < hi and (toks[i].low in _NUMBER_WORDS or toks[i].text.isdigit()) and (
            toks[i + 1].low in _SPAN_NOUNS):
        pass  # 'Eleven years after a row over ..., Sofia Lindqvist is ...'
    elif i >= hi or toks[i].low not in _INTRO_WORDS or not toks[i].text[:1].isupper():
        return i
    j, stop = i + 1, min(hi - 1, i + 40)
    while j < stop:
        if doc.in_quote[j] or toks[j].text in {";", ":"}:
            return i
        if toks[j].text == ",":
            place = _place_apposition(doc, j, hi)
            if not place:
                return j + 1 if _is_capitalised(toks[j + 1]) else i
            j = place  # past 'Portland, Maine,'
        j += 1
    return i


_INTRO_GOES_ON = _TIME_LEAD | _PP_PREPOSITIONS | {"on", "after", "before", "during", "last",
                                                  "this", "late", "early"}


def _place_apposition(doc: _Doc, j: int, hi: int) -> int:
    """The comma at token ``j`` sets off a place inside an introductory phrase ('At a rally
    in Portland[,] Maine, on Thursday, Lund ...'): one to three capitalised words, a comma,
    then the phrase going on in lower case. The index of the comma after the place, else 0."""
    toks = doc.toks
    k = j + 1
    while k < hi and k - j <= 3 and _is_capitalised(toks[k]):
        k += 1
    if k > j + 1 and k + 1 < hi and toks[k].text == "," and toks[k + 1].text.islower() and (
            toks[k + 1].low in _INTRO_GOES_ON):
        return k
    return 0


def _named_subjects(doc: _Doc) -> list[tuple[int, int, bool]]:
    """Token ranges of the subjects opening a sentence: personal names ('Governor Maria Ortega
    conceded'), also after an introductory clause, and definite descriptions ('The Russian
    minister criticised ...'), so that a later pronoun can refer to someone who said nothing."""
    out = []
    toks = doc.toks
    for sid in range(len(doc.sentences)):
        lo, hi = _sentence_tok_range(doc, sid)
        i = _subject_start(doc, lo, hi)
        desc = _description_subject(doc, i, hi)
        if desc is not None:
            out.append(desc)
            continue
        if i < hi and toks[i].low in _SUBJECT_PRONOUNS:
            continue  # 'He spent the year shuttling between La Moneda, the palace, and ...'
        first_weak: tuple[int, int, bool] | None = None
        stop = min(hi, i + 10)
        if i + 2 < hi and toks[i].low in _DETERMINERS and toks[i + 2].text == ",":
            stop = min(hi, i + 20)  # 'Her neighbour, a tailor who ..., Ibrahim, was blunt'
        lead = i
        while i < stop:
            if doc.claimed[i]:
                break  # a speaker's mention is resolved with its statement, and a name inside
                # a statement's content ('He said the Social Democrats' plans ...') is no
                # subject of this sentence
            if (first_weak is not None and toks[i].text.isalpha() and toks[i].text.islower()
                    and toks[i].low not in TITLE_WORDS and toks[i].low not in _DETERMINERS):
                break  # past the subject: 'Okafor grew up in Elyria, the youngest ...'
            if doc.in_quote[i] or not toks[i].text[:1].isupper() or toks[i].low in FUNCTION_CAPS:
                i += 1
                continue
            j = i
            while j < hi and j - i < 9 and not doc.in_quote[j] and (
                    toks[j].text[:1].isupper() or _title_inside(toks, j, hi)
                    or (j > i and _particle_inside(toks, j, hi)) or _middle_initial(toks, j, hi)):
                j += 1  # 'North Korean leader Kim Jong Un', 'Labour MP Diane Abbott'
            name = _name_run(toks[i:j]) if j < hi else ""
            apposed = j + 1 < hi and toks[j].text == "," and toks[j + 1].low in _APPOSITION
            titled = toks[i].low.rstrip(".") in _HONORIFICS  # 'Ms Berg' is a person
            # a one-word name set off by commas after a described subject is its name
            between = i > lead + 1 and toks[i - 1].text == "," and j < hi and toks[j].text == ","
            strong = bool(name) and (" " in name or apposed or titled or between)
            if strong or (name and first_weak is None):
                if strong:
                    # with the title before the name: 'Kremlin spokesman Yuri Dronov'
                    t0 = i
                    while t0 > lo and not doc.in_quote[t0 - 1] and (
                            _is_capitalised(toks[t0 - 1]) or toks[t0 - 1].low in TITLE_WORDS
                            or toks[t0 - 1].low in SPEAKER_NOUNS):
                        t0 -= 1
                    out.append((t0, j, True))
                    first_weak = None
                    break
                first_weak = (i, j, False)
            i = j + 1
        if first_weak is not None:
            out.append(first_weak)
    return out


_INNER_TITLES = TITLE_WORDS - {"of", "for", "the", "and", "house", "office", "state"}


def _title_inside(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """A lower-case title word between capitals and a name ('North Korean [leader] Kim')."""
    t = toks[j]
    if not (t.text.islower() and t.low in _INNER_TITLES):
        return False
    nxt = j + 1
    while nxt < hi and nxt - j < 3 and toks[nxt].text.islower() and toks[nxt].low in _INNER_TITLES:
        nxt += 1
    return nxt < hi and toks[nxt].text[:1].isupper()


def _middle_initial(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """The period of a middle initial inside a name ('Emmet G[.] Sullivan')."""
    return (toks[j].text == "." and j >= 2 and _initial(toks[j - 1].text)
            and toks[j - 2].text[:1].isupper()
            and j + 1 < hi and toks[j + 1].text[:1].isupper())


def _particle_inside(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """A lower-case name particle before a capitalised name ('Pieter [de] Vries', 'Ursula [von]
    [der] Leyen')."""
    nxt = j
    while nxt < hi and nxt - j < 3 and toks[nxt].text.islower() and toks[nxt].low in (
            NAME_PARTICLES):
        nxt += 1
    return nxt > j and nxt < hi and toks[nxt].text[:1].isupper()


def _description_subject(doc: _Doc, i: int, hi: int) -> tuple[int, int, bool] | None:
    """'The Russian minister also criticised ...': a definite description of one person (at
    most five words, ending in a person noun) followed by a lower-case word (the verb)."""
    toks = doc.toks
    if i >= hi or toks[i].low != "the" or doc.in_quote[i]:
        return None
    for j in range(i + 1, min(hi - 1, i + 6)):
        t = toks[j]
        if doc.in_quote[j] or not t.text[:1].isalpha():
            return None
        if t.low in PERSON_NOUNS:
            nxt = toks[j + 1]
            if nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PP_PREPOSITIONS | {
                    "and", "or", "who", "of"}:
                return (i, j + 1, False)
            return None
    return None


# verbs of questioning: the person asked answers ('Lee asked Rubio whether …. “…,” he said')
_ASK_VERBS = frozenset({"asked", "pressed", "questioned", "quizzed", "grilled"})
# what follows the person asked when the verb puts a question (not 'asked Cruz to leave')
_QUESTION_OPENERS = frozenset({"whether", "if", "about", "why", "what", "how", "when", "who",
                               "which", "where", "on", "over", ".", "?", ","})


def _asked_name(doc: _Doc, k: int) -> int:
    """The end of the name at ``k`` when it is the person an active verb of questioning puts a
    question to ('Moderator Ann Lee asked [Marco Rubio] which states …', 'a reporter asked
    [Reed] about …'), else -1: that person answers, so (unlike other objects) the name is
    observed where it stands, after the subject, and the next sentence's 'he said' refers to
    it. Not 'asked Cruz to leave' (a request) nor 'was asked by Lee'."""
    toks = doc.toks
    if k == 0 or toks[k - 1].low not in _ASK_VERBS or not toks[k - 1].text.islower():
        return -1
    j = k
    while j < len(toks) and j - k < 4 and _is_capitalised(toks[j]) and not doc.in_quote[j]:
        j += 1
    if j == k or j >= len(toks) or toks[j].low not in _QUESTION_OPENERS:
        return -1
    if any(t.low in TITLE_WORDS or t.low in ORG_WORDS for t in toks[k:j]):
        return -1
    return j


def _honorific_objects(doc: _Doc) -> list[tuple[int, tuple[int, int]]]:
    """('Ms Berg met [Mr Holt]', 'Ms Berg met [Tom Hale]'): names with an honorific or a
    gendered first name later in a sentence, as (sentence start,
    token range), so that 'He said ...' can refer to them; the sentence subject stays nearer."""
    out = []
    toks = doc.toks
    after = 0  # the end of the last name taken: one name per run of capitals
    for k in range(len(toks) - 1):
        t = toks[k]
        # both readings below need a capital first: test it before anything dearer
        if not t.text[:1].isupper() or k < after or doc.in_quote[k]:
            continue
        asked = _asked_name(doc, k)
        if asked > 0:
            out.append((t.start, (k, asked)))
            after = asked
            continue
        nxt = toks[k + 1]
        if not (_is_capitalised(nxt) or (
                nxt.low in NAME_PARTICLES and _particle_inside(toks, k + 1, len(toks)))):
            continue
        # 'Maria Lopez met [Tom Hale]', 'as Prime Minister [Kenji Arai] tries': a name whose
        # first name has a gender (data/attribution/first_names.csv) is a person too
        if (t.low.rstrip(".") in _HONORIFICS and t.text[:1].isupper()) or (
                _is_capitalised(t) and gender_from_first_name(f"{t.text} {toks[k + 1].text}")):
            sid = doc.sentence_of(t.start)
            lo, _ = _sentence_tok_range(doc, sid)
            i = k
            while i > lo and i - k > -3 and toks[i - 1].text[:1].isupper() and (
                    toks[i - 1].low in _INNER_TITLES or toks[i - 1].low in _TITLE_ABBREVIATIONS):
                i -= 1  # 'met [Governor Tom Reed]': the title comes along ('the governor')
            if i <= _first_word(doc, lo):
                i = k  # the sentence's own subject ('Defense Secretary Paul Langford approved')
            if k > _first_word(doc, lo):
                j = k + 1
                while j < len(toks) and j - k < 5 and (
                        _is_capitalised(toks[j]) or _particle_inside(toks, j, len(toks))):
                    j += 1  # 'Tom Hale', 'Pieter de Vries'
                out.append((doc.sentences[sid][0], (i, j)))
                after = j
    return out
