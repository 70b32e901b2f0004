"""The whole analysis of one article, stage by stage: ``gn.analyze(art).tables()`` (issue 14).

Data: the real news articles of PolNeAR (``attribution/polnear/{dev,train}/text/*.txt`` under
``../shared/bench`` or ``$GENEVA_NB_BENCH``, read at run time, never copied), else the embedded
Geneva article repeated. Each article is loaded first (not timed), then the four stages of
:class:`geneva_nb.Analysis` run in order: attribution, tone by side (on those statements),
time expressions, chronology (on those expressions). Time is the CPU time of this process
(``time.process_time``, one core, so other processes on a shared machine do not count), after
a warm-up on five articles (lexicons, tagger and tables loaded).

``run() -> str`` returns a markdown section; ``python benchmarks/bench_pipeline.py [N]`` prints
it (N: at most N articles).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import geneva_nb as gn
from geneva_nb import nlp
from geneva_nb.evaluate.tone import default_bench_dir

STAGES = ("statements", "tone_by_side", "timexes", "chronology")
REPEAT = 30


def polnear_texts(limit: int | None = None) -> tuple[list[str], str]:
    root = default_bench_dir() / "attribution" / "polnear"
    paths = [p for split in ("dev", "train") for p in sorted((root / split / "text").glob("*.txt"))]
    paths = paths[:limit] if limit else paths
    if not paths:
        return [], ""
    return ([p.read_text(encoding="utf-8") for p in paths],
            f"PolNeAR dev + train texts (`{root}`), {len(paths)} real news articles")


def measure(arts: list[gn.Article]) -> dict[str, float]:
    """CPU seconds per stage over ``arts`` (each article analysed once, stages in order)."""
    spent = dict.fromkeys(STAGES, 0.0)
    for art in arts:
        a = gn.analyze(art)
        for stage in STAGES:
            t0 = time.process_time()
            getattr(a, stage)
            spent[stage] += time.process_time() - t0
    return spent


def real_news(limit: int | None = None) -> list[str]:
    texts, what = polnear_texts(limit)
    if not texts:
        return ["PolNeAR is not present: measured on the Geneva article only."]
    arts = [gn.load_article(t, published="2016-06-01") for t in texts]
    measure(arts[:5])  # warm-up: lexicons, tagger, tables
    spent = measure(arts)
    total = sum(spent.values())
    chars = sum(len(a.text) for a in arts) / len(arts)
    out = [f"Data: {what}, {chars:,.0f} characters on average after cleaning. Work: "
           "`gn.analyze(art).tables()` (attribution, tone by side, timexes, chronology; each "
           "once). Target (issue 14): at least 100 articles per second on one core.", "",
           "| stage | ms per article (CPU) | share |", "|---|---:|---:|"]
    names = {"statements": "attribution (`gn.attribute`)",
             "tone_by_side": "tone by side (on those statements)",
             "timexes": "time expressions", "chronology": "chronology (on those expressions)"}
    out += [f"| {names[s]} | {1000 * spent[s] / len(arts):.2f} | {spent[s] / total:.0%} |"
            for s in STAGES]
    out += [f"| **all four** | **{1000 * total / len(arts):.2f}** | |", "",
            f"**{len(arts) / total:.0f} articles per second** on one core "
            f"({len(arts)} articles, {total:.1f} s of CPU)."]
    return out


def geneva() -> list[str]:
    art = gn.load_article()
    t0 = time.perf_counter()
    gn.analyze(art).tables()
    first = time.perf_counter() - t0
    times = []
    for _ in range(REPEAT):
        nlp._remembered_spans.cache_clear()  # the same article again: split it again
        t0 = time.process_time()
        gn.analyze(art).tables()
        times.append(time.process_time() - t0)
    return ["The Geneva article (`data/raw/geneva-talks.txt`, 2,717 characters after cleaning), "
            "`gn.analyze(art).tables()`, the remembered sentence spans forgotten before each "
            "call:", "",
            "| measure | milliseconds |", "|---|---:|",
            f"| first call after import (loads lexicons, tagger; wall clock) "
            f"| {first * 1000:.1f} |",
            f"| median of {REPEAT} further calls (CPU) | {statistics.median(times) * 1000:.1f} |",
            f"| slowest of {REPEAT} further calls (CPU) | {max(times) * 1000:.1f} |"]


def run(limit: int | None = None) -> str:
    return "\n".join(["### Full pipeline (`gn.analyze(...).tables()`)", "", *geneva(), "",
                      *real_news(limit)])


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else None))
