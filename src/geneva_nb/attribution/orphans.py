"""Rule 11, the last of the cascade: a quotation that no earlier rule attributed.

Real reporters leave many quotations without a cue of their own, trusting the reader to know
who is talking: the speaker of the statement just before, or the person the sentence before is
about ("Smith was blunt. “…”"). The rules before this one attribute such a quotation only in
the patterns they know (rule 7, :func:`.quotations._quote_continuations`, continues the
statement before it); this rule looks at what is left, once, after every other rule has run,
and attributes a quotation that reads like speech (``quote-orphan``):

- it ends its sentence (nothing but punctuation or further quotations after it there), and
  either opens it (after at most a short lead-in such as 'But' or 'Then,') or follows a colon;
- it reads like speech, not like a title, a slogan or a scare quote: at least
  :data:`MIN_WORDS` words, sentence-final punctuation or a comma inside the closing mark, a
  finite verb or a first- or second-person pronoun inside, not in title case, and no
  'titled', 'headline', 'dubbed', 'the phrase', ... just before it; closed, in one paragraph.

Its speaker is the one the text makes most likely; the branch is the rule's name:

``quote-orphan-subject``
    a quotation opening its sentence: the sentence right before (in the same paragraph, or
    the last one of the previous paragraph when the quotation opens a paragraph) has as its
    main subject (:func:`.subjects._main_subject`) a named person or body ('Viguerie', 'the
    DNC', also with an appositive: 'Reed, a Republican,'), a title after 'the' ('the
    governor': :func:`_title_description`), a description of one speaker ('One voter',
    'A spokeswoman for Reed', 'His spokesman', 'Reed's office': :func:`_described_speaker`)
    or 'he' / 'she', followed by a verb, no quoted
    phrase, and no statement but the subject's own: that subject speaks, the verb after it
    is the cue. A new act of speech.
``quote-orphan-previous``
    otherwise, the last statement before the quotation in its paragraph (or in the previous
    paragraph when the quotation is its paragraph's only text) when rule 10 found it
    (``beliefs=True``: 'Lee accused the council of ...'), which runs after rule 7 and so was
    never continued: the quotation continues that act (its cue, mention and
    ``attribution_id``). The statements rule 7 saw it has judged already.
``quote-orphan-colon``
    a quotation after a colon: the clause before the colon has such a subject (the same
    checks), who speaks; the colon is the cue ('Ruiz played up her record: “…”' where rule 2's
    ``quote-colon-subject`` did not apply).
``quote-partial-subject``
    any other quotation (it need not read like speech nor end its sentence) that is the
    object of a verb of a speech act: 'Lee offered “my thoughts and prayers.”', 'the
    audience echoed “too many.”', 'Kim went on to promote “…”', 'The council released a
    statement, offering “…” to ...', 'she vowed to “…”'. The verb is in
    ``[object_quote_verbs]`` of ``data/attribution/words.txt`` (offering, promising,
    pledging, vowing, echoing, mouthing, thanking, declaring, promoting, condemning, ...;
    not naming or calling: 'called “…”' names), at most :data:`MAX_OBJECT_GAP` function
    words before the quotation ('to', 'for', a determiner other than 'that', an adverb in
    -ly) and no determiner or possessive before the verb ('the promise of “…”' is a noun);
    a quoted infinitive ('vowed to “…”') closes its clause (punctuation, 'and', 'if',
    'before', ... after it; not 'vowed to “take the fight” to ...');
    the quotation has two words or more, is not in title case and follows no naming word;
    the clause's main subject is a named person or body or 'he' / 'she' (the checks of
    ``subject``) or a group of people ('the audience', 'the city council': ``SPEAKER_NOUNS``
    of :mod:`geneva_nb.cues` and ``[group_nouns]``), with no punctuation between it and the
    verb but a comma before a participle. The verb is the cue; a new act of speech. Learnt
    from PolNeAR train (issue 11, helper P1): the quotations no rule covers are titles,
    nicknames and scare quotes two times in three, and a quotation closing a sentence after
    a named subject and any verb is someone's words only one time in two; with the verb
    list all 9 on train are (beliefs off; 5 of 5 with ``beliefs=True``, where rule 10
    takes 'vowed to “…” ...' first).

The subject of a subordinate clause set off by a comma or dash ('As Lee spoke, Kim ...') is
never taken. Nothing is emitted when no candidate is good: a statement the text does not
contain, or one with the wrong speaker, is worse than a missed one. As for every rule, the
``rule`` column adds after a colon how the speaker was resolved (``quote-orphan-subject:name``).
"""

