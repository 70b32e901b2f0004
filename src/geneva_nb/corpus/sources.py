"""Where a corpus comes from: a folder, a glob, a JSON-lines file or a DataFrame, as work items.

:func:`plan` reads a source once, cheaply (file names, sidecars, one JSON parse per line), and
returns a :class:`Plan`: every article id in sorted order with a *locator* that says where its
text is, plus the union of the metadata keys. Texts are not kept: :func:`load_items` turns a
slice of the plan into :class:`Item` records (the text or the path, and the metadata) only for
the batch being analysed, so memory does not grow with the corpus.

Article ids are stable, so a re-run or a resumed run finds the same articles:

- folder: the file's path relative to the folder, without its suffix (``reuters/2022-01-10``);
  files are ``.txt``, ``.htm`` and ``.html`` at any depth; ``NAME.meta.json`` sidecars hold
  the metadata (``published``, ``outlet``, ``title`` ...);
- glob: the same, relative to the folder before the first wildcard;
- JSON lines / DataFrame: the ``id`` field or column (required, unique); ``text`` holds the
  article; every other field or column (``published``, ``outlet`` ...) is metadata.
"""

from __future__ import annotations

import glob as globlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError, InputError

__all__ = ["SUFFIXES", "Item", "Plan", "load_items", "plan"]

#: files a folder or glob source reads as articles
SUFFIXES = (".txt", ".htm", ".html")


@dataclass(frozen=True)
class Item:
    """One article to analyse: its id, its text (or the file it is in) and its metadata."""

    article_id: str
    source: str  # where it came from: a path, or "FILE.jsonl:LINE", or "dataframe:ROW"
    path: str | None = None  # a file to read (folder and glob sources)
    text: str | None = None  # the article itself (JSON-lines and DataFrame sources)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    """A source read once: sorted article ids, where each text is, and the metadata keys."""

    kind: str  # "folder" | "jsonl" | "dataframe"
    ids: list[str]
    locators: list[Any]
    meta_keys: list[str]
    frame: Any = None  # the DataFrame of a dataframe source
    label: str = ""  # a short description of the source, for messages and the manifest

    def __len__(self) -> int:
        return len(self.ids)


def plan(source: object) -> Plan:
    """Read ``source`` once and list its articles in article-id order (see module docstring)."""
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return _plan_frame(source)
    if isinstance(source, str | os.PathLike):
        text = os.fspath(source)
        path = Path(text).expanduser()
        if path.is_dir():
            files = [p for p in sorted(path.rglob("*")) if _is_article_file(p)]
            return _plan_files(files, base=path, label=str(path))
        if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
            return _plan_jsonl(path)
        if globlib.has_magic(text):
            files = sorted(Path(p) for p in globlib.glob(os.path.expanduser(text), recursive=True))
            files = [p for p in files if _is_article_file(p)]
            return _plan_files(files, base=_glob_base(text), label=text)
        if path.is_file():
            raise InputError(
                f"{path} is a single file. Give a folder of .txt/.html articles, a glob such as "
                "'articles/*.txt', or a JSON-lines file (.jsonl) with one article per line; "
                "for one article use geneva_nb.analyze."
            )
        raise InputError(
            f"{path} does not exist. Give a folder of articles, a glob, a .jsonl file or a "
            "pandas DataFrame with 'id' and 'text' columns."
        )
    raise InputError(
        "analyze_corpus() takes a folder, a glob, a .jsonl file or a pandas DataFrame, not "
        f"{type(source).__name__}."
    )


def load_items(p: Plan, indices: Iterable[int]) -> list[Item]:
    """The work items of the articles at ``indices`` of the plan (texts read now)."""
    items = []
    for i in indices:
        article_id, loc = p.ids[i], p.locators[i]
        if p.kind == "folder":
            items.append(Item(article_id, source=loc, path=loc))
        elif p.kind == "jsonl":
            file, offset, line = loc
            with open(file, "rb") as fh:
                fh.seek(offset)
                record = json.loads(fh.readline())
            items.append(_record_item(record, article_id, source=f"{file}:{line}"))
        else:
            row = p.frame.iloc[loc].to_dict()
            items.append(_record_item(row, article_id, source=f"dataframe:{loc}"))
    return items


