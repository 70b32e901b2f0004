"""Reported speech (rules 3 to 6 and 9 of the cascade), sentence by sentence.

3. ``Speaker verb (that) content`` (``reported-cue-before``) and ``content, Speaker verb.`` /
   ``content, said Speaker.`` (``reported-cue-after``), with the verb classes of
   :mod:`geneva_nb.cues`; quotations inside the content are part of that statement (kind
   partial when the content is just the quotation), also after 'would' ('Reed would later say
   that ...': :func:`_would_before`; no other modal). "... said X and warned that Y" is two
   statements of one speaker; the content of the first stops before the second cue.
4. ``According to X, content`` / ``content, according to X`` (``according-to``); not the
   adverbials of a quotation's tag ('“…,” Lee said on Monday, according to X': the
   quotation is X's account, :func:`.resolver._reported_by`); an appositive of a fronted
   X is the source's, not the content's ('According to Jane Roe, a spokeswoman for Reed,
   ...': :func:`_according_appositive`). A trailing cue is never a verb
   coordinated with the main verb ('Rallying workers, Lee tried ... and promised to ...').
5. ``..., adding that content`` / ``..., before adding: “…”`` continuing the previous statement
   (``participle-continuation``); with no statement before it, the participle's own subject
   speaks: ``with diplomats saying content`` (``with-participle``) or the main clause's
   subject, ``Rutte rejected the plan, saying content`` (``participle-subject``), also after
   'by' (``Reed responded by saying content``; in a second clause, its own subject).
6. Evaluative verbs with a quoted phrase: ``called the talks “difficult”``
   (``quote-describe``), also as a participle whose subject speaks: ``..., calling it
   “a fantasy”`` / ``with X calling it “…”`` (``participle-subject`` / ``with-participle``).

An inverted cue's speaker may carry an appositive to the end of the sentence ('..., said Ana
Ruiz, director of the institute at ...'); a cue inside a fronted subordinate clause ends its
content at the clause ('Although she said X, ... she said Y'), and so does a reporter's clause
after ', and he ...'.
9. A cue set off by commas inside the reported clause, ``The plan, Hale said, was dead``, gives
   one content in two parts (``reported-cue-inside``).

What counts as a statement and where its content starts and ends is in :mod:`.conventions`.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count
from operator import attrgetter

from .. import nlp
from ..cues import (
    ADVERBS,
    CONTINUATION_VERBS,
    PERSON_NOUNS,
    PLURAL_PRESENT,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    verb_forms,
)
from .conventions import (
    _as_quote,
    _content_start,
    _fronted_participle,
    _speaker_clause,
    _tail_is_adverbial,
    _tense,
    _trim_comment,
)
from .document import (
    _CUE_WORDS,
    _QUOTE_TOKENS,
    _Cand,
    _claim,
    _clause_start,
    _cue_range,
    _Doc,
    _first_word,
    _is_capitalised,
    _sentence_tok_range,
    _strip_end,
    _verb_at,
    _words,
)
from .names import _before_preposition, _is_person_name, _name_run
from .quotations import _apposed_speaker
from .subjects import (
    _according_mention,
    _main_subject,
    _mention_after,
    _np_before,
    _subject_before,
    _subject_start,
)
from .words import (
    _ACTIONS,
    _ADVERBIAL_STARTS,
    _AS_VERBS,
    _AUXILIARIES,
    _BE,
    _CLAUSE_LINKS,
    _COGNITION,
    _COMPLEMENTIZERS,
    _COORD,
    _SUBORDINATORS,
    _TIME_WORDS,
    _TRAILERS,
)

_LOW = attrgetter("low")


def _reported(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """Reported speech, 'According to', participle continuations and describe-verbs."""
    toks, text = doc.toks, doc.text
    lo, hi = _sentence_tok_range(doc, sid)
    s_end = doc.sentences[sid][1]
    shared: tuple[tuple[int, int], _Cand] | None = None  # (mention, statement) for '... and warned'
    # no branch below can start at a word outside _TRIGGERS: the loop visits only the tokens
    # whose lower case is in it (found once per document, in a C-level pass)
    triggers = doc.derived.get("reported-triggers")
    if triggers is None:
        triggers = doc.derived["reported-triggers"] = list(compress(
            count(), map(_TRIGGERS.__contains__, map(_LOW, toks))))
    k = lo
    while True:
        i = bisect_left(triggers, k)
        if i == len(triggers) or triggers[i] >= hi:
            return
        k = triggers[i]
        if doc.in_quote[k] or doc.claimed[k]:
            k += 1
            continue
        t = toks[k]
        # According to X, content / content, according to X
        if t.low == "according" and k + 1 < hi and toks[k + 1].low == "to":
            mention = _according_mention(doc, k + 2, hi)
            if mention is not None:
                cue = (k, k + 2)
                m_end = mention[1]
                if m_end < hi and toks[m_end].text == "," and k == _first_word(doc, lo):
                    apposed = _according_appositive(doc, mention, hi)
                    if apposed > m_end:  # 'According to Jane Roe, a spokeswoman for X, ...'
                        mention, m_end = (mention[0], apposed), apposed
                    a, b = _strip_end(text, toks[m_end].end, s_end)
                    if _words(doc, a, b) >= 1:  # 'According to X,' with nothing after it
                        out.append(_Cand("indirect", mention, cue, (a, b), "according-to"))
                        _claim(doc, lo, hi)
                        return
                if k > lo and toks[k - 1].text == ",":
                    a, b = _strip_end(text, _clause_start(doc, lo, k), toks[k - 1].start)
                    if _words(doc, a, b) >= 2 and not _after_quote_tag(doc, a, out):
                        qi = doc.quote_of_tok.get(doc.tok_at(a))
                        whole = qi is not None and (doc.quotes[qi].start, doc.quotes[qi].end) == (
                            a, b)
                        out.append(_Cand("direct" if whole else "indirect", mention, cue,
                                         (a, b), "according-to"))
                        rest = _according_rest(doc, m_end, hi)
                        if rest >= 0 and not whole:
                            # 'At the heart of it, according to X, was a decision ...': the
                            # clause goes on after the cue; one act in two parts
                            a2, b2 = _strip_end(text, toks[rest].start, s_end)
                            if _words(doc, a2, b2) >= 2:
                                out.append(_Cand("indirect", mention, cue, (a2, b2),
                                                 "according-to", ref=out[-1]))
                        _claim(doc, lo, hi)
                        return
            k += 2
            continue
        # ..., adding that content
        after_comma = k > lo and (toks[k - 1].text == "," or (
            k - 1 > lo and toks[k - 1].low in {"before", "then", "and", "while"}
            and toks[k - 2].text == ",") or (  # '..., she said, before adding: “…”'
            k - 1 > lo and toks[k - 1].text in _QUOTE_TOKENS and toks[k - 2].text == ","))
        if t.low in CONTINUATION_VERBS and after_comma and out:
            prev = out[-1]
            if sid in {doc.sentence_of(prev.content[0]), doc.sentence_of(prev.content[1] - 1)}:
                c = k + 1
                if t.low == "telling":  # 'telling reporters that ...' / 'telling reporters, “…”'
                    c = _that_after(doc, k, hi) or c
                if c < hi and toks[c].text in {":", ","}:
                    c += 1
                if c < hi and toks[c].low in _COMPLEMENTIZERS:
                    c += 1
                if c < hi and not doc.claimed[c]:
                    a, b = _strip_end(text, toks[c].start, s_end)
                    kind = "indirect"
                    qi = doc.quote_of_tok.get(c)
                    if qi is not None and doc.quotes[qi].end >= b - 1:
                        kind, b = "direct", min(doc.quotes[qi].end, s_end)
                    if _words(doc, a, b) >= 2:
                        ref = prev if prev.ref is None else prev.ref
                        out.append(_Cand(kind, prev.mention, (k, k + 1), (a, b),
                                         "participle-continuation", ref=ref))
                        _claim(doc, k, hi)
                        return
        # '..., calling the plan “a trap”' / 'with X describing it as “…”': the participle of
        # an evaluative verb names a quoted phrase; its subject speaks
        if t.low in _DESCRIBE_PARTICIPLES and k > lo and (
                toks[k - 1].text == "," or toks[k - 1].text[:1].isalnum()
                or (toks[k - 1].text in _QUOTE_TOKENS and k - 2 >= lo
                    and toks[k - 2].text == ",")):
            found = _described(doc, k, hi)
            if found is not None:
                prev = k - 2 if toks[k - 1].text in _QUOTE_TOKENS else k - 1
                mention = _participle_speaker(doc, prev + 1, lo) if toks[prev].text == "," \
                    else _participle_speaker(doc, k, lo)
                if mention is not None and not any(
                        doc.claimed[x] for x in range(mention[0], mention[1])):
                    rule = "with-participle" if toks[mention[0] - 1].low == "with" else (
                        "participle-subject")
                    out.append(_Cand("partial", mention, (k, k + 1), found, rule))
                    _claim(doc, k, doc.tok_at(found[1]))
                    k = doc.tok_at(found[1])
                    continue
        # 'with diplomats saying ...' / 'Rutte rejected the plan, saying ...' (no statement
        # before it in the sentence): the participle's subject is the speaker
        if t.low in _PARTICIPLES or (t.low == "telling" and _that_after(doc, k, hi)):
            mention = _participle_speaker(doc, k, lo)
            if mention is not None:
                found = _participle_content(doc, k, hi, s_end)
                if found is not None:
                    kind, (a, b) = found
                    rule = "with-participle" if toks[mention[0] - 1].low == "with" else (
                        "participle-subject")
                    out.append(_Cand(kind, mention, (k, k + 1), (a, b), rule))
                    _claim(doc, mention[0], mention[1])
                    _claim(doc, k, hi)
                    return
        cls = _verb_at(doc, k)
        if cls and t.low in _AS_VERBS and _as_quote(doc, k, hi):
            cls = "describe"  # 'condemned the decision as “illegal”': the quoted words
        loose = None  # a plain sentence subject the speaker-noun list does not know
        if not cls and t.low in PLURAL_PRESENT and t.text.islower() and k > lo and (
                toks[k - 1].low not in _AUXILIARIES | {"to", "not", "never", "n't", "n’t"}):
            # 'About 4 in 10 say ...', 'Executives for Mondelez say ...': a plural subject
            loose = _loose_subject(doc, k, lo, hi)
            if loose is not None and any(x.text.isdigit() or x.low == "percent"
                                         or nlp.lexicon_tag(x.low) == "NNS"
                                         for x in toks[loose[0]:loose[1]]):
                cls = PLURAL_PRESENT[t.low]
            else:
                loose = None
        sv = k  # where the subject ends: before 'would' in 'Reed would later say ...'
        if not cls and t.low in PLURAL_PRESENT and t.text.islower():
            sv = _would_before(doc, k, lo)
            cls = PLURAL_PRESENT[t.low] if sv < k else ""
        if not cls or (k > lo and toks[k - 1].low in _BE and not t.low.endswith("ing")):
            k += 1  # no verb, or a passive ('had been told to', 'was asked whether')
            continue
        cue = _cue_range(doc, k)
        ref = None
        if shared is not None and k - 1 >= lo and toks[k - 1].low in _COORD:
            mention, ref = shared
        else:
            mention = loose or _subject_before(doc, sv, lo)
        if sv < k and mention is None:
            k += 1
            continue
        if mention is None and cls != "describe" and not (
                k > lo and toks[k - 1].low in _COORD) and t.low not in _ACT_VERBS:
            loose = mention = _loose_subject(doc, k, lo, hi)
        if mention is None and k - 1 > lo and toks[k - 1].low in _COORD and cls != "describe":
            # 'Sen. Laura Benning ... welcomed the deployment but said ...': the main subject
            mention = _main_subject(doc, k - 1, lo)
            if mention is not None and any(doc.claimed[x] for x in range(mention[1], k)):
                mention = None
        if mention is None:
            # inverted trailing cue: 'content, said Ryabkov.'
            if k > lo and toks[k - 1].text == "," and cls != "describe":
                after = _mention_after(doc, cue[1], hi)
                if after is not None and (_tail_is_adverbial(doc, after[1], hi)
                                          or _appositive_tail(doc, after, hi)):
                    a, b = _strip_end(text, _clause_start(doc, lo, k - 1), toks[k - 1].start)
                    if _words(doc, a, b) >= 3:
                        out.append(_Cand("indirect", after, cue, (a, b), "reported-cue-after"))
                        _claim(doc, lo, hi)
                        return
            k += 1
            continue
        if (ref is None and loose is None and mention[0] > lo and toks[mention[0] - 1].text == ","
                and cls != "describe" and _interrupted(doc, lo, mention, cue, hi, s_end, out)):
            return  # 'The plan, Hale said, was dead.'
        # trailing cue: 'content, Ryabkov said (on Monday).' (not a verb coordinated with the
        # main verb: 'Rallying workers, Lee tried ... and promised to ...')
        if (loose is None and mention[0] > lo and toks[mention[0] - 1].text == ","
                and cls != "describe" and toks[k - 1].low not in _COORD
                and _tail_is_adverbial(doc, cue[1], hi)):
            a, b = _strip_end(text, _clause_start(doc, lo, mention[0] - 1),
                              toks[mention[0] - 1].start)
            if _words(doc, a, b) >= 3 and not _fronted_participle(doc, a):
                out.append(_Cand("indirect", mention, cue, (a, b), "reported-cue-after"))
                _claim(doc, lo, hi)
                return
        if cls == "describe":
            # called the negotiations “difficult” -> the first quotation after the verb
            for j in range(cue[1], hi):
                if doc.in_quote[j] and j in doc.quote_of_tok:
                    q = doc.quotes[doc.quote_of_tok[j]]
                    out.append(_Cand("partial", mention, cue, (q.start, q.end), "quote-describe",
                                     ref=ref))
                    near = ref is None and not any(  # not the antecedent of ', who'
                        toks[x].low == "who" for x in range(mention[1], cue[0]))
                    _claim(doc, mention[0] if near else cue[0], doc.tok_at(q.end))
                    # '... described the killings as “genocide” and urged ...'
                    shared = (mention, out[-1] if ref is None else ref)
                    k = doc.tok_at(q.end)
                    break
            else:
                k += 1
            continue
        c = _content_start(doc, cue, cls, hi)
        if c is None:
            k += 1
            continue
        a, b = _strip_end(text, toks[c].start, s_end)
        if _words(doc, a, b) < 2:
            k += 1
            continue
        # '... said X and warned that Y': the content stops before the second cue, unless the
        # content has a speech verb of its own ('that Moscow had explained ... and explained')
        embedded = False
        for x in range(c, doc.tok_at(b)):
            if not doc.in_quote[x] and _verb_at(doc, x) and toks[x - 1].low not in _COORD:
                embedded = True
            if (toks[x].text == "," and x + 1 < hi and toks[x + 1].low in _PARTICIPLES
                    and not doc.in_quote[x] and not embedded):
                a, b = _strip_end(text, a, toks[x].start)
                break
            if (x + 1 < hi and toks[x + 1].low in _PARTICIPLES and toks[x].text in _QUOTE_TOKENS
                    and toks[x - 1].text == "," and not embedded):
                b = toks[x].end  # '... “that nobody can win,” adding that ...'
                break
            if (toks[x].text == "," and x + 1 < hi and toks[x + 1].low in _TRAILERS
                    and not doc.in_quote[x] and not embedded):
                a, b = _strip_end(text, a, toks[x].start)  # ', despite ...', ', prompting ...'
                break
            if (toks[x].text == "," and x + 2 < hi and toks[x + 1].low in _CLAUSE_LINKS
                    and not doc.in_quote[x] and not embedded
                    and _speaker_clause(doc, x + 2, hi)):
                # '... will strip residents of any say, as the housing secretary, Angela
                # Pryce, insisted ...': a second speaker's statement starts after the comma
                a, b = _strip_end(text, a, toks[x].start)
                break
            if toks[x].low in _COORD and not doc.in_quote[x] and x + 1 < hi and not embedded:
                y = x + 1
                if y < hi and toks[y].low in {"he", "she", "they", "it", "we"}:
                    y += 1
                while y < hi and toks[y].low in ADVERBS:
                    y += 1
                if y < hi and ((_verb_at(doc, y) and toks[y].low not in _COGNITION)
                               or toks[y].low in _ACTIONS) and _tense(
                        toks[y].low) in {_tense(toks[cue[0]].low), ""}:
                    a, b = _strip_end(text, a, toks[x].start)
                    break
        # 'Although she said X, at the town hall she said Y': a cue inside a fronted
        # subordinate clause; its content ends with the clause
        if toks[_first_word(doc, lo)].low in _FRONTED and _first_word(doc, lo) < mention[0]:
            comma = next((x for x in range(c, doc.tok_at(b)) if toks[x].text == ","
                          and not doc.in_quote[x]), -1)
            if comma > c + 1 and not any(toks[x].text == "," for x in range(lo, cue[0])
                                         if not doc.in_quote[x]):
                a, b = _strip_end(text, a, toks[comma].start)
        # 'said X, and he railed against Y': the reporter goes on with a clause of his own
        for x in range(c, doc.tok_at(b) - 3):
            if (toks[x].text == "," and toks[x + 1].low in {"and", "but"}
                    and toks[x + 2].low in {"he", "she", "they"} and not doc.in_quote[x]
                    and nlp.lexicon_tag(toks[x + 3].low) in {"VBD", "VBZ"}):
                a, b = _strip_end(text, a, toks[x].start)
                break
        kind = "indirect"
        b = _trim_comment(doc, c, b)
        if _words(doc, a, b) < 1:
            k += 1  # 'Sherman told and told': the cut before a second cue left nothing
            continue
        qi = doc.quote_of_tok.get(c)
        if qi is not None:
            q = doc.quotes[qi]
            if q.start == toks[c].start and q.end >= b - 1:
                kind = "partial" if toks[c - 1].low == "that" else "direct"
                a, b = q.start, min(q.end, s_end) if q.end > s_end else q.end
        out.append(_Cand(kind, mention, cue, (a, b), "reported-cue-before", ref=ref))
        shared = (mention, out[-1] if ref is None else ref)
        _claim(doc, mention[0] if ref is None else cue[0], doc.tok_at(b))
        k = doc.tok_at(b)


# verbs that also name an act with a noun-phrase object ('proposed a budget', 'promised the
# same thing'): with a subject the speaker nouns do not know, no statement
_ACT_VERBS = {form for lemma in ("announce propose reveal disclose promise pledge vow declare "
                                 "confirm reject dismiss deny accept").split()
              for form in verb_forms(lemma)[:2]}


def _loose_subject(doc: _Doc, k: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence's subject before the verb at ``k`` when the speaker-noun list does not
    know its head ('The billionaire businessman says', 'A teary-eyed Bush says', 'Marley
    Anderson, 21, a junior from Las Vegas, said'): a plain noun phrase opening the main clause,
    perhaps with appositives, that runs right up to the verb (see
    :func:`.quotations._loose_mention`); the mention is the phrase before the appositives."""
    toks = doc.toks
    s0 = _subject_start(doc, lo, hi)
    for b in range(k - 1, max(s0, k - 12), -1):
        # the subject of a second clause: '...; most said', '..., while 61 percent say'
        if doc.in_quote[b] or doc.claimed[b]:
            break
        if toks[b].text in {";", ":"} or (toks[b].low in _CLAUSE_LINKS | {"but", "whereas"}
                                           and toks[b - 1].text in {",", ";"}):
            s0 = b + 1
            break
    end = k
    while end > s0 and (toks[end - 1].low in ADVERBS or (
            toks[end - 1].text.islower() and toks[end - 1].low.endswith("ly"))):
        end -= 1
    if end <= s0:
        return None
    m = _apposed_speaker(doc, s0, end)
    if m is None:
        return None
    if m[1] != end and next(x for x in range(s0, end) if toks[x].text == ",") == end - 1:
        return None  # 'Nothing new, said X' is content and an inverted cue, not a subject
    if m[1] - m[0] == 2 and toks[m[0]].low in {"do", "does", "did"}:
        return (m[0] + 1, m[1])  # 'Do you think ...?': the question's subject, 'you'
    return m


