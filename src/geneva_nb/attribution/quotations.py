"""Quotations and their cues (rules 1, 2 and 7 of the cascade).

1. A speech cue right after the quotation (``“…,” Ryabkov said`` / ``said Ryabkov`` /
   ``— she said``): ``quote-cue-after``; when the quotation is woven into a longer sentence the
   content runs from the sentence start (``mixed-quote-cue-after``, kind partial). A question
   or exclamation needs a verb after it ('“Why?” Ryabkov asked', not '“Why?” Nobody knows').
2. Quotations introduced by ``Speaker verb:`` or ``Speaker verb,`` (``quote-cue-before``; a
   title after a comma is no quotation: 'wrote a book, “Hard Choices”'), quotations named by a
   statement noun after them (``“…” – that was the warning from X``, ``“…” / The warning came
   from X``, ``That is how she tells it``: ``quote-statement-noun``), ``“…,” according to X``
   (``according-to``), and live-blog or headline items ``Commission President Helga Brandt:
   “…”`` where a titled or full name alone before a colon speaks a whole-sentence quotation
   (``quote-colon-speaker``, the colon is the cue).
7. A quotation opening a sentence with no cue of its own continues the statement just before
   it (quoted or reported) in the same or the previous paragraph (``quote-continuation``, which
   reuses that statement's cue and mention). Short quoted phrases with no cue (titles, scare
   quotes) are not statements.
"""

from __future__ import annotations

import bisect
import itertools

from ..cues import PRONOUNS
from ..quotes import QuoteSpan
from .document import (
    _DASHES,
    _MAX_MENTION,
    _QUOTE_TOKENS,
    _SENT_END,
    _Cand,
    _claim,
    _clause_start,
    _cue_range,
    _Doc,
    _first_word,
    _sentence_tok_range,
    _verb_at,
    _words,
)
from .names import _name_run
from .subjects import _according_mention, _mention_after, _plausible_mention, _subject_before
from .words import _AUXILIARIES, _HOW_VERBS, _STATEMENT_NOUNS


