"""The analysed text and what every rule shares: tokens, sentences, quotations, claims.

:func:`_build_doc` turns an :class:`~geneva_nb.article.Article` into a :class:`_Doc`: the
tokens of :func:`geneva_nb.cues.tokenize`, the sentences of :func:`geneva_nb.nlp.sentence_spans`
per paragraph, and the quotations of :func:`geneva_nb.quotes.find_quotes`, with per-token marks
(inside a quotation; inside a short quoted phrase, a scare quote or title of at most three words;
claimed by a statement). :class:`_Cand` is one statement found by a rule (token ranges for the
mention and cue, a character span for the content, the rule's name, and ``ref``, the statement
whose speaker it shares).

The token helpers here are used by every rule module: the cue class of a token
(:func:`_verb_at`, with 'pointed out', 'made clear', 'shot back', and 'called for' / 'called
on', which is a demand and no statement; plural present forms count after a plural subject
only: "officials say", not "declined to say"; an '-s' word after a possessive and a capitalised
word is a noun: "in one of his Facebook posts"), the cue's token range, a sentence's token range,
its first word after connectors and a wire dateline ("BRUSSELS, July 2 (Reuters) -" is never
content), and trimming a content span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import attrgetter

from .. import nlp
from ..actors import UNKNOWN_SIDE
from ..article import Article
from ..cues import (
    DESCRIBE,
    FREE,
    FUNCTION_CAPS,
    PLURAL_PRESENT,
    PROGRESSIVE,
    THAT,
    Tok,
    cue_class,
    tokenize,
)
from ..quotes import QuoteSpan, find_quotes
from .words import _AUXILIARIES, _LEADING_CONNECTORS

_QUOTE_TOKENS = set("\"'“”‘’«»„‟")

_OPEN_QUOTES = set("“‘«„\"'")

_SENT_END = set(".!?")

_DASHES = {"—", "–", "-"}

_MAX_MENTION = 10

# a wire dateline opening a story: 'WASHINGTON (AP) — ', 'BRUSSELS, July 2 (Reuters) - '
_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.]{1,20}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.]{1,20}){0,3}"
    r"(?:, [A-Z][a-z]{1,9}\.?(?: [A-Z][a-z]{1,9}\.?)?(?: \d{1,2})?)?"
    r"(?: \([A-Za-z .&-]{1,30}\))? ?[—–-]{1,2} "
)


@dataclass
class _Cand:
    kind: str
    mention: tuple[int, int]  # token index range [i, j)
    cue: tuple[int, int]  # token index range
    content: tuple[int, int]  # character span
    rule: str
    # the first statement of the act this one continues: its speaker is this one's. Linked by
    # identity, never by list position: the lists are re-sorted between the rules
    ref: _Cand | None = None
    speaker: str = ""
    side: str = UNKNOWN_SIDE
    how: str = ""


@dataclass
class _Doc:
    text: str
    toks: list[Tok]
    starts: list[int]
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    paragraphs: list[tuple[int, int]]
    para_starts: list[int]
    quotes: list[QuoteSpan]
    quote_of_tok: dict[int, int] = field(default_factory=dict)  # token index -> quote index
    in_quote: bytearray = field(default_factory=bytearray)  # per token: 1 inside a quotation
    # per token: 1 inside a short quoted phrase (a scare quote or title: at most three words,
    # no sentence-final punctuation), which may sit inside a subject's appositive
    in_phrase: bytearray = field(default_factory=bytearray)
    claimed: bytearray = field(default_factory=bytearray)  # per token: used by a statement
    # per sentence: its token range [tok_at(start), tok_at(end)), found once by _build_doc
    sent_toks: list[tuple[int, int]] = field(default_factory=list)
    # what a rule module derives from the tokens once per document and reads in every
    # sentence, under a key of its own (the tokens never change after _build_doc)
    derived: dict[str, object] = field(default_factory=dict)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)


_POSSESSIVE = ("'s", "’s", "s'", "s’")

_START = attrgetter("start")

# every lower-cased word :func:`_verb_at` can give a cue class: the speech verbs' forms, the
# -ing forms after 'be', the plural present forms, and the heads of 'pointed out', 'shot back',
# 'made clear', 'called for'
_CUE_WORDS = frozenset(
    {*FREE, *THAT, *DESCRIBE, *PROGRESSIVE, *PLURAL_PRESENT, "pointed", "points", "shot",
     "fired", "hit", "snapped", "pushed", "made", "makes", "called", "calls", "calling"})


def _is_capitalised(tok: Tok) -> bool:
    """A capitalised word (no function word such as 'The'), or a name behind a joined Arabic
    article: 'al-Assad', 'el-Sisi' ('“…,” al-Assad said')."""
    t = tok.text
    return (t[:1].isupper() and tok.low not in FUNCTION_CAPS) or (
        t[2:3] == "-" and t[:2] in ("al", "el") and t[3:4].isupper())


# determiners and possessives: the word after one is a noun ('her remarks', 'the claims')
_NOUN_BEFORE = frozenset("the a an his her their its my our your whose these those".split())
_POSSESSIVE_BEFORE = frozenset("his her their its my our your".split())
# tags of a word after which an adjective opens an object or a prepositional phrase, not a
# subject: the '-s' word after that adjective is a plural noun ('issued new rules')
_OBJECT_HEAD = frozenset({"VBD", "VBN", "IN"})


def _headline_verb(doc: _Doc, k: int) -> bool:
    """'Trump Says He Never Pledged ...': in a headline in title case, a capitalised speech
    verb between capitalised words is a verb, not part of a name."""
    return bool(cue_class(doc.toks[k].low)) and _title_case_at(doc, k)


def _title_case_at(doc: _Doc, k: int) -> bool:
    """Token ``k`` (capitalised, not all capitals) sits between capitalised words in a
    stretch of title case ('Trump Says He ...', 'Fiorina Endorses Cruz')."""
    toks = doc.toks
    if k < 1 or k + 1 >= len(toks) or toks[k].text.isupper():
        return False
    prev, nxt = toks[k - 1].text, toks[k + 1].text
    if not (prev[:1].isupper() and (nxt[:1].isupper() or nxt in "“\"‘'")):
        return False
    lo = max(0, k - 6)
    words = [x.text for x in toks[lo:k + 6] if x.text[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _verb_at(doc: _Doc, k: int) -> str:
    """Cue class of token ``k`` (``""`` when it is no speech verb); handles 'pointed out'."""
    t = doc.toks[k]
    if t.low not in _CUE_WORDS:
        return ""  # most words: no form below can give them a class
    if k > 0 and doc.toks[k - 1].text[:1].isupper() and doc.toks[k - 1].low.endswith(_POSSESSIVE):
        return ""  # 'Sanders’ comments', 'Putin's claims': a noun after a possessive name
    if t.text[:1].isupper() and k > 0 and doc.toks[k - 1].text[:1].isalnum():
        if not _headline_verb(doc, k):
            return ""  # 'The United States was': a capital inside a sentence is a name, no verb
    if t.low.endswith("s") and k > 0 and (doc.toks[k - 1].low in _NOUN_BEFORE or (
            k > 1 and doc.toks[k - 2].low in _NOUN_BEFORE and doc.toks[k - 1].text.islower()
            and (nlp.lexicon_tag(doc.toks[k - 1].low) in {"JJ", "JJS", "VBG", "VBN"}
                 or doc.toks[k - 1].low.endswith("ing")))):
        return ""  # 'in her (opening) remarks that', 'the claims': a noun after a determiner
    if t.low.endswith("s") and k > 1 and doc.toks[k - 2].low in _POSSESSIVE_BEFORE and (
            doc.toks[k - 1].text[:1].isupper()):
        return ""  # 'in one of his Facebook posts,': a name as a modifier after a possessive
    if t.low.endswith("s") and k > 1 and doc.toks[k - 1].text.islower() and nlp.lexicon_tag(
            doc.toks[k - 1].low) == "JJ" and nlp.lexicon_tag(doc.toks[k - 2].low) in _OBJECT_HEAD:
        return ""  # 'issued new rules, “…”', 'with harsh words': an adjective, then the noun
    if t.low in {"pointed", "points"} and k + 1 < len(doc.toks) and doc.toks[k + 1].low == "out":
        return "that"
    if t.low in {"shot", "fired", "hit", "snapped", "pushed"} and k + 1 < len(doc.toks) and (
            doc.toks[k + 1].low == "back"):
        return "that"  # 'shot back that ...'

    if t.low in {"made", "makes"} and k + 2 < len(doc.toks):
        nxt = doc.toks[k + 1].low
        if nxt == "clear" or (nxt == "it" and doc.toks[k + 2].low == "clear"):
            return "free"
    if t.low in {"called", "calls", "calling"} and k + 1 < len(doc.toks):
        if doc.toks[k + 1].low in {"for", "on"}:
            return ""  # 'called for a hearing', 'called on X to': a demand, not a statement
    if t.low in PROGRESSIVE and k > 0 and doc.toks[k - 1].low in {"is", "are", "was", "were",
                                                                   "been", "am"}:
        return PROGRESSIVE[t.low]  # 'is telling supporters that ...'
    if t.low in PLURAL_PRESENT and k > 0:
        prev = doc.toks[k - 1]  # 'Spanish officials say', not 'declined to say'
        if prev.text == ",":
            # 'The Free Democrats, the smallest coalition partner, say': the plural head is
            # before the appositive
            for m in range(k - 2, max(0, k - 14), -1):
                if doc.toks[m].text == ",":
                    prev = doc.toks[m - 1]
                    break
        if prev.low in {"they", "we", "you", "i", "who"}:
            return PLURAL_PRESENT[t.low]  # 'That, they say, will be easier', 'critics who say'
        if prev.low.endswith("s") and prev.text.isalpha() and prev.low not in _AUXILIARIES | {
                "does", "his", "its", "this", "was", "has", "is", "as", "us", "always"}:
            return PLURAL_PRESENT[t.low]
        return ""
    return cue_class(t.low)


def _cue_range(doc: _Doc, k: int) -> tuple[int, int]:
    low = doc.toks[k].low
    nxt = doc.toks[k + 1].low if k + 1 < len(doc.toks) else ""
    if (low in {"pointed", "points"} and nxt == "out") or (
            low in {"shot", "fired", "hit", "snapped", "pushed"} and nxt == "back"):
        return (k, k + 2)
    if low in {"made", "makes"} and nxt in {"clear", "it"}:
        return (k, k + 2) if nxt == "clear" else (k, k + 3)
    if low in {"called", "calls", "calling"} and nxt in {"for", "on"}:
        return (k, k + 2)
    return (k, k + 1)


def _sentence_tok_range(doc: _Doc, sid: int) -> tuple[int, int]:
    """Token range ``[i, j)`` of sentence ``sid``: the tokens that start inside it."""
    return doc.sent_toks[sid]


def _strip_end(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim whitespace, and a final period or comma that is not inside a quotation."""
    while b > a and text[b - 1].isspace():
        b -= 1
    while b > a and text[b - 1] in ".,;:" :
        b -= 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _first_word(doc: _Doc, lo: int) -> int:
    """The sentence's first word after connectors and a wire dateline ('BRASÍLIA - ')."""
    k = lo
    toks = doc.toks
    if k < len(toks) and toks[k].text.isupper() and len(toks[k].text) > 1:
        m = _DATELINE.match(doc.text, toks[k].start, min(len(doc.text), toks[k].start + 80))
        if m is not None:
            k = doc.tok_at(m.end())
    while k < len(toks) and toks[k].low in _LEADING_CONNECTORS | {","}:
        k += 1
    return k