# participles that report speech after a subject of their own ('with diplomats saying') or
# the main clause's subject ('Rutte rejected the plan, saying ...'); 'telling' and 'urging'
# take an addressee and stay with the continuation rule
_PARTICIPLES = {p for p, lemma in CONTINUATION_VERBS.items() if lemma not in {"tell", "urge"}}


# words after a comma that open another clause before 'by saying' ('X ..., while Y soared by
# saying ...')
_BY_CLAUSE_BREAKS = frozenset("while whereas but and although as because when".split())

# subordinators that open a fronted clause ('Although she said X, ...')
_FRONTED = frozenset("although though while whereas when because since if after".split())

_DESCRIBE_PARTICIPLES = frozenset(
    "calling describing labeling labelling branding dubbing terming deeming".split())
#: the words at which a branch of :func:`_reported` can start: 'according', the participles, a
#: cue word (:func:`_verb_at` gives every other word no class) and a plural present ('say');
#: the loop skips any other word at once (most of a sentence's words)
_TRIGGERS = frozenset({"according", "telling"} | set(CONTINUATION_VERBS) | _PARTICIPLES
                      | _DESCRIBE_PARTICIPLES | _CUE_WORDS | set(PLURAL_PRESENT))


def _described(doc: _Doc, k: int, hi: int) -> tuple[int, int] | None:
    """The span after the describe participle at ``k`` up to the end of the last quoted phrase
    of its clause ('calling [the charge “pathetic” and “dangerous.”]'), or None when no
    quotation follows within the clause."""
    toks = doc.toks
    end = -1
    j = k + 1
    while j < hi and j - k <= 25:
        if j in doc.quote_of_tok and doc.in_quote[j]:
            q = doc.quotes[doc.quote_of_tok[j]]
            end = q.end
            j = doc.tok_at(q.end)
            if j < hi and toks[j].low in {"and", "or"}:
                j += 1
                continue
            break
        t = toks[j]
        if doc.claimed[j] or t.text in {",", ";", ":", ".", "(", "—", "–"} or (
                t.low in _SUBORDINATORS) or _verb_at(doc, j):
            break
        j += 1
    if end < 0 or k + 1 >= hi:
        return None
    return (toks[k + 1].start, end)