from __future__ import annotations

import bisect
import itertools

from .. import nlp
from ..cues import PERSON_NOUNS, SPEAKER_NOUNS, TITLE_WORDS, Tok
from ..quotes import QuoteSpan
from .document import (
    _POSSESSIVE,
    _Cand,
    _Doc,
    _has_clause_words,
    _is_capitalised,
    _sentence_tok_range,
    _title_case,
    _words,
)
from .quotations import _lead_in
from .subjects import _main_subject
from .words import _DETERMINERS, _GROUP_NOUNS, _OBJECT_QUOTE_VERBS, _SUBORDINATORS

#: the fewest words a quotation needs to read as speech rather than a title or scare quote
MIN_WORDS = 5

# words that make the quotation after them a name, a title or a phrase, not speech
_NAMING = frozenset(
    "titled entitled headline headlined headlines called dubbed named phrase slogan "
    "motto label nickname term banner banners sign signs read reading reads caption "
    "hashtag book song film show album column op-ed editorial ad ads".split())

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# what opens a description of one speaker: 'One voter', 'His spokesman'
_DESCRIBED_OPENERS = frozenset({"one", "another", "a", "an", "his", "her"})
_CLOSING = "”“’\"'» "


def _reads_as_speech(doc: _Doc, q: QuoteSpan) -> bool:
    """The quotation reads like speech (see the module doc), not a title or a scare quote."""
    inner = doc.text[q.start:q.end].rstrip(_CLOSING)
    if not inner.endswith((".", "?", "!", ",")) or _words(doc, q.start, q.end) < MIN_WORDS:
        return False
    if not _has_clause_words(doc, q) or _title_case(doc, q):
        return False  # ('Make America Great Again,': a title or a slogan)
    k = doc.tok_at(q.start)
    return not any(doc.toks[x].low in _NAMING for x in range(max(0, k - 4), k))


def _opens_sentence(doc: _Doc, q: QuoteSpan) -> bool:
    """The quotation opens its sentence (a short lead-in such as 'But' allowed)."""
    sid = doc.sentence_of(q.start)
    return doc.sentences[sid][0] == q.start or _lead_in(doc, q, sid)


def _ends_sentence(doc: _Doc, q: QuoteSpan) -> bool:
    """Only punctuation or further quotations follow the quotation up to its sentence end."""
    toks = doc.toks
    _, hi = _sentence_tok_range(doc, doc.sentence_of(q.end - 1))
    return not any(toks[x].text[:1].isalnum() and not doc.in_quote[x]
                   for x in range(doc.tok_at(q.end), hi))


def _subject_speaker(doc: _Doc, q: QuoteSpan, out: list[_Cand], starts: list[int]
                     ) -> _Cand | None:
    """Branch ``subject``: the person the sentence right before is about."""
    sid = doc.sentence_of(q.start)
    if sid == 0:
        return None
    pa = doc.sentences[sid - 1][0]
    para = doc.paragraph_of(q.start)
    if doc.paragraph_of(pa) != para and not (
            doc.paragraph_of(pa) == para - 1 and doc.paragraphs[para][0] == q.start):
        return None
    lo, hi = _sentence_tok_range(doc, sid - 1)
    m = _person_subject(doc, lo, hi, out, starts)
    if m is None:
        return None
    v = m[1]
    return _Cand("direct", m, (v, v + 1), (q.start, q.end), "quote-orphan-subject")


