"""Interview and radio transcripts (rule 8 of the cascade).

Paragraphs opening ``Kamau: ...`` answer ``Q: ...`` (or a ``HOST``/``BYLINE`` narrator); each
answer, with the unlabelled paragraphs up to the next label, is the named person's statement
(``transcript``, the colon is the cue). Only in a text with at least one question label and one
name label, so headlines ("Ukraine: ...") and live-blog items are left to the other rules.
"""

from __future__ import annotations

import re

from .document import _Cand, _claim, _Doc
from .names import _name_run
from .words import _NARRATOR_ROLES, _QUESTION_LABELS

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
    questions = {pi for pi, m in labels if m.group(1).lower().rstrip(".") in _QUESTION_LABELS
                 or m.group(1).split()[-1].lower() in narrators}
    if not questions or len(labels) == len(questions):
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
