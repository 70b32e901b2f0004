"""Rule 12, after rule 11: a quotation no rule attributed, decided by a model learnt from data.

Each closed quotation that, once every rule (1-11) has run, still touches no statement and
lies in one paragraph is a candidate (``quote-learned``), but after 'calling for' / 'called
on' (a demand, no statement, as for every rule). It gets one candidate speaker:

- the main subject of the clause holding it (:func:`.subjects._main_subject`, the text
  before the quotation in its sentence: 'Lee offered “…”') when the word after it can be a
  verb or an adverb, or is a comma ('Latest figures: “…”' has none), the cue that word;
- else a clause right after it in its sentence, whatever the speaker's form and the verb
  (:func:`_after`: '“…,” Lee deadpanned', '“…,” quipped the senator', '“…,” Lee, 58,
  told …'), or the mention and cue of another statement starting right after it ('“…,” Lee
  said, adding that …'): the shapes rule 1 handles when it knows the verb and the form (an
  aside needs a speech verb: '“…,” Lee, the painter, finished …' names an author);
- else, the speaker of the last statement before it in its paragraph (or in the previous
  paragraph when the quotation opens its paragraph and nothing but quotations follows it
  there): the quotation continues that act (its mention, cue and ``attribution_id``).

A subject 'it' is no speaker ('It played up …: “…”'), and a quotation in title case with no
full stop, question or exclamation mark at its end ('read “The Old Man and the Sea,” the
book …') has no candidate: the model, fitted on ordinary quotations too, weighs title case
too little to refuse every title.

A quotation with none is left alone. The decision is a logistic regression over cheap
features of the quotation and the candidate (:func:`_candidate`): the word before it (a speech
verb of :mod:`geneva_nb.cues`, another verb, a noun, 'the', 'of', a colon, a comma, a dash,
nothing), a naming word near it ('titled', 'dubbed', ... of :mod:`.orphans`), its place in
the sentence (opens, ends), its length in words, title case, the punctuation inside the
closing mark, a finite verb or a first- or second-person pronoun inside, and the candidate's
kind (a named person or body, a pronoun, a group noun, another noun phrase, the previous
statement, a speaker after it with a speech verb or another verb, past an aside, another
statement's) and distance. The weights, the intercept and the probability threshold are data
(``data/attribution/quote_model.csv``), read once; nothing is fitted at run time.

The weights are learnt by ``benchmarks/train_quote_model.py`` from PolNeAR train (read at
run time, never copied here): a candidate is positive when a gold attribution's content
overlaps it at 30 % (of the longer, the evaluator's match) and the candidate speaker is the
gold source as the evaluator decides it. On train the hand rules are fitted to the data, so
their leftovers are the hard tail (titles, scare quotes); on unseen articles the leftovers
are ordinary quotations whose shape a hand rule misses by a variation. So the model is fitted
on a wider pool: the real leftovers and those of the cascade with one rule family (quote-first
cues, cues before, continuations, described subjects, reported speech, the rest) switched
off for a quarter of its statements, each candidate once; the threshold is the lowest whose
statements reach 0.9 precision of content at 30 % in out-of-fold probabilities on the real
leftovers. Measured by 2-fold cross-validation over articles (model and threshold from one
half, measured on the other, 10 shuffles; the figures are in the CSV's header) on two test
beds (cascade of 2026-12-06, main ``17bf6e2``):

- the real leftovers: the 20 held-out halves add 1016 statements (860 with the model before,
  fitted on the real leftovers alone), 0.89 of them matching a gold content (0.87), 0.77 with
  the right speaker (0.75), and 157 quoted passages with the right speaker (122);
- the ablated cascades: of 11200 quoted passages a switched-off family had covered with the
  right speaker (1120 a shuffle), rule 12 gives back 6494 (0.58; the model before: 279 of
  11210, 0.02): quote-first cues 0.42 (0.00), continuations 0.90 (0.04), cues before 0.16
  (0.10), described subjects 0.35 (0.31), reported speech 0.24 (0.20), the rest 0.10 (0.07).
  Most of what is
  not given back is out of reach: a continuation rule takes the quotation for the speaker
  before, or its cue-less continuation lost its act.

Scored by the evaluator on the held-out halves of one shuffle: 63 more true positives at
30 %, as many false positives, 14 more passages with the right speaker (the model before: 44
more, 2 fewer, 8 more). The new candidate speakers alone, with the model fitted on the real
leftovers, gave back 0.34 of the ablated passages at a lower precision (0.87 / 0.73);
picking the threshold on the wider pool too added more (0.57) but fell to 0.83 precision on
the real leftovers.
About one added statement in four has the wrong speaker, which is the rule's cost. With the
threshold at 1 or above the rule adds nothing.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math

from .. import nlp
from .._data import data_path, read_table
from ..cues import SPEAKER_NOUNS, cue_class
from ..errors import DataFileError
from ..quotes import QuoteSpan
from .document import (
    _FINITE,
    _PERSONS,
    _POSSESSIVE,
    _Cand,
    _Doc,
    _is_capitalised,
    _sentence_tok_range,
    _title_case,
    _words,
)
from .orphans import _NAMING, _ends_sentence, _opens_sentence, _reads_as_speech
from .subjects import _main_subject
from .words import _DETERMINERS, _GROUP_NOUNS, _OBJECT_QUOTE_VERBS

#: the features, in the order of the weights file
FEATURES = (
    "before_none", "before_colon", "before_comma", "before_dash", "before_that",
    "before_determiner", "before_of", "before_preposition", "before_speech_verb",
    "before_verb", "before_noun", "naming_near",
    "opens_sentence", "ends_sentence", "whole_paragraph",
    "words_1", "words_2_3", "words_4_7", "words_8_15", "words_16",
    "title_case", "ends_stop", "ends_comma", "finite_inside", "person_inside", "speech_like",
    "subject_named", "subject_pronoun", "subject_group", "subject_other", "previous_statement",
    "previous_direct", "distance", "statement_in_paragraph",
    "speaker_after", "after_speech_verb", "after_apposed", "after_owner",
)

#: the kinds of a candidate subject (one of them is set when the subject is the speaker)
SUBJECT_KINDS = ("subject_named", "subject_pronoun", "subject_group", "subject_other")

_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
# a capitalised word the lexicon knows as one of these opens a sentence, it names nobody
_NOT_NAME_TAGS = frozenset({"VBG", "VBN", "CD", "RB", "IN", "DT", "WDT", "PRP$", "CC", "JJS",
                            "JJR"})
# what the word after a subject must be ('' : a word the lexicon does not know, 'tweeted'):
# 'Latest figures: “…”' has no subject 'Latest'
_VERB_TAGS = frozenset({"VB", "MD", "RB", ""})
_CALL = frozenset({"call", "calls", "called", "calling"})
_PREPOSITIONS = frozenset(
    "in on at for with from by about as into like over under against between through during "
    "after before to than without".split())


class _Model:
    """The weights, intercept and threshold of :data:`FEATURES`."""

    def __init__(self, weights: dict[str, float], intercept: float, threshold: float):
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold

        w = weights.get
        # the most the speaker's features can add: a subject of some kind (its distance is
        # at least log 2, one token), or the statement before it, and a statement in the
        # paragraph; None when a speaker feature can grow without limit (distance)
        if w("distance", 0.0) > 0:
            self.speaker_most: float | None = None
        else:
            subject = max(w(k, 0.0) for k in SUBJECT_KINDS) + w("distance", 0.0) * math.log(2)
            previous = w("previous_statement", 0.0) + max(0.0, w("previous_direct", 0.0))
            after = max(w(k, 0.0) for k in SUBJECT_KINDS) + w("speaker_after", 0.0) + max(
                0.0, w("after_speech_verb", 0.0)) + max(
                0.0, w("after_apposed", 0.0), w("after_owner", 0.0))
            self.speaker_most = max(subject, previous, after) + max(
                0.0, w("statement_in_paragraph", 0.0))

    def probability(self, feats: dict[str, float]) -> float:
        a = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return _sigmoid(a)

    def bound(self, feats: dict[str, float]) -> float:
        """The highest probability the quotation's own features ``feats`` allow, whatever
        its speaker: below the threshold, the speaker need not be looked for."""
        if self.speaker_most is None:
            return 1.0
        return _sigmoid(self.intercept + self.speaker_most + sum(
            self.weights.get(k, 0.0) * v for k, v in feats.items()))


def _sigmoid(a: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, a))))


@functools.cache
def _model() -> _Model:
    """The model of ``data/attribution/quote_model.csv`` (rows ``name,value``: each feature's
    weight, ``intercept`` and ``threshold``)."""
    path = data_path("attribution", "quote_model.csv")
    rows = read_table(path, columns=("name", "value"), required=("name", "value"),
                      what="the learnt quotation model")
    values: dict[str, float] = {}
    for line, row in rows:
        try:
            values[row["name"]] = float(row["value"])
        except ValueError as e:
            raise DataFileError(f"{path}, line {line}: {row['value']!r} is not a number") from e
    for name in ("intercept", "threshold"):
        if name not in values:
            raise DataFileError(f"{path} has no {name!r} row; regenerate it with "
                                "benchmarks/train_quote_model.py")
    weights = {k: v for k, v in values.items() if k in FEATURES}
    return _Model(weights, values["intercept"], values["threshold"])


def _candidates(doc: _Doc, out: list[_Cand], model: _Model | None = None
                ) -> list[tuple[_Cand, dict[str, float]]]:
    """Each quotation no statement touches, with its candidate statement and features (with
    ``model``: only those that may reach its threshold). ``out`` is sorted by content
    start."""
    starts = [c.content[0] for c in out]
    reach = list(itertools.accumulate((c.content[1] for c in out), max))
    ends = sorted((c.content[1], i) for i, c in enumerate(out))
    found = []
    for q in doc.quotes:
        i = bisect.bisect_left(starts, q.end) - 1
        if not q.closed or (i >= 0 and reach[i] > q.start):
            continue
        k, e = doc.tok_at(q.start), doc.tok_at(q.end)
        if k >= len(doc.toks) or e <= k or any(doc.claimed[x] for x in range(k, e)):
            continue
        if doc.paragraph_of(q.start) != doc.paragraph_of(q.end - 1):
            continue
        if k >= 2 and doc.toks[k - 1].low in {"for", "on"} and doc.toks[k - 2].low in _CALL:
            continue  # 'is calling for “…”': a demand, no statement (as for every rule)
        cand, feats = _candidate(doc, q, out, ends, model)
        if cand is not None:
            found.append((cand, feats))
    return found


def _candidate(doc: _Doc, q: QuoteSpan, out: list[_Cand], ends: list[tuple[int, int]],
               model: _Model | None = None) -> tuple[_Cand | None, dict[str, float]]:
    """The candidate statement of quotation ``q`` and its features; ``None`` when it has no
    candidate speaker, or when ``model`` is given and cannot reach its threshold whoever the
    speaker (:meth:`_Model.bound`: the speaker is then not looked for)."""
    k = doc.tok_at(q.start)
    sid = doc.sentence_of(q.start)
    lo, hi = _sentence_tok_range(doc, sid)
    para = doc.paragraph_of(q.start)
    opens = _opens_sentence(doc, q)
    feats = _quote_features(doc, q, k, lo, hi, para, opens)
    if (feats.get("title_case") and not feats.get("ends_stop")) or (
            model is not None and model.bound(feats) < model.threshold):
        return None, feats  # a title ('The Old Man and the Sea,') is no candidate
    cand = _speaker(doc, q, out, ends, k, lo, para, opens, feats)
    if cand is not None and cand.ref is None and feats.get("ends_sentence") and _words(
            doc, q.start, q.end) >= 4:
        cand.kind = "direct"
    return cand, feats


def _speaker(doc: _Doc, q: QuoteSpan, out: list[_Cand], ends: list[tuple[int, int]], k: int,
             lo: int, para: int, opens: bool, feats: dict[str, float]) -> _Cand | None:
    """The candidate speaker (see the module doc); adds its features to ``feats``."""
    toks = doc.toks
    pa = doc.paragraphs[para][0]
    # the statement before it in the paragraph
    n_before = bisect.bisect_right(ends, (q.start, len(out)))
    base = out[ends[n_before - 1][1]] if n_before else None
    if base is not None and doc.paragraph_of(base.content[1] - 1) == para:
        feats["statement_in_paragraph"] = 1.0
    elif base is not None and not (doc.paragraph_of(base.content[1] - 1) == para - 1
                                   and pa == q.start and _ends_paragraph(doc, q, para)):
        base = None  # '“…” The council did not reply.' continues no act of the paragraph before
    cand = None
    m = _main_subject(doc, k, lo) if k - lo >= 2 and not opens else None
    if m is not None and (m[1] - m[0] == 1 and toks[m[0]].low == "it"):
        m = None  # 'It played up …: “…”': 'it' is no speaker
    if m is not None and m[1] < k and not doc.in_quote[m[0]] and (
            toks[m[1]].text == "," or nlp.lexicon_tag(toks[m[1]].low)[:2] in _VERB_TAGS):
        feats[_kind(doc, m)] = 1.0
        feats["distance"] = math.log1p(k - m[1])
        cue = (m[1], m[1] + 1)
        cand = _Cand("partial", m, cue, (q.start, q.end), "quote-learned")
    elif (after := _after(doc, q, out)) is not None:
        mention, cue, how = after
        feats["speaker_after"] = 1.0
        if how:
            feats[f"after_{how}"] = 1.0
        if cue_class(toks[cue[0]].low):
            feats["after_speech_verb"] = 1.0
        feats[_kind(doc, mention)] = 1.0
        cand = _Cand("direct" if opens else "partial", mention, cue, (q.start, q.end),
                     "quote-learned")
    elif base is not None and base.mention[0] != base.mention[1] and base.kind != "belief":
        feats["previous_statement"] = 1.0
        if base.kind == "direct":
            feats["previous_direct"] = 1.0
        ref = base if base.ref is None else base.ref
        cand = _Cand("direct", base.mention, base.cue, (q.start, q.end), "quote-learned",
                     ref=ref)
    return cand


def _ends_paragraph(doc: _Doc, q: QuoteSpan, para: int) -> bool:
    """Nothing but quotations follows quotation ``q`` in its paragraph."""
    rest = doc.text[q.end:doc.paragraphs[para][1]].strip()
    return not rest or rest[0] in "“\"«"


def _kind(doc: _Doc, m: tuple[int, int]) -> str:
    """The kind of the speaker mention ``m`` (one of :data:`SUBJECT_KINDS`)."""
    toks = doc.toks
    words = [t for t in toks[m[0]:m[1]] if t.text[:1].isalpha()]
    if words and words[0].low == "the":
        words = words[1:]
    if m[1] - m[0] == 1 and toks[m[0]].low in _PRONOUNS:
        return "subject_pronoun"
    if not words or any(t.low.endswith(_POSSESSIVE) or t.text[:1].isdigit()
                        for t in toks[m[0]:m[1]]) or (
            len(words) == 1 and nlp.lexicon_tag(words[0].low) in _NOT_NAME_TAGS):
        return "subject_other"  # 'Pence’s press release', 'Doing so', 'Thirteen'
    if all(_is_capitalised(t) for t in words):
        return "subject_named"
    if words[-1].low in SPEAKER_NOUNS or words[-1].low in _GROUP_NOUNS:
        return "subject_group"
    return "subject_other"


# a verb after a quotation: its tags in the lexicon (a past or present form)
_AFTER_VERB_TAGS = frozenset({"VBD", "VBZ"})
# a speaker after a quotation ends before these: '..., said Lee, who ...'
_MENTION_STOPS = frozenset({",", ".", ";", ":", "who", "in", "on", "at", "of", "to", "for",
                            "during", "after", "before", "when", "as", "and", "—", "–", "-",
                            "?", "!", "(", ")"})


def _after_verb(doc: _Doc, v: int) -> bool:
    """Token ``v`` is a verb in the past or present in lower case ('said', 'quipped',
    'tweeted'): a speech verb, a word the lexicon reads as such a verb, or an unknown word
    ending in '-ed' ('deadpanned')."""
    t = doc.toks[v]
    return t.text.islower() and t.text.isalpha() and (
        bool(cue_class(t.low)) or nlp.lexicon_tag(t.low) in _AFTER_VERB_TAGS
        or (nlp.lexicon_tag(t.low) == "" and t.low.endswith("ed")))


def _after(doc: _Doc, q: QuoteSpan, out: list[_Cand]
           ) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """The speaker and cue of a clause right after quotation ``q`` in its sentence, whatever
    the speaker's form and the verb: '“…,” Lee quipped', '“…,” quipped the senator' (how
    ``""``), '“…,” Lee, 58, quipped' (``"apposed"``: a short aside between commas), or the
    mention and cue of another statement that starts right there ('“…,” Lee said, adding
    that …': ``"owner"``); (mention, cue, how), or None when the words after are no such
    clause."""
    toks = doc.toks
    e = doc.tok_at(q.end)
    end = doc.sent_toks[doc.sentence_of(q.end - 1)][1] if doc.sent_toks else len(toks)
    hi = min(end, e + 12)
    k = e
    while k < hi and toks[k].text in {",", "—", "–", "--"}:
        k += 1
    if k >= hi or doc.in_quote[k]:
        return None
    if doc.claimed[k]:
        for o in out:
            if o.mention[0] == k and o.mention[1] > k and o.kind != "belief":
                return o.mention, o.cue, "owner"
        return None
    if _after_verb(doc, k):  # 'said the senator'
        j = k + 1
        while j < hi and toks[j].low not in _MENTION_STOPS and not doc.in_quote[j]:
            j += 1
        if j > k + 1 and j - k - 1 <= 6 and _mention_ok(doc, k + 1, j):
            return (k + 1, j), (k, k + 1), ""
        return None
    j = k  # 'the senator said'
    while j < hi and j - k < 7 and not _after_verb(doc, j):
        if toks[j].text == "," and j > k and _mention_ok(doc, k, j):
            return _apposed(doc, k, j, min(end, j + 14))
        if toks[j].low in _MENTION_STOPS or doc.in_quote[j]:
            return None
        j += 1
    if j < hi and j > k and _after_verb(doc, j) and _mention_ok(doc, k, j):
        return (k, j), (j, j + 1), ""
    return None


def _apposed(doc: _Doc, k: int, comma: int, hi: int
             ) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """'Lee, 58, told …' / 'Lee, a retired nurse, said …': the speaker ``k:comma``, an aside of
    at most twelve tokens up to the next comma, and a speech verb right after it ('“…,” Lee,
    the painter, finished …' names a work's author, no speaker)."""
    toks = doc.toks
    j = comma + 1
    while j < hi and toks[j].text != ",":
        if doc.in_quote[j] or doc.claimed[j] or toks[j].text in {".", ";", ":", "?", "!"}:
            return None
        j += 1
    if j + 1 < hi and j > comma + 1 and cue_class(toks[j + 1].low) and toks[
            j + 1].text.islower() and not doc.claimed[j + 1]:
        return (k, comma), (j + 1, j + 2), "apposed"
    return None


def _mention_ok(doc: _Doc, i: int, j: int) -> bool:
    """Tokens ``i:j`` can name a speaker: a pronoun ('he'), capitalised words ('Sen. Lee'),
    or a noun phrase opening with a determiner or a capital ('the senator', 'one voter')."""
    toks = doc.toks
    if any(doc.claimed[x] or doc.in_quote[x] for x in range(i, j)):
        return False
    first = toks[i]
    if j - i == 1 and first.low in _PRONOUNS and first.low != "it":
        return True
    if first.low in _PRONOUNS or first.low in {"this", "that", "there", "it"}:
        return False
    return first.low in _DETERMINERS or first.low in {"one", "another"} or _is_capitalised(
        first)


def _quote_features(doc: _Doc, q: QuoteSpan, k: int, lo: int, hi: int, para: int,
                    opens: bool) -> dict[str, float]:
    """The features of the quotation itself (not of its speaker)."""
    toks = doc.toks
    feats: dict[str, float] = {}
    # the word before
    if k <= lo or opens:
        feats["before_none"] = 1.0
    else:
        p = toks[k - 1]
        w = p.low
        tag = nlp.lexicon_tag(w)
        if w == ":":
            feats["before_colon"] = 1.0
        elif w == ",":
            feats["before_comma"] = 1.0
        elif w in {"—", "–", "-", "--"}:
            feats["before_dash"] = 1.0
        elif w == "that":
            feats["before_that"] = 1.0
        elif w in _DETERMINERS:
            feats["before_determiner"] = 1.0
        elif w == "of":
            feats["before_of"] = 1.0
        elif w in _PREPOSITIONS:
            feats["before_preposition"] = 1.0
        elif cue_class(w) or w in _OBJECT_QUOTE_VERBS:
            feats["before_speech_verb"] = 1.0
        elif tag[:2] in {"VB", "MD"}:
            feats["before_verb"] = 1.0
        elif tag[:2] == "NN" or _is_capitalised(p):
            feats["before_noun"] = 1.0
    if any(toks[x].low in _NAMING for x in range(max(lo, k - 4), k)):
        feats["naming_near"] = 1.0
    if opens:
        feats["opens_sentence"] = 1.0
    if _ends_sentence(doc, q):
        feats["ends_sentence"] = 1.0
    pa, pb = doc.paragraphs[para]
    if doc.text[pa:pb].strip() == doc.text[q.start:q.end].strip():
        feats["whole_paragraph"] = 1.0
    n = _words(doc, q.start, q.end)
    feats["words_1" if n <= 1 else "words_2_3" if n <= 3 else "words_4_7" if n <= 7
          else "words_8_15" if n <= 15 else "words_16"] = 1.0
    if _title_case(doc, q) or _title_like(doc, q):
        feats["title_case"] = 1.0
    inner = doc.text[q.start:q.end].rstrip("”“’\"'» ")
    if inner.endswith((".", "?", "!")):
        feats["ends_stop"] = 1.0
    elif inner.endswith(","):
        feats["ends_comma"] = 1.0
    e = doc.tok_at(q.end)
    inside = [t for t in toks[k:e] if t.text[:1].isalpha()]
    if any(nlp.lexicon_tag(t.low) in _FINITE for t in inside):
        feats["finite_inside"] = 1.0
    if any(t.low in _PERSONS for t in inside):
        feats["person_inside"] = 1.0
    if _reads_as_speech(doc, q):
        feats["speech_like"] = 1.0
    return feats


# the small words a title leaves in lower case ('The Old Man and the Sea')
_TITLE_SMALL = frozenset("a an the and or but of in on at to for by with from as nor".split())


def _title_like(doc: _Doc, q: QuoteSpan) -> bool:
    """Two words or more, and every word but the small ones capitalised: 'The Old Man and the
    Sea' (which :func:`.orphans._title_case` misses: no word there has four letters)."""
    k, e = doc.tok_at(q.start), doc.tok_at(q.end)
    words = [t for t in doc.toks[k:e] if t.text[:1].isalpha()]
    big = [t for t in words if t.low not in _TITLE_SMALL]
    return len(words) >= 2 and bool(big) and all(t.text[:1].isupper() for t in big)


def _quote_learned(doc: _Doc, out: list[_Cand]) -> list[_Cand]:
    """Rule 12: the candidates (see the module doc) the model accepts. ``out`` is sorted by
    content start; returns the new statements."""
    model = _model()
    if model.threshold >= 1.0 or not doc.quotes:
        return []
    return [c for c, feats in _candidates(doc, out, model)
            if model.probability(feats) >= model.threshold]