# nouns that name people: the head of a source's appositive ('a spokeswoman for X')
_PEOPLE_NOUNS = PERSON_NOUNS | SPEAKER_NOUNS


def _according_appositive(doc: _Doc, mention: tuple[int, int], hi: int) -> int:
    """The comma closing an appositive of the source of a fronted 'According to X,': a
    description of a named X ('According to Jane Roe, a spokeswoman for Reed, ...', '...,
    Reed’s chief of staff, ...'), the name of a described X ('According to the governor’s
    spokeswoman, Jane Roe, ...'), or a relative clause ('..., who spoke on condition of
    anonymity, ...'); else -1. Not 'According to a summary, Ann Lee, a lawyer, said ...': a
    name after a thing is the clause's subject."""
    toks = doc.toks
    c = mention[1]
    e = next((x for x in range(c + 1, min(hi, c + 16)) if toks[x].text == ","), -1)
    if e < 0 or e - c < 2 or any(doc.in_quote[x] or toks[x].text in {";", ":"}
                                 for x in range(c + 1, e)) or _words(
            doc, toks[e].end, toks[hi - 1].end) < 3:
        return -1
    seg, source = toks[c + 1:e], toks[mention[0]:c]
    first, head = seg[0], _before_preposition(seg)[-1]
    if first.low in {"who", "speaking"}:
        return e
    if _is_person_name(seg):
        return e if source[-1].low in _PEOPLE_NOUNS else -1
    described = first.low in {"a", "an", "the", "one"} or (
        first.low.endswith(("’s", "'s")) and first.text[:1].isupper())
    if described and _name_run(source) and (head.low in _PEOPLE_NOUNS
                                            or head.low in TITLE_WORDS):
        return e
    return -1