def _colon_speaker(doc: _Doc, q: QuoteSpan, out: list[_Cand], starts: list[int]
                   ) -> _Cand | None:
    """Branch ``colon``: 'In city after city, Perez lobbies for a higher wage: “…”': the
    quotation closes a sentence after a colon, and the clause before the colon is about a
    named person (or 'he' / 'she'); the colon is the cue."""
    k = doc.tok_at(q.start)
    sid = doc.sentence_of(q.start)
    lo, _ = _sentence_tok_range(doc, sid)
    if k - 1 <= lo or doc.toks[k - 1].text != ":":
        return None
    m = _person_subject(doc, lo, k - 1, out, starts)
    if m is None:
        return None
    return _Cand("direct", m, (k - 1, k), (q.start, q.end), "quote-orphan-colon")


def _person_subject(doc: _Doc, lo: int, hi: int, out: list[_Cand], starts: list[int], *,
                    shortest: int = 3) -> tuple[int, int] | None:
    """The main subject of the clause in tokens ``[lo, hi)`` when it is a named person or
    body ('Viguerie', 'the DNC') or 'he' / 'she' followed by a verb, the clause holds no
    quoted phrase, and every statement in it is the subject's own (or a belief); the clause
    has ``shortest`` tokens or more."""
    if hi - lo < shortest:
        return None
    m = _main_subject(doc, hi, lo)
    if m is None:
        return None
    toks = doc.toks
    if toks[m[0]].low in _SUBORDINATORS and m[1] - m[0] > 1:
        m = (m[0] + 1, m[1])  # 'As Breitbart’s Joel Pollak reported ...:' -> the name
    if m[0] > lo and toks[m[0] - 1].low in _SUBORDINATORS and any(
            t.text in {",", "—", "–", ";"} for t in toks[m[1]:hi]):
        return None  # 'As Lee spoke, Kim ...': the subject of a subordinate clause

    words = toks[m[0]:m[1]]
    comma = next((i for i, t in enumerate(words) if t.text == ","), len(words))
    names = [t for t in words[:comma] if t.text[:1].isalpha()]  # 'Reed, a Republican,'
    definite = bool(names) and names[0].low == "the"
    if definite:
        names = names[1:]  # 'the DNC'
    if not (m[1] - m[0] == 1 and toks[m[0]].low in _SUBJECT_PRONOUNS) and not (
            names and all(_is_capitalised(t) for t in names)) and not (
            definite and comma == len(words) and _title_description(names)) and not (
            comma == len(words) and _described_speaker(words)):
        return None  # 'The plan was dead.': only a named person or 'he' / 'she' speaks
    if toks[m[1] - 1].low.endswith(_POSSESSIVE) or m[1] >= hi or not (
            toks[m[1]].text == "," or nlp.lexicon_tag(toks[m[1]].low)[:2] in {"VB", "MD", "RB"}):
        return None  # 'FBI's bad rep grows', 'the Democrat convention committee': no verb next
    # a statement in the clause must be the subject's own ('Lee said A. “…”' is rule 7's;
    # 'Lee said Kim was right. “…”' may be either's words); a belief is no speech
    a, b = toks[lo].start, toks[hi - 1].end
    i = bisect.bisect_left(starts, b)
    for c in out[max(0, i - 12):i]:
        if c.content[1] > a and c.mention != m and c.kind != "belief":
            return None
    if any(doc.in_quote[x] and not doc.claimed[x] for x in range(lo, hi)):
        return None  # a quoted phrase in the clause: whose words go on is unclear
    return m


def _title_description(words: list[Tok]) -> bool:
    """'[the] governor', '[the] state senator': one or two lower-case words after 'the',
    the last a title or a person noun in the singular (``TITLE_WORDS``, ``PERSON_NOUNS``)."""
    return 0 < len(words) <= 2 and all(t.text.islower() for t in words) and (
        words[-1].low in TITLE_WORDS or words[-1].low in PERSON_NOUNS) and not (
        words[-1].low.endswith("s") and words[-1].low not in PERSON_NOUNS)


