"""The full Geneva analysis after import: attribution, tone by side, chronology (issue 7).

Measures the first call (which loads the cached language resources: lexicons, tagger) and the
median of repeated calls on the cleaned article, one core.
"""

from __future__ import annotations

import statistics
import time

import geneva_nb as gn

REPEAT = 30


def analyse(art: gn.Article) -> None:
    gn.attribute(art)
    gn.tone_by_side(art)
    gn.chronology(art)


def run() -> str:
    art = gn.load_article()
    t0 = time.perf_counter()
    analyse(art)
    first = time.perf_counter() - t0
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        analyse(art)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    return "\n".join([
        "### Full pipeline on the Geneva article",
        "",
        "Data: `data/raw/geneva-talks.txt` (2,717 characters after cleaning). Work: "
        "`gn.attribute`, `gn.tone_by_side`, `gn.chronology` on the loaded article. "
        "Target: well under 100 ms after import.",
        "",
        "| measure | milliseconds |",
        "|---|---:|",
        f"| first call after import (loads lexicons, tagger) | {first * 1000:.1f} |",
        f"| median of {REPEAT} further calls | {median * 1000:.1f} |",
        f"| slowest of {REPEAT} further calls | {max(times) * 1000:.1f} |",
    ])


if __name__ == "__main__":
    print(run())
