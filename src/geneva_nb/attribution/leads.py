"""Quotations whose source is named by a lead-in away from a speech verb (part of rule 2).

Learnt from PolNeAR train (issue 11, tenth session, helper P2): reporters name the source of a
quotation with a phrase that holds no speech verb, before the quotation and set off by a
comma. Each rule here returns one :class:`~.document._Cand` or ``None`` and is tried by
:func:`.quotations._quotations_with_cues` after the cue rules of :mod:`.quotations`.

- ``quote-in-words``: 'The tower is, in the words of a city planner, “the ugliest in the
  state.”', 'because, in Lee's words, “…”', 'in his own words, “…”'. The phrase 'in the words
  of X' or 'in X's (own) words' right before the quotation (a comma between) is the cue, X the
  speaker. The quotation is the content; kind ``direct`` when it is a whole sentence, else
  ``partial``.
- ``quote-colon-noun``: 'Ms. Park visited the office to encourage volunteers with a simple
  message: “Don't give up now!”', 'he gave the council a grudging compliment: “…”'. A noun of
  speech (``[colon_nouns]`` of ``data/attribution/words.txt``) after a determiner, right
  before a colon and a whole quotation that ends the sentence, names the words of the
  clause's subject when it is a person or a speaking body; the noun is the cue. Commas and
  participles before the noun do not matter ('…, attacking X and visiting Y to encourage
  staff with a simple message:'), a speech verb the other rules left does not either. A
  possessor and the noun alone before the colon are a label: 'Reed’s verdict: “…”', 'But the
  governor’s reply: “…”', 'His response: “…”' (:func:`_possessor_label`), also with an
  addressee of up to three words ('Reed’s message to the legislature: “…”', helper R2:
  :func:`_addressed_noun`; after a possessor only). The nouns are ``[colon_nouns]`` and
  ``[statement_nouns]``.
- ``quote-relative-cue``: 'Lee's release linked to the city report, which notes, “…”',
  'Park turned to Lee, who responds enthusiastically: “Okay!”'. A relative clause ', which' /
  ', who' with a speech verb (and adverbs) right before a comma or colon and the quotation
  gives the noun phrase before the comma as the speaker, when it can speak (a name, a
  speaker noun, a document such as 'report' or 'memo'). An adverb or a short adverbial may
  stand before or after the verb ('which also notes,', 'which notes on page two,', 'who in
  an interview said,': :func:`_before_adverbial`).
- ``quote-heard``: what a recording shows or lets one hear: '“…?” a reporter can be heard
  asking the mayor', 'the cleric Ann Lee, who died in 2011, is shown lecturing: “…”'. A form
  of 'be' (a modal before it), 'heard', 'shown' or 'seen' and a participle of speaking
  (``[heard_participles]`` or a speech verb's -ing form) right after the speaker and a
  quotation ending in a comma, '?' or '!', or right before a colon or comma and the
  quotation; the phrase from the modal or 'be' to the participle is the cue. A reporter
  heard asking puts a question, no statement (:func:`.conventions._reporter_question`).
- ``quote-used-term``: 'He has coined a new phrase, “undocumented voters,”', 'When Lee used
  the words, “I'm not there yet,”', 'the senator and his aides have all used the term
  “kitchen sink”': a finite 'used' or 'coined' (``[term_verbs]``), a determiner, at most one
  adjective and a noun of wording (``[term_nouns]``) right before the quotation present the
  subject's words; the verb to the noun is the cue. Not after 'not' or 'never' ('slammed him
  for not using the term “…”' reports no words of his), nor the -ing form.
- :func:`_relative_antecedent`: a speech verb in a relative clause before the quotation ('the
  city report, which notes, “…”') has the noun phrase before ', which' / ', who' as its
  speaker, not the clause that holds it.
- :func:`_pronoun_clause_subject`: a speech verb coordinated with 'and' ('… and then
  boomed, “…”') takes the pronoun subject of the clause the coordinator ends when that clause
  opens after a comma or a subordinator ('Lee drew cheers as she thanked the state and then
  boomed', 'When Reed was asked ..., he laughed and said'), not a speech verb of an earlier
  clause ('was asked') or the main subject; a pronoun after a speech verb ('said he would win
  and added') is no such subject.
- ``with-participle`` for a comma too: 'Republicans piled on, with Tom Park saying, “…”',
  '…, with Park tweeting that it was a “disaster” and asking, “…”': the participle's own
  subject after 'with' speaks (:func:`_with_subject`), not the main clause's subject.
- :func:`_coordinated_clause`: for ``quote-colon-subject`` and ``quote-colon-noun``, a clause
  after ', but' / ', and' is a clause of its own when the clause before holds a quotation
  ('Reid said both are “non-entities,” but he gave the Texan a compliment: “…”').
"""

