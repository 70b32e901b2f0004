"""Shared fixtures: the Geneva article, and the benchmark folder when it is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import geneva_nb as gn

# CI runs the same examples every time (a red run is reproducible, never a roll of the dice);
# on a developer's machine hypothesis keeps exploring new random examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def geneva() -> gn.Article:
    """The embedded Geneva article, cleaned."""
    return gn.load_article()


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """``../shared/bench`` (labelled public data); skips the test where it is absent."""
    if not BENCH.is_dir():
        pytest.skip(f"benchmark data not found at {BENCH} (only developers' machines have it)")
    return BENCH
