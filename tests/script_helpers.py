"""Load a script of ``benchmarks/`` as a module (not a test module: pytest does not collect it).

The benchmark scripts are not part of the package; tests that check their pure functions (the
error listing's shapes, the perturbation audit's offsets, the trainers) load them with
:func:`bench_script`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def bench_script(name: str) -> ModuleType:
    """``benchmarks/NAME.py`` as a module named ``NAME``, registered in ``sys.modules`` (its
    dataclasses look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
