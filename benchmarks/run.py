"""Run every benchmark (``benchmarks/bench_*.py``), each in a fresh process, and report.

Each ``bench_<stage>.py`` exposes ``run() -> str``: a markdown section with its table, the data
and what was measured. This runner adds the peak memory (max RSS) of each process and, with
``--write``, records everything, with the date, the command and the machine, between the
``results`` markers of ``benchmarks/README.md``. Usage: ``python benchmarks/run.py [--write]``
(``make bench`` writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"

CHILD = """
import importlib, resource, sys
sys.path.insert(0, {here!r})
section = importlib.import_module({name!r}).run()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(section.rstrip())
print()
print(f"Peak memory of this benchmark's process (max RSS): {{peak:.0f}} MB.")
"""


def run_one(path: Path) -> str:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD.format(here=str(HERE), name=path.stem)],
        capture_output=True, text=True, env=env, check=False,
    )
    if proc.returncode != 0:
        return f"### {path.stem}\n\nFAILED:\n\n```\n{proc.stderr[-2000:]}\n```\n"
    return proc.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record results in README.md")
    parser.add_argument("only", nargs="*", help="stages to run (e.g. timex); default all")
    parser.add_argument(
        "--corpus-sizes", metavar="N,N", default=None,
        help="articles in the generated corpora of bench_corpus (default 1000; e.g. 1000,10000)",
    )
    args = parser.parse_args(argv)
    if args.corpus_sizes:
        os.environ["GENEVA_NB_BENCH_CORPUS"] = args.corpus_sizes
    benches = sorted(HERE.glob("bench_*.py"))
    if args.only:
        benches = [b for b in benches if b.stem.removeprefix("bench_") in args.only]
    sections = []
    failed = False
    for bench in benches:
        print(f"running {bench.name} ...", file=sys.stderr, flush=True)
        out = run_one(bench)
        failed |= "FAILED:" in out
        sections.append(out)
        print(out)
    if args.write:
        header = (
            f"Recorded {dt.date.today().isoformat()} by `make bench` "
            f"(`python benchmarks/run.py --write`) on {platform.machine()}, "
            f"{os.cpu_count()} cores, Python {platform.python_version()}, one process per "
            "benchmark, single-threaded BLAS."
        )
        block = "\n\n".join([BEGIN, header, *[s.strip() for s in sections], END])
        readme = HERE / "README.md"
        text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
        if BEGIN in text:
            text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text,
                          flags=re.S)
        else:
            text = text.rstrip() + "\n\n## Latest results\n\n" + block + "\n"
        readme.write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
