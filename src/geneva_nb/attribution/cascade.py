"""The order of the rule cascade: which rules run first, and when speakers are resolved.

Quotations with a cue of their own first (:mod:`.quotations`, rules 1-2), then transcripts
(:mod:`.transcripts`, rule 8), then reported speech sentence by sentence (:mod:`.reported`,
rules 3-6 and 9; the statements found so far are passed in so that continuations see the
statement before them), then quotations continuing a statement (rule 7), then verb frames
(:mod:`.frames`, rule 10, only with ``beliefs=True``: PolNeAR's wider notion); a content the
sentence splitter cut inside a quotation then runs to the quotation's end; last, a quotation
no rule attributed that reads like speech goes to the likeliest speaker, or to nobody
(:mod:`.orphans`, rule 11); what is still left goes to its candidate speaker when a model
learnt from data is confident (:mod:`.learned`, rule 12, ``quote-learned``).
Each rule claims the tokens it uses, so a later rule never reuses them. Speakers are resolved
last, in reading order (:mod:`.resolver`), and reporters' questions are dropped
(:mod:`.conventions`).
"""

from __future__ import annotations

import bisect

from ..actors import Registry
from ..article import Article
from .conventions import _reporter_question
from .document import _build_doc, _Cand, _Doc
from .frames import _frames
from .learned import _quote_learned
from .orphans import _quote_orphans
from .quotations import _quotations_with_cues, _quote_continuations
from .reported import _reported
from .resolver import _resolve_speakers
from .transcripts import _transcript


def _analyse(art: Article, registry: Registry, *, beliefs: bool = False
             ) -> tuple[list[_Cand], _Doc]:
    """Run the rules in order on ``art``; the statements sorted by content start, and the doc.
    ``beliefs``: run rule 10 (:mod:`.frames`) too."""
    doc = _build_doc(art)
    if not doc.sentences:
        return [], doc
    out: list[_Cand] = []
    # 1-2: quotations with a cue right after or before them
    _quotations_with_cues(doc, out)
    _transcript(doc, out)
    out.sort(key=lambda c: c.content[0])
    # 3-6: sentence by sentence
    direct = list(out)
    out = []
    di = 0
    for sid in range(len(doc.sentences)):
        s_end = doc.sentences[sid][1]
        while di < len(direct) and direct[di].content[0] < s_end:
            out.append(direct[di])
            di += 1
        _reported(doc, sid, out)
    out.extend(direct[di:])
    out.sort(key=lambda c: c.content[0])
    _open_quotations(doc, out)
    # 7: quotations that continue the previous speaker
    extra = _quote_continuations(doc, out)
    out.extend(extra)
    # 10: verb frames, PolNeAR's wider notion (beliefs, intentions, 'accused X of', ...)
    if beliefs:
        for sid in range(len(doc.sentences)):
            _frames(doc, sid, out, beliefs=beliefs)
        for c in out:
            if c.rule in {"quote-describe", "participle-describe"}:
                _describe_object(doc, c)
        # a listed quotation the widened content now holds is no row of its own
        out = [c for c in out if not (c.rule == "quote-listed" and c.ref is not None and (
            c.ref.content[0] <= c.content[0] and c.content[1] <= c.ref.content[1]))]
    out.sort(key=lambda c: c.content[0])
    _finish_quotations(doc, out)
    # 11: quotations no rule attributed that read like speech, to the likeliest speaker
    orphans = _quote_orphans(doc, out)
    if orphans:
        out = sorted(out + orphans, key=lambda c: c.content[0])
    out = sorted(out + _quote_learned(doc, out), key=lambda c: c.content[0])  # 12: a model's
    # a source-less attribution ('is expected to ...': rule 10) has an empty mention and
    # no speaker to resolve
    sourceless = [c for c in out if c.mention[0] == c.mention[1]]
    if sourceless:
        out = [c for c in out if c.mention[0] != c.mention[1]]
    _resolve_speakers(doc, out, registry)
    asking = {id(c) for c in out if c.ref is None and _reporter_question(doc, c)}
    out.extend(sourceless)
    out = [c for c in out if id(c) not in asking
           and (c.ref is None or id(c.ref) not in asking)]
    return sorted(out, key=lambda c: c.content[0]), doc