def _would_before(doc: _Doc, k: int, lo: int) -> int:
    """The token of 'would' before the base form of a speech verb at ``k`` ('Reed would
    later say that ...': the past seen from later), perhaps with adverbs between (not 'not',
    'never'); else ``k``. Other modals report no words ('Reed may say ...')."""
    toks = doc.toks
    w = k - 1
    while w > lo and k - w <= 3 and toks[w].text.islower() and toks[w].low in ADVERBS and (
            toks[w].low not in {"not", "never", "would"}):
        w -= 1
    return w if w > lo and toks[w].low == "would" else k


def _appositive_tail(doc: _Doc, mention: tuple[int, int], hi: int) -> bool:
    """'..., said Ana Ruiz, director of the institute at the university.': after an inverted
    cue a named speaker's appositive (a title, a description, a relative clause) runs to the
    end of the sentence; it says who the speaker is, never what was said."""
    toks = doc.toks
    e = mention[1]
    if e + 1 >= hi or toks[e].text != "," or not any(
            _is_capitalised(t) for t in toks[mention[0]:e]):
        return False
    first = toks[e + 1]
    if not (first.low in _APPOSITIVE_STARTS or first.low in TITLE_WORDS
            or first.low in SPEAKER_NOUNS or _is_capitalised(first)):
        return False
    return not any(doc.in_quote[j] or toks[j].text in {";", ":"} or toks[j].low in
                   CONTINUATION_VERBS or (toks[j].low == "that" and toks[j - 1].text == ",")
                   for j in range(e + 1, hi))