# ----------------------------------------------------------------------------------- planning


def _is_article_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def _glob_base(pattern: str) -> Path:
    parts = Path(os.path.expanduser(pattern)).parts
    base: list[str] = []
    for part in parts:
        if globlib.has_magic(part):
            break
        base.append(part)
    return Path(*base) if base else Path(".")


def _plan_files(files: Sequence[Path], *, base: Path, label: str) -> Plan:
    ids: list[str] = []
    keys: set[str] = set()
    for file in files:
        try:
            rel = file.relative_to(base)
        except ValueError:
            rel = Path(file.name)
        ids.append(rel.with_suffix("").as_posix())
        sidecar = file.with_suffix(".meta.json")
        if sidecar.is_file():
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                meta = {}  # reported as this article's error when it is loaded
            if isinstance(meta, dict):
                keys.update(meta)
    _check_unique(ids, label)
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return Plan(
        "folder",
        ids=[ids[i] for i in order],
        locators=[str(files[i]) for i in order],
        meta_keys=sorted(keys),
        label=label,
    )


def _plan_jsonl(path: Path) -> Plan:
    ids: list[str] = []
    locs: list[tuple[str, int, int]] = []
    keys: set[str] = set()
    with path.open("rb") as fh:
        offset = 0
        for number, line in enumerate(fh, start=1):
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise DataFileError(
                    f"{path}, line {number}, is not a JSON object ({exc}). Each line must be one "
                    'object such as {"id": "a1", "text": "...", "published": "2022-01-10"}.'
                ) from None
            if not isinstance(record, dict) or "id" not in record or "text" not in record:
                raise DataFileError(
                    f"{path}, line {number}, needs an object with at least 'id' and 'text' "
                    'fields, e.g. {"id": "a1", "text": "...", "published": "2022-01-10"}.'
                )
            ids.append(str(record["id"]))
            locs.append((str(path), start, number))
            keys.update(k for k in record if k not in ("id", "text"))
    _check_unique(ids, str(path))
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return Plan(
        "jsonl",
        ids=[ids[i] for i in order],
        locators=[locs[i] for i in order],
        meta_keys=sorted(keys),
        label=str(path),
    )


def _plan_frame(frame: Any) -> Plan:
    missing = [c for c in ("id", "text") if c not in frame.columns]
    if missing:
        raise InputError(
            f"The DataFrame needs the columns 'id' and 'text' (missing: {', '.join(missing)}); "
            "other columns such as 'published' and 'outlet' are kept as metadata."
        )
    ids = [str(v) for v in frame["id"]]
    _check_unique(ids, "the DataFrame")
    order = sorted(range(len(ids)), key=ids.__getitem__)
    keys = sorted(str(c) for c in frame.columns if c not in ("id", "text"))
    return Plan(
        "dataframe",
        ids=[ids[i] for i in order],
        locators=order,
        meta_keys=keys,
        frame=frame,
        label=f"a DataFrame of {len(frame)} rows",
    )


def _check_unique(ids: Sequence[str], label: str) -> None:
    seen: set[str] = set()
    for article_id in ids:
        if article_id in seen:
            raise InputError(
                f"Article id {article_id!r} occurs twice in {label}. Ids must be unique: they "
                "key every table and let an interrupted run resume."
            )
        seen.add(article_id)


def _record_item(record: dict[str, Any], article_id: str, *, source: str) -> Item:
    import pandas as pd

    text = record.get("text")
    meta = {}
    for key, value in record.items():
        if key in ("id", "text"):
            continue
        if not isinstance(value, list | dict) and pd.isna(value):
            continue  # a missing value in a DataFrame or JSON null: no metadata
        meta[str(key)] = value
    return Item(article_id, source=source, text=text, meta=meta)