def _described_speaker(words: list[Tok]) -> bool:
    """'One voter', 'another resident', 'His spokesman', 'A spokeswoman for Reed', 'Reed's
    office': 'one', 'another', 'a', 'an', a possessive pronoun or a possessive name, then at
    most two words up to an optional 'for' / 'of' phrase, whose last is a person noun or a
    speaker noun in the singular (``PERSON_NOUNS``, ``SPEAKER_NOUNS``; 'office',
    'campaign', 'spokesman')."""
    if not words or len(words) > 6:
        return False
    first = words[0]
    if first.low in _DESCRIBED_OPENERS:
        rest = words[1:]
    elif first.low.endswith(_POSSESSIVE) and _is_capitalised(first):
        rest = words[1:]  # 'Reed's office'
    elif len(words) > 2 and words[1].low in {"'s", "’s"} and _is_capitalised(first):
        rest = words[2:]
    else:
        return False
    cut = next((i for i, t in enumerate(rest) if t.low in {"for", "of"}), len(rest))
    head = rest[:cut]
    if not 0 < len(head) <= 2 or not all(t.text.isalpha() and t.text.islower() for t in head):
        return False
    last = head[-1].low
    return (last in PERSON_NOUNS or last in SPEAKER_NOUNS or last in TITLE_WORDS) and not (
        last.endswith("s") and last not in PERSON_NOUNS and last not in TITLE_WORDS)


def _previous_speaker(doc: _Doc, q: QuoteSpan, out: list[_Cand], ends: list[tuple[int, int]]
                      ) -> _Cand | None:
    """Branch ``previous``: the last statement before the quotation in its paragraph, or in
    the previous paragraph when the quotation is its paragraph's only sentence."""
    n = bisect.bisect_right(ends, (q.start, len(out)))
    if n == 0:
        return None
    base = out[ends[n - 1][1]]
    para = doc.paragraph_of(q.start)
    p_para = doc.paragraph_of(base.content[1] - 1)
    if p_para != para:
        pa, pb = doc.paragraphs[para]
        if p_para != para - 1 or doc.text[pa:pb].strip() != doc.text[q.start:q.end].strip():
            return None
    if not base.rule.startswith("frame-") or base.kind == "belief" or (
            base.mention[0] == base.mention[1]):
        return None  # rule 7 saw every statement but rule 10's, and had its reasons
    ref = base if base.ref is None else base.ref
    return _Cand("direct", base.mention, base.cue, (q.start, q.end), "quote-orphan-previous",
                 ref=ref)


def _quote_orphans(doc: _Doc, out: list[_Cand]) -> list[_Cand]:
    """Rule 11: the quotations no earlier rule attributed that read like speech, each with
    the speaker the text makes most likely (see the module doc). ``out`` is sorted by content
    start; returns the new statements."""
    starts = [c.content[0] for c in out]
    reach = list(itertools.accumulate((c.content[1] for c in out), max))
    ends = sorted((c.content[1], i) for i, c in enumerate(out))
    extra: list[_Cand] = []
    for q in doc.quotes:
        i = bisect.bisect_left(starts, q.end) - 1
        if not q.closed or (i >= 0 and reach[i] > q.start):
            continue  # open, or overlapping an attributed content
        k = doc.tok_at(q.start)
        if k >= len(doc.toks) or any(doc.claimed[x] for x in range(k, doc.tok_at(q.end))):
            continue
        if doc.paragraph_of(q.start) != doc.paragraph_of(q.end - 1):
            continue
        if not (_reads_as_speech(doc, q) and _ends_sentence(doc, q)):
            cand = _object_speaker(doc, q, out, starts)
            if cand is not None:
                extra.append(cand)
            continue
        if _opens_sentence(doc, q):
            cand = _subject_speaker(doc, q, out, starts) or _previous_speaker(doc, q, out, ends)
        else:
            cand = _colon_speaker(doc, q, out, starts)
        if cand is None:
            cand = _object_speaker(doc, q, out, starts)
        if cand is not None:
            extra.append(cand)
    return extra


#: the most words between a verb of :data:`.words._OBJECT_QUOTE_VERBS` and the quotation it
#: takes as its object ('offered “…”', 'vowed to “…”', 'delivered an impassioned defense of “…”')
MAX_OBJECT_GAP = 4
# the words that may stand between such a verb and its quoted object, beside determiners and
# adverbs in -ly: an infinitive's 'to', a preposition ('to “…”', 'thanked him for “…”')
_OBJECT_GAP = frozenset({"to", "for", "of", "up", "back", "again", "him", "her", "them", "us",
                         "me", "you"})


