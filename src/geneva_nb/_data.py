"""Where the package finds its data files (``data/`` of the repository, shipped with the package).

``src/geneva_nb/data`` is a link to the repository's ``data/`` folder, so the same files serve an
editable install, a wheel and a plain checkout. ``GENEVA_NB_DATA`` overrides the folder.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from .errors import DataFileError

__all__ = ["data_path", "read_table"]


def data_path(*parts: str) -> Path:
    """Return the path of a data file, e.g. ``data_path("raw", "geneva-talks.txt")``."""
    root = Path(os.environ.get("GENEVA_NB_DATA") or Path(__file__).resolve().parent / "data")
    path = root.joinpath(*parts)
    if not path.exists():
        raise DataFileError(
            f"The data file {path} is missing. Reinstall geneva_nb from a complete checkout "
            "(the data/ folder ships with it), or point GENEVA_NB_DATA at a copy of data/."
        )
    return path


def read_table(
    path: Path, *, columns: Sequence[str], required: Sequence[str], what: str
) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV data file as ``(line number, {column: stripped value})``.

    Lines starting with ``#`` are comments. Raises :class:`DataFileError`, naming ``what`` (e.g.
    "the actor registry") and the header it needs, when the file cannot be read or lacks a
    ``required`` column; missing optional values read as ``""``.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(line for line in handle if not line.startswith("#"))
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(
                    f"{path} lacks the column(s) {', '.join(missing)}; the header of {what} "
                    f"must be {','.join(columns)}."
                )
            # data rows start on line 2 when the file has no comment lines
            return [
                (lineno, {c: (row.get(c) or "").strip() for c in columns})
                for lineno, row in enumerate(reader, start=2)
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataFileError(f"Cannot read {what} {path}: {exc}") from exc
