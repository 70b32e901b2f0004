"""Speaker attribution: who said what in an English news article, with character spans.

:func:`attribute` returns one row per statement (source, cue, content, as in the attribution
relations of PARC 3.0 and PolNeAR: Pareti 2016; Newell, Margolin & Ruths 2018):

``statement_id, kind, speaker, side, mention, mention_start, mention_end, cue, cue_start,
cue_end, content, content_start, content_end, sentence_id, rule, attribution_id``

``kind`` is ``direct`` (a quotation standing as the statement), ``partial`` (a quoted phrase
woven into the reporter's sentence: called the talks “difficult”) or ``indirect`` (reported
speech: He said Moscow needed guarantees); with ``beliefs=True`` also ``belief`` (non-speech
attributions: She wants to run). Offsets index the analysed text, so
``text[content_start:content_end] == content`` (quote marks are part of a quotation's content,
as in PolNeAR); the same holds for ``mention`` and ``cue``. Every statement has a cue.

One row is one contiguous content span. ``attribution_id`` (numbered in reading order) is
shared by the rows of one act of speech, as PARC and PolNeAR count attributions: every piece
of content bound to one cue, such as a quotation continued after its cue (``“Q1,” X said.
“Q2.”``: two rows, one act), also in the next paragraph or after reported speech (``She said
she was “horrified”. “Civilians ...”``), and the two parts around a cue inside the reported
clause (``The plan, Hale said, was dead``). A new cue is a new act, also for the same speaker
(``..., adding that ...``; ``said X and warned Y``). The project's own gold sets split an act at
a paragraph break and between reported speech and quotation
(``tests/data/attribution-blind/README.md``); :func:`geneva_nb.evaluate.brat.predictions`
applies either convention to these rows.

The method is a transparent rule cascade in the tradition of rule-based quote extraction
(Pouliquen, Steinberger & Best 2007; Krestel, Bergler & Witte 2008; the Gender Gap Tracker's
quote extractor, Asr et al. 2021). Each row's ``rule`` names the extraction rule and, after a
colon, how the speaker was resolved. The rules live in one module per concern:

- :mod:`.quotations`: quotations and their cues (rules 1, 2 and 7: ``quote-cue-after``,
  ``mixed-quote-cue-after``, ``quote-cue-before``, ``quote-statement-noun``,
  ``quote-colon-speaker``, ``quote-as-cue``, ``quote-continuation``, and
  ``participle-continuation`` /
  ``participle-subject`` for '..., saying: “…”');
- :mod:`.leads`: quotations whose source a lead-in names away from a speech verb (part of
  rule 2: ``quote-in-words`` for 'in the words of X, “…”', ``quote-colon-noun`` for '... with
  a simple message: “…”', ``quote-relative-cue`` for 'the report, which notes, “…”',
  ``quote-heard`` for 'is shown lecturing: “…”', ``quote-used-term`` for 'coined a new
  phrase, “…”', ``with-participle`` for 'with X saying, “…”');
- :mod:`.reported`: reported speech (rules 3 to 6 and 9: ``reported-cue-before``,
  ``reported-cue-after``, ``according-to``, ``participle-continuation``, ``with-participle``,
  ``participle-subject``, ``quote-describe``, ``reported-cue-inside``);
- :mod:`.frames`: verb frames from ``data/attribution/verbs.csv``, only with ``beliefs=True``
  (rule 10, ``frame-<class>``: ``accused X of``, ``urged X to``; kind ``belief``: ``wants
  to``, ``believes``, ``endorsed X``, ``a poll shows``, ``declined to``);
- :mod:`.transcripts`: interview and radio transcripts (rule 8, ``transcript``) and a
  headline 'Name: claim' (``headline-label``);
- :mod:`.orphans`: the last rule (11), a quotation no other rule attributed that reads like
  speech (a whole sentence, or after a colon; five words or more, a verb, not a title), to
  the named subject of the sentence before (``quote-orphan-subject``) or of the clause before
  the colon (``quote-orphan-colon``), or continuing a rule-10 statement just before it
  (``quote-orphan-previous``); a quotation that is the object of a verb of a speech act
  ('Lee offered “…”', 'the audience echoed “…”') to the clause's subject
  (``quote-partial-subject``); nothing when no candidate is good;
- :mod:`.learned`: rule 12, after rule 11: a quotation still unattributed goes to its
  candidate speaker (the subject of its clause, else the statement before it in the
  paragraph) when a logistic model learnt from PolNeAR train (weights in
  ``data/attribution/quote_model.csv``, written by ``benchmarks/train_quote_model.py``) is
  confident (``quote-learned``);
- :mod:`.conventions`: what is and is not a statement, and where a content starts and ends;
- :mod:`.subjects`: speaker mentions and sentence subjects (noun phrases, appositives,
  relative clauses, named subjects that are antecedents);
- :mod:`.names`: personal names, titles and descriptions as strings;
- :mod:`.resolver`: who is who across the article (mention -> speaker and side, cataphora);
- :mod:`.document`: the analysed text (tokens, sentences, quotations), the candidate record
  and the token helpers every rule shares;
- :mod:`.words`: the word lists of the rules, read from ``data/attribution/words.txt``;
- :mod:`.cascade`: the order in which the rules run and speakers are resolved.

The verb classes are in ``data/attribution/verbs.txt``, read by :mod:`geneva_nb.cues` (the
verb frames of rule 10 in ``data/attribution/verbs.csv``, read by :mod:`.frames`);
quotation marks in :mod:`geneva_nb.quotes`, the actor registry and side cues in
:mod:`geneva_nb.actors`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._frames import frame
from .._gc import paused
from ..actors import Registry, as_registry
from ..article import Article, as_article
from .cascade import _analyse

__all__ = ["COLUMNS", "attribute"]

COLUMNS = [
    "statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "sentence_id",
    "rule", "attribution_id",
]

_DTYPES = {
    "statement_id": "int64", "mention_start": "int64", "mention_end": "int64",
    "cue_start": "int64", "cue_end": "int64", "content_start": "int64", "content_end": "int64",
    "sentence_id": "int64", "attribution_id": "int64",
}


def attribute(
    doc: Article | str, *, actors: Registry | str | None = None, beliefs: bool = False
) -> pd.DataFrame:
    """Statements in ``doc`` with speaker, side, cue and content spans (see the module doc).

    ``doc`` is an :class:`~geneva_nb.article.Article` or a plain string (analysed verbatim);
    ``actors`` is a :class:`~geneva_nb.actors.Registry` or the path of an actors CSV
    (default ``data/actors.csv``). ``beliefs=True`` reads as PolNeAR annotates: it adds
    attributions outside the project's statement convention (rule 10, :mod:`.frames`):
    non-speech with ``kind="belief"`` (beliefs, intentions, support and opposition, evidence,
    feelings, declining; ``rule`` names the class, e.g. ``frame-intention``) and speech the
    project's annotators do not count with ``kind="indirect"`` ("accused X of ...", "urged X
    to ...": ``frame-speech``, ``frame-demand``, ``frame-commitment``), and source-less
    attributions (``frame-sourceless``: "is expected to ...", "seemed ..."), whose
    ``mention`` is ``""`` at the cue (``mention_start == mention_end == cue_start``) and whose
    ``speaker`` is ``""``. The default output has none.
    Raises :class:`~geneva_nb.errors.InputError` for anything that is not an article or a
    string.

    >>> attribute('“We are ready,” Ryabkov said.').loc[0, ["kind", "speaker", "side"]].tolist()
    ['direct', 'Sergei Ryabkov', 'Russia']
    """
    art = as_article(doc)
    registry = as_registry(actors)
    return paused(_statements, art, registry, beliefs=beliefs)


def _statements(art: Article, registry: Registry, *, beliefs: bool) -> pd.DataFrame:
    """The rows of :func:`attribute`, run with the collector paused (:mod:`geneva_nb._gc`: the
    article's tokens and candidates die here, young)."""
    cands, doc = _analyse(art, registry, beliefs=beliefs)
    text, toks = doc.text, doc.toks
    rows = []
    # one act of speech, one attribution_id: a statement and the rows that continue it with
    # the same cue ('“Q1,” X said. “Q2.”'; 'The plan, Hale said, was dead')
    acts: dict[tuple[int, tuple[int, int]], int] = {}
    for sid, c in enumerate(cands):
        act = acts.setdefault((id(c.ref if c.ref is not None else c), c.cue), len(acts))
        q0, q1 = toks[c.cue[0]].start, toks[c.cue[1] - 1].end
        # an empty mention (a source-less attribution) sits at the cue: text[q0:q0] == ""
        m0, m1 = (toks[c.mention[0]].start, toks[c.mention[1] - 1].end) \
            if c.mention[1] > c.mention[0] else (q0, q0)
        a, b = c.content
        rows.append((
            sid, c.kind, c.speaker, c.side, text[m0:m1], m0, m1, text[q0:q1], q0, q1,
            text[a:b], a, b, doc.sentence_of(a), f"{c.rule}:{c.how}", act,
        ))
    if not rows:  # no statements: the int64 columns keep their dtype, the others are object
        return pd.DataFrame({name: np.asarray((), dtype=np.int64 if name in _DTYPES else object)
                             for name in COLUMNS}, copy=False)
    # column lists with the dtypes pandas would infer (int64, its string dtype) given up front
    return frame(dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True)))
