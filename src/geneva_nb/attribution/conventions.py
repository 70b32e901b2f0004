"""What is and is not a statement, and where a content starts and ends.

Conventions follow the majority of the eight annotators of our test sets: "called for",
"urged X to", "promised/vowed/threatened to" and "warned of" are not statements; reporters'
questions ("the reporter asked") are not statements of the people in the news
(:func:`_reporter_question`); "X called Y “Z”" is, also inside ", who called ...", and so is
"condemned the decision as “illegal”" (the quoted words). A speech verb after a form of "be"
is passive ("had been told to leave": the subject is the addressee). The quoted title of a
programme or publication after a possessive or a preposition ("said on NBC’s “Meet the Press”
that ...", "Appearing on “Meet the Press,” Reed said ...") is no quotation of a speaker
(:func:`_title_quote`, skipped by :mod:`.quotations`) and no barrier between a cue and its
content.

A content starts after the cue, a complementizer, and what sits between a cue and its content:
time and place adverbials ("said on Tuesday", "told reporters in Brasilia", "said in a statement
the plan was": [channel_nouns]), an addressee
("told MPs", "told the BBC"), a parenthetical ("said, without offering evidence, that")
(:func:`_content_start`). It ends before the reporter's own words (", despite ...",
", deepening ...", a closing comment: ", a notable shift for the bank") and before a second
speaker's clause (", as the housing secretary, Angela Pryce, insisted ...":
:func:`_speaker_clause`). After a trailing cue only adverbials may follow
(:func:`_tail_is_adverbial`); a fronted participle clause ("Addressing supporters, Ana Costa
declared") is a circumstance, not what was said.
"""

from __future__ import annotations

from .. import nlp
from ..cues import ADVERBS
from .document import _SENT_END, _Cand, _Doc, _is_capitalised, _strip_end, _verb_at
from .subjects import _subject_before
from .words import (
    _ADDRESSEES,
    _ADVERBIAL_STARTS,
    _ASKERS,
    _AUXILIARIES,
    _BE,
    _CHANNEL_NOUNS,
    _COMMENT_NOUNS,
    _COMMIT_VERBS,
    _COMPLEMENTIZERS,
    _DETERMINERS,
    _INTRO_WORDS,
    _MONTHS,
    _PUBLISHED,
    _SUBORDINATORS,
    _TIME_NOUNS,
    _TIME_WORDS,
)


def _as_quote(doc: _Doc, k: int, hi: int) -> bool:
    """'as “...”' within ten tokens after the verb at ``k`` (with no other verb between)."""
    for j in range(k + 1, min(hi - 1, k + 12)):
        if doc.in_quote[j]:
            return False
        if doc.toks[j].low == "as":
            return bool(doc.in_quote[j + 1])
    return False


def _speaker_clause(doc: _Doc, c: int, hi: int) -> bool:
    """True when a clause of its own subject and a speech verb starts at token ``c``
    ('the housing secretary, Angela Pryce, insisted', 'critics accuse')."""
    for y in range(c + 1, min(hi, c + 16)):
        if doc.in_quote[y] or doc.toks[y].text in {";", ":"}:
            return False
        if _verb_at(doc, y) and not (y > c and doc.toks[y - 1].low in _BE):
            m = _subject_before(doc, y, c)
            return m is not None and m[0] == c
    return False


def _tense(word: str) -> str:
    """'past' ('said', 'warned'), 'present' ('says', 'hopes') or '' for other verb forms: a
    verb after 'and' in another tense than the cue belongs to the content ('said Japan
    welcomes the deal and hopes it holds')."""
    if word.endswith("ed") or word in {"said", "told", "wrote", "thought", "knew"}:
        return "past"
    return "present" if word.endswith("s") else ""