def _statement_from(doc: _Doc, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'that was the warning from X' / 'this is the message of X' at token ``k``:
    (cue = the noun, mention = X), or None."""
    toks = doc.toks
    if (k + 4 < hi and toks[k].low == "the" and toks[k + 1].low in _STATEMENT_NOUNS
            and toks[k + 2].low in {"came", "comes"} and toks[k + 3].low == "from"):
        mention = _mention_after(doc, k + 4, hi)  # 'The warning came from X'
        return None if mention is None else ((k + 1, k + 2), mention)
    if not (k + 4 < hi and toks[k].low in {"that", "this", "such", "those", "these"}
            and toks[k + 1].low in {"was", "is", "were", "are"}):
        return None
    if toks[k + 2].low == "how":  # 'That is how she tells it' / 'That was how Ortega put it'
        for v in range(k + 4, min(hi, k + 10)):  # '... how one senior GOP aide described it'
            if toks[v].low in _HOW_VERBS:
                return ((v, v + 1), (k + 3, v)) if _plausible_mention(toks[k + 3:v]) else None
            if not (toks[v].text[:1].isalnum() or toks[v].text in {"’", "'", "."}):
                return None
        return None
    for n in range(k + 2, min(hi - 2, k + 5)):
        if toks[n].low in _STATEMENT_NOUNS and toks[n + 1].low in {"from", "of", "by"}:
            mention = _mention_after(doc, n + 2, hi)
            return None if mention is None else ((n, n + 1), mention)
        if doc.in_quote[n] or not toks[n].text[:1].isalpha():
            return None
    return None


def _quote_cue_after(doc: _Doc, qi: int) -> _Cand | None:
    """'“…,” Ryabkov said' / '“…,” said Ryabkov' / '“…” — she said'."""
    q = doc.quotes[qi]
    toks = doc.toks
    k0 = doc.tok_at(q.end)
    para_end = doc.paragraphs[doc.paragraph_of(q.end - 1)][1]
    hi = min(len(toks), k0 + 16)
    while hi > k0 and toks[hi - 1].start >= para_end:
        hi -= 1
    k = k0
    while k < hi and toks[k].text in {",", *_DASHES}:
        k += 1
    if k >= hi:
        # a quotation that is a whole paragraph, then 'The warning came from X.' / 'That was
        # the message of X.' opening the next one
        pi = doc.paragraph_of(q.end - 1)
        if (k0 < len(toks) and doc.paragraphs[pi][0] == q.start
                and pi + 1 < len(doc.paragraphs) and toks[k0].start >= para_end
                and doc.paragraph_of(toks[k0].start) == pi + 1
                and doc.text[q.start:q.end].rstrip("”’\"'»")[-1:] in ".!?"):
            found = _statement_from(doc, k0, min(len(toks), k0 + 24))
            if found is not None:
                cue, mention = found
                return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
        return None
    found = _statement_from(doc, k, min(len(toks), k0 + 24))
    if found is not None and (k > k0 or doc.text[q.start:q.end].rstrip("”’\"'»")[-1:] in ".!?"):
        cue, mention = found
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
    inner = doc.text[q.start:q.end].rstrip("”’\"'»")
    if inner.endswith("."):
        return None  # the quotation closed its sentence; what follows is a new sentence
    if inner.endswith(("?", "!")) and toks[k].text[:1].isupper() and toks[k].low not in PRONOUNS:
        # '“Why?” Ryabkov asked.' is a cue, '“Why?” Nobody knows.' is not
        if not any(_verb_at(doc, v) for v in range(k, min(hi, k + 4))):
            return None
    if (toks[k].low == "according" and k + 1 < hi and toks[k + 1].low == "to"
            and (toks[k - 1].text == "," or inner.endswith(","))):
        mention = _according_mention(doc, k + 2, hi)  # '“It’s over,” according to X.'
        if mention is not None:
            return _Cand("direct", mention, (k, k + 2), (q.start, q.end), "according-to")
    # verb first: said Ryabkov
    if _verb_at(doc, k):
        cue = _cue_range(doc, k)
        mention = _mention_after(doc, cue[1], hi)
        if mention is None:
            return None
        if mention[1] < hi and (toks[mention[1]].low in _AUXILIARIES
                                or _verb_at(doc, mention[1])):
            return None  # '“a joke”, said it was ...': the words after the verb are a clause
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-cue-after")
    if k == k0 and not inner.endswith((",", "?", "!")) and doc.in_phrase[doc.tok_at(q.start)]:
        return None  # 'was “testing” NATO's border and warned': a scare quote, no trailing cue
    # speaker first: Ryabkov (also) said
    for v in range(k + 1, min(hi, k + _MAX_MENTION + 3)):
        t = toks[v]
        if t.text in _SENT_END or t.text in _QUOTE_TOKENS or doc.in_quote[v]:
            return None
        if _verb_at(doc, v):
            mention = _subject_before(doc, v, k)
            if mention is None or mention[0] != k:
                return None
            return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end),
                         "quote-cue-after")
    return None


def _quote_cue_before(doc: _Doc, qi: int) -> _Cand | None:
    """'She said: “…”' / 'Ryabkov told reporters, “…”' / 'said Ryabkov: “…”'."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)  # the opening mark
    sid = doc.sentence_of(q.start)
    lo, _ = _sentence_tok_range(doc, sid)
    if k - 1 < lo or toks[k - 1].text not in {":", ","}:
        return None
    # look back for the verb within 8 tokens
    for v in range(k - 2, max(lo, k - 10) - 1, -1):
        if doc.in_quote[v] or doc.claimed[v]:
            return None
        if not _verb_at(doc, v):
            continue
        if toks[k - 1].text == "," and (
            (_words(doc, q.start, q.end) < 3
            and not doc.text[q.start:q.end].rstrip("”’\"'» ").endswith((".", "!", "?")))
            or any(toks[x].low in {"a", "an"} for x in range(v + 1, k - 1))
        ):
            return None  # 'wrote a book, “Hard Choices”': a title, not a quotation
        mention = _subject_before(doc, v, lo)
        if mention is None:
            mention = _mention_after(doc, _cue_range(doc, v)[1], k - 1)
        if mention is None:
            return None
        return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end), "quote-cue-before")
    return _quote_colon_speaker(doc, q, k, lo)