def _open_quotations(doc: _Doc, out: list[_Cand]) -> None:
    """A content that starts inside a closed quotation and runs past its end to a cue after
    it starts at the quotation's opening mark: in '“You know what I want? I want to wait”
    before discussing specifics, he said.' the sentence splitter cut after the question, the
    reported speech rule took 'I want to wait” ... specifics' from 'he said', and the
    quotation's first sentence would go on to the speaker before it (rule 7). The marks say the
    words are one passage of the speaker of the tag. Not when another statement holds part of
    the quotation, or when the quotation sits inside a longer sentence that started before it.
    ``out`` is sorted by content start; it stays sorted."""
    if not doc.quotes:
        return
    ends = [q.end for q in doc.quotes]
    for i, c in enumerate(out):
        a, b = c.content
        qi = bisect.bisect_right(ends, a)
        if qi >= len(doc.quotes):
            continue
        q = doc.quotes[qi]
        if not (q.closed and q.start < a < q.end <= b) or doc.text[q.start + 1:a].strip(
                "“”‘’\"'«» ") == "":
            continue
        if doc.toks[c.cue[0]].start < q.end or doc.paragraph_of(q.start) != doc.paragraph_of(a):
            continue  # the cue must follow the quotation: '” before ..., he said'
        if doc.sentences[doc.sentence_of(q.start)][0] != q.start:
            continue  # 'X told him “A? B” ..., he said': the quotation is inside a clause
        if (i and out[i - 1].content[1] > q.start) or any(
                o is not c and q.start <= o.content[0] < a for o in out):
            continue
        c.content = (q.start, b)


def _finish_quotations(doc: _Doc, out: list[_Cand]) -> None:
    """A content that ends inside a closed quotation it opened or holds the start of runs to
    the quotation's end: the sentence splitter cut '... argues that “A. B.”' or ', adding,
    “A. B.”' after A, but the quotation marks say the words go on. Not when
    another statement starts inside the rest. ``out`` is sorted by content start."""
    starts = [c.content[0] for c in out]
    ends = [q.end for q in doc.quotes]
    for i, c in enumerate(out):
        a, b = c.content
        qi = bisect.bisect_right(ends, b) if doc.quotes else 0
        if qi >= len(doc.quotes):
            continue
        q = doc.quotes[qi]
        if not (q.closed and a <= q.start < b < q.end) or doc.text[b:q.end].strip(
                "”’\"'» ") == "":
            continue
        if doc.paragraph_of(q.start) != doc.paragraph_of(q.end - 1):
            continue
        nxt = bisect.bisect_right(starts, a, lo=i + 1)
        if nxt < len(out) and out[nxt].content[0] < q.end:
            continue
        c.content = (a, q.end)


def _describe_object(doc: _Doc, c: _Cand) -> None:
    """PolNeAR's content of 'called the talks “difficult”' is the object with the quoted
    words ('the talks “difficult”'): with ``beliefs=True`` the content of ``quote-describe``
    and ``participle-describe`` ('..., calling it “…”') starts right after the cue when a short
    object (no verb, no comma) sits between."""
    toks = doc.toks
    q = doc.tok_at(c.content[0])
    start = c.cue[1]
    if not 0 < q - start <= 8 or any(
            toks[j].text in {",", ";", ":", "."} or doc.in_quote[j] for j in range(start, q)):
        return
    end = c.content[1]
    j = doc.tok_at(end)
    while j + 1 < len(toks) and toks[j].low in {"and", "or"} and j + 1 in doc.quote_of_tok:
        end = doc.quotes[doc.quote_of_tok[j + 1]].end  # '“a fantasy” and “cruel.”'
        j = doc.tok_at(end)
    c.content = (toks[start].start, end)