def _trim_comment(doc: _Doc, c: int, b: int) -> int:
    """End of reported content without a closing comment of the writer's ('said a reform
    would be compatible with sound finances, a notable shift for the central bank')."""
    toks = doc.toks
    end = doc.tok_at(b)
    for x in range(c, end):
        if doc.claimed[x] and not doc.in_quote[x]:
            # another statement's speaker and cue ('said the audit was fair, to which Reyes
            # interjected: “…”'; 'When Lee suggested that ..., Ames fired back: “…”'): the
            # content ends at the last comma or semicolon before them
            for y in range(x - 1, c, -1):
                if toks[y].text in {",", ";"} and not doc.in_quote[y]:
                    return _strip_end(doc.text, toks[c].start, toks[y].start)[1]
            break
    for x in range(end - 1, max(c, end - 14), -1):
        if doc.in_quote[x]:
            return b
        if toks[x].text == ",":
            seg = toks[x + 1:min(end, x + 5)]
            if seg and seg[0].low in {"a", "an"} and any(t.low in _COMMENT_NOUNS for t in seg):
                return _strip_end(doc.text, toks[c].start, toks[x].start)[1]
            return b
    return b


def _fronted_participle(doc: _Doc, a: int) -> bool:
    """'Addressing supporters at a hotel, Ana Costa declared victory': a fronted participle
    clause before the subject is a circumstance, not what was said."""
    t = doc.toks[doc.tok_at(a)] if doc.tok_at(a) < len(doc.toks) else None
    return t is not None and t.low in _INTRO_WORDS and (
        t.low.endswith("ing") or t.low in {"asked", "pressed"})


_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _tail_is_adverbial(doc: _Doc, k: int, hi: int) -> bool:
    """After a trailing cue only adverbials may follow ('on Monday', 'in a statement'), then
    perhaps a comma and a subordinate clause ('..., officials said, as talks resumed').

    A finite auxiliary or a speech verb means the words after the 'cue' are a clause of their
    own ('..., said lawmakers had been briefed'), so the cue is not a trailing one; so does a
    subject pronoun right after the cue ('When asked, the aide said he needed time').
    """
    if k < hi and doc.toks[k].low in _CLAUSE_PRONOUNS and not doc.in_quote[k]:
        return False
    n = 0
    for j in range(k, hi):
        t = doc.toks[j]
        if t.text == "," and j > k and j + 1 < hi and doc.toks[j + 1].low in _SUBORDINATORS:
            return n <= 8
        if (doc.in_quote[j] or t.low in {"that", ":"} or _verb_at(doc, j)
                or t.low in _AUXILIARIES):
            return False
        if t.text[:1].isalnum():
            n += 1
    return n <= 8


def _title_quote(doc: _Doc, j: int) -> bool:
    """Token ``j`` is in the quoted title of a programme or publication after a possessive or
    a preposition ('on NBC’s “Meet the Press”', 'told “Fox News Sunday”'): a short closed
    quotation whose longer words are all capitalised, no statement."""
    if j >= len(doc.toks) or not doc.in_phrase[j]:
        return False
    a = j
    while a > 0 and a not in doc.quote_of_tok and j - a < 10:
        a -= 1
    q = doc.quote_of_tok.get(a)
    if q is None or a == 0 or not doc.quotes[q].closed:
        return False
    words = [t.text for t in doc.toks[a:doc.tok_at(doc.quotes[q].end)] if t.text.isalpha()]
    before = doc.toks[a - 1].low
    return bool(words) and all(w[:1].isupper() for w in words if len(w) >= 4) and (
        before.endswith(("’s", "'s")) or before in _TITLE_PREPOSITIONS)


#: prepositions and verbs before a programme's quoted title ('appeared on “Meet the Press”')
_TITLE_PREPOSITIONS = frozenset({"on", "to", "with", "told"})