# words that open an appositive after a speaker's name ('said Ana Ruiz, a professor at ...')
_APPOSITIVE_STARTS = frozenset("a an the who whose which one another its his her their "
                               "former retired".split())


def _interrupted(doc: _Doc, lo: int, mention: tuple[int, int], cue: tuple[int, int], hi: int,
                 s_end: int, out: list[_Cand]) -> bool:
    """'The plan, Hale said, was dead': a cue set off by commas inside the reported clause.
    The content is the clause around it, one row per part (both share the cue and mention,
    so the scorer sees one content of two fragments). Adds the rows and returns True."""
    toks, text = doc.toks, doc.text
    e = cue[1]
    while e < hi and (toks[e].low in ADVERBS or toks[e].low in _TIME_WORDS):
        e += 1
    if not (e + 2 < hi and toks[e].text == "," and toks[e + 1].text.islower()
            and toks[e + 1].low not in _SUBORDINATORS | _CLAUSE_LINKS | {"adding", "saying"}
            and not doc.in_quote[e + 1]):
        return False
    start = _clause_start(doc, lo, mention[0] - 1)
    if toks[doc.tok_at(start)].low in _ADVERBIAL_STARTS | _SUBORDINATORS:
        return False  # 'On Monday, Hale said, ...' is no content
    a1, b1 = _strip_end(text, start, toks[mention[0] - 1].start)
    a2, b2 = _strip_end(text, toks[e + 1].start, s_end)
    if _words(doc, a1, b1) < 2 or _words(doc, a2, b2) < 2 or _fronted_participle(doc, a1):
        return False
    out.append(_Cand("indirect", mention, cue, (a1, b1), "reported-cue-inside"))
    out.append(_Cand("indirect", mention, cue, (a2, b2), "reported-cue-inside",
                     ref=out[-1]))
    _claim(doc, lo, hi)
    return True


