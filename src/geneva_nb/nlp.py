"""The offline language resources, in one place.

Everything here comes from what the installed wheels ship; nothing is downloaded, ever:

- **Sentences**: NLTK's Punkt (Kiss & Strunk 2006) with our own parameters, an abbreviation list
  for news English (``U.S.``, ``Dec.``, ``Gen.``, ``Mr.`` ...), instead of the ``punkt_tab``
  model that would need ``nltk.download``. Sentences never cross a line break (a paragraph),
  nor end after a person's joined initials before a capitalised word ("J.D. Vance said"; not
  after a comma: "Bedminster, N.J. Roger Ailes said" ends one).
- **Tokens**: a regular-expression tokenizer that keeps character offsets (``word_spans``; the
  first few only: ``word_spans_upto``), and TextBlob's copy of
  the Pattern part-of-speech tagger (Brill-style, Penn tags; De Smedt & Daelemans 2012) applied
  to those tokens, so each tag lines up with a span of the text.
- **Sentiment**: NLTK's VADER (Hutto & Gilbert 2014) fed with the MIT VADER lexicon shipped in
  this package (``data/lexicons/vader_lexicon.txt``, licence notice beside it), handed over as
  text: never a user's NLTK ``vader_lexicon``, never a file written anywhere, so a text scores
  the same on every machine; Pattern's polarity/subjectivity lexicon from TextBlob.
- **Research word lists** (optional extra ``geneva_nb[research]``): the AFINN-165 word list
  (Nielsen 2011, ``afinn`` package, declared GPL) and the NRC emotion lexicon (Mohammad & Turney
  2013, ``nrclex`` package, research use only), read as files, never through their APIs. Nothing
  in the shipped models needs them (see ``geneva_nb.tone_model``).
"""

from __future__ import annotations

import math
import re
import string
from functools import cache, lru_cache, partial
from itertools import accumulate, islice
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NamedTuple

from ._gc import collector_paused

if TYPE_CHECKING:  # pragma: no cover
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = [
    "ABBREVIATIONS",
    "AffectLexicons",
    "Token",
    "affect_lexicons",
    "ascii_quotes",
    "folded_words",
    "lexicon_tag",
    "pattern_quote_blind",
    "pattern_sentiment",
    "sentence_spans",
    "sentence_tokens",
    "tokens",
    "vader",
    "vader_lexicon_text",
    "word_spans",
    "word_spans_upto",
]

#: Abbreviations that end in a period without ending the sentence (lower case, no final period),
#: as Punkt expects them. News titles, months, US states' old forms, corporate and Latin forms.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    u.s u.k u.n e.u u.s.a u.s.s.r d.c n.y l.a
    mr mrs ms dr prof sr jr st mt ft
    gen lt col maj capt cmdr adm sgt cpl pvt brig
    gov sen rep pres amb sec dep atty supt rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros dept univ assn est approx
    vol pp p fig op ed eds
    vs v etc al e.g i.e cf viz
    a.m p.m
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

