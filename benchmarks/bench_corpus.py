"""The corpus engine (issue 12): articles per second and peak memory on generated corpora.

Data: a folder of N generated Geneva-sized articles (about 2,700 characters each), written to a
temporary folder before timing. Article ``i`` is paragraphs drawn with ``random.Random(i)`` from
the cleaned Geneva article and the bundled invented corpus (``data/corpus``) until it reaches
2,700 characters, with a ``.meta.json`` sidecar (``published``, ``outlet``): same vocabulary,
quotation styles and density of statements and dates as the articles the package is built for.

Runs, each in a fresh Python process (so peak memory is that run's): ``gn.analyze_corpus`` with
1 local worker (in the calling process), 2 local worker processes, the Dask engine on a 2-worker
``LocalCluster`` (processes, 1 thread each), all in memory; and the same 2-worker local run
streamed to Parquet (``out=``). Time includes reading the files, every stage, building the
tables and the quotation clusters, and starting the workers. Peak memory is the max RSS of the
calling process ("main") and of the largest worker process ("worker").

Usage: ``python benchmarks/bench_corpus.py [--sizes 1000 10000]``; ``make bench`` runs the sizes
in ``GENEVA_NB_BENCH_CORPUS`` (default ``1000``; the 10,000 runs take about half an hour on two
shared cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = {
    "1 local worker": {"engine": "local", "workers": 1},
    "2 local workers": {"engine": "local", "workers": 2},
    "Dask, 2-worker LocalCluster": {"engine": "dask", "workers": 2},
    "2 local workers, streamed to Parquet": {"engine": "local", "workers": 2, "out": True},
}

CHILD = r"""
import json, resource, sys, tempfile, time
import geneva_nb as gn
gn.analyze("Warm-up: Ryabkov said so on Monday.", dct="2022-01-10").tables()  # load resources
spec = json.loads(sys.argv[1])
out = tempfile.mkdtemp(prefix="bench-corpus-out-") if spec.pop("out", False) else None
before = resource.getrusage(resource.RUSAGE_SELF)  # the import and warm-up are not the run's
t0 = time.perf_counter()
corpus = gn.analyze_corpus(spec.pop("source"), out=out, progress=False, **spec)
seconds = time.perf_counter() - t0
me = resource.getrusage(resource.RUSAGE_SELF)  # peak memory of the run, before any table
kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # of a streamed run is counted
main, worker = me.ru_maxrss / 1024, kids.ru_maxrss / 1024
caller = me.ru_utime + me.ru_stime - before.ru_utime - before.ru_stime
workers = kids.ru_utime + kids.ru_stime  # worker processes (reaped when the run ends)
cpu = caller + workers
s = corpus.summary
if out:  # count rows from the Parquet footers (no table is read into memory)
    from geneva_nb.corpus.store import count_rows
    quotes = count_rows(out, "quotes")
    import shutil
    shutil.rmtree(out)
else:
    quotes = len(corpus.quotes)
result = {"seconds": seconds, "cpu": cpu, "caller_cpu": caller, "workers_cpu": workers,
          "articles": s.articles, "statements": s.statements,
          "errors": s.errors, "quotes": quotes, "main_mb": main, "worker_mb": worker}