from __future__ import annotations

from .. import nlp
from ..cues import ADVERBS, PROGRESSIVE, SPEAKER_NOUNS
from ..quotes import QuoteSpan
from .conventions import _reporter_question
from .document import (
    _MAX_MENTION,
    _POSSESSIVE,
    _QUOTE_TOKENS,
    _Cand,
    _Doc,
    _is_capitalised,
    _sentence_tok_range,
    _whole_closing_quote,
    _whole_sentence,
    _words,
)
from .subjects import (
    _main_subject,
    _np_before,
    _plausible_mention,
    _subject_before,
    _subject_start,
)
from .words import (
    _AUXILIARIES,
    _BE,
    _COLON_NOUNS,
    _HEARD_PARTICIPLES,
    _INTRO_WORDS,
    _QUANTIFIERS,
    _TERM_NOUNS,
    _TERM_VERBS,
)

# possessive pronouns that name a speaker before 'words' ('in his own words')
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


def _kind_of(doc: _Doc, q: QuoteSpan) -> str:
    """``direct`` for a quotation holding a whole sentence (a capital, a final stop), else
    ``partial``."""
    return "direct" if _whole_sentence(doc, q) else "partial"


def _in_words(doc: _Doc, qi: int) -> _Cand | None:
    """'in the words of X, “…”' / 'in X's words, “…”' (``quote-in-words``, see the module
    docstring)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    if k < 4 or toks[k - 1].text != ",":
        return None
    lo, _ = _sentence_tok_range(doc, doc.sentence_of(q.start))
    c = k - 1
    if c - 3 < lo:
        return None
    # 'in X's (own) words,'
    w = c - 1
    if toks[w].low == "words":
        p = w - 1 - (toks[w - 1].low == "own")
        if p - 1 >= lo and toks[p - 1].low == "in" and (
                toks[p].low in _POSSESSIVE_PRONOUNS):
            return _Cand(_kind_of(doc, q), (p, p + 1), (p - 1, w + 1),
                         (q.start, q.end), "quote-in-words")
        # the possessor may be several tokens: 'in the senator's words', 'in Forbes' words'
        if p >= lo and toks[p].low.endswith(_POSSESSIVE):
            i = next((x for x in range(p - 1, max(lo, p - 8) - 1, -1)
                      if toks[x].low == "in"), -1)
            if i < 0 or any(doc.in_quote[x] or doc.claimed[x] for x in range(i, c)):
                return None
            if not _plausible_mention(toks[i + 1:p + 1]):
                return None
            return _Cand(_kind_of(doc, q), (i + 1, p + 1), (i, i + 1),
                         (q.start, q.end), "quote-in-words")
        return None
    # 'in the words of X,'
    i = next((x for x in range(c - 2, max(lo, c - 14) - 1, -1)
              if toks[x].low == "of" and toks[x - 1].low == "words"), -1)
    if i < lo + 3 or toks[i - 2].low != "the" or toks[i - 3].low != "in":
        return None
    if any(doc.in_quote[x] or doc.claimed[x] for x in range(i - 3, c)):
        return None
    if not _plausible_mention(toks[i + 1:c]):
        return None
    return _Cand(_kind_of(doc, q), (i + 1, c), (i - 3, i + 1), (q.start, q.end),
                 "quote-in-words")


# coordinators that open a clause of its own after a comma
_CLAUSE_COORDINATORS = frozenset({"but", "and", "yet", "so"})


def _coordinated_clause(doc: _Doc, lo: int, colon: int) -> int:
    """Where the clause before a colon starts (for ``quote-colon-subject``) when an earlier
    clause of the sentence holds a quotation or a statement: 'Reid said both are “non-entities,”
    but he gave the Texan a compliment: “…”' — the clause after the last ', but' (', and',
    ', yet', ', so') with nothing quoted or claimed in it. Else ``lo``, unchanged."""
    toks = doc.toks
    if not any(doc.in_quote[x] or doc.claimed[x] for x in range(lo, colon)):
        return lo
    for x in range(colon - 3, lo, -1):
        if doc.in_quote[x] or doc.claimed[x]:
            return lo
        if toks[x].low in _CLAUSE_COORDINATORS and (toks[x - 1].text == "," or (
                toks[x - 1].text in _QUOTE_TOKENS and toks[x - 2].text == ",")):
            return x + 1  # the comma may stand inside the quotation before: '“…,” but'
    return lo


# words that open the noun phrase of a ``quote-colon-noun`` cue
_NOUN_OPENERS = frozenset({"a", "an", "the", "one", "his", "her", "their", "this", "that",
                           "its", "same"})


def _colon_noun(doc: _Doc, qi: int) -> _Cand | None:
    """'… with a simple message: “…”' (``quote-colon-noun``, see the module docstring)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    n = k - 2
    addressed = _addressed_noun(doc, k - 1)
    if addressed > 0:
        n = addressed  # 'Reed’s message to the legislature: “…”'
    if n < 3 or toks[k - 1].text != ":" or not q.closed or toks[n].low not in _COLON_NOUNS:
        return None
    lo, hi = _sentence_tok_range(doc, doc.sentence_of(q.start))
    if not toks[n].text.islower():
        return None
    if not _whole_closing_quote(doc, q, hi, min_words=2):
        return None
    owner = _possessor_label(doc, lo, n)
    if owner is not None:  # 'Reed’s verdict: “…”'
        return _Cand("direct", owner, (n, n + 1), (q.start, q.end), "quote-colon-noun")
    if addressed > 0:
        return None  # an addressee only after a possessor: 'Reed’s message to voters: “…”'
    if n - 2 <= lo:
        return None
    # a determiner and at most three lower-case modifiers before the noun
    d = next((x for x in range(n - 1, max(lo, n - 4) - 1, -1)
              if toks[x].low in _NOUN_OPENERS), -1)
    if d <= lo or any(not (toks[x].text.isalpha() or "-" in toks[x].text)
                      or not toks[x].text.islower() for x in range(d, n)):
        return None
    lo = _coordinated_clause(doc, lo, k - 1)
    if any(doc.in_quote[x] or doc.claimed[x] for x in range(lo, k - 1)):
        return None
    mention = _main_subject(doc, d, lo) or _auxiliary_subject(doc, d, lo)
    if mention is None or mention[1] > d:
        return None
    head = toks[mention[1] - 1]
    if not (head.low in {"he", "she", "they"} or head.low in SPEAKER_NOUNS or (
            _is_capitalised(head) and head.low not in _QUANTIFIERS
            and head.low not in _INTRO_WORDS)):
        return None
    return _Cand("direct", mention, (n, n + 1), (q.start, q.end), "quote-colon-noun")