_TOKEN_RE = re.compile(
    r"""
    [A-Za-z]\.(?:[A-Za-z]\.)+          # U.S. / e.g. / a.m.
  | \d+(?:[.,:]\d+)*%?                 # 7.5  1,000  10:30  5%
  | \w+?(?=n['’]t\b)                   # "do" of "don't" (Penn splits the clitic off)
  | n['’]t\b                          # n't
  | ['’](?:s|re|ve|ll|d|m)\b           # 's 're 've 'll 'd 'm: Russia’s -> Russia + ’s
  | \w+(?:-\w+)*                      # words and hyphenated words (de-escalation)
  | [^\w\s]                            # any other single symbol (quotes, dashes, brackets)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# _TOKEN_RE as one group, for ``split`` (gap, token, gap, ..., gap) in :func:`tokens`, with a
# guard on the "do" of "don't" branch: that lazy branch, tried at every word start, can only
# match a run of word characters followed by an apostrophe (the run's last letter is the "n"
# of "n't"), which the possessive ``\w++`` checks in one step. Same tokens as _TOKEN_RE
# (a property test); ungrouped, it is _TOKEN_GUARDED_RE.
_TOKEN_SPLIT_RE = re.compile(
    r"""(
    [A-Za-z]\.(?:[A-Za-z]\.)+
  | \d+(?:[.,:]\d+)*%?
  | (?=\w++['’])\w+?(?=n['’]t\b)
  | n['’]t\b
  | ['’](?:s|re|ve|ll|d|m)\b
  | \w+(?:-\w+)*
  | [^\w\s]
    )""",
    re.VERBOSE | re.IGNORECASE,
)

#: _TOKEN_SPLIT_RE's pattern without its group, for ``finditer``/``findall``: the matches of
#: _TOKEN_RE (a property test), found faster (the guard spares the lazy "do" of "don't" branch)
_TOKEN_GUARDED_RE = re.compile(
    _TOKEN_SPLIT_RE.pattern.replace("(", "(?:", 1), re.VERBOSE | re.IGNORECASE
)
#: _TOKEN_RE without its three branches that need an apostrophe (' or ’: "do" of "don't", n't,
#: 's ...): on a text with none, no position can match them, so this finds the same tokens
#: (the other branches in the same order), in about 60 % of the time
_TOKEN_PLAIN_RE = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+|\d+(?:[.,:]\d+)*%?|\w+(?:-\w+)*|[^\w\s]", re.IGNORECASE
)


def _token_re(text: str) -> re.Pattern[str]:
    """The fastest pattern that finds :data:`_TOKEN_RE`'s tokens in ``text``."""
    return _TOKEN_GUARDED_RE if "'" in text or "’" in text else _TOKEN_PLAIN_RE


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class Token(NamedTuple):
    """One token with its character span in the text and its Penn Treebank tag."""

    text: str
    start: int
    end: int
    tag: str


#: a Token from its four fields, as ``Token._make`` does, without a Python call per token
_new_token = partial(tuple.__new__, Token)


@cache
def _punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with our abbreviations; its own fixed patterns run without NLTK's timer.

    NLTK (3.10) runs every regular expression under a five-second wall-clock limit, a guard
    against patterns a caller supplies. Punkt's patterns are NLTK's own, fixed and linear, so
    they are re-wrapped with ``redos.compile(pattern, timeout=None)`` (NLTK's documented way
    for a trusted pattern): the same compiled patterns, the same matches, without starting a
    timer for each of the many short matches Punkt makes (a seventh of its time).
    """
    from nltk import redos
    from nltk.tokenize.punkt import (
        PunktLanguageVars,
        PunktParameters,
        PunktSentenceTokenizer,
        PunktToken,
    )

    def trusted(pattern):
        return redos.compile(pattern, timeout=None)

    class TrustedLanguageVars(PunktLanguageVars):
        re_boundary_realignment = trusted(PunktLanguageVars.re_boundary_realignment)

    lang_vars = TrustedLanguageVars()
    # the two patterns NLTK compiles on first use, compiled now and stored where it keeps them
    lang_vars._re_word_tokenizer = trusted(lang_vars._word_tokenizer_re())
    lang_vars._re_period_context = trusted(lang_vars.period_context_re())

    non_punct = trusted(redos.compile(r"[^\W\d]", re.UNICODE))

    class TrustedToken(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = trusted(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = trusted(PunktToken._RE_NUMERIC)
        _RE_INITIAL = trusted(PunktToken._RE_INITIAL)
        _RE_ALPHA = trusted(PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self):
            return non_punct.search(self.type)

    class Tokenizer(PunktSentenceTokenizer):
        """Punkt whose test "does this context hold a sentence break?" is re-stated for our
        parameters (see :func:`_contains_sentbreak`)."""

        def text_contains_sentbreak(self, text: str) -> bool:
            return _contains_sentbreak(text, word_tokenize, abbrev_types, TrustedToken)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    abbrev_types = params.abbrev_types
    word_tokenize = lang_vars._re_word_tokenizer.findall
    # the re-statement assumes what these parameters are: no learned collocations, sentence
    # starters or orthographic context, and NLTK's sentence-end characters and punctuation
    assert not params.collocations and not params.sent_starters and not params.ortho_context
    assert lang_vars.sent_end_chars == (".", "?", "!")
    assert Tokenizer.PUNCTUATION == tuple(";:,.!?")
    return Tokenizer(params, lang_vars=lang_vars, token_cls=TrustedToken)


def _contains_sentbreak(text: str, word_tokenize, abbrev_types: set[str], token_cls) -> bool:
    """NLTK's ``PunktSentenceTokenizer.text_contains_sentbreak`` (3.9/3.10) for parameters with
    abbreviations only, without a PunktToken and two generators per word.

    True when a token other than the last is a sentence break after Punkt's two passes. The
    first pass marks ".", "?", "!" and any word ending in one period that is not an
    abbreviation (nor, after a hyphen, ends in one); the second pass can only undo a break,
    since with no orthographic context the orthographic heuristic never answers "yes": after
    an initial ("J.") or a number ("1990."), when the next token is punctuation or starts in
    lower case, or (initial only) in upper case. Same answers as NLTK's on every period of the
    PolNeAR benchmark and in a property test (``tests/test_nlp.py``).
    """
    toks: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            toks.extend(word_tokenize(line))
    last = len(toks) - 1
    ellipsis, numeric, initial = (token_cls._RE_ELLIPSIS, token_cls._RE_NUMERIC,
                                  token_cls._RE_INITIAL)
    for k in range(last):  # the last token's break is never asked about
        tok = toks[k]
        if tok in (".", "?", "!"):
            return True  # a bare mark is never undone: the second pass needs a final period
            # on a word that is an initial or a number, and "." is neither
        if ellipsis.match(tok) or not tok.endswith(".") or tok.endswith(".."):
            continue
        low = tok[:-1].lower()
        if low in abbrev_types or low.split("-")[-1] in abbrev_types:
            continue  # an abbreviation: no break (the second pass cannot make one)
        # a break, unless the second pass undoes it
        typ = numeric.sub("##number##", tok.lower())
        if len(typ) > 1 and typ[-1] == ".":
            typ = typ[:-1]
        is_initial = initial.match(tok) is not None
        if is_initial or typ == "##number##":
            nxt = toks[k + 1]
            if nxt in (";", ":", ",", ".", "!", "?") or nxt[0].islower() or (
                    is_initial and nxt[0].isupper()):
                continue
        return True
    return False


_LINE_RE = re.compile(r"[^\r\n]+")
# a span ending in a short capitalised abbreviation ('(R-Kan.)', 'N.M.', 'Ariz.') that Punkt
# took for a sentence end
_NUMBER_SIGN = re.compile(r"(?:^|\s)(?:[Nn]os?|[Nn]r)\.$")
_ABBREV_END = re.compile(r"(?:^|[\s(-])(?:[A-Z][A-Za-z]{0,3}\.)+\)?$")
# a person's initials before a capitalised name ('J.D. Vance', 'George H.W. Bush', 'said H.R.
# McMaster'): two or three dotted capitals, not after 'the' ('the N.R.A. The group said') or
# a comma (a state: 'at Bedminster, N.J. Roger Ailes said')
_INITIALS_END = re.compile(r"(?<![\w.])(?<!the )(?<!The )(?<!, )(?:[A-Z]\.){2,3}$")
# an abbreviation of dotted letters ('p.m.', 'U.S.', 'D.C.') that ends a sentence: Punkt reads
# it as an abbreviation inside one; a subject pronoun after it opens the next ('... after the
# polls close at 7 p.m. He says ...')
_ABBREV_PRONOUN = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,} +(?=(?:He|She|They|We|It|I) )")


#: paragraphs shorter than this are remembered (the last 2,048) by :func:`sentence_spans`, so
#: the stages that split the same paragraph (attribution, chronology, gn.sentences) run Punkt once
_REMEMBER_CHARS = 20_000


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text``, in order.

    Each line (paragraph) is split on its own with Punkt, so a sentence never crosses a line
    break; spans exclude surrounding whitespace. An empty or blank text has no sentences.
    """
    if len(text) < _REMEMBER_CHARS:
        return list(_remembered_spans(text))
    return _sentence_spans(text)


@lru_cache(maxsize=2048)
def _remembered_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_spans(text))


@cache
def _punkt_steps() -> tuple:
    """What :func:`_line_spans` needs of :func:`_punkt`: the ``finditer`` of Punkt's
    period-context pattern, the ``match`` of its boundary-realignment pattern, its test for a
    sentence break in a context and its abbreviations; NLTK's own compiled patterns (the
    ``regex`` engine), called without the wrapper frames of ``nltk.redos``."""
    tokenizer = _punkt()
    lang_vars = tokenizer._lang_vars

    def raw(pattern):  # NLTK 3.10's TimedPattern keeps its compiled ``regex`` pattern in _rx
        return getattr(pattern, "_rx", pattern)

    token = tokenizer._Token
    patterns = SimpleNamespace(_RE_ELLIPSIS=raw(token._RE_ELLIPSIS),
                               _RE_NUMERIC=raw(token._RE_NUMERIC),
                               _RE_INITIAL=raw(token._RE_INITIAL))
    return (raw(lang_vars.period_context_re()).finditer,
            raw(lang_vars.re_boundary_realignment).match,
            # the other contexts recur ('Mr. Trump', 'Sen. Ted'): the last answers remembered
            lru_cache(maxsize=4096)(partial(
                _contains_sentbreak, word_tokenize=raw(lang_vars._re_word_tokenizer).findall,
                abbrev_types=tokenizer._params.abbrev_types, token_cls=patterns)),
            frozenset(tokenizer._params.abbrev_types))


# the whitespace NLTK's ``_get_last_whitespace_index`` looks for (``string.whitespace``)
_ASCII_SPACES = tuple(string.whitespace)
_OTHER_ASCII_SPACE = re.compile("[\t\n\r\x0b\x0c]")  # a text without them: spaces only


def _line_spans(text: str) -> list[tuple[int, int]]:
    """``list(_punkt().span_tokenize(text))``, computed without NLTK's five nested generators
    and slice objects (a property test compares the two on arbitrary text).

    NLTK 3.10's steps, in order: each match of the period-context pattern (a '.', '?' or
    '!' before punctuation or before whitespace and a token) with the word before it as the
    context, a match whose word overlaps the previous one's dropping the previous
    (``_match_potential_end_contexts``); a sentence ends at each match whose context holds a
    break (``_slices_from_text``); then closing quotes and brackets after a break move to the
    sentence before (``_realign_boundaries``). A text without a candidate is one sentence.
    """
    finditer, realign_match, contains_sentbreak, abbrev_types = _punkt_steps()
    matches = list(finditer(text))
    if not matches:
        end = len(text.rstrip())
        return [(0, end)] if end > 0 else []
    # _match_potential_end_contexts: each candidate with the span of the word before it
    spaces = _ASCII_SPACES if _OTHER_ASCII_SPACE.search(text) else (" ",)
    candidates = []
    prev_start = prev_stop = 0
    prev_match = None
    for match in matches:
        m_start = match.start()
        # the last ASCII whitespace in text[prev_stop:m_start]; NLTK reads a hit at its first
        # character (index 0 of the piece) as no hit
        last = max([text.rfind(c, prev_stop, m_start) for c in spaces])
        word_start = last + 1 if last > prev_stop else prev_start
        if prev_match is not None and prev_stop <= word_start:
            candidates.append((prev_match, prev_start, prev_stop))
        prev_match, prev_start, prev_stop = match, word_start, m_start
    candidates.append((prev_match, prev_start, prev_stop))
    # _slices_from_text
    slices = []
    last_break = 0
    for match, start, stop in candidates:
        word, mark = text[start:stop], match.group()
        if word.isascii() and word.isalpha() and (
                mark != "." or (len(word) >= 2 and word.lower() not in abbrev_types)):
            # the commonest contexts, 'said. The', 'city.”', 'it? No': Punkt's tokens of the
            # context are the word with its period (neither an abbreviation nor an initial, so
            # a break) or the word and a bare '?'/'!' (a break), and at least one token after
            # it, so its test would answer yes (:func:`_contains_sentbreak`)
            pass
        elif not contains_sentbreak(word + mark + match.group("after_tok")):
            continue
        slices.append((last_break, match.end()))
        next_tok = match.start("next_tok")
        last_break = next_tok if next_tok >= 0 else match.end()
    slices.append((last_break, len(text.rstrip())))
    # _realign_boundaries
    out = []
    realign = 0
    for i, (start, stop) in enumerate(slices):
        start += realign
        if i + 1 == len(slices):
            if start < stop:
                out.append((start, stop))
            break
        nxt_start, nxt_stop = slices[i + 1]
        m = realign_match(text[nxt_start:nxt_stop])
        if m is not None:
            out.append((start, nxt_start + len(m.group(0).rstrip())))
            realign = m.end()
        else:
            realign = 0
            if start < stop:
                out.append((start, stop))
    return out


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in _LINE_RE.finditer(text):
        offset = line.start()
        first = len(spans)
        for start, end in _line_spans(line.group()):
            start, end = _trim(text, offset + start, offset + end)
            if start >= end:
                continue
            prev = spans[-1] if len(spans) > first else None
            if prev is not None and (
                    (text[start].islower() and _ABBREV_END.search(text, *prev))
                    or (text[start].isupper() and _INITIALS_END.search(text, *prev))
                    or (text[start].isdigit() and _NUMBER_SIGN.search(text, *prev))):
                # 'Patricia Alvarado (D-N.M.) noted that ...': an abbreviation, no sentence end;
                # 'J.D. Vance said': initials;
                # 'No. 10 Downing Street' ('no' is no abbreviation: 'voted no. Hale said')
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        if "." in line.group() and len(spans) > first:
            _split_after_abbreviations(line.group(), offset, spans, first)
    return spans


def _split_after_abbreviations(line: str, offset: int, spans: list[tuple[int, int]],
                               first: int) -> None:
    """Split the spans from index ``first`` on (those of ``line``, which starts at ``offset``)
    where a dotted abbreviation is followed by a subject pronoun (:data:`_ABBREV_PRONOUN`)."""
    cuts = [offset + m.end() for m in _ABBREV_PRONOUN.finditer(line)]
    if not cuts:
        return
    out = spans[:first]
    for start, end in spans[first:]:
        for cut in cuts:
            if start < cut < end:
                a, b = _trim(line, start - offset, cut - offset)  # no final spaces
                out.append((a + offset, b + offset))
                start = cut
        out.append((start, end))
    spans[:] = out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text`` (words, numbers, single punctuation marks).

    The spans of the last few texts are remembered: scoring one statement's tone reads them
    three times (the features, the register cues, the party mentions).
    """
    return list(_remembered_word_spans(text))


def word_spans_upto(text: str, count: int) -> list[tuple[int, int]]:
    """The first ``count`` spans of :func:`word_spans` (all of them when there are fewer),
    found without tokenizing the rest of the text: ``word_spans(text)[:count]``, for a caller
    that needs the spans of the first few tokens only (e.g. up to the last phrase it matched).
    """
    if count <= 0:
        return []
    return [m.span() for m in islice(_token_re(text).finditer(text), count)]


@lru_cache(maxsize=16)
def _remembered_word_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _token_re(text).finditer(text))


@lru_cache(maxsize=16)
def folded_words(text: str) -> tuple[str, ...]:
    """The tokens of :func:`word_spans`, lower-cased, curly apostrophes made straight
    (``Russia’s`` -> ``russia``, ``'s``): the form the lexicons are matched in.

    Remembered for the last few texts, like the spans: one statement's tone matches them
    three times (the register cues, the party mentions, the marker counts).

    When folding the whole text kept its length, every character became exactly one character
    (lower-casing never shortens), so the tokens are read from the folded text directly, without
    the spans: the tokenizer's classes (``\\w``, ``\\d``, ``\\s``, ``[A-Za-z]`` and the literal
    letters, matched ignoring case, and ``'``/``’``) hold for a character exactly when they hold
    for its folded form (checked for every code point in ``tests/test_nlp.py``), so it finds the
    same tokens at the same places. The one context-dependent rule (a capital sigma lower-cases
    by what surrounds it) and a longer fold take the slow path: each token folded on its own.
    """
    folded = text.lower().replace("’", "'")
    if len(folded) == len(text) and "Σ" not in text:
        return tuple(_token_re(folded).findall(folded))
    return tuple(text[a:b].lower().replace("’", "'") for a, b in _remembered_word_spans(text))


def tokens(text: str, *, one_sentence: bool = False) -> list[Token]:
    """Tokens of ``text`` with offsets and Penn part-of-speech tags (Pattern's tagger).

    Tagging runs sentence by sentence, on our own tokens, so every tag belongs to an exact span.
    ``one_sentence=True`` says ``text`` is one sentence already (e.g. a row of
    ``gn.sentences``): it is tagged whole, without splitting it again.
    """
    if one_sentence:
        return sentence_tokens(text)[0]
    out: list[Token] = []
    for s_start, s_end in sentence_spans(text):
        if s_start < s_end:
            out += _span_tokens(text, s_start, s_end)[0]
    return out


def sentence_tokens(text: str) -> tuple[list[Token], list[int], list[int]]:
    """``tokens(text, one_sentence=True)``, with the start and the end offsets of the tokens as
    two lists (sorted: tokens are in order and do not overlap), made along the way."""
    s_start, s_end = _trim(text, 0, len(text))
    if s_start >= s_end:
        return [], [], []
    return _span_tokens(text, s_start, s_end)


def _span_tokens(text: str, s_start: int, s_end: int) -> tuple[list[Token], list[int], list[int]]:
    """The tokens of the sentence ``text[s_start:s_end]`` (offsets into ``text``), their starts
    and their ends."""
    sentence = text[s_start:s_end]
    # the tokens of word_spans(sentence), from one split: the pieces alternate gap and
    # token, and their running lengths (from s_start) are the offsets in ``text``
    parts = _TOKEN_SPLIT_RE.split(sentence)
    words = parts[1::2]
    if not words:
        return [], [], []
    ends = list(accumulate(map(len, parts), initial=s_start))  # ends[i + 1]: parts[i]'s end
    starts, stops = ends[1:-1:2], ends[2::2]
    # Pattern encodes to UTF-8: replace lone surrogates (same length, so offsets hold)
    # and its lexicon knows straight apostrophes only (Russia’s -> Russia's); both are
    # one-character replacements, made once on the sentence and cut at the same offsets
    safe_sentence = _SURROGATE_RE.sub("\ufffd", sentence).replace("’", "'")
    safe = words if safe_sentence == sentence else [
        safe_sentence[a - s_start:b - s_start] for a, b in zip(starts, stops, strict=True)]
    # Pattern's tagger on our token list directly: ``textblob.en.tag(" ".join(...),
    # tokenize=False)`` gives the same tags, but joins them into a slash-formatted string and
    # splits it again, which took a third of the tagging time
    toks = list(map(_new_token, zip(words, starts, stops, _pattern_tags(safe), strict=True)))
    return toks, starts, stops


@cache
def _pattern_tagger() -> tuple:
    """What :func:`_pattern_tags` reads from TextBlob's English parser, loaded once."""
    from textblob import _text
    from textblob.en import parser

    lexicon = parser.lexicon
    len(lexicon)  # loads the lazy dict
    return lexicon, parser.default, _text.CD, _text._suffix_rules


def _pattern_tags(words: list[str]) -> list[str]:
    """The Penn tags ``textblob.en.parser.find_tags(words)`` gives, computed directly.

    TextBlob's English parser tags with its lexicon only (no morphology, context or entity
    rules are passed to Pattern's ``find_tags``): the word as written, else (first word only)
    lower-cased; an unknown word is NNP if title-cased, CD if only digits and ``-,.:/%$``, else
    Pattern's suffix rules. The same steps without the [word, tag] lists, the neighbour look-ups
    the rules it is not given would use, and the mapping pass. Equal to TextBlob's tags on every
    token of the PolNeAR benchmark and in a property test.

    A word's tag depends only on the word (and, for the first, on its lower case too), so the
    tags of the words after the first are read from :data:`_WORD_TAGS`, which decides each
    word once.
    """
    if not words:
        return []
    first = words[0]
    lexicon = _pattern_tagger()[0]  # Pattern's lazy dict: its own .get is Python code
    tag = dict.get(lexicon, first) or dict.get(lexicon, first.lower())
    tags = [tag if tag is not None else _WORD_TAGS[first]]
    tags += map(_WORD_TAGS.__getitem__, words[1:])
    return tags


def _unknown_tag(word: str) -> str:
    """Pattern's tag for a word its lexicon lacks: NNP, CD, else its suffix rules."""
    _lexicon, default, cd, suffix_rules = _pattern_tagger()
    if word.istitle():
        return default[1]
    if cd.match(word) is not None:
        return default[2]
    return suffix_rules([word, default[0]])[1]


_WORD_TAGS_MEMO = 50_000


class _WordTags(dict):
    """Word -> Pattern's tag of the word not in first position (the lexicon's, else
    :func:`_unknown_tag`), decided once per word: read with ``map(d.__getitem__, ...)`` the
    known words cost no Python step; emptied when it holds ``_WORD_TAGS_MEMO`` words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _WORD_TAGS_MEMO:
            self.clear()
        tag = dict.get(_pattern_tagger()[0], word)
        tag = self[word] = tag if tag is not None else _unknown_tag(word)
        return tag


_WORD_TAGS = _WordTags()


_LEXICON_LINE = re.compile(r"^([^;\s]\S*) (\S+)", re.MULTILINE)


@cache
def _pattern_lexicon() -> dict[str, str]:
    """Pattern's tagger lexicon (Brill's, from the Brown corpus and the Penn Treebank, shipped
    in TextBlob's wheel): word -> most frequent Penn tag. Read once, about 90,000 words."""
    from importlib.util import find_spec

    from .errors import DataFileError

    spec = find_spec("textblob")  # the file only: importing textblob.en costs 0.3 s
    path = Path(spec.origin).with_name("en") / "en-lexicon.txt" if spec and spec.origin else None
    if path is None or not path.is_file():
        raise DataFileError(
            "Pattern's tagger lexicon (textblob/en/en-lexicon.txt) is missing: "
            "pip install textblob (it ships the file; nothing is downloaded)."
        )
    text = path.read_text(encoding="utf-8")
    with collector_paused():  # 90,000 short-lived tuples would set off full collections
        return dict(_LEXICON_LINE.findall(text))  # one line per word


def lexicon_tag(word: str) -> str:
    """The Penn tag Pattern's lexicon gives ``word`` as spelled (``"critics"`` -> ``"NNS"``),
    or ``""`` for a word it does not know. A dictionary look-up: no tagging, no context."""
    return _pattern_lexicon().get(word, "")


_ASCII_PUNCTUATION = string.punctuation
_ASCII_PUNCTUATION_SET = frozenset(string.punctuation)
_FIND_ASCII_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]").search
#: NLTK VADER's ``VaderConstants.PUNC_LIST`` (3.9/3.10; ``tests/test_nlp.py`` checks it is)
_VADER_MARKS = frozenset({".", "!", "?", ",", ";", ":", "-", "'", '"', "!!", "!!!", "??", "???",
                          "?!?", "!?!", "?!?!", "!?!?"})


def _vader_words(text: str) -> list[str]:
    """The words NLTK's VADER scores in ``text``: ``SentiText(text, ...).words_and_emoticons``
    (NLTK 3.9/3.10), found in one pass over the whitespace-separated tokens.

    NLTK drops the tokens of one character and maps a token to its word when the token is one
    mark of ``PUNC_LIST`` followed or preceded by a word: two characters or more without ASCII
    punctuation (a word of the text with its ASCII punctuation deleted). It builds a dictionary
    of every (mark, word) pair of the text to find them; a token's only candidate is the token
    with the punctuation run stripped off one end (a word has no punctuation, so a token with
    punctuation at both ends is no pair), and the word it leaves has its own token, that token
    with its punctuation deleted. So the test is local: most tokens (no punctuation at either
    end) are kept as they are at the cost of two set look-ups.
    """
    punct = _ASCII_PUNCTUATION_SET
    return [_vader_word(we) if (we[-1] in punct) is not (we[0] in punct) else we
            for we in text.split() if len(we) > 1]


def _vader_word(we: str) -> str:
    """The word VADER reads for a token with ASCII punctuation at one end only (see
    :func:`_vader_words`): the token without it when that is one mark of NLTK's ``PUNC_LIST``
    and leaves a word of two characters or more without punctuation, else the token."""
    if we[-1] in _ASCII_PUNCTUATION_SET:
        core = we.rstrip(_ASCII_PUNCTUATION)
        mark = we[len(core):]
    else:
        core = we.lstrip(_ASCII_PUNCTUATION)
        mark = we[: len(we) - len(core)]
    if len(core) > 1 and mark in _VADER_MARKS and _FIND_ASCII_PUNCTUATION(core) is None:
        return core
    return we


#: the VADER lexicon shipped in the package (MIT, copied unchanged from the vaderSentiment 3.3.2
#: wheel; its licence notice is ``vader_lexicon.LICENSE.txt`` beside it)
VADER_LEXICON = ("lexicons", "vader_lexicon.txt")


@cache
def vader_lexicon_text() -> str:
    """The text of the packaged VADER lexicon (``data/lexicons/vader_lexicon.txt``), read once."""
    from ._data import data_path
    from .errors import DataFileError

    path = data_path(*VADER_LEXICON)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(
            f"Cannot read the VADER lexicon {path} ({exc}); reinstall geneva_nb."
        ) from None


_VADER_RULE_WORDS = frozenset({"kind", "of", "but", "least", "at", "very", "never", "so", "this"})


@cache
def _vader_special_words(analyzer: SentimentIntensityAnalyzer) -> frozenset[str]:
    """The lower-cased words VADER's rules name besides its lexicon (see ``_inert``)."""
    c = analyzer.constants
    words = {w for phrase in (*c.BOOSTER_DICT, *c.SPECIAL_CASE_IDIOMS) for w in phrase.split()}
    return frozenset(
        {w.lower() for w in words} | {w.lower() for w in c.NEGATE} | _VADER_RULE_WORDS
    )


@cache
def _vader_idiom_words(analyzer: SentimentIntensityAnalyzer) -> frozenset[str]:
    """The words of VADER's idioms and two-word boosters, as written (its ``_idioms_check``
    compares the words as written with them)."""
    c = analyzer.constants
    return frozenset(w for phrase in (*c.SPECIAL_CASE_IDIOMS, *c.BOOSTER_DICT) if " " in phrase
                     for w in phrase.split(" "))


@cache
def vader() -> SentimentIntensityAnalyzer:
    """NLTK's VADER analyzer with the lexicon shipped in this package, always.

    The lexicon text is handed to the analyzer directly (read-only, from the package data):
    NLTK's resource finder is never asked, so a user's own ``nltk_data/.../vader_lexicon`` or
    ``NLTK_DATA`` cannot change a score, and nothing is written anywhere.
    """
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    class PackagedVader(SentimentIntensityAnalyzer):
        """NLTK's analyzer, built from the packaged lexicon text instead of ``nltk.data``."""

        def __init__(self, lexicon_text: str) -> None:  # no super(): it would call nltk.data
            self.lexicon_file = lexicon_text
            self.lexicon = self.make_lex_dict()
            self.constants = VaderConstants()

        def polarity_scores(self, text: str) -> dict[str, float]:
            """NLTK's ``polarity_scores`` (3.9/3.10), on the words of :func:`_vader_words`."""
            return self._scores(_vader_words(text), text)

        def polarity_scores_both(
            self, text: str, ascii_text: str
        ) -> tuple[dict[str, float], dict[str, float]]:
            """``polarity_scores`` of ``text`` and of ``ascii_text``, the same text with its
            typographic quotes made ASCII (:data:`ASCII_QUOTES`), scoring once when it can.

            VADER splits at whitespace only, so the two have the same tokens but those carrying
            a quote mark ('“Good' and '"Good' -> 'Good'). Its score depends on the text only
            through the tokens and the counts of "!" and "?", so when every token that differs
            is, in both forms, a word no rule of VADER reads (:meth:`_inert`), both scores are
            the same and are computed once.
            """
            a, b = _vader_words(text), _vader_words(ascii_text)
            if len(a) == len(b) and all(x == y or (self._inert(x) and self._inert(y))
                                        for x, y in zip(a, b, strict=True)):
                scores = self._scores(b, ascii_text)
                return dict(scores), scores
            return self._scores(a, text), self._scores(b, ascii_text)

        def _inert(self, word: str) -> bool:
            """Whether no rule of VADER reads ``word`` (NLTK 3.9/3.10): not in the lexicon or
            the boosters, no negation ("n't" anywhere, "least"), none of the words its rules
            name ("kind of", "but", "never so/this", "at/very least") and no word of an idiom or a
            two-word booster (matched as written, lower-cased here to be safe)."""
            low = word.lower()
            return (low not in self.lexicon and low not in _vader_special_words(self)
                    and "n't" not in low)

        def _scores(self, words: list[str], text: str) -> dict[str, float]:
            """NLTK's ``polarity_scores`` of ``text`` whose words are ``words``."""
            lows = list(map(str.lower, words))
            # SentiText.allcap_differential: some words, but not all, in capitals
            capitals = sum(map(str.isupper, words))
            is_cap_diff = 0 < len(words) - capitals < len(words)
            boosters = self.constants.BOOSTER_DICT
            lexicon = self.lexicon
            # a word the lexicon lacks scores 0 (what sentiment_valence does with it), and so
            # does "kind" of "kind of" and a booster: tested first, as most words are not in
            # the lexicon (same 0 whichever test NLTK makes first)
            sentiments = [0] * len(words)
            hits = []  # where the scored lexicon words are: every other word scores 0
            for k in [k for k, low in enumerate(lows) if low in lexicon]:
                low = lows[k]
                item = words[k]
                i = words.index(item)  # NLTK looks each token up by its first position
                if (i < len(words) - 1 and low == "kind" and lows[i + 1] == "of") or (
                        low in boosters):
                    continue
                hits.append(k)
                sentiments[k] = self._valence(words, lows, item, i, is_cap_diff)
            if "but" in lows:  # NLTK's _but_check: halved before the first "but", 1.5 x after
                b = lows.index("but")
                sentiments = [s * 0.5 if k < b else s * 1.5 if k > b else s
                              for k, s in enumerate(sentiments)]
            return self._score_valence(sentiments, [sentiments[k] for k in hits], text)

        def _score_valence(
            self, sentiments: list[float], scored: list[float], text: str
        ) -> dict[str, float]:
            """NLTK's ``score_valence(sentiments, text)`` (3.9/3.10), restated: the same
            arithmetic in the same order, its positive and negative sums taken over ``scored``,
            the entries of ``sentiments`` that may be non-zero (in order), instead of all."""
            if not sentiments:
                return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
            sum_s = float(sum(sentiments))
            # emphasis from "!" (up to four) and "?" (two or three, or more)
            qm_count = text.count("?")
            punct_emph_amplifier = min(text.count("!"), 4) * 0.292 + (
                0 if qm_count <= 1 else qm_count * 0.18 if qm_count <= 3 else 0.96)
            if sum_s > 0:
                sum_s += punct_emph_amplifier
            elif sum_s < 0:
                sum_s -= punct_emph_amplifier
            compound = sum_s / math.sqrt((sum_s * sum_s) + 15)  # VaderConstants.normalize
            pos_sum = 0.0
            neg_sum = 0.0
            neu_count = len(sentiments) - len(scored)
            for s in scored:  # NLTK's _sift_sentiment_scores
                if s > 0:
                    pos_sum += float(s) + 1
                elif s < 0:
                    neg_sum += float(s) - 1
                else:
                    neu_count += 1
            if pos_sum > math.fabs(neg_sum):
                pos_sum += punct_emph_amplifier
            elif pos_sum < math.fabs(neg_sum):
                neg_sum -= punct_emph_amplifier
            total = pos_sum + math.fabs(neg_sum) + neu_count
            return {"neg": round(math.fabs(neg_sum / total), 3),
                    "neu": round(math.fabs(neu_count / total), 3),
                    "pos": round(math.fabs(pos_sum / total), 3),
                    "compound": round(compound, 4)}

        def _valence(
            self, words: list[str], lows: list[str], item: str, i: int, is_cap_diff: bool
        ) -> float:
            """NLTK's ``sentiment_valence`` for a lexicon word (3.9/3.10), restated: the same
            rules in the same order with the same arithmetic; the negation test of one word
            and the booster test inlined (NLTK builds lists, generators and pairs for them)."""
            c = self.constants
            lexicon = self.lexicon
            idiom_words = _vader_idiom_words(self)
            valence = lexicon[lows[i]]
            if item.isupper() and is_cap_diff:  # ALL CAPS among other words
                if valence > 0:
                    valence += c.C_INCR
                else:
                    valence -= c.C_INCR
            for start_i in range(0, 3):
                k = i - (start_i + 1)
                if i > start_i and lows[k] not in lexicon:
                    # boosters and dampeners before the word, damped with their distance
                    s = (c.scalar_inc_dec(words[k], valence, is_cap_diff)
                         if lows[k] in c.BOOSTER_DICT else 0.0)
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = self._never(valence, words, lows, start_i, i)
                    # NLTK's _idioms_check matches word sequences that each hold one of the
                    # words i - 2, i - 1, i: when none of them is a word of an idiom or of a
                    # two-word booster (as written), it returns the valence unchanged
                    if start_i == 2 and (words[i - 2] in idiom_words or words[i - 1]
                                         in idiom_words or words[i] in idiom_words):
                        valence = self._idioms_check(valence, words, i)
            # "least" before the word negates it, unless "at least" / "very least"
            if i > 1 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
                if lows[i - 2] != "at" and lows[i - 2] != "very":
                    valence = valence * c.N_SCALAR
            elif i > 0 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
                valence = valence * c.N_SCALAR
            return valence

        def _never(
            self, valence: float, words: list[str], lows: list[str], start_i: int, i: int
        ) -> float:
            """NLTK's ``_never_check``; ``negated([w])`` of one word is: a negation word, or
            "n't" in it (the "least" test of ``negated`` needs two words)."""
            negate = self.constants.NEGATE
            n_scalar = self.constants.N_SCALAR
            if start_i == 0:
                low = lows[i - 1]
                if low in negate or "n't" in low:
                    valence = valence * n_scalar
            if start_i == 1:
                if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                    valence = valence * 1.5
                elif lows[i - 2] in negate or "n't" in lows[i - 2]:
                    valence = valence * n_scalar
            if start_i == 2:
                if ((words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this"))
                        or (words[i - 1] == "so" or words[i - 1] == "this")):
                    valence = valence * 1.25
                elif lows[i - 3] in negate or "n't" in lows[i - 3]:
                    valence = valence * n_scalar
            return valence

    from .errors import DataFileError

    try:
        return PackagedVader(vader_lexicon_text().strip("\n"))
    except ValueError as exc:  # a line without a tab or a number
        raise DataFileError(
            f"The packaged VADER lexicon is malformed ({exc}); reinstall geneva_nb."
        ) from None


@cache
def _pattern_sentiment():
    """Pattern's sentiment function from TextBlob (``textblob.en.sentiment``), loaded once.

    Called directly: TextBlob's ``PatternAnalyzer.analyze`` returns the same two numbers but
    defines a new namedtuple class on every call, which took a third of the time.
    """
    from textblob.en import sentiment

    return sentiment


@cache
def _pattern_tokenizer_tables() -> tuple:
    """What :func:`_pattern_tokens` reads from TextBlob's Pattern tokenizer, loaded once."""
    from textblob import _text

    punctuation = frozenset(_text.PUNCTUATION.replace(".", ""))
    return (punctuation, punctuation | {"."}, tuple(_text.PUNCTUATION.replace(".", "")),
            frozenset(_text.ABBREVIATIONS), _text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3,
            _text.RE_SARCASM, _text.RE_EMOTICONS, _text.EOS)


# Pattern's contraction rule: "'d", "'m", "'s", "'ll", "'re", "'ve" and "n't" get a space before
# them (seven re.sub calls in turn there; the matches cannot overlap, so one pass is the same)
_PATTERN_CONTRACTION = re.compile(r"'d|'m|'s|'ll|'re|'ve|n't")
_PATTERN_LINEBREAK = re.compile(r"\n{2,}")
_PATTERN_ENDS = ("...", ".", "!", "?")
_PATTERN_CLOSERS = ("'", '"', "”", "’", "...", ".", "!", "?", ")")


def _pattern_emoticon(m: re.Match[str]) -> str:
    return m.group(1).replace(" ", "") + m.group(2)


def _pattern_tokens(string: str) -> list[str]:
    """TextBlob's Pattern tokenizer (``textblob._text.find_tokens`` with its default options,
    as ``textblob.en.sentiment`` calls it): the same sentences of space-separated tokens.

    The same steps in the same order, done faster: one regular expression for the seven
    contraction rules, ``str.replace`` and ``str.split`` for the whitespace rules (the same
    characters), and a word with no punctuation at either end taken as it is instead of
    entering the two loops that strip punctuation (most words). Checked equal to TextBlob's
    function by a property test and on every statement of the PolNeAR benchmark.
    """
    return _pattern_sentences(_pattern_token_list(string))


def _pattern_token_list(string: str) -> list[str]:
    """The tokens of :func:`_pattern_tokens` in one list, before they are cut into sentences."""
    (punct, punct_dot, punct_tuple, abbreviations, abbr1, abbr2, abbr3, _, _, eos) = (
        _pattern_tokenizer_tables())
    string = _PATTERN_CONTRACTION.sub(r" \g<0>", string)
    string = (string.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ")
              .replace("’", " ’ ").replace("'", " ' ").replace('"', ' " '))
    string = string.replace("\r\n", "\n")
    if "\n\n" in string:
        string = _PATTERN_LINEBREAK.sub(f" {eos} ", string)
    words = string.split()
    tokens: list[str] = []
    append = tokens.append
    done = 0  # the words before this one are in tokens
    # only the words with punctuation at either end are cut; the runs of other words between
    # them are taken over as they are (most words)
    for k in [k for k, t in enumerate(words) if t[0] in punct or t[-1] in punct_dot]:
        tokens += words[done:k]
        done = k + 1
        t = words[k]
        tail = []
        while t.startswith(punct_tuple):  # leading punctuation
            append(t[0])
            t = t[1:]
        while t.endswith(punct_tuple) or t.endswith("."):
            if t.endswith(punct_tuple):  # trailing punctuation
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):  # an ellipsis before a period
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):  # a period, unless it ends an abbreviation
                if (t in abbreviations or abbr1.match(t) is not None
                        or abbr2.match(t) is not None or abbr3.match(t) is not None):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            append(t)
        tokens.extend(reversed(tail))
    tokens += words[done:]
    return tokens


def _pattern_sentences(tokens: list[str]) -> list[str]:
    """Pattern's sentences of :func:`_pattern_token_list`'s tokens, each a string of tokens
    separated by spaces, with "(!)" and the emoticons split by spaces joined up again."""
    *_, sarcasm, emoticons, eos = _pattern_tokenizer_tables()
    sentences: list[list[str]] = [[]]
    i = j = 0
    while j < len(tokens):
        if tokens[j] in _PATTERN_ENDS or tokens[j] == eos:
            # citations, trailing parenthesis, repeated punctuation (!?)
            while j < len(tokens) and (tokens[j] in _PATTERN_CLOSERS or tokens[j] == eos):
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break  # balanced quotes
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    return [emoticons.sub(_pattern_emoticon, sarcasm.sub("(!)", " ".join(s)))
            for s in sentences if len(s) > 0]


@cache
def _pattern_tables() -> tuple:
    """What :func:`pattern_sentiment` reads from TextBlob's Pattern sentiment, loaded once."""
    from textblob import _text

    sentiment = _pattern_sentiment()
    len(sentiment)  # loads the lexicon (a lazy dict)
    emoticons = tuple((p, frozenset(e.lower() for e in faces))
                      for (_type, p), faces in _text.EMOTICONS.items())
    faces = frozenset().union(*(f for _p, f in emoticons))  # every face, for a quick test
    negations = frozenset(sentiment.negations)
    return (sentiment, faces, negations, tuple(sentiment.modifiers), sentiment.modifier,
            emoticons, _text.PUNCTUATION, negations | faces | {"!", "(!)"})


#: typographic quotes and their ASCII forms (the features read texts both ways)
ASCII_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"'})


def ascii_quotes(text: str) -> str:
    """``text.translate(ASCII_QUOTES)``: each typographic quote replaced by its ASCII form, by
    seven ``str.replace`` calls (a translation with a dict falls back to a slow per-character
    path on non-ASCII text; the quotes are single characters that map to characters outside
    the set, so the replacements do not interact)."""
    if text.isascii():
        return text
    return (text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
            .replace("„", '"').replace("«", '"').replace("»", '"'))


def pattern_quote_blind(text: str) -> bool:
    """Whether Pattern scores ``text`` exactly as ``text.translate(ASCII_QUOTES)``.

    Its tokenizer cuts “ ” ‘ ’ off words as it cuts " and ', and a lone quote mark of either
    kind changes no score (no lexicon entry, negation, modifier or emoticon); what it only
    changes is where a sentence ends, which the two numbers do not read. Three things do
    differ, and any of them makes this False: „ « » (kept on their words, unlike "), ``n’t``
    (only ``n't`` is split off as a contraction) and a single quote near a colon or semicolon
    (``:'(`` is an emoticon, ``:’(`` is not). Checked on the PolNeAR statements and by a
    property test.
    """
    if "„" in text or "«" in text or "»" in text or "n’t" in text:
        return False
    return not (("’" in text or "‘" in text) and (":" in text or ";" in text))


def _pattern_words(text: str) -> list[str]:
    """The lower-cased words Pattern's sentiment reads in ``text``: the tokens of its sentences
    (:func:`_pattern_tokens`) joined by spaces and split again, lower-cased.

    Cutting the tokens into sentences only matters for a paragraph break or the words
    "END-OF-SENTENCE" (dropped there) and for "(!)" and the emoticons (joined up within a
    sentence). A sentence is a run of the tokens, so when neither pattern matches anywhere in all
    the tokens joined (their one anchor, end of string, stands before a space there), it matches
    in no sentence either, and the words are the tokens: one join, no sentences (most texts).
    """
    *_, sarcasm, emoticons, eos = _pattern_tokenizer_tables()
    tokens = _pattern_token_list(text)
    joined = " ".join(tokens)
    if eos in joined or sarcasm.search(joined) is not None or (
            emoticons.search(joined) is not None):
        joined = " ".join(_pattern_sentences(tokens))
        tokens = joined.split()
    # lower-cased at once when ASCII (each character on its own, as per word); else per word
    return joined.lower().split() if joined.isascii() else [w.lower() for w in tokens]


def pattern_sentiment(text: str) -> tuple[float, float]:
    """TextBlob's Pattern polarity (-1..1) and subjectivity (0..1) of ``text``.

    The numbers of ``textblob.en.sentiment(text)`` (Pattern's ``Sentiment.__call__`` and
    ``assessments`` for a string, default options), computed without the parts of that code
    the two numbers do not need (word lists and labels of each assessment, a ``map`` over
    every emoticon for every short non-word token, a lazy dict probed per word): the same
    tokens, the same rules in the same order, the same arithmetic.
    """
    lexicon, any_face, negations, modifiers, modifier, emoticons, punctuation, marked = (
        _pattern_tables())
    a: list[list[float]] = []  # [polarity, subjectivity, intensity, negated (-1) or 1]
    m = None  # preceding modifier
    n = None  # preceding negation
    for w in _pattern_words(text):
        entry = dict.get(lexicon, w)  # the loaded lazy dict, read as the dict it is
        if entry is None and m is None and n is None and w not in marked:
            continue  # an unknown word with no modifier or negation pending: no rule fires
        if entry is not None and None in entry:
            p, s, i = entry[None]
            if m is None:
                a.append([p, s, i, 1])
            if m is not None:
                last = a[-1]
                last[0] = max(-1.0, min(p * last[2], +1.0))
                last[1] = max(-1.0, min(s * last[2], +1.0))
                last[2] = i
            if n is not None:
                a[-1][2] = 1.0 / a[-1][2]
                a[-1][3] = -1
            m = None
            n = None
            if any(map(entry.__contains__, modifiers)):
                m = w
            if w in negations:
                n = w
        else:
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and modifier(m):
                a[-1][3] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and len(a) > 0:
                a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
            if w == "(!)":
                a.append([0.0, 1.0, 1.0, 1])
            # (a word that is no face at all skips the test of each kind of face)
            if w in any_face and w.isalpha() is False and len(w) <= 5 and w not in punctuation:
                for p, faces in emoticons:
                    if w in faces:
                        a.append([p, 1.0, 1.0, 1])
                        break
    pol, subj, k = 0, 0, 0
    for p, s, _i, neg in a:
        pol += 1 * (p * -0.5 if neg < 0 else p)
        subj += 1 * s
        k += 1
    return float(pol / float(k or 1)), float(subj / float(k or 1))


class AffectLexicons(NamedTuple):
    """Word lists shipped in PyPI packages, read as plain files (lower-case keys)."""

    afinn: dict[str, float]  # AFINN-165 valence -5..+5; keys may be phrases ("no fun")
    nrc: dict[str, frozenset[str]]  # NRC word -> its categories (positive, anger, fear, ...)


@cache
def affect_lexicons() -> AffectLexicons:
    """AFINN-165 (``afinn`` package) and the NRC emotion lexicon (``nrclex`` package), offline.

    Research-only (extra ``geneva_nb[research]``): used only by tone tables trained with
    ``benchmarks/train_tone.py --research``, never by the shipped ones.

    Only the bundled data files are read (``afinn/data/AFINN-en-165.txt``,
    ``nrclex/data/nrc_en.json``); the packages' classes are not used (NRCLex's needs NLTK
    corpora through TextBlob).
    """
    import json
    from importlib import resources

    from .errors import DataFileError

    try:
        afinn_text = resources.files("afinn").joinpath("data", "AFINN-en-165.txt").read_text(
            encoding="utf-8"
        )
        nrc_raw = json.loads(
            resources.files("nrclex").joinpath("data", "nrc_en.json").read_text(encoding="utf-8")
        )
        afinn = {}
        for line in afinn_text.splitlines():
            if line.strip():
                word, value = line.rsplit("\t", 1)
                afinn[word.strip().lower()] = float(value)
        nrc = {str(w).lower(): frozenset(map(str, cats)) for w, cats in nrc_raw.items()}
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise DataFileError(
            f"The AFINN or NRC word list is missing ({exc}). They are research-only extras: "
            "pip install 'geneva_nb[research]' (afinn, nrclex; both ship their lexicons, "
            "nothing is downloaded)."
        ) from None
    except (ValueError, AttributeError, TypeError) as exc:
        raise DataFileError(
            f"The AFINN or NRC word list is malformed ({exc!r}); reinstall "
            "'geneva_nb[research]'."
        ) from None
    return AffectLexicons(afinn, nrc)