def _content_start(doc: _Doc, cue: tuple[int, int], cls: str, hi: int) -> int | None:
    """First token of the content after a leading cue, or None when the verb has no content."""
    toks = doc.toks
    c = cue[1]
    while c < hi and toks[c].low in ADVERBS:
        c += 1
    verb = toks[cue[0]].low
    if c < hi and toks[c].low in {"of", "about", "against"} and not doc.in_quote[c]:
        return None  # 'warned of “devastating” consequences': a topic, not a statement
    if c < hi and toks[c].low == "to" and verb in _COMMIT_VERBS:
        return None  # 'promised to revisit it': a commitment, not a statement
    # skip an addressee: 'told reporters (that)', 'hinted to Russia that'
    limit = min(hi, c + 6)
    if verb in {"told", "tells", "telling", "warned", "assured", "reminded", "urged",
                "informed"} or (
        c < hi and toks[c].low == "to" and verb not in {"urged"}
    ):
        found = False
        for j in range(c, min(hi, c + 14)):  # 'told a joint press conference with ... that'
            if (doc.in_quote[j] and not _title_quote(doc, j)) or toks[j].low in _AUXILIARIES or (
                    j > c and _verb_at(doc, j)):
                break
            if toks[j].low == "that" or toks[j].text in {":", ","}:
                c, found = j, True
                break
        to = c < hi and toks[c].low == "to"
        if not found and (verb in {"told", "tells", "assured", "informed", "reminded"} or to):
            c = _addressee_end(doc, c + to, limit)
    if c < hi and (toks[c].low in _ADVERBIAL_STARTS or toks[c].low in _TIME_WORDS):
        # 'said on Tuesday that', 'wrote on social media that', 'said in a statement that'
        for j in range(c, min(hi, c + 10)):
            t = toks[j]
            if t.low == "that":
                c = j
                break
            if t.low in _PUBLISHED and j > c and toks[j - 1].text.islower():
                continue  # 'said in a video posted on YouTube that': a reduced relative
            if doc.in_quote[j] and _title_quote(doc, j):
                continue  # 'said on NBC’s “Meet the Press” that'
            if t.text in {",", ":", ";"} or doc.in_quote[j] or _verb_at(doc, j):
                if t.text in {",", ":"} and j > c:
                    c = j  # 'said in a statement: ...'
                else:  # 'said (on) Wednesday the cuts were', 'told reporters in Brasilia he'
                    c = _skip_place_phrase(doc, _skip_time_phrase(doc, c, hi), hi)
                break
        else:  # 'said on Sunday it would ...': no comma, verb or 'that' in ten tokens
            c = _skip_place_phrase(doc, _skip_time_phrase(doc, c, hi), hi)
            while c < hi and toks[c].low in _TIME_WORDS:
                c += 1
    if c < hi and toks[c].text == ",":
        # 'said, without offering evidence, that ...': a parenthetical before 'that'
        for j in range(c + 1, min(hi - 1, c + 12)):
            if doc.in_quote[j] or toks[j].text in {":", ";"}:
                break
            if toks[j].text == ",":
                if toks[j + 1].low == "that":
                    c = j + 1
                break
    while c < hi and toks[c].text in {",", ":"}:
        c += 1
    if c >= hi:
        return None
    first = toks[c]
    if first.low in _COMPLEMENTIZERS:
        if first.low == "that":
            c += 1
        return c if c < hi else None
    if doc.in_quote[c]:
        return c
    if cls == "that":
        if first.low in {"there", "he", "she", "they", "we"} and c + 1 < hi and (
                toks[c + 1].low in _AUXILIARIES or toks[c + 1].low.endswith("ed")):
            return c  # 'claimed there had been', 'admitted he was': a bare clause
        if first.low in _DETERMINERS or _is_capitalised(first):
            # 'fear the new approach will leave ...', 'believes Clinton can win': a short
            # subject then a finite auxiliary opens a bare clause
            for j in range(c + 1, min(hi, c + 6)):
                t = toks[j]
                if t.low in _FINITE_AUX:
                    return c if j > c else None
                if doc.in_quote[j] or not (t.text[:1].isalnum() or t.text in {"’", "'"}) or (
                        t.low in _BOUNDARY_CLAUSE or _verb_at(doc, j)):
                    break
        return None
    if first.low in _ADVERBIAL_STARTS | _SUBORDINATORS | {"of", "about", "for", "by", "to"}:
        return None
    if first.text in _SENT_END:
        return None
    return c


# finite auxiliaries and modals that open a bare content clause after a short subject
_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
               "should", "may", "might", "must", "does", "did", "do"}