def _quote_colon_speaker(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'Commission President Helga Brandt: “…”' (a live-blog item or headline): a titled or
    full personal name alone before a colon, after at most a time stamp ('10:02'), speaks a
    whole-sentence quotation; the colon is the cue."""
    toks = doc.toks
    if toks[k - 1].text != ":" or not doc.text[q.start:q.end].rstrip("”’\"'» ").endswith(
            (".", "!", "?")):
        return None
    i = _first_word(doc, lo)
    while i < k - 1 and (toks[i].text.isdigit() or toks[i].text in {":", ".", "—", "–", "-"}):
        i += 1  # a time stamp: '10:02', '10.02 -'
    if not 0 < k - 1 - i <= 8 or any(doc.in_quote[j] or doc.claimed[j] for j in range(i, k - 1)):
        return None
    name = _name_run(toks[i:k - 1])
    if len(name.split()) < 2 or not all(t.text[:1].isupper() or t.low in {"of", "for", "the"}
                                        or t.text in {"’", "'"} for t in toks[i:k - 1]):
        return None
    return _Cand("direct", (i, k - 1), (k - 1, k), (q.start, q.end), "quote-colon-speaker")


def _quote_continuations(doc: _Doc, out: list[_Cand]) -> list[_Cand]:
    """Rule 7: a quotation opening a sentence with no cue of its own continues the statement
    just before it (quoted or reported) in the same or the previous paragraph
    (``quote-continuation``, which reuses that statement's cue and mention); also
    '“A,” he told supporters, “and B.”'. ``out`` is sorted by content start; returns the new
    statements."""
    toks = doc.toks
    # `out` does not change in this loop: prefix maxima + bisect keep each look-up logarithmic
    starts = [c.content[0] for c in out]
    reach = list(itertools.accumulate((c.content[1] for c in out), max))
    # any statement can be continued by a quotation: 'X said she was “horrified”. “Civilians ...”'
    quoted = sorted((c.content[1], i) for i, c in enumerate(out))
    quoted_ends = [e for e, _ in quoted]
    latest = list(itertools.accumulate((i for _, i in quoted), max))
    extra: list[_Cand] = []
    for q in doc.quotes:
        before = bisect.bisect_right(starts, q.start) - 1
        if before >= 0 and reach[before] > q.start:
            continue  # inside content already attributed
        k = doc.tok_at(q.start)
        if doc.claimed[k]:
            continue
        words = _words(doc, q.start, q.end)
        sid = doc.sentence_of(q.start)
        starts_sentence = doc.sentences[sid][0] == q.start
        n_ended = bisect.bisect_right(quoted_ends, q.start)
        if n_ended == 0:
            continue
        prev = latest[n_ended - 1]  # the last statement (in text order) ended before q
        # '“A,” he told supporters, “and B.”': the cue clause sits inside one sentence
        cue_end = toks[out[prev].cue[1] - 1].end
        same_sentence = (out[prev].kind == "direct" and doc.sentence_of(cue_end) == sid
                         and cue_end <= q.start and k > 0 and toks[k - 1].text == ",")
        full = doc.text[q.start:q.end].rstrip("”’\"'» ").endswith((".", "!", "?"))
        if (words < 4 and not (full and words >= 2)) or not (
            starts_sentence or same_sentence
        ):
            continue  # a title, a scare quote or a quoted phrase: not a statement
        p_para = doc.paragraph_of(out[prev].content[1] - 1)
        if doc.paragraph_of(q.start) - p_para > 1:
            continue
        # nothing attributed to someone else in between
        lo = bisect.bisect_left(starts, out[prev].content[1])
        hi = bisect.bisect_left(starts, q.start)
        base = out[prev]
        if any(c.ref is not base and c.mention != base.mention for c in out[lo:hi]):
            continue
        ref = base if base.ref is None else base.ref
        extra.append(_Cand("direct", base.mention, base.cue, (q.start, q.end),
                           "quote-continuation", ref=ref))
    return extra


def _quotations_with_cues(doc: _Doc, out: list[_Cand]) -> None:
    """Rules 1 and 2: each quotation with a cue right after or before it, in text order, is
    added to ``out`` and its tokens claimed. A quotation woven into a longer sentence
    ('The plan was “dead,” Hale said') runs from the sentence start (``mixed-quote-cue-after``,
    kind partial)."""
    toks = doc.toks
    for qi, q in enumerate(doc.quotes):
        cand = _quote_cue_after(doc, qi) or _quote_cue_before(doc, qi)
        if cand is None:
            continue
        if cand.rule == "quote-cue-after":
            k = doc.tok_at(q.start)
            sid = doc.sentence_of(q.start)
            lo, _ = _sentence_tok_range(doc, sid)
            if k > lo and any(toks[j].text[:1].isalnum() and not doc.claimed[j]
                              for j in range(lo, k)):
                cand.content = (_clause_start(doc, lo, k), q.end)
                cand.kind, cand.rule = "partial", "mixed-quote-cue-after"
        out.append(cand)
        _claim(doc, doc.tok_at(cand.content[0]), doc.tok_at(cand.content[1]))
        _claim(doc, *cand.mention)
        _claim(doc, *cand.cue)
        # the rest of the cue clause (', she said, adding ...') stays free for rule 5
