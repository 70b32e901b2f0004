"""Scoring every stage against human annotations in standard formats.

- :mod:`geneva_nb.evaluate.metrics`: precision/recall/F1, span overlap, correlation, macro-F1.
- :mod:`geneva_nb.evaluate.brat`: BRAT standoff reader/writer and the attribution scorer.
- :mod:`geneva_nb.evaluate.kinds`: kinds of gold attributions (direct, partial, indirect,
  non-speech) and the quoted passages of a text, for the attribution scorer.
- :mod:`geneva_nb.evaluate.timeml`: TimeML reader/writer and the TempEval-3 Task A scorer.
- :mod:`geneva_nb.evaluate.tone`: tone validation on the labelled sentiment benchmarks.

Each scorer module has ``main(argv) -> int``, which ``geneva-nb evaluate KIND ...`` calls.
"""

from __future__ import annotations

from .metrics import PRF, char_overlap, macro_f1, pearson, prf

__all__ = ["PRF", "char_overlap", "macro_f1", "pearson", "prf"]