def _after_quote_tag(doc: _Doc, a: int, out: list[_Cand]) -> bool:
    """The words at ``a`` follow the tag of a quotation ('“…,” Lee said [on Monday], according
    to X'): adverbials of that tag, not what X reports (:mod:`.resolver` gives the quotation
    to X)."""
    t = doc.tok_at(a) - 1
    return t >= 0 and any(c.cue[0] <= t < c.cue[1] for c in reversed(out[-8:])
                          if c.kind == "direct")


def _according_rest(doc: _Doc, m_end: int, hi: int) -> int:
    """The token where the reported clause resumes after ', according to X,' (and an
    appositive of X: ', according to Dennis Ross, a former envoy, was ...'), else -1."""
    toks = doc.toks
    j = m_end
    if j >= hi or toks[j].text != ",":
        return -1
    j += 1
    if j < hi and toks[j].low in {"a", "an", "the", "another", "who", "which"}:
        for e in range(j + 1, min(hi, j + 14)):
            if doc.in_quote[e] or toks[e].text in {";", ":"}:
                return -1
            if toks[e].text == ",":
                j = e + 1
                break
        else:
            return -1
    if j >= hi or not toks[j].text[:1].isalnum() or toks[j].low in (
            _SUBORDINATORS | _CLAUSE_LINKS | {"who", "which", "adding", "saying", "and", "but"}):
        return -1
    return j


