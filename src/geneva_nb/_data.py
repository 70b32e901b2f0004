"""Where the package finds its data files (``data/`` of the repository, shipped with the package).

``src/geneva_nb/data`` is a link to the repository's ``data/`` folder, so the same files serve an
editable install, a wheel and a plain checkout. ``GENEVA_NB_DATA`` overrides the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataFileError

__all__ = ["data_path"]


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
