"""Shared fixtures: the Geneva article, and the benchmark folder when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

import geneva_nb as gn

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
