"""Verb frames: PolNeAR's wider notion of attribution, driven by ``data/attribution/verbs.csv``.

Only with ``attribute(..., beliefs=True)``: the default output keeps the project's statement
convention, whose annotators count neither "accused X of ..." nor "wants to ..." as a
statement. After the quotation and reported-speech rules, a verb of the table whose subject
the rules can name and whose complement has the frame the table gives becomes an attribution
(rule 10, ``frame-<class>``). The table's columns are ``verb, class, frame, rationale``:

- speech classes, kind ``indirect``: ``speech`` (reported speech without 'that':
  ``accused X of lying`` / ``praised X for ...`` (``obj-for``), ``asked X whether ...``
  (``wh``), ``talked about ...`` (``about``), ``cited X`` / ``mocked X`` (``object``),
  ``security specialists say it ...``), ``demand`` (``urged X to``, ``called for X``) and
  ``commitment`` (``promised/vowed to``);
- non-speech classes, kind ``belief``, as PolNeAR annotates them: ``belief`` (thinks/believes
  (that) ..., is convinced that ...), ``intention`` (wants/plans to ...), ``support``
  (endorsed/opposes X), ``evidence`` (a poll shows ...), ``feeling`` (fears ..., is worried
  about ...), ``declining`` (declined to ...).

Two fixed frames also give evidence: ``In the latest X poll, ...`` and ``According to X,``
where X is a number source the reported-speech rule leaves alone (``according to early exit
poll results``).

Frames: ``clause`` ('that' or a bare finite clause), ``wh``, ``to`` (an infinitive, also one
opening with a quotation mark: 'vowed to “take the fight” to ...'), ``obj-to``,
``object``, ``obj-for``, ``obj-as`` ('sees X as Y'), ``about``, ``adj`` (the form is an
adjective after 'be'), ``noun`` (a noun after a possessor: 'his warning that ...', 'Ruiz's
decision to ...', 'their criticism of X'; the possessor is the source, :func:`_noun_frame`).
Evidence named after its clause ('..., election records show.') is :func:`_trailing_evidence`.
A base form
('they want', 'does not believe') counts after a pronoun, a plural noun, a modal or 'do'; an
-ing form after 'be' or a comma (the participle of the sentence's speaker or main subject:
'..., referring to X'); a past participle after 'be' is a passive and is skipped (no source).
The source must be a mention the subject machinery accepts (:mod:`.subjects`), for non-speech
also 'I' and the antecedent of 'who/which'. A subject that an earlier rule's statement already
holds as its mention ('Tom Lee urged voters to stay home, explaining that ...': the participle's
statement took 'Tom Lee') is shared by the speech, declining and belief frames other than
``object``. Source-less attributions, which PolNeAR annotates
too, come from fixed frames (``frame-sourceless``, kind ``belief``, :func:`_sourceless`):
an impression ('seemed calm', 'it appears that ...'), an expectation ('is expected to
...') and hearsay ('have reportedly infiltrated ...', :func:`_hearsay`); their mention is empty
and sits at the cue, the speaker is ``""``; the content of an impression or expectation
holds its subject, as PolNeAR's does ('The harbour seemed calm',
:func:`_impression_subject`). A question whose asker is not named ('Asked about X, ...',
'was asked whether ...') is ``frame-asked`` (kind indirect, :func:`_asked_sourceless`);
'asked by X whether ...' names X (:func:`_asked_by`). In a
headline in title case a capitalised verb counts ('Fiorina Endorses Cruz').
The content runs to the end of the clause (a comma, a semicolon, a
dash, 'but', a subordinator), never into claimed tokens, so no attribution nests in another.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from .. import nlp
from .._data import data_path
from ..cues import ADVERBS, verb_forms
from ..errors import DataFileError
from .document import (
    _QUOTE_TOKENS,
    _Cand,
    _claim,
    _Doc,
    _first_word,
    _sentence_tok_range,
    _strip_end,
    _title_case_at,
)
from .subjects import _main_subject, _np_before, _plausible_mention, _subject_before
from .words import (
    _AUXILIARIES,
    _BE,
    _BOUNDARY_WORDS,
    _CLAUSE_LINKS,
    _DETERMINERS,
    _MONTHS,
    _SUBORDINATORS,
    _TIME_NOUNS,
    _TIME_WORDS,
    _TRAILERS,
)

SPEECH_CLASSES = frozenset({"speech", "demand", "commitment"})
FRAMES = frozenset({"clause", "wh", "to", "obj-to", "object", "obj-for", "obj-as", "about",
                    "adj", "noun"})


@dataclass(frozen=True)
class Frame:
    """One row of the verb table: a lemma, its class and the complement it takes."""

    verb: str
    cls: str
    frame: str

    @property
    def speech(self) -> bool:
        return self.cls in SPEECH_CLASSES


@cache
def frame_table() -> dict[str, tuple[tuple[Frame, str], ...]]:
    """Word form -> ((frame, form type), ...); form type is 'finite', 'base', 'ing' or 'adj'.

    Raises :class:`~geneva_nb.errors.DataFileError` when ``data/attribution/verbs.csv`` is
    unreadable or a row has an unknown frame."""
    path = data_path("attribution", "verbs.csv")
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the verb frames {path}: {exc}") from exc
    table: dict[str, list[tuple[Frame, str]]] = {}
    for n, row in enumerate(csv.DictReader(lines), start=2):
        try:
            f = Frame(row["verb"].strip().lower(), row["class"].strip(), row["frame"].strip())
        except (KeyError, AttributeError) as exc:
            raise DataFileError(f"{path}: row {n} needs the columns verb,class,frame,rationale"
                                ) from exc
        if f.frame not in FRAMES:
            raise DataFileError(f"{path}: row {n} has frame {f.frame!r}; use one of "
                                f"{', '.join(sorted(FRAMES))}.")
        if f.frame in {"adj", "noun"}:
            table.setdefault(f.verb, []).append((f, f.frame))
            if f.frame == "noun":  # the plural: 'his attacks on', 'their fears that'
                plural = f.verb[:-1] + "ies" if f.verb.endswith("y") else f.verb + "s"
                table.setdefault(plural, []).append((f, "noun"))
            continue
        past, third, ing = verb_forms(f.verb)
        for form, kind in ((past, "finite"), (third, "finite"), (f.verb, "base"), (ing, "ing")):
            table.setdefault(form, []).append((f, kind))
    for form, extra in _IRREGULAR_PAST.items():
        table.setdefault(form, []).extend((f, "finite") for f, k in table.get(extra, ())
                                          if k == "base")
    return {k: tuple(v) for k, v in table.items()}


# second forms beside geneva_nb.cues.verb_forms' past ('learned', 'showed')
_IRREGULAR_PAST = {"learnt": "learn", "shown": "show"}
_NEG = {"not", "n't", "never", "also", "still", "long", "strongly", "really", "now", "just",
        "already", "clearly", "personally", "genuinely", "firmly", "truly", "privately",
        "publicly", "increasingly", "very", "so", "deeply", "particularly", "quite", "too",
        "all", "both", "reportedly", "apparently", "even", "only", "actually", "certainly"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "do", "does",
           "did", "to"}
_BASE_SUBJECTS = {"i", "we", "they", "you"}
_WH = {"whether", "if", "why", "how", "what", "when", "where", "who"}
_FINITE = _AUXILIARIES | {"wo", "ca"}
_CLAUSE_STARTS = {"he", "she", "they", "it", "we", "i", "you", "there"}
_ABOUT_PREPS = {"call": {"for", "on"}, "refer": {"to"}, "point": {"to"}, "rail": {"against"},
                "push": {"for"}, "ask": {"for", "about"}, "warn": {"of", "about", "against"},
                "comment": {"on"}, "argue": {"for", "against"}, "insist": {"on"},
                "speak": {"about", "of", "on", "against"}, "lash": {"at"}, "weigh": {"on"},
                "respond": {"to"}, "apologize": {"for"}, "apologise": {"for"}, "plead": {"for"},
                "advocate": {"for"}}
_EVIDENCE_NOUNS = frozenset(
    "poll polls survey surveys study studies analysis report reports data figures estimate "
    "estimates view opinion projections records documents filings tally count".split())
_STOP_WORDS = frozenset({"but", "because", "although", "though", "while", "whereas", "unless"})


def _skip_back(doc: _Doc, k: int, lo: int, words: set[str] | frozenset[str]) -> int:
    toks = doc.toks
    j = k
    while j > lo and (toks[j - 1].low in words or toks[j - 1].low in _NEG
                      or toks[j - 1].low.endswith(("n't", "n’t"))
                      or (toks[j - 1].low.endswith("ly") and toks[j - 1].text.islower())):
        j -= 1
    return j


def _negated_be(doc: _Doc, a: int, b: int) -> bool:
    """A negated form of 'be' as one token ('isn’t', "wasn't") among tokens ``a:b``."""
    return any(doc.toks[x].low[:-3] in _BE for x in range(a, b)
               if doc.toks[x].low.endswith(("n't", "n’t")))


def _skip_adverbs(doc: _Doc, c: int, hi: int) -> int:
    toks = doc.toks
    while c < hi and (toks[c].low in ADVERBS or toks[c].low in _NEG or (
            toks[c].low.endswith("ly") and toks[c].text.islower() and len(toks[c].low) > 4)):
        c += 1
    return c


def _bare_clause(doc: _Doc, c: int, hi: int) -> bool:
    """A finite clause starts at ``c``: a subject pronoun, or a short noun phrase followed by
    an auxiliary within six tokens ('the economy will recover')."""
    toks = doc.toks
    if c >= hi or doc.in_quote[c]:
        return False
    if toks[c].low in _CLAUSE_STARTS:
        return c + 1 < hi and toks[c + 1].text[:1].isalnum()
    if not (toks[c].low in _DETERMINERS or toks[c].text[:1].isupper()):
        return False
    for j in range(c + 1, min(hi, c + 7)):
        if toks[j].low in _FINITE:
            return True
        if not toks[j].text[:1].isalnum() and toks[j].text not in {"'s", "’s"}:
            return False
    return False


def _object_end(doc: _Doc, c: int, hi: int, stops: set[str], span: int = 10) -> int:
    """Index of the first ``stops`` word within ``span`` tokens of a short object at ``c``
    (no verb, quotation or punctuation between), else -1."""
    toks = doc.toks
    for j in range(c, min(hi, c + span)):
        if toks[j].low in stops and j > c:
            return j
        if doc.in_quote[j] or (not toks[j].text[:1].isalnum() and toks[j].text not in {
                "'s", "’s", "-", "."}):
            return -1
        if toks[j].low in _FINITE or toks[j].low in {"that", "who", "which"}:
            return -1
    return -1


def _content_start(doc: _Doc, f: Frame, k: int, hi: int) -> int:
    """First token of the content of the frame at ``k``, or -1."""
    toks = doc.toks
    c = _skip_adverbs(doc, k + 1, hi)
    if c >= hi or doc.claimed[c]:
        return -1
    low = toks[c].low
    if f.frame in {"clause", "adj"}:
        if low == "that":
            return c + 1
        if f.frame == "adj" and low in {"about", "of", "by", "with", "to"}:
            if low == "to" and f.cls not in {"intention", "support"}:
                return -1
            return c + 1
        if low in _WH - {"who", "what"} and f.frame == "clause":
            return c
        return c if _bare_clause(doc, c, hi) else -1
    if f.frame == "wh":
        if low in _WH - {"who"}:
            return c
        j = _object_end(doc, c, hi, _WH - {"who", "what", "when", "where"}, span=7)
        return c if j > 0 else -1
    if f.frame == "to":
        if low != "to" or c + 1 >= hi:
            return -1
        d = c + 2 if c + 1 in doc.quote_of_tok else c + 1  # 'vowed to “take our fight” to ...'
        return c if d < hi and toks[d].text[:1].isalpha() else -1
    if f.frame == "obj-to":
        if low in _BOUNDARY_WORDS and low not in _DETERMINERS:
            return -1
        return c if _object_end(doc, c, hi, {"to"}) > 0 else -1
    if f.frame == "obj-for":
        if low in _BOUNDARY_WORDS and low not in _DETERMINERS:
            return -1
        return c if _object_end(doc, c, hi, {"for", "of", "over"}) > 0 else -1
    if f.frame == "obj-as":
        if low in _BOUNDARY_WORDS and low not in _DETERMINERS:
            return -1
        return c if _object_end(doc, c, hi, {"as"}) > 0 else -1
    if f.frame == "about":
        preps = _ABOUT_PREPS.get(f.verb, {"about", "of", "on"})
        if low in {"out", "in", "back"} and c + 1 < hi and toks[c + 1].low in preps:
            c += 1  # a particle: 'spoke out against', 'weighed in on', 'lashed out at'
            low = toks[c].low
        if low == "on" and c + 1 < hi and toks[c + 1].low in {"condition", "background"}:
            return -1  # 'spoke on condition of anonymity'
        return c + 1 if low in preps and c + 1 < hi else -1
    # object
    if low in _BOUNDARY_WORDS - _DETERMINERS or low in _SUBORDINATORS or low in _WH or (
            not toks[c].text[:1].isalnum() and toks[c].text not in _QUOTE_TOKENS):
        return -1
    if low in {"it", "them", "him", "her", "this", "that", "me", "us", "you", "himself",
               "herself", "themselves", "itself"}:
        return -1  # a pronoun object says too little to be worth a row
    return c


def _content_end(doc: _Doc, f: Frame, c: int, hi: int) -> int:
    """Token index where the content starting at ``c`` ends (exclusive)."""
    toks = doc.toks
    clause = f.frame in {"clause", "adj", "wh"}
    for j in range(c, hi):
        t = toks[j]
        if doc.claimed[j]:
            return j
        if doc.in_quote[j]:
            continue
        if t.text in {";", "—", "–", "--", "(", ":"}:
            return j
        if t.text == "," and j + 1 < hi:
            nxt = toks[j + 1].low
            if (not clause and toks[j + 1].text.islower() and nxt not in _DETERMINERS) or (
                    nxt in _STOP_WORDS | _TRAILERS | _CLAUSE_LINKS) or nxt in {
                    "who", "which", "and", "saying", "adding", "according"} or (
                    nxt.endswith("ing") and toks[j + 1].text.islower()):
                return j  # an appositive after an object goes on: 'X, an heir to ...'
        if j > c and t.low in _STOP_WORDS and not clause:
            return j
        if j > c and f.cls == "support" and f.frame == "object" and _object_stops(doc, j, hi):
            return j
    return hi


_TIME_PREPS = frozenset({"on", "in", "during", "at", "since", "until", "by"})
_LEAD = frozenset({"last", "this", "next", "earlier", "later"})


def _is_time(doc: _Doc, j: int, hi: int) -> bool:
    """A time expression starts at ``j``: 'Wednesday', 'yesterday', 'last week', 'May 3',
    '2015', 'earlier this year'."""
    toks = doc.toks
    t = toks[j]
    if t.low in _TIME_WORDS or (t.text.isdigit() and len(t.text) == 4):
        return True
    if t.low in _MONTHS and t.text[:1].isupper() and (t.low != "may" or (
            j + 1 < hi and toks[j + 1].text.isdigit())):
        return True
    return t.low in _LEAD and j + 1 < hi and toks[j + 1].low in _TIME_NOUNS


def _object_stops(doc: _Doc, j: int, hi: int) -> bool:
    """The noun-phrase object of an ``object`` frame ends before token ``j``: a time
    expression ('endorsed Cruz [on Wednesday]', '... [last week]'), 'here', or 'and' before a
    finite verb ('endorsed Sanders [and organized for him]')."""
    toks = doc.toks
    t = toks[j]
    if _is_time(doc, j, hi) or t.low == "here":
        return True
    if t.low in _TIME_PREPS and j + 1 < hi:
        n = j + 1 + (toks[j + 1].low in {"the", "early", "late", "mid"})
        return n < hi and (_is_time(doc, n, hi) or toks[n].low in _TIME_NOUNS - {
            "the", "this", "that", "last", "next"})
    if t.low == "and" and j + 1 < hi and toks[j + 1].text.islower():
        n = _skip_adverbs(doc, j + 1, hi)
        return n < hi and (toks[n].low in _FINITE or nlp.lexicon_tag(toks[n].low) in {
            "VBD", "VBZ"})
    return False


def _source(doc: _Doc, f: Frame, k: int, lo: int, kind: str, out: list[_Cand]
            ) -> tuple[int, int] | None:
    """The source mention of the frame at ``k``: the subject before the verb and its
    auxiliaries; for a participle after a comma the sentence's speaker or main subject
    ('Trump rallied in Ohio, referring to X'); for non-speech classes also 'I' and the
    antecedent of 'who' / 'which' ('The union, which endorsed X')."""
    toks = doc.toks
    if kind == "ing" and k > lo and toks[k - 1].text == ",":
        for c in reversed(out):
            if c.cue[0] < k and doc.sentence_of(toks[c.cue[0]].start) == doc.sentence_of(
                    toks[k].start):
                return c.mention if c.kind != "belief" else None
            if c.cue[0] < lo:
                break
        return _main_subject(doc, k - 1, lo)
    v = _skip_back(doc, k, lo, _AUXILIARIES | (_BE if kind in {"adj", "ing"} else set()))
    mention = _subject_before(doc, v, lo)
    if mention is None and v > lo and doc.claimed[v - 1] and f.frame != "object" and (
            f.speech or f.cls in {"declining", "belief"}):
        # 'Reached by X, Bennett denied the notion ..., explaining that ...': the subject is
        # already the mention of the participle's statement; both verbs are his
        mention = next((c.mention for c in reversed(out) if c.mention[1] == v
                        and c.kind != "belief" and c.mention[0] >= lo), None)
    if mention is not None or v <= lo:
        return mention
    if f.speech:
        # a plain subject the speaker checks do not know ('security specialists say it is'),
        # only before a clause that opens with 'that' or a pronoun
        nxt = doc.toks[_skip_adverbs(doc, k + 1, len(doc.toks))] if k + 1 < len(toks) else None
        if f.frame != "clause" or nxt is None or nxt.low not in _CLAUSE_STARTS | {"that"}:
            return None
        m = _np_before(doc, v, lo, check=False)
        return m if m is not None and m[1] - m[0] <= 6 else None
    p = toks[v - 1].low
    if p == "i" and not doc.claimed[v - 1]:
        return (v - 1, v)
    if p in {"who", "which"}:
        e = v - 2 if v - 2 > lo and toks[v - 2].text == "," else v - 1
        return _np_before(doc, e, lo, check=False)
    return _np_before(doc, v, lo, check=False) if toks[v - 1].text[:1].isalnum() else None


def _in_evidence(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'In the latest CBS poll, Trump leads ...' / 'In his view, ...': the poll or view is the
    source of the rest of the sentence (``frame-evidence``, cue 'in')."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    k = lo
    while k < hi and toks[k].low in {"and", "but", "yet", "so"}:
        k += 1
    if k + 2 >= hi or toks[k].low != "in" or doc.claimed[k] or doc.in_quote[k]:
        return
    for j in range(k + 1, min(hi - 1, k + 12)):
        if toks[j].text == ",":
            if not _evidence_phrase(doc, k + 1, j) or doc.claimed[j + 1]:
                return
            end = _content_end(doc, _EVIDENCE_FRAME, j + 1, hi)
            a, b = _strip_end(doc.text, toks[j + 1].start, toks[end - 1].end)
            if _words_between(doc, j + 1, end) < 3:
                return
            out.append(_Cand("belief", (k + 1, j), (k, k + 1), (a, b), "frame-evidence"))
            _claim(doc, k, end)
            return
        if doc.in_quote[j] or not (toks[j].text[:1].isalnum() or toks[j].text in {
                "'s", "’s", "-", "/", "."}):
            return


_EVIDENCE_FRAME = Frame("in", "evidence", "clause")
_AFTER_EVIDENCE = frozenset({"by", "of", "for", "from", "on", "conducted", "taken"})


def _evidence_phrase(doc: _Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` name a poll, study or view: the evidence noun ends them ('in the
    latest CBS poll') or a participle or preposition follows it ('in an NBC poll released
    Monday', 'in a survey of likely voters')."""
    toks = doc.toks
    if toks[b - 1].low in _EVIDENCE_NOUNS:
        return True
    n = next((x for x in range(a, b - 1) if toks[x].low in _EVIDENCE_NOUNS), -1)
    return n >= 0 and toks[n + 1].text.islower() and (
        toks[n + 1].low in _AFTER_EVIDENCE or toks[n + 1].low.endswith("ed"))


