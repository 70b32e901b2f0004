"""Loading and cleaning throughput on a large article (several MB), one core."""

from __future__ import annotations

import time

import geneva_nb as gn
from geneva_nb._data import data_path

COPIES = 2000  # about 5.5 MB


def run() -> str:
    raw = data_path("raw", "geneva-talks.txt").read_text(encoding="utf-8")
    big = raw * COPIES
    t0 = time.perf_counter()
    art = gn.load_article(big.encode("utf-8"))
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_sent = len(gn.sentences(art))
    split = time.perf_counter() - t0
    mb = len(big.encode("utf-8")) / 1e6
    return "\n".join([
        "### Loading, cleaning and sentence splitting",
        "",
        f"Data: the raw Geneva article repeated {COPIES} times ({mb:.1f} MB, "
        f"{len(art.removed):,} boilerplate items, {n_sent:,} sentences).",
        "",
        "| step | seconds | MB per second |",
        "|---|---:|---:|",
        f"| `load_article` (decode, clean, anomalies) | {load:.2f} | {mb / load:.1f} |",
        f"| `sentences` | {split:.2f} | {mb / split:.1f} |",
    ])


if __name__ == "__main__":
    print(run())