def _participle_speaker(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The speaker mention of the participle at token ``k``: the noun phrase after 'with'
    ('with diplomats saying'), or, after a comma or 'by', the subject of the sentence's main
    clause ('Rutte rejected the plan, saying' -> Rutte; 'Reed responded by saying' -> Reed),
    found as the subject before the first word that can be the main verb (at most 40 tokens
    in)."""
    toks = doc.toks
    if k - 1 <= lo:
        return None
    if toks[k - 1].low == "by" and toks[k - 2].text[:1].isalnum():
        # 'Reed responded by saying ...'; in a second clause, its own subject ('X ..., while
        # Y soared by saying'; not 'her' of 'while her rival, Y, soared')
        start = max((x + 1 for x in range(lo, k - 1) if toks[x].low in _BY_CLAUSE_BREAKS
                     and toks[x - 1].text == ","), default=lo)
        m = _main_subject(doc, k - 1, start)
        return None if m is None or toks[m[0]].low in {"her", "him", "them"} else m
    if toks[k - 1].text[:1].isalnum():
        m = _np_before(doc, k, lo)
        if m is not None and m[0] - 1 >= lo and toks[m[0] - 1].low == "with":
            return m
        return None
    if toks[k - 1].text in _QUOTE_TOKENS and k - 2 > lo and toks[k - 2].text == ",":
        k -= 1  # 'a defense of “New York values,” saying ...': the comma inside the quote
    if toks[k - 1].text != ",":
        return None
    return _main_subject(doc, k - 1, lo)


def _that_after(doc: _Doc, k: int, hi: int) -> int:
    """The token after 'that' closing a short addressee after token ``k`` ('telling state
    television that'), or the opening mark of a quotation after the addressee and a comma or
    colon ('telling reporters, “…”'), else 0."""
    for j in range(k + 1, min(hi, k + 14)):  # 'telling reporters at his news conference that'
        t = doc.toks[j]
        if t.text in {",", ":"} and j > k + 1 and j + 1 < hi and doc.in_quote[j + 1] and (
                j + 1 in doc.quote_of_tok):
            return j + 1
        if doc.in_quote[j] or not t.text[:1].isalnum() or _verb_at(doc, j) or (
                t.low in _AUXILIARIES):
            return 0
        if t.low == "that":
            return j + 1
    return 0


def _participle_content(
    doc: _Doc, k: int, hi: int, s_end: int
) -> tuple[str, tuple[int, int]] | None:
    """(kind, span) of what the participle at ``k`` reports: to the end of the sentence,
    without 'that' and the final stop; a quotation standing alone is direct."""
    toks = doc.toks
    c = k + 1
    if toks[k].low == "telling":
        c = _that_after(doc, k, hi)  # 'telling state television that ...'
    if c < hi and toks[c].text in {":", ","}:
        c += 1
    if c < hi and toks[c].low == "that":
        c += 1
    if c >= hi or doc.claimed[c] or toks[c].low in _SUBORDINATORS | {"of", "about", "for", "to",
                                                                      "so"}:
        return None
    a, b = _strip_end(doc.text, toks[c].start, s_end)
    qi = doc.quote_of_tok.get(c)
    if qi is not None and doc.quotes[qi].end >= b - 1:
        q = doc.quotes[qi]  # the whole quotation, though it holds several sentences
        return "direct", (a, q.end if q.start == toks[c].start else min(q.end, s_end))
    if _words(doc, a, b) < 2:
        return None
    return "indirect", (a, b)
