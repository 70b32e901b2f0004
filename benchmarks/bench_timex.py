"""Temporal tagging: throughput of ``gn.timexes`` (one core) and TempEval-3 scores on our gold."""

from __future__ import annotations

import time
from pathlib import Path

import geneva_nb as gn
from geneva_nb.evaluate.timeml import read_timeml, score_documents

ROOT = Path(__file__).resolve().parents[1]
TESTSET = ROOT / "tests" / "data" / "timeml"
GOLD = ROOT / "data" / "gold" / "geneva-talks.tml"
DEV2 = ROOT / "tests" / "data" / "timeml-dev2"
BLIND = ROOT / "tests" / "data" / "timeml-blind"


def _throughput(text: str, target_mb: float) -> tuple[float, float, int, float]:
    big = (text + "\n") * int(target_mb * 1e6 // (len(text) + 1) + 1)
    mb = len(big.encode("utf-8")) / 1e6
    best = float("inf")
    n = 0
    for _ in range(3):
        t0 = time.perf_counter()
        n = len(gn.timexes(big, dct="2022-01-10"))
        best = min(best, time.perf_counter() - t0)
    return mb, best, n, len(big) / max(n, 1)


def run() -> str:
    article = gn.load_article().text
    docs = [read_timeml(p) for p in sorted(TESTSET.glob("*.tml"))]
    dense = "\n".join(d.text for d in docs)
    rows = []
    for name, text in (
        ("Geneva article (cleaned), repeated", article),
        ("hand-made TimeML test set texts, repeated", dense),
    ):
        mb, sec, n, chars_per = _throughput(text, 2.0)
        rows.append(f"| {name} | {mb:.1f} | {n:,} | {chars_per:.0f} | {sec:.2f} | {mb / sec:.2f} |")
    gold = score_documents([read_timeml(GOLD)])
    own = score_documents(docs)
    dev2 = score_documents([read_timeml(p) for p in sorted(DEV2.glob("*.tml"))])
    blind = score_documents([read_timeml(p) for p in sorted(BLIND.glob("*.tml"))])
    t0 = time.perf_counter()
    gn.chronology(gn.load_article())
    chron = time.perf_counter() - t0
    return "\n".join([
        "### Temporal expressions (`gn.timexes`)",
        "",
        "Throughput, best of 3 runs, document date given. Density matters: the rules only run",
        "in windows around trigger words (digits, month and weekday names, time units).",
        "",
        "| data | MB | expressions | characters per expression | seconds | MB per second |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "TempEval-3 Task A (`geneva-nb evaluate timex DIR`), counts pooled over documents:",
        "",
        "| gold | docs | gold timexes | strict F1 | relaxed F1 | type F1 | value F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| `data/gold/geneva-talks.tml` | 1 | {gold.n_gold} | {gold.strict.f1:.3f} | "
        f"{gold.relaxed.f1:.3f} | {gold.type_f1.f1:.3f} | {gold.value_f1.f1:.3f} |",
        f"| `tests/data/timeml/*.tml` (hand-made, 6 dev + 3 held-out) | {own.n_documents} | "
        f"{own.n_gold} | {own.strict.f1:.3f} | {own.relaxed.f1:.3f} | {own.type_f1.f1:.3f} | "
        f"{own.value_f1.f1:.3f} |",
        *(
            f"| `{name}` | {sc.n_documents} | {sc.n_gold} | {sc.strict.f1:.3f} | "
            f"{sc.relaxed.f1:.3f} | {sc.type_f1.f1:.3f} | {sc.value_f1.f1:.3f} |"
            for name, sc in (("tests/data/timeml-dev2/*.tml (second dev set)", dev2),
                             ("tests/data/timeml-blind/*.tml (blind set, totals only)", blind))
        ),
        "",
        f"`gn.chronology` on the Geneva article (timexes, sentences, POS tags): {chron:.2f} s.",
    ])


if __name__ == "__main__":
    print(run())