def _clause_start(doc: _Doc, lo: int, k: int) -> int:
    """Character start of the content that ends at token ``k``: the sentence start (after a
    wire dateline), or the opening of a quotation that began in an earlier sentence."""
    start = doc.toks[lo].start if lo < len(doc.toks) else doc.sentences[-1][0]
    m = _DATELINE.match(doc.text, start, min(len(doc.text), start + 80))
    if m is not None:
        start = m.end()
    for j in range(lo, k):
        if doc.claimed[j]:
            start = doc.toks[j + 1].start if j + 1 < len(doc.toks) else start
    return start


def _claim(doc: _Doc, a: int, b: int) -> None:
    for j in range(max(0, a), min(len(doc.toks), b)):
        doc.claimed[j] = 1


def _words(doc: _Doc, a: int, b: int) -> int:
    return sum(1 for t in doc.toks[doc.tok_at(a):doc.tok_at(b)] if t.text[:1].isalnum())


# Pattern tags of a finite verb or a modal: a clause, not a phrase
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# first- and second-person words inside a quotation: it reads as someone's speech
_PERSONS = frozenset({"i", "we", "you", "i'm", "i’m", "we're", "we’re", "you're", "you’re"})


def _has_clause_words(doc: _Doc, q: QuoteSpan) -> bool:
    """A word of the quotation ``q`` is a first- or second-person pronoun or a finite verb: it
    reads as someone's words, not as a name or a title."""
    return any(t.low in _PERSONS or nlp.lexicon_tag(t.low) in _FINITE
               for t in doc.toks[doc.tok_at(q.start):doc.tok_at(q.end)] if t.text[:1].isalpha())