_SHOW_VERBS = frozenset("show shows showed found finds suggest suggests suggested indicate "
                        "indicates indicated".split())


def _trailing_evidence(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'The mayor gave nothing to any candidate, election records show.': a poll, record or
    study named after the clause it backs, at the end of the sentence (``frame-evidence``;
    the source is the noun phrase, the content the clause before the comma)."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    e = hi
    while e > lo and not toks[e - 1].text[:1].isalnum():
        e -= 1
    while e > lo and toks[e - 1].low in _TIME_WORDS:
        e -= 1
    v = e - 1
    if v <= lo + 3 or toks[v].low not in _SHOW_VERBS or doc.claimed[v] or doc.in_quote[v]:
        return
    comma = next((x for x in range(v - 1, max(lo, v - 12), -1) if toks[x].text == ","), -1)
    if comma <= lo + 2 or not any(toks[x].low in _EVIDENCE_NOUNS for x in range(comma + 1, v)):
        return
    if any(doc.claimed[x] or doc.in_quote[x] or not (toks[x].text[:1].isalnum() or toks[x].text
           in {"'s", "’s", "-", "."}) for x in range(comma + 1, v)):
        return
    start = lo
    while start < comma and toks[start].low in {"and", "but", "so"}:
        start += 1
    if any(doc.claimed[x] for x in range(start, comma)) or _words_between(doc, start, comma) < 3:
        return
    a, b = _strip_end(doc.text, toks[start].start, toks[comma - 1].end)
    out.append(_Cand("belief", (comma + 1, v), (v, v + 1), (a, b), "frame-evidence"))
    _claim(doc, lo, hi)


def _according_evidence(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'According to early exit poll results, ...' / '..., according to the poll': what the
    reported-speech rule leaves to numbers and long sources (``frame-evidence``)."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    for k in range(lo, hi - 2):
        if not (toks[k].low == "according" and toks[k + 1].low == "to") or doc.claimed[k] or (
                doc.in_quote[k]):
            continue
        e = k + 2
        while e < hi and e - k < 28 and not doc.in_quote[e] and toks[e].text not in {
                ",", ";", ":", ".", "!", "?"}:
            e += 1
        if e == k + 2 or e - k >= 28 or doc.in_quote[e - 1]:
            return
        first = all(not toks[x].text[:1].isalnum() or toks[x].low in {"and", "but", "so"}
                    for x in range(lo, k))
        if first and e < hi and toks[e].text == ",":
            end = _content_end(doc, _EVIDENCE_FRAME, e + 1, hi)
            a, b = _strip_end(doc.text, toks[e + 1].start, toks[end - 1].end) if end > e + 1 \
                else (0, 0)
        elif k > lo and toks[k - 1].text == "," and not any(doc.claimed[x] for x in range(lo, k)):
            a, b = _strip_end(doc.text, toks[lo].start, toks[k - 1].start)
            end = e
        else:
            return
        if b <= a or _words_between(doc, doc.tok_at(a), doc.tok_at(b)) < 3:
            return
        out.append(_Cand("belief", (k + 2, e), (k, k + 2), (a, b), "frame-evidence"))
        _claim(doc, lo, max(end, e))
        return


def _words_between(doc: _Doc, a: int, b: int) -> int:
    return sum(1 for t in doc.toks[a:b] if t.text[:1].isalnum())


def _plain_mention(doc: _Doc, mention: tuple[int, int]) -> bool:
    """A mention that names a source: not 'you' (a question to the reader or interviewee),
    not a phrase ending in 'and' or a possessive, not one opening with a preposition."""
    words = [t for t in doc.toks[mention[0]:mention[1]] if t.text[:1].isalnum()]
    if not words or words[0].low in {"you", "of", "from", "in", "at", "plus", "do", "does"}:
        return False
    last = words[-1].low
    return last not in {"and", "or", "yet", "but", "you"} and not last.endswith(("'s", "’s"))


def _accept_form(doc: _Doc, k: int, lo: int, kind: str) -> bool:
    """The word at ``k`` is used as the frame's verb (or adjective) here."""
    toks = doc.toks
    t = toks[k]
    if t.text[:1].isupper() and k > lo:
        # 'Hope', 'Back': a capital inside a sentence is a name, except in a headline in
        # title case ('Fiorina Endorses Cruz')
        return kind == "finite" and _title_case_at(doc, k)
    j = _skip_back(doc, k, lo, frozenset())
    prev = toks[j - 1].low if j > lo else ""
    if _negated_be(doc, j, k):
        prev = "is"  # 'isn’t expected to', 'wasn’t backed by': one token for 'be' + 'not'
    if kind == "adj":
        return prev in _BE or prev in {"feel", "feels", "felt", "remain", "remains",
                                       "remained", "seem", "seems", "seemed"}
    if kind == "ing":
        return prev in _BE or prev == ","
    if prev in _BE or prev in {"by", "the", "a", "an", "his", "her", "their", "its", "our"}:
        return False  # a passive ('was backed by'), or a noun ('the plan', 'his support')
    if kind == "finite" and t.low.endswith("s") and nlp.lexicon_tag(t.low) == "NNS" and (
            j > lo and toks[j - 1].text.islower() and prev not in _S_SUBJECTS
            and not prev.endswith("ly")):
        return False  # 'terror attacks', 'the peace talks': a plural noun, no verb
    if kind == "base":
        return prev in _MODALS - {"to"} or prev in _BASE_SUBJECTS or (
            prev.endswith("s") and prev.isalpha() and prev not in _AUXILIARIES
            and prev not in {"his", "its", "this", "us", "as", "was", "has", "is"}) or (
            _plural_head_with_pp(doc, j, lo))
    return True


_PP_HEAD = frozenset("in of on from for at across with under over among".split())


def _plural_head_with_pp(doc: _Doc, j: int, lo: int) -> bool:
    """A plural noun and a prepositional phrase end before token ``j`` ('Democrats on the
    committee [plan]', 'voters in each state [want]', 'records from the 2008 cycle [show]'):
    the base form after it agrees with the plural."""
    toks = doc.toks
    for x in range(j - 1, max(lo, j - 9) - 1, -1):
        t = toks[x]
        if doc.claimed[x] or doc.in_quote[x] or not t.text[:1].isalnum() or t.low in _FINITE:
            return False
        if x + 1 < j and toks[x + 1].low in _PP_HEAD and (
                (t.text.islower() and nlp.lexicon_tag(t.low) == "NNS")
                or (t.text[:1].isupper() and t.low.endswith("s") and nlp.lexicon_tag(
                    t.low) in {"NNS", "NNPS"})):
            return True
        if t.text.islower() and nlp.lexicon_tag(t.low) in {"VBD", "VBZ", "VBP", "VB"}:
            return False
    return False


# lower-case words a third-person verb may follow ('he attacks', 'who talks')
_S_SUBJECTS = frozenset("he she it who that which also often still never".split())

_SEEM = frozenset("seem seems seemed appear appears appeared".split())
_SEEM_NEXT = frozenset("to that like as more less very so increasingly likely unlikely "
                       "certain poised ready set determined eager willing unable able "
                       "reluctant open".split())
_EXPECTED = frozenset({"expected"})
_CLAUSE = Frame("seem", "belief", "clause")


def _sourceless(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """Attributions without a source, as PolNeAR annotates them (``frame-sourceless``, kind
    belief): an impression ('the economy seemed impervious to ...', 'it appears that ...') and
    an expectation nobody is named for ('Nabisco is expected to cut ...'). The mention is
    empty (at the cue, speaker ``""``): the text names no one."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    k = lo + 1
    while k < hi - 1:
        t = toks[k]
        if doc.in_quote[k] or doc.claimed[k] or not t.text.islower():
            k += 1
            continue
        c = -1
        if t.low in _SEEM:
            nxt = _skip_adverbs(doc, k + 1, hi)
            if nxt < hi and (toks[nxt].low in _SEEM_NEXT or (
                    toks[nxt].text.islower() and nlp.lexicon_tag(toks[nxt].low) == "JJ")):
                c = nxt + 1 if toks[nxt].low in {"that", "like", "as"} else nxt
                if toks[nxt].low == "as" and (nxt + 1 >= hi or toks[nxt + 1].low not in {
                        "if", "though"}):
                    c = -1  # 'appeared as a guest': no impression
                elif toks[nxt].low == "as":
                    c = nxt + 2
        elif t.low in _EXPECTED:
            b = _skip_back(doc, k, lo, _NEG)
            nxt = k + 1
            if b > lo and (toks[b - 1].low in _BE or _negated_be(doc, b, k)) and (
                    nxt + 1 < hi) and toks[nxt].low == "to" and (
                    toks[nxt + 1].text[:1].isalpha()):
                c = nxt
        if c < 0 or c >= hi or doc.claimed[c] or (doc.in_quote[c] and c not in doc.quote_of_tok):
            k += 1
            continue
        end = _content_end(doc, _CLAUSE, c, hi)
        # the content ends at a comma: 'expected to come on Dec. 16, presents a risk'
        end = next((j for j in range(c, end) if toks[j].text == "," and not doc.in_quote[j]),
                   end)
        if end <= c:
            k += 1
            continue
        a, b = _strip_end(doc.text, toks[c].start, toks[end - 1].end)
        if b <= a or len(doc.text[a:b].split()) < 2:
            k += 1
            continue
        subj = _impression_subject(doc, k, lo)
        if subj >= 0:
            a = toks[subj].start  # PolNeAR's content holds the subject: 'This [seems] fair'
        out.append(_Cand("belief", (k, k), (k, k + 1), (a, b), "frame-sourceless", how="none"))
        _claim(doc, k, end)
        k = end


def _impression_subject(doc: _Doc, k: int, lo: int) -> int:
    """First token of the subject of 'seems' / 'is expected' at ``k`` (back over auxiliaries
    and adverbs to the clause start: the sentence start, a comma, a claimed or quoted token),
    or -1 for an expletive 'it' / 'there' or a subject longer than twelve tokens."""
    toks = doc.toks
    v = _skip_back(doc, k, lo, _AUXILIARIES | _BE)
    i = v
    while i > lo and not doc.claimed[i - 1] and not doc.in_quote[i - 1] and toks[
            i - 1].text not in {",", ";", ":", "—", "–", "(", "--"}:
        i -= 1
    while i < v and toks[i].low in {"and", "but", "so", "yet", "still", "instead", "now"}:
        i += 1
    if i >= v or v - i > 12 or (v - i == 1 and toks[i].low in {"it", "there"}):
        return -1
    return i


_ASK = Frame("ask", "speech", "wh")
_ASKED_ABOUT = frozenset({"whether", "if", "why", "how", "what", "about"})


def _asked_by(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'(She was) asked by Matt Lauer whether she had practised': the agent of a passive
    'asked' put the question (``frame-speech``); the content is the question."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    for k in range(lo, hi - 3):
        if toks[k].low != "asked" or toks[k + 1].low != "by" or doc.claimed[k] or (
                doc.in_quote[k]):
            continue
        c = next((j for j in range(k + 3, min(hi, k + 12)) if toks[j].low in _ASKED_ABOUT
                  or not (toks[j].text[:1].isalnum() or toks[j].text in {"'s", "’s", "."})),
                 hi)
        if c >= hi or toks[c].low not in _ASKED_ABOUT or not _plausible_mention(
                toks[k + 2:c]):
            continue
        mention = (k + 2, c)
        c += toks[c].low == "about"
        end = _content_end(doc, _ASK, c, hi)
        if k == lo or not toks[k - 1].text[:1].isalnum():
            # 'Asked by X whether ..., Brandt smiled': the fronted clause ends at its comma
            end = next((j for j in range(c, end) if toks[j].text == "," and not
                        doc.in_quote[j]), end)
        if end <= c + 1 or any(doc.claimed[x] for x in range(mention[0], end)):
            continue
        a, b = _strip_end(doc.text, toks[c].start, toks[end - 1].end)
        out.append(_Cand("indirect", mention, (k, k + 1), (a, b), "frame-speech"))
        _claim(doc, k, end)
        return


_ASKED_WH = frozenset({"about", "whether", "if", "why", "how", "what", "which", "who", "whom",
                       "when", "where"})
_ASKED_LEADS = frozenset({"when", "after", "before", "if", "once", "while", "and", "but"})


def _asked_sourceless(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'Asked about the audit, Ruiz said ...' / 'she was asked whether ...': a question whose
    asker the text does not name (a reporter, as PolNeAR annotates it: source-less, kind
    indirect, ``frame-asked``); the content is the question, from 'about' or the wh-word to
    the end of the clause (of the fronted clause at its comma)."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    first = _first_word(doc, lo)
    for k in range(lo, hi - 2):
        if toks[k].low != "asked" or doc.claimed[k] or doc.in_quote[k]:
            continue
        b = _skip_back(doc, k, lo, frozenset({"once", "even", "repeatedly", "later", "also"}))
        fronted = b == first or (b - 1 == first and toks[b - 1].low in _ASKED_LEADS)
        passive = b > lo and toks[b - 1].low in _BE
        c = _skip_adverbs(doc, k + 1, hi)
        if not (fronted or passive) or c >= hi or toks[c].low not in _ASKED_WH or (
                doc.claimed[c] or doc.in_quote[c]):
            continue
        end = _content_end(doc, _ASK, c + 1, hi)
        if fronted:
            end = next((j for j in range(c, end) if toks[j].text == "," and not
                        doc.in_quote[j]), end)
        if end <= c + 1:
            continue
        a, z = _strip_end(doc.text, toks[c].start, toks[end - 1].end)
        if _words_between(doc, c, end) < 2:
            continue
        out.append(_Cand("indirect", (k, k), (k, k + 1), (a, z), "frame-asked", how="none"))
        _claim(doc, k, end)
        return


_HEADLINE_SOURCES = frozenset(
    "poll polls survey report study analysis newspaper officials sources experts historians "
    "economists aides insiders voters".split())


def _headline_evidence(doc: _Doc, out: list[_Cand]) -> None:
    """'Poll: Ortiz leads in the county' / 'Report: ...' as the article's first paragraph: a
    headline label that is a poll, report or group of people (``frame-evidence``, the colon is
    the cue); a person's label is :mod:`.transcripts`' ``headline-label``."""
    if len(doc.paragraphs) < 2 or not doc.toks:
        return
    toks = doc.toks
    a, b = doc.paragraphs[0]
    k0 = doc.tok_at(a)
    colon = next((j for j in range(k0, min(len(toks), k0 + 4)) if toks[j].text == ":"), -1)
    if colon <= k0 or toks[colon].start >= b or toks[colon - 1].low not in _HEADLINE_SOURCES or (
            any(doc.claimed[j] or doc.in_quote[j] for j in range(k0, colon + 1))) or not all(
            toks[j].text[:1].isupper() for j in range(k0, colon)):
        return
    end = next((j for j in range(colon + 1, len(toks)) if toks[j].start >= b), len(toks))
    if any(doc.claimed[j] for j in range(colon + 1, end)) or _words_between(
            doc, colon + 1, end) < 3:
        return
    c0, c1 = _strip_end(doc.text, toks[colon + 1].start, toks[end - 1].end)
    while c1 > c0 and doc.text[c1 - 1] in ".;":
        c1 -= 1
    out.append(_Cand("belief", (k0, colon), (colon, colon + 1), (c0, c1), "frame-evidence"))
    _claim(doc, k0, end)


# not "allegedly": right 4 times in 8 on PolNeAR train
_HEARSAY = frozenset({"reportedly", "purportedly", "supposedly"})


def _hearsay(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """'The hackers have reportedly infiltrated ...': an adverb that says someone unnamed
    reports the clause (``frame-sourceless``, kind belief); the content is the clause around
    it, from its start (the sentence's or the last comma's before the adverb) to its end."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    for k in range(lo, hi - 1):
        if toks[k].low not in _HEARSAY or doc.claimed[k] or doc.in_quote[k]:
            continue
        start = next((j + 1 for j in range(k - 1, lo - 1, -1) if toks[j].text == "," or
                      doc.claimed[j] or doc.in_quote[j]), lo)
        if start == k:  # 'Reportedly, he made ...': the clause after the comma
            start = k + 1 + (k + 1 < hi and toks[k + 1].text == ",")
        if start >= hi or any(doc.claimed[j] for j in range(start, k)):
            return
        end = _content_end(doc, _CLAUSE, k + 1, hi)
        if end <= k + 1 or _words_between(doc, start, end) < 4:
            return
        a, b = _strip_end(doc.text, toks[start].start, toks[end - 1].end)
        out.append(_Cand("belief", (k, k), (k, k + 1), (a, b), "frame-sourceless", how="none"))
        _claim(doc, start, end)
        return


def _frames(doc: _Doc, sid: int, out: list[_Cand], *, beliefs: bool) -> None:
    """Rule 10 on sentence ``sid``: verb frames from ``verbs.csv`` (see the module doc)."""
    if not beliefs:
        return
    table = frame_table()
    toks = doc.toks
    if sid == 0:
        _headline_evidence(doc, out)
    _in_evidence(doc, sid, out)
    _trailing_evidence(doc, sid, out)
    _according_evidence(doc, sid, out)
    _sourceless(doc, sid, out)
    _hearsay(doc, sid, out)
    _asked_by(doc, sid, out)
    _asked_sourceless(doc, sid, out)
    lo, hi = _sentence_tok_range(doc, sid)
    k = lo
    while k < hi:
        entries = table.get(toks[k].low)
        if not entries or doc.in_quote[k] or doc.claimed[k]:
            k += 1
            continue
        done = False
        for f, kind in entries:
            if kind == "noun":
                end = _noun_frame(doc, f, k, lo, hi, out)
                if end > k:
                    k, done = end, True
                    break
                continue
            if not _accept_form(doc, k, lo, kind):
                continue
            if f.verb == "back" and kind != "finite":
                continue  # 'back' as a base form is mostly the adverb or the noun
            c = _content_start(doc, f, k, hi)
            if c < 0:
                continue
            end = _content_end(doc, f, c, hi)
            if end <= c:
                continue
            a, b = _strip_end(doc.text, toks[c].start, toks[end - 1].end)
            if b <= a:
                continue
            mention = _source(doc, f, k, lo, kind, out)
            if mention is None or not _plain_mention(doc, mention):
                continue
            rule = f"frame-{f.cls}"
            out.append(_Cand("indirect" if f.speech else "belief", mention, (k, k + 1), (a, b),
                             rule))
            _claim(doc, k, end)
            k = end
            done = True
            break
        if not done:
            k += 1


_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
_NOUN_PREPS = frozenset({"of", "on", "for", "against", "to", "with", "about", "toward",
                         "towards"})
_NOUN_CLAUSE = Frame("noun", "belief", "clause")


def _possessor(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The possessor before the noun at ``k`` (one adjective may sit between): 'his', 'her',
    'their', or a capitalised name ending in 's ('Sen. Ruiz's', 'the DNC's')."""
    toks = doc.toks
    j = k - 1
    if j > lo and toks[j].text.islower() and nlp.lexicon_tag(toks[j].low) == "JJ":
        j -= 1  # 'his repeated claims', 'her long support for'
    if j < lo or doc.claimed[j] or doc.in_quote[j]:
        return None
    if toks[j].low in _POSSESSIVES:
        return (j, j + 1)
    if not toks[j].text.endswith(("'s", "’s")) or not toks[j].text[:1].isupper():
        return None
    i = j
    while i > lo and not doc.claimed[i - 1] and not doc.in_quote[i - 1] and (
            toks[i - 1].text[:1].isupper() or toks[i - 1].text == ".") and (
            toks[i - 1].text[:1].isupper() or i - 1 > lo):
        i -= 1
    if i > lo and toks[i - 1].low == "the":
        i -= 1
    while i < j and toks[i].text == ".":
        i += 1
    if i == lo and toks[i].text[:1].isupper() and i < j and toks[i].low in {
            "but", "and", "so", "yet", "still", "also", "in", "after", "with", "despite"}:
        i += 1
    return (i, j + 1)


def _noun_frame(doc: _Doc, f: Frame, k: int, lo: int, hi: int, out: list[_Cand]) -> int:
    """'his warning that ...', 'Ruiz's decision to ...', 'their criticism of X': a noun of the table
    (frame ``noun``) after a possessor, with a 'that' clause, an infinitive or a preposition
    and its object after it. The possessor is the source, the complement the content; the
    token index after the content, or -1."""
    toks = doc.toks
    t = toks[k]
    if not t.text.islower() or k + 2 >= hi:
        return -1
    mention = _possessor(doc, k, lo)
    if mention is None:
        return -1
    c = k + 1
    if doc.claimed[c] or doc.in_quote[c]:
        return -1
    nxt = toks[c].low
    frame = f
    if nxt == "that":
        start, frame = c + 1, _NOUN_CLAUSE
        if start >= hi or not (toks[start].text[:1].isalnum() or toks[start].text in
                               _QUOTE_TOKENS):
            return -1
    elif nxt == "to" and toks[c + 1].text.islower() and nlp.lexicon_tag(
            toks[c + 1].low) in {"VB", "VBP"}:
        start = c  # 'his plan to deport ...': the infinitive with its 'to'
    elif nxt in _NOUN_PREPS:
        start = c + 1
        if toks[start].low in {"the", "a", "an"} and start + 1 < hi and toks[
                start + 1].low in {"first", "time", "day", "week", "year"}:
            return -1
    else:
        return -1
    if start >= hi or doc.claimed[start]:
        return -1
    end = _content_end(doc, frame, start, hi)
    finite = [j for j in range(start + 1, end) if not doc.in_quote[j] and toks[
        j].text.islower() and (toks[j].low in _FINITE or nlp.lexicon_tag(toks[j].low) in {
            "VBD", "VBZ", "MD"})]
    if frame is not _NOUN_CLAUSE and finite:
        end = finite[0]  # 'his attacks on Kell [continued]': the sentence's own verb
    elif finite and mention[0] <= _first_word(doc, lo):
        # 'Her warning that the dam would fail [was] ignored': a subject noun phrase; the
        # clause ends before the second verb group
        second = [j for j in finite[1:] if j - 1 not in finite and not (
            toks[j - 1].low in _NEG or toks[j - 1].low.endswith("ly"))]
        end = second[0] if second else end
    if end <= start:
        return -1
    a, b = _strip_end(doc.text, toks[start].start, toks[end - 1].end)
    if b <= a or _words_between(doc, start, end) < 1:
        return -1
    kind = "indirect" if f.speech else "belief"
    out.append(_Cand(kind, mention, (k, k + 1), (a, b), f"frame-{f.cls}"))
    _claim(doc, k, end)
    return end