# words that end such a subject: it was an object, not the subject of a clause
_BOUNDARY_CLAUSE = {"to", "for", "of", "in", "on", "at", "by", "with", "and", "or", "but", "as",
                    "that", "which", "who"}


def _skip_time_phrase(doc: _Doc, c: int, hi: int) -> int:
    """Token after a time adverbial opening at ``c`` ('on Tuesday', 'Wednesday', 'late on
    Friday', 'on March 3'); ``c`` itself when there is none."""
    toks = doc.toks
    j = c
    while j < hi and j - c < 5 and toks[j].low in {"on", "at", "in", "late", "early", "last",
                                                     "this", "earlier", "later"}:
        j += 1
    start = j
    while j < hi and j - c < 7 and (toks[j].low in _TIME_WORDS or toks[j].low in _MONTHS
                                    or toks[j].low in _TIME_NOUNS or toks[j].text.isdigit()):
        j += 1
    while j > start and toks[j - 1].low in {"the", "this", "that", "last", "next", "late",
                                            "early"}:
        j -= 1  # 'said on Monday [the] talks were over': the article opens the content
    if j == start or not any(toks[x].low in _TIME_WORDS or toks[x].low in _MONTHS
                             for x in range(start, j)):
        return c
    return j


def _skip_place_phrase(doc: _Doc, c: int, hi: int) -> int:
    """Token after 'in Brasilia' / 'at the White House' / 'outside the court' at ``c``."""
    toks = doc.toks
    if not (c + 1 < hi and toks[c].low in {"in", "at", "outside", "from", "after"}):
        return c
    if c + 3 < hi and toks[c].low == "in" and toks[c + 1].low in _DETERMINERS and (
            toks[c + 2].low in _CHANNEL_NOUNS) and not doc.in_quote[c + 2]:
        return c + 3  # 'said in a statement the plan was ...': the channel, no content
    j = c + 1
    if toks[j].low in {"the", "a"}:
        j += 1
    start = j
    while j < hi and j - start < 5 and not doc.in_quote[j] and (
            _is_capitalised(toks[j]) or (j > start and toks[j].low in _ADDRESSEES)):
        j += 1
    return j if j > start else c


def _addressee_end(doc: _Doc, c: int, limit: int) -> int:
    """First token after a short addressee noun phrase: 'told [the BBC] the plans were ...',
    'told [MPs] the reform was ...', 'told [BBC Radio 4’s Today programme] ...'. A determiner
    after the addressee opens the content."""
    toks = doc.toks
    j = c
    if j < limit and toks[j].low in {"him", "her", "them", "us", "me"}:
        return j + 1  # 'told him the plan was dead'
    if j < limit and toks[j].low in _DETERMINERS:
        j += 1
    start = j
    if j + 1 < limit and toks[j].text.islower() and nlp.lexicon_tag(toks[j].low) == "JJ" and (
            toks[j + 1].low in _ADDRESSEES or nlp.lexicon_tag(toks[j + 1].low) == "NNS"):
        j += 1  # 'told [local] officials'
    while j < limit and not doc.in_quote[j]:
        t = toks[j]
        if t.low in _DETERMINERS and j > start:
            break
        if t.text.islower() and t.low not in _ADDRESSEES and nlp.lexicon_tag(t.low) == "NNS":
            if j - start <= 1 and not any(x.low in _ADDRESSEES for x in toks[start:j]):
                j += 1  # 'told [commissioners] the company hoped ...': one plural noun
            break
        if not (_is_capitalised(t) or t.low in _ADDRESSEES or t.text[:1].isdigit()
                or (t.low.endswith(("’s", "'s")) and j > start)):
            break
        j += 1
    return j if j > start else c


def _reporter_question(doc: _Doc, c: _Cand) -> bool:
    """'“Is the president comfortable with that?” the reporter asked': questions put by the
    press are not statements of the people in the news."""
    toks = doc.toks
    return toks[c.cue[0]].low in {"asked", "asks", "asking", "pressed", "wondered"} and any(
        t.low in _ASKERS for t in toks[c.mention[0]:c.mention[1]])