def _whole_sentence(doc: _Doc, q: QuoteSpan) -> bool:
    """The quotation ``q`` holds a whole sentence: it opens with a capital and ends with '.',
    '!' or '?' inside its marks."""
    inner = doc.text[q.start + 1:q.end].strip("“”‘’\"'«» ")
    return inner[:1].isupper() and inner.endswith((".", "!", "?"))


def _whole_closing_quote(doc: _Doc, q: QuoteSpan, hi: int, *, min_words: int) -> bool:
    """The quotation ``q`` reads as whole sentences closing its own: it opens with a capital,
    holds at least ``min_words`` words, and no word follows it before token ``hi`` (its
    sentence's end): 'the noun or clause before a colon' rules take only such quotations."""
    inner = doc.text[q.start + 1:q.end].strip("“”‘’\"'«» ")
    return inner[:1].isupper() and _words(doc, q.start, q.end) >= min_words and not any(
        doc.toks[x].text[:1].isalnum() for x in range(doc.tok_at(q.end), hi))


# an abbreviation that can end a sentence before a quotation: 'of Jacksonville, Fla. “…”',
# 'in Binghamton, N.Y. “…”', 'Washington, D.C. “…”'
_ABBREV_BEFORE = re.compile(r"(?:\b[A-Z][a-z]{1,4}|\b(?:[A-Z]\.){1,3}[A-Z])\.\s+$")


