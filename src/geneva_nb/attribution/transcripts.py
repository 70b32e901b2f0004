"""Interview and radio transcripts (rule 8 of the cascade).

Paragraphs opening ``Kamau: ...`` answer ``Q: ...`` (or a ``HOST``/``BYLINE`` narrator); each
answer, with the unlabelled paragraphs up to the next label, is the named person's statement
(``transcript``, the colon is the cue). Only in a text with at least one question label and one
name label, so headlines ("Ukraine: ...") and live-blog items are left to the other rules; or,
with no question label, a conversation of upper-case name labels ("TAPPER: ...", "FALLIN:
...", "TAPPER: ...": three turns or more, two people or more, one speaking twice), where every
turn, the questions too, is its speaker's statement (``transcript``, :func:`_dialogue`).

A headline in the same format, ``Graham: Trump's rhetoric destroying GOP's chance`` (the
text's first paragraph, a person's name, a colon, a claim), is that person's statement
(``headline-label``): only when the article names the person in full below it, with a first
name of known gender ("Lindsey Graham"; ``data/attribution/first_names.csv``), so that
"Germany: Coalition row deepens" or "The Latest: ..." are no speakers.
"""

from __future__ import annotations

import re
from collections import Counter

from ..actors import gender_from_first_name
from .document import _Cand, _claim, _Doc, _is_capitalised
from .names import _name_run
from .words import _NARRATOR_ROLES, _NOT_SPEAKER_LABELS, _QUESTION_LABELS

_LABEL = re.compile(r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})(?:, ([A-Za-z][A-Za-z ]{1,30}))?"
                    r":[ \t]*")


def _transcript(doc: _Doc, out: list[_Cand]) -> None:
    """Interview transcripts: paragraphs opening 'Kamau: ...' (a name and a colon) answer the
    paragraphs opening 'Q: ...'. Each answer is the named person's statement (kind direct, the
    colon is the cue), together with the unlabelled paragraphs after it up to the next label.
    Only in a text with at least one question label and one name label, so that headlines
    ('Ukraine: ...') and live-blog items are left to the other rules."""
    text, toks = doc.text, doc.toks
    labels = []
    narrators = set()
    for pi, (a, b) in enumerate(doc.paragraphs):
        m = _LABEL.match(text, a, b)
        if m is not None:
            labels.append((pi, m))
            if (m.group(2) or "").strip().lower() in _NARRATOR_ROLES:
                narrators.add(m.group(1).split()[-1].lower())  # 'PRUITT:' later
    _headline_label(doc, out)
    questions = {pi for pi, m in labels if m.group(1).lower().rstrip(".") in _QUESTION_LABELS
                 or m.group(1).split()[-1].lower() in narrators}
    if (not questions and not _dialogue(labels)) or len(labels) == len(questions):
        return
    starts = [pi for pi, _ in labels]
    for n, (pi, m) in enumerate(labels):
        if pi in questions:
            continue
        a, b = m.end(), doc.paragraphs[pi][1]
        if a >= b or m.group(2):
            continue  # a label alone on its line, or a role that is not a narrator's
        k0 = doc.tok_at(m.start())
        colon = doc.tok_at(text.rindex(":", m.start(), m.end()))
        if any(doc.claimed[j] for j in range(k0, colon + 1)) or not _name_run(toks[k0:colon]):
            continue
        nxt = starts[n + 1] if n + 1 < len(starts) else None
        if nxt is not None:  # unlabelled paragraphs between two labels continue the answer
            b = doc.paragraphs[nxt - 1][1]
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append(_Cand("direct", (k0, colon), (colon, colon + 1), (a, b), "transcript"))
        _claim(doc, k0, doc.tok_at(b))


def _dialogue(labels: list[tuple[int, re.Match[str]]]) -> bool:
    """A conversation transcribed with no question label ('TAPPER: ...', 'FALLIN: ...',
    'TAPPER: ...'): three or more paragraphs open with an upper-case name and a colon, two
    people or more, one of them with two turns or more; each turn is a statement."""
    names = [m.group(1).split()[-1].lower() for _, m in labels
             if not m.group(2) and m.group(1).isupper()
             and not set(m.group(1).lower().split()) & _NOT_SPEAKER_LABELS]
    turns = Counter(names)
    return len(names) >= 3 and len(turns) >= 2 and max(turns.values()) >= 2


_HEADLINE_LABEL = re.compile(r"((?:[A-Z][\w’'.-]*\s){0,2}[A-Z][\w’'-]*):\s+(?=\S)")


def _headline_label(doc: _Doc, out: list[_Cand]) -> None:
    """'Graham: Trump's rhetoric destroying GOP's chance.' as the first paragraph: the
    person's statement, the colon its cue, when the article names them in full below."""
    if len(doc.paragraphs) < 2:
        return
    text, toks = doc.text, doc.toks
    a, b = doc.paragraphs[0]
    m = _HEADLINE_LABEL.match(text, a, b)
    if m is None or b - a > 200:
        return
    k0, colon = doc.tok_at(m.start()), doc.tok_at(m.end(1))
    if any(doc.claimed[j] or doc.in_quote[j] for j in range(k0, colon + 1)):
        return
    last = toks[colon - 1]
    if not _is_capitalised(last) or not _name_run(toks[k0:colon]):
        return
    body = doc.paragraphs[1][0]
    named = False  # 'Lindsey Graham' / 'Hillary Clinton' below the headline
    for j in range(doc.tok_at(body), len(toks) - 1):
        t = toks[j]
        if t.text == last.text and (
                (j > 0 and gender_from_first_name(f"{toks[j - 1].text} {t.text}"))
                or gender_from_first_name(f"{t.text} {toks[j + 1].text}")):
            named = True  # a person: a first name with a gender goes with it
            break
    c0, c1 = m.end(), b
    while c1 > c0 and (text[c1 - 1].isspace() or text[c1 - 1] == "."):
        c1 -= 1
    words = sum(1 for t in toks[doc.tok_at(c0):doc.tok_at(c1)] if t.text[:1].isalnum())
    if not named or words < 3:
        return
    out.append(_Cand("indirect", (k0, colon), (colon, colon + 1), (c0, c1), "headline-label"))
    _claim(doc, k0, doc.tok_at(c1))