print(json.dumps(result))
"""


def generate(folder: Path, n: int, *, size: int = 2700) -> None:
    """Write ``n`` generated articles (see the module docstring) under ``folder``."""
    import geneva_nb as gn
    from geneva_nb.corpus import sample_corpus

    pool = list(gn.load_article().paragraph_texts())
    outlets = []
    for path in sorted(sample_corpus().glob("*.txt")):
        pool += gn.load_article(path).paragraph_texts()
        outlets.append(json.loads(path.with_suffix(".meta.json").read_text())["outlet"])
    pool = [p for p in pool if len(p) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        rng = random.Random(i)
        paragraphs: list[str] = []
        while sum(len(p) + 1 for p in paragraphs) < size:
            paragraphs.append(rng.choice(pool))
        name = folder / f"article-{i:06d}"
        name.with_suffix(".txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        meta = {"published": f"2022-01-{10 + i % 10:02d}", "outlet": rng.choice(outlets)}
        name.with_suffix(".meta.json").write_text(json.dumps(meta), encoding="utf-8")


def measure(source: Path, spec: dict) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps({**spec, "source": str(source)})],
        capture_output=True, text=True, env=env, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(sizes: list[int] | None = None, *, only_parquet_at: int | None = None) -> str:
    """The benchmark's markdown section; ``only_parquet_at``: from this size on, only the
    streamed-to-Parquet run (the others hold every table in memory and take long)."""
    if sizes is None:
        sizes = [int(s) for s in os.environ.get("GENEVA_NB_BENCH_CORPUS", "1000").split(",")]
    lines = [
        "### Corpus engine (`gn.analyze_corpus`)",
        "",
        "Data: generated Geneva-sized articles (about 2,700 characters each; see "
        "`benchmarks/bench_corpus.py`), a folder of `.txt` files with sidecars. Each run in a "
        "fresh process, after importing the package and loading its resources once; time "
        "includes reading, every stage, the tables, the quotation clusters and starting the "
        "workers. CPU: user + system seconds of the run, split into the calling process "
        "(caller: planning, gathering and writing the tables, the quotation clusters, and on "
        "the Dask run the scheduler and client) and its worker processes (workers); the "
        "1-worker run works in the calling process. Load average "
        f"before the runs: {os.getloadavg()[0]:.1f} (the machine is shared). Memory: max RSS "
        "of the calling process (main) and of the largest worker process (forked workers "
        "share the calling process's pages, which their RSS counts).",
        "",
        "| articles | run | seconds | articles/s | CPU s per article | caller ms/article "
        "| workers ms/article | statements | main MB | worker MB |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    results: dict[tuple[int, str], dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"n{n}"
            generate(folder, n)
            for label, spec in RUNS.items():
                if only_parquet_at and n >= only_parquet_at and not spec.get("out"):
                    continue
                print(f"  corpus n={n}: {label} ...", file=sys.stderr, flush=True)
                r = measure(folder, dict(spec))
                results[n, label] = r
                worker = f"{r['worker_mb']:.0f}" if spec["workers"] > 1 else "–"
                lines.append(
                    f"| {n:,} | {label} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.1f}"
                    f" | {r['cpu'] / r['articles']:.3f}"
                    f" | {1000 * r['caller_cpu'] / r['articles']:.1f}"
                    f" | {1000 * r['workers_cpu'] / r['articles']:.1f} | {r['statements']:,} "
                    f"| {r['main_mb']:.0f} | {worker} |"
                )
    lines.append("")
    for n in sizes:
        if (n, "1 local worker") not in results:
            continue
        one = results[n, "1 local worker"]
        two = results[n, "2 local workers"]
        dask = results[n, "Dask, 2-worker LocalCluster"]
        lines.append(
            f"- {n:,} articles: 2 workers / 1 worker = {one['seconds'] / two['seconds']:.2f}x "
            f"(target ≥ 1.8); Dask / local on 2 workers = {two['seconds'] / dask['seconds']:.2f} "
            "of the local speed (target within 20 %). CPU per article against one process: "
            f"2 workers {two['cpu'] / one['cpu']:.2f}x, Dask {dask['cpu'] / one['cpu']:.2f}x."
        )
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        label = "2 local workers, streamed to Parquet"
        a, b = results[small, label], results[large, label]
        lines.append(
            f"- Streaming to Parquet, peak memory at {large:,} vs {small:,} articles: main "
            f"{b['main_mb']:.0f} / {a['main_mb']:.0f} MB ({b['main_mb'] / a['main_mb']:.2f}x), "
            f"worker {b['worker_mb']:.0f} / {a['worker_mb']:.0f} MB (target: within 20 %)."
        )
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=None)
    parser.add_argument("--only-parquet-at", type=int, default=None, metavar="N",
                        help="from N articles on, run only the streamed-to-Parquet run")
    args = parser.parse_args()
    print(run(args.sizes, only_parquet_at=args.only_parquet_at))
