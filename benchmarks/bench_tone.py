"""Tone benchmark: accuracy on the dev benchmarks (project vs VADER vs TextBlob) and speed.

``run() -> str`` returns a markdown section. Accuracy needs ``../shared/bench`` (or
``$GENEVA_NB_BENCH``); without it only the speed is measured. Speed: ``gn.tone`` on every
sentence of the embedded Geneva article, repeated, after one warm-up call (resources cached).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import geneva_nb as gn
from geneva_nb.errors import InputError
from geneva_nb.evaluate import tone as ev


def run() -> str:
    out = ["### Tone", ""]
    try:
        t0 = time.perf_counter()
        results = ev.evaluate()
        secs = time.perf_counter() - t0
        out += ["Accuracy on the development data (the models were trained on it: in-sample; "
                "cross-validated figures come from `benchmarks/train_tone.py`):", "",
                ev.format_table(results), "",
                f"Whole evaluation: {secs:.1f} s."]
    except InputError as exc:
        out.append(f"Accuracy skipped: {exc}")
    art = gn.load_article()
    sents = list(gn.sentences(art)["text"])
    gn.tone(sents[0])
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for s in sents:
            gn.tone(s)
    per = (time.perf_counter() - t0) / (reps * len(sents))
    out += ["", f"Speed: `gn.tone` {1000 * per:.2f} ms per sentence "
            f"({len(sents)} sentences of the Geneva article x {reps})."]
    return "\n".join(out)


if __name__ == "__main__":
    print(run())