def _split_before_quotes(text: str, sentences: list[tuple[int, int]],
                         quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Split a sentence where a full quotation opens right after an abbreviation that ends a
    sentence ('… said Ann Wool, 20, of Jacksonville, Fla. “She has the wrong views.”'): the
    sentence splitter reads the stop as an abbreviation, and the quotation would lose its
    place as a sentence that continues the statement before it. A full quotation opens with
    a capital and ends with '.', '!', '?' or ',' and has at least four words, so a title after
    an abbreviation ('the U.S. “Patriot Act”') stays where it is."""
    if not quotes:
        return sentences
    starts = [q.start for q in quotes]
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        cut = a
        i = bisect.bisect_right(starts, a)
        while i < len(quotes) and quotes[i].start < b:
            q = quotes[i]
            i += 1
            inner = text[q.start + 1:q.end].strip("“”‘’\"'«» ")  # also '' ... ''
            if (q.closed and inner[:1].isupper() and inner[-1:] in {".", "!", "?", ","}
                    and len(inner.split()) >= 4
                    and _ABBREV_BEFORE.search(text, max(cut, q.start - 12), q.start)):
                end = q.start
                while end > cut and text[end - 1].isspace():
                    end -= 1
                out.append((cut, end))
                cut = q.start
        out.append((cut, b))
    return out


def _build_doc(art: Article) -> _Doc:
    """Tokens, sentences (per paragraph, by :func:`geneva_nb.nlp.sentence_spans`) and quotations
    of ``art``, with each token marked when it sits inside a quotation or a short quoted phrase."""
    text = art.text
    paragraphs = list(art.paragraphs)
    sentences: list[tuple[int, int]] = []
    for a, b in paragraphs:
        for s, e in nlp.sentence_spans(text[a:b]):
            if sentences and text[a + s] in ")]" and sentences[-1][1] >= a:
                # no sentence opens with a closing bracket: 'Rep. Ann Lee (R-S.C.): “…”' was
                # split after the tag's full stop
                sentences[-1] = (sentences[-1][0], a + e)
            else:
                sentences.append((a + s, a + e))
    toks = tokenize(text)
    quotes = find_quotes(text, paragraphs)
    sentences = _split_before_quotes(text, sentences, quotes)
    doc = _Doc(
        text=text, toks=toks, starts=list(map(_START, toks)), sentences=sentences,
        sent_starts=[s for s, _ in sentences], paragraphs=paragraphs,
        para_starts=[a for a, _ in paragraphs], quotes=quotes,
    )
    starts = doc.starts
    doc.sent_toks = [(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))
                     for a, b in sentences]
    doc.in_quote = bytearray(len(toks))
    doc.in_phrase = bytearray(len(toks))
    doc.claimed = bytearray(len(toks))
    for qi, q in enumerate(quotes):
        i, e = doc.tok_at(q.start), doc.tok_at(q.end)
        doc.quote_of_tok[i] = qi
        inner = [t.text for t in toks[i:e]]
        words = sum(1 for w in inner if w[:1].isalnum())
        titled = words <= 8 and all(w[:1].isupper() for w in inner if w.isalpha() and len(w) >= 4)
        # a short phrase or a title ('author of “The Second Island Chain,”'), not a statement
        phrase = q.closed and (words <= 3 or titled) and _SENT_END.isdisjoint(inner)
        if e > i:
            doc.in_quote[i:e] = b"\x01" * (e - i)
            doc.in_phrase[i:e] = (b"\x01" if phrase else b"\x00") * (e - i)
    return doc


def _title_case(doc: _Doc, q: QuoteSpan) -> bool:
    """Most words of four letters or more in the quotation are capitalised: a title."""
    toks = doc.toks
    long_words = [t for t in toks[doc.tok_at(q.start):doc.tok_at(q.end)]
                  if t.text[:1].isalpha() and len(t.text) > 3]
    return bool(long_words) and sum(
        t.text[:1].isupper() for t in long_words) >= 0.7 * len(long_words)
