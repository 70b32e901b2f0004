"""Tone benchmark: accuracy on the dev benchmarks (project vs VADER vs TextBlob), the label, speed.

``run() -> str`` returns a markdown section. Accuracy needs ``../shared/bench`` (or
``$GENEVA_NB_BENCH``); without it only the speed is measured.

- Accuracy: ``geneva-nb evaluate tone`` (in-sample: the tables were trained on these rows; the
  cross-validated figures come from ``benchmarks/train_tone.py``).
- ``ToneScore.label`` (in-sample): macro-F1 on NYT 3-class (mean rating <= -0.5 negative,
  >= 0.5 positive, else neutral; the gold train_tone.py uses) for ``gn.tone(text).label`` against
  ``compound`` and VADER read at +-0.05; on NewsMTSC for ``gn.tone_toward(...).label`` against its
  ``compound`` at +-0.05, and ``gn.tone(sentence).label`` (the sentence's tone, not the target's).
- Speed: ``gn.tone`` on every sentence of the embedded Geneva article, repeated, after one
  warm-up call (resources cached).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import geneva_nb as gn
from geneva_nb.errors import InputError
from geneva_nb.evaluate import tone as ev
from geneva_nb.evaluate.metrics import macro_f1

NAMES = {"negative": -1, "neutral": 0, "positive": 1}
NYT_NEUTRAL = 0.5  # as in benchmarks/train_tone.py


def _cut(x: float, lo: float = -0.05, hi: float = 0.05) -> int:
    return 1 if x >= hi else -1 if x <= lo else 0


def label_table(bench: Path) -> list[str]:
    nyt = [r for f in ev.find_bench_files(bench, ev.NYT) for r in ev.load_nyt(f)]
    gold = [_cut(r.rating, -NYT_NEUTRAL, NYT_NEUTRAL) for r in nyt]
    scores = [gn.tone(r.text) for r in nyt]
    rows = [("NYT editorials 3-class", "`gn.tone(text)`", len(nyt),
             macro_f1(gold, [NAMES[s.label] for s in scores]),
             macro_f1(gold, [_cut(s.compound) for s in scores]),
             macro_f1(gold, [_cut(s.vader) for s in scores]))]
    mtsc = [r for f in ev.find_bench_files(bench, ev.NEWSMTSC) for r in ev.load_newsmtsc(f)]
    gold = [r.label for r in mtsc]
    toward = [gn.tone_toward(r.text, r.start, r.end) for r in mtsc]
    whole = {t: gn.tone(t) for t in {r.text for r in mtsc}}
    rows.append(("NewsMTSC (toward the target)", "`gn.tone_toward(text, start, end)`", len(mtsc),
                 macro_f1(gold, [NAMES[s.label] for s in toward]),
                 macro_f1(gold, [_cut(s.compound) for s in toward]),
                 macro_f1(gold, [_cut(whole[r.text].vader) for r in mtsc])))
    rows.append(("NewsMTSC (sentence tone as the target's)", "`gn.tone(text)`", len(mtsc),
                 macro_f1(gold, [NAMES[whole[r.text].label] for r in mtsc]),
                 macro_f1(gold, [_cut(whole[r.text].compound) for r in mtsc]),
                 macro_f1(gold, [_cut(whole[r.text].vader) for r in mtsc])))
    out = ["`ToneScore.label` against `compound` read at VADER's +-0.05 (macro-F1, in-sample: "
           "the tables saw these rows; nested CV in the Tone section above):", "",
           "| data | call | n | `.label` | `.compound` +-0.05 | VADER +-0.05 |",
           "|---|---|---:|---:|---:|---:|"]
    out += [f"| {a} | {b} | {n} | {x:.3f} | {y:.3f} | {z:.3f} |" for a, b, n, x, y, z in rows]
    return out


def run() -> str:
    out = ["### Tone", ""]
    try:
        t0 = time.perf_counter()
        results = ev.evaluate()
        secs = time.perf_counter() - t0
        out += ["Accuracy on the development data (the models were trained on it: in-sample; "
                "cross-validated figures come from `benchmarks/train_tone.py`):", "",
                ev.format_table(results), "",
                f"Whole evaluation: {secs:.1f} s.", ""]
        out += label_table(ev.default_bench_dir())
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