def _object_speaker(doc: _Doc, q: QuoteSpan, out: list[_Cand], starts: list[int]
                    ) -> _Cand | None:
    """Branch ``partial-subject``: 'Lee offered “my thoughts and prayers.”', 'the audience
    echoed “too many.”', 'Kim went on to promote “…”': a quotation of two words or more, not
    in title case and after no naming word, closes a sentence as the object of a verb of a
    speech act (``[object_quote_verbs]`` of ``data/attribution/words.txt``, at most
    :data:`MAX_OBJECT_GAP` lower-case words between); the clause's main subject is a named
    person or body or 'he' / 'she' (:func:`_person_subject`), with no punctuation between it
    and the verb but a comma before a participle ('The council released a statement,
    offering “…”'). The verb is the cue."""
    toks = doc.toks
    k = doc.tok_at(q.start)
    lo, _ = _sentence_tok_range(doc, doc.sentence_of(q.start))
    if k - lo < 2 or _words(doc, q.start, q.end) < 2 or _title_case(doc, q):
        return None
    if any(toks[x].low in _NAMING for x in range(max(lo, k - 4), k)):
        return None
    v = next((x for x in range(k - 1, max(lo, k - 1 - MAX_OBJECT_GAP) - 1, -1)
              if toks[x].low in _OBJECT_QUOTE_VERBS or not toks[x].text.islower()), -1)
    if v <= lo or toks[v].low not in _OBJECT_QUOTE_VERBS or not toks[v].text.islower():
        return None
    if toks[v - 1].low in _DETERMINERS or toks[v - 1].low.endswith(_POSSESSIVE):
        return None  # 'the promise of “change”', 'his vow': a noun, whoever made it
    if not all(toks[x].low in _OBJECT_GAP or toks[x].low in _DETERMINERS - {"that"} or (
            toks[x].low.endswith("ly") and len(toks[x].low) > 4) for x in range(v + 1, k)):
        return None  # 'promised to release a report “…”', 'declaring that “…” don’t ...'
    if toks[v + 1].low == "to" and not _closes_clause(doc, q):
        return None  # 'vowed to “take the fight” to ...': the infinitive's words go on
    m = _person_subject(doc, lo, k, out, starts, shortest=2) or _group_subject(doc, lo, v)
    if m is None or m[1] > v:
        return None
    for x in range(m[1], v):
        if toks[x].text in {",", ";", ":", "—", "–", "-", "("} and not (
                x == v - 1 and toks[v].low.endswith("ing")):
            return None
    return _Cand("direct", m, (v, v + 1), (q.start, q.end), "quote-partial-subject")


# words that open a clause of their own after a quoted infinitive ('pledged to “…” if elected')
_CLAUSE_OPENERS = frozenset({"and", "but", "if", "before", "after", "when", "while", "because",
                             "unless", "until", "once", "as", "so"})


def _closes_clause(doc: _Doc, q: QuoteSpan) -> bool:
    """Nothing after the quotation, or punctuation, 'and' or a subordinator ('if', 'before')
    that opens a clause of its own."""
    e = doc.tok_at(q.end)
    if e >= len(doc.toks) or doc.sentence_of(doc.toks[e].start) != doc.sentence_of(q.start):
        return True
    t = doc.toks[e]
    return not t.text[:1].isalnum() or t.low in _CLAUSE_OPENERS


def _group_subject(doc: _Doc, lo: int, v: int) -> tuple[int, int] | None:
    """The main subject of the clause before token ``v`` when it is a plain noun phrase naming
    people ('the audience', 'supporters in the hall'): its head (the word before the verb or
    before a prepositional phrase) is a speaker noun (``SPEAKER_NOUNS`` of
    :mod:`geneva_nb.cues`, ``[group_nouns]``)."""
    m = _main_subject(doc, v, lo)
    if m is None or any(doc.in_quote[x] or doc.claimed[x] for x in range(m[0], m[1])):
        return None
    heads = [t.low for t in doc.toks[m[0]:m[1]] if t.text[:1].isalpha()]
    return m if heads and (heads[-1] in SPEAKER_NOUNS or heads[-1] in _GROUP_NOUNS) else None