def _addressed_noun(doc: _Doc, colon: int) -> int:
    """'message [to the legislature]:': a colon noun (``[colon_nouns]``) followed by 'to' or
    'for' and at most three words (its addressee) before the colon at ``colon``: the noun's
    index, else -1."""
    toks = doc.toks
    for t in range(colon - 2, max(0, colon - 5), -1):
        if not toks[t + 1].text.isalpha():
            return -1
        if toks[t].low in {"to", "for"}:
            return t - 1 if t > 0 and toks[t - 1].low in _COLON_NOUNS else -1
    return -1


def _possessor_label(doc: _Doc, lo: int, n: int) -> tuple[int, int] | None:
    """The possessor of the noun at ``n`` when the two are the whole sentence before the colon
    ('Reed’s verdict: “…”', 'But the governor’s reply: “…”', 'His response: “…”'): a name
    ending in ’s, 'the' and a speaker noun ending in ’s, or a possessive pronoun, after at most
    a leading connector; else ``None``."""
    toks = doc.toks
    p = n - 1
    first = lo + 1 if toks[lo].low in _CLAUSE_COORDINATORS else lo
    if p == first and toks[p].low in _POSSESSIVE_PRONOUNS:
        return (p, n)  # 'His response: “…”'
    if p < lo or not toks[p].low.endswith(("’s", "'s")):
        return None
    words = toks[first:n]
    stem = toks[p].low[:-2]
    if all(_is_capitalised(t) for t in words) and 1 <= len(words) <= 4:
        return (first, n)
    if len(words) == 2 and words[0].low == "the" and stem in SPEAKER_NOUNS:
        return (first, n)
    return None


def _auxiliary_subject(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The subject before the clause's first auxiliary ('Ms. Park has been ...', 'A rally by
    the pastors had ...'), which :func:`.subjects._main_subject` does not take for a verb; it
    must open the sentence or follow a comma (an introductory clause before it)."""
    toks = doc.toks
    first = _subject_start(doc, lo, k)
    v = next((x for x in range(first + 1, min(k, first + 16))
              if toks[x].low in _AUXILIARIES and toks[x].text.islower()), -1)
    if v < 0 or any(toks[x].text in {";", ":"} for x in range(first, v)):
        return None
    m = _subject_before(doc, v, lo)
    if m is None or not (m[0] == first or toks[m[0] - 1].text == ","):
        return None
    return m  # 'Ever since she endorsed X, Ms. Warren has been ...': after the opening clause


def _relative_antecedent(doc: _Doc, mention: tuple[int, int], lo: int) -> tuple[int, int]:
    """``mention`` ending in ', which' or ', who' ('The mayor linked to the city report,
    which'): the noun phrase before the comma ('the city report') when it can speak; else
    ``mention``, unchanged."""
    toks = doc.toks
    r = mention[1] - 1
    if r - 2 < max(lo, mention[0]) or toks[r].low not in {"which", "who"} or (
            toks[r - 1].text != ","):
        return mention
    np = _np_before(doc, r - 1, lo, check=False)
    if np is None or np[0] >= np[1] or np[0] < mention[0]:
        return mention
    head = toks[np[1] - 1]
    if not (_is_capitalised(head) or head.low in SPEAKER_NOUNS or head.low in _SOURCE_NOUNS):
        return mention
    return np


# things that 'say' in a relative clause: 'the report, which notes, “…”'
_SOURCE_NOUNS = frozenset({"report", "study", "statement", "memo", "letter", "ruling",
                           "opinion", "document", "article", "editorial", "survey", "poll",
                           "analysis", "complaint", "filing", "lawsuit", "book", "column",
                           "website", "ad", "advertisement", "video", "release", "post"})


def _relative_cue(doc: _Doc, qi: int) -> _Cand | None:
    """'the city report, which notes, “…”' (``quote-relative-cue``, see the module
    docstring)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    if k < 5 or toks[k - 1].text not in {",", ":"}:
        return None
    from .quotations import _quote_verb_at  # the verb classes beside a quotation

    v = k - 2
    while v > 2 and toks[v].low.endswith("ly") and toks[v].text.islower():
        v -= 1  # 'who responds enthusiastically:'
    v = _before_adverbial(doc, v, k - 1, lambda w: bool(_quote_verb_at(doc, w)))
    r = v - 1
    while r > 2 and toks[r].low in ADVERBS and toks[r].text.islower():
        r -= 1  # 'which also notes,'
    r = _before_adverbial(doc, r, v, lambda w: toks[w].low in {"which", "who"})
    if toks[r].low not in {"which", "who"} or toks[r - 1].text != ",":
        return None

    lo, _ = _sentence_tok_range(doc, doc.sentence_of(q.start))
    if v - 3 < lo or not toks[v].text.islower() or not _quote_verb_at(doc, v):
        return None
    if _words(doc, q.start, q.end) < 3 or any(
            doc.in_quote[x] or doc.claimed[x] for x in range(r - 1, k - 1)):
        return None
    mention = _relative_antecedent(doc, (lo, r + 1), lo)
    if mention[1] == r + 1:
        return None
    return _Cand(_kind_of(doc, q), mention, (v, v + 1), (q.start, q.end),
                 "quote-relative-cue")


# words opening a short adverbial inside a relative cue: 'which notes on page two,', 'who in an
# interview said,'
_ADVERBIAL_OPENERS = frozenset({"on", "in", "at", "last", "this", "earlier"})


def _before_adverbial(doc: _Doc, i: int, end: int, wanted) -> int:
    """Token ``i``, or when a short adverbial of up to four words ('on Tuesday', 'in an
    interview') ends at ``end`` the token before it if ``wanted`` holds there."""
    toks = doc.toks
    if wanted(i):
        return i
    for w in range(end - 2, max(0, end - 6), -1):
        if toks[w + 1].low in _ADVERBIAL_OPENERS and wanted(w):
            if not any(doc.in_quote[x] or toks[x].text in {",", ":", ";", "."}
                       for x in range(w + 1, end)):
                return w
            return i
    return i


# subordinators that open a clause whose pronoun subject a coordinated speech verb shares
_CLAUSE_OPENERS = frozenset({"when", "as", "after", "before", "while", "because", "since",
                             "until", "once", "whenever"})


def _pronoun_clause_subject(doc: _Doc, c: int, lo: int) -> tuple[int, int] | None:
    """The pronoun subject ('he', 'she', 'they') of the clause that the coordinator at ``c``
    ends, when the clause opens after a comma or a subordinator and a finite verb follows the
    pronoun ('…, he laughed and said', 'as she thanked the state and then boomed'); else
    ``None``. Nothing quoted, claimed or comma-separated between the pronoun and ``c``."""
    toks = doc.toks
    for p in range(c - 2, max(lo, c - 16) - 1, -1):
        t = toks[p]
        if doc.in_quote[p] or doc.claimed[p] or t.text in {",", ";", ":"}:
            return None
        if t.low not in {"he", "she", "they"} or (t.text != t.low and p != lo):
            continue
        before = toks[p - 1] if p > lo else None
        if before is not None and not (before.text == "," or before.low in _CLAUSE_OPENERS):
            return None  # 'said he would win and added': a complement clause's subject
        verb = toks[p + 1]
        if verb.text.islower() and nlp.lexicon_tag(verb.low) in {"VBD", "VBN", "VBZ", "VBP", "MD"}:
            return (p, p + 1)  # VBN: Pattern tags 'brought' so
        return None
    return None


def _with_subject(doc: _Doc, v: int, lo: int) -> tuple[int, int] | None:
    """The subject of the participle at ``v`` in an absolute clause opened by 'with' ('with
    Tom Park saying', 'with Park tweeting that ... and asking'): the noun phrase right after
    'with' and before the clause's first participle, when it can speak; no comma, colon or
    semicolon outside a quotation between 'with' and ``v``. Else ``None``."""
    toks = doc.toks
    w = -1
    for x in range(v - 1, max(lo, v - 30) - 1, -1):
        if doc.in_quote[x]:
            continue
        if doc.claimed[x] or toks[x].text in {",", ";", ":"}:
            return None
        if toks[x].low == "with" and toks[x].text.islower():
            w = x
            break
    if w < 0:
        return None
    p = next((x for x in range(w + 2, v + 1) if toks[x].text.islower()
              and toks[x].low.endswith("ing") and not doc.in_quote[x]), -1)
    if p < 0:
        return None
    if p < v and not (toks[v - 1].low in {"and", "then"} or (
            toks[v - 2].low == "and" and toks[v - 1].low.endswith("ly"))):
        return None  # 'with Park tweeting that ... and then asking': the chain ends at v
    m = _subject_before(doc, p, w + 1)
    if m is None or m[0] != w + 1 or not _plausible_mention(toks[m[0]:m[1]]):
        return None
    return m


_PERCEIVED = frozenset({"heard", "shown", "seen"})
_RECORD_MODALS = frozenset({"can", "could", "may", "might", "will", "would"})


def _speaking_ing(doc: _Doc, x: int) -> bool:
    t = doc.toks[x]
    return t.text.islower() and (t.low in PROGRESSIVE or t.low in _HEARD_PARTICIPLES)


def _heard(doc: _Doc, qi: int) -> _Cand | None:
    """'“…?” a reporter can be heard asking X' / 'X is shown lecturing: “…”'
    (``quote-heard``, see the module docstring)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    e = doc.tok_at(q.end)
    if not (k >= 4 and toks[k - 3].low in _PERCEIVED) and not any(
            toks[j].low in _PERCEIVED for j in range(e + 1, min(len(toks), e + _MAX_MENTION + 2))):
        return None  # no 'heard', 'shown' or 'seen' where the cue would stand
    lo, hi = _sentence_tok_range(doc, doc.sentence_of(q.start))
    inner = doc.text[q.start + 1:q.end].rstrip("”’\"'» ")
    if q.closed and e == hi and e < len(toks) and toks[e].text.islower() and (
            doc.sentence_of(toks[e].start) == doc.sentence_of(q.start) + 1):
        # '“…?” a reporter can be heard asking': the splitter ended the sentence at the mark
        hi = _sentence_tok_range(doc, doc.sentence_of(toks[e].start))[1]
    if q.closed and e < hi and inner.endswith((",", "?", "!")):
        for j in range(e + 1, min(hi - 2, e + _MAX_MENTION + 1)):
            if toks[j].low in _BE and toks[j + 1].low in _PERCEIVED and (
                    _speaking_ing(doc, j + 2)):
                a = j - 1 if toks[j - 1].low in _RECORD_MODALS else j
                cand = _Cand("direct", (e, a), (a, j + 3), (q.start, q.end), "quote-heard")
                if a > e and _plausible_mention(toks[e:a]) and not _reporter_question(
                        doc, _Cand("direct", (e, a), (j + 2, j + 3), cand.content, "")):
                    return cand  # a reporter's question is no statement (conventions)
                break
    v = k - 2
    if v - 3 < lo or toks[k - 1].text not in {":", ","} or not _speaking_ing(doc, v) or (
            toks[v - 1].low not in _PERCEIVED or toks[v - 2].low not in _BE):
        return None
    if not inner[:1].isupper() and not inner.lstrip("“‘\"'«")[:1].isupper():
        return None
    b = v - 2
    if b - 1 >= lo and toks[b - 1].low in _RECORD_MODALS:
        b -= 1
    if any(doc.in_quote[x] or doc.claimed[x] for x in range(b, k - 1)):
        return None
    mention = _subject_before(doc, b, lo)  # an appositive between commas included
    if mention is None and toks[b - 1].text == ",":
        # 'the cleric Ann Lee, who was killed in a 2011 strike, is shown': the phrase before
        # a long relative appositive
        r = next((x for x in range(b - 2, max(lo, b - 24), -1)
                  if toks[x].low in {"who", "which"} and toks[x - 1].text == ","), -1)
        mention = _subject_before(doc, r - 1, lo) if r > lo + 1 else None
    if mention is None:
        return None
    return _Cand("direct", mention, (b, v + 1), (q.start, q.end), "quote-heard")


def _used_term(doc: _Doc, qi: int) -> _Cand | None:
    """'He has coined a new phrase, “…”' / 'When Lee used the words, “…”'
    (``quote-used-term``, see the module docstring)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    n = k - 1 - (toks[k - 1].text in {",", ":"})
    if n < 3 or toks[n].low not in _TERM_NOUNS:
        return None
    lo, _ = _sentence_tok_range(doc, doc.sentence_of(q.start))
    if n - 2 < lo or not toks[n].text.islower():
        return None
    d = n - 1 if toks[n - 1].low in {"the", "a", "an"} else n - 2
    if d - 1 < lo or toks[d].low not in {"the", "a", "an"} or (
            d == n - 2 and not toks[n - 1].text.isalpha()):
        return None
    v = d - 1
    if toks[v].low not in _TERM_VERBS or not toks[v].text.islower():
        return None
    if v - 1 >= lo and toks[v - 1].low in {"not", "never"}:
        return None
    if any(doc.in_quote[x] or doc.claimed[x] for x in range(v, k)):
        return None
    mention = _subject_before(doc, v, lo)
    if mention is None or not _plausible_mention(toks[mention[0]:mention[1]]):
        return None
    return _Cand(_kind_of(doc, q), mention, (v, n + 1), (q.start, q.end),
                 "quote-used-term")
