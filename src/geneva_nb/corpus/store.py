"""The Parquet folder a corpus run writes: plain Apache Parquet files, one folder per table.

Layout of ``out=DIR`` (no format of our own: any Parquet reader opens it)::

    DIR/manifest.json                        what is done: article ids per batch, the source
    DIR/articles/part-00000.parquet          one file per batch per table
    DIR/statements/part-00000.parquet        (a batch without rows for a table writes no file)
    DIR/tone/ tone_statements/ timexes/ chronology/ errors/
    DIR/quotes/part-00000.parquet            quotation clusters, rebuilt at the end of each run
    DIR/quote_occurrences/part-00000.parquet

Each table folder is a Parquet dataset: ``pandas.read_parquet("DIR/statements")``,
``duckdb.sql("select * from 'DIR/statements/*.parquet'")`` or
``dask.dataframe.read_parquet("DIR/statements")`` read it as it is.

A batch is committed in two steps: its part files are written (each to a temporary name, then
renamed), then ``manifest.json`` is replaced (write to a temporary file, ``os.replace``). A run
killed between the two leaves part files that the manifest does not list; the next run deletes
them and analyses those articles again, so a resumed run ends with exactly the tables of an
uninterrupted one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import DataFileError, InputError

__all__ = [
    "BATCH_TABLES", "FINAL_TABLES", "MANIFEST", "ParquetStore", "count_rows", "read_table",
]

MANIFEST = "manifest.json"
FORMAT = "geneva_nb corpus (Parquet tables)"
#: tables written batch by batch, and tables rebuilt from them at the end of a run
BATCH_TABLES = (
    "articles", "statements", "tone", "tone_statements", "timexes", "chronology", "errors",
)
FINAL_TABLES = ("quotes", "quote_occurrences")


def _part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def _part_number(path: Path) -> int | None:
    stem = path.name.removesuffix(".parquet")
    if stem.startswith("part-") and stem[5:].isdigit():
        return int(stem[5:])
    return None


class ParquetStore:
    """Writes batches of corpus tables under ``root`` and remembers which articles are done."""

    def __init__(self, root: str | os.PathLike[str], *, source: str) -> None:
        self.root = Path(root).expanduser()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"Cannot create the output folder {self.root}: {exc}.") from exc
        self.manifest: dict[str, Any] = self._read_manifest(source)
        self._remove_uncommitted_parts()

    # ------------------------------------------------------------------ manifest

    def _read_manifest(self, source: str) -> dict[str, Any]:
        path = self.root / MANIFEST
        if not path.is_file():
            if any(self.root.iterdir()):
                raise InputError(
                    f"{self.root} is not empty and holds no corpus run ({MANIFEST} is missing). "
                    "Give an empty or new folder as out=."
                )
            return {"format": FORMAT, "version": 1, "source": source, "batches": []}
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataFileError(
                f"{path} cannot be read ({exc}). Delete the folder {self.root} and run again."
            ) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise DataFileError(
                f"{path} is not a geneva_nb corpus manifest. Give another folder as out=."
            )
        return manifest

    def done_ids(self) -> set[str]:
        """The articles whose rows are already written."""
        return {aid for batch in self.manifest["batches"] for aid in batch["ids"]}

    def _committed_parts(self) -> set[int]:
        return {batch["part"] for batch in self.manifest["batches"]}

    def _remove_uncommitted_parts(self) -> None:
        committed = self._committed_parts()
        for name in BATCH_TABLES:
            folder = self.root / name
            if not folder.is_dir():
                continue
            for file in folder.iterdir():
                number = _part_number(file)
                if file.name.endswith(".tmp") or (number is not None and number not in committed):
                    file.unlink()

    def _write_manifest(self) -> None:
        path = self.root / MANIFEST
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.manifest, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, path)

    # ------------------------------------------------------------------ writing

    def next_part(self) -> int:
        return max(self._committed_parts(), default=-1) + 1

    def schema(self, name: str) -> Any:
        """The schema of the table's parts already written (None when there are none)."""
        import pyarrow.parquet as pq

        folder = self.root / name
        parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
        return pq.read_schema(parts[0]) if parts else None

    def write_table(self, name: str, part: int, table: Any) -> None:
        import pyarrow.parquet as pq

        folder = self.root / name
        folder.mkdir(exist_ok=True)
        target = folder / _part_name(part)
        tmp = target.with_name(target.name + ".tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, target)

    def commit_batch(self, part: int, ids: list[str], tables: dict[str, Any]) -> None:
        """Write the batch's tables (empty ones are skipped), then record its ids as done."""
        for name, table in tables.items():
            if table is not None and table.num_rows:
                self.write_table(name, part, table)
        self.manifest["batches"].append({"part": part, "ids": ids})
        self._write_manifest()

    def replace_final(self, name: str, table: Any) -> None:
        """Replace a table rebuilt at the end of a run (the quotation clusters)."""
        self.replace_final_batches(name, table.schema, [table])

    def replace_final_batches(self, name: str, schema: Any, tables: Any) -> None:
        """Replace a final table with one part written from ``tables`` (Arrow tables of
        ``schema``, an iterable: one row group each, so only one is in memory at a time)."""
        import pyarrow.parquet as pq

        folder = self.root / name
        if folder.is_dir():
            for file in folder.glob("part-*.parquet"):
                file.unlink()
        folder.mkdir(exist_ok=True)
        target = folder / _part_name(0)
        tmp = target.with_name(target.name + ".tmp")
        with pq.ParquetWriter(tmp, schema) as writer:
            for table in tables:
                writer.write_table(table)
        os.replace(tmp, target)


def count_rows(root: str | os.PathLike[str], name: str) -> int:
    """Rows of a table, from the Parquet footers (no data is read)."""
    import pyarrow.parquet as pq

    folder = Path(root) / name
    parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
    return sum(pq.ParquetFile(part).metadata.num_rows for part in parts)


def read_table(
    root: str | os.PathLike[str], name: str, *, columns: list[str] | None = None,
    where: Any = None,
) -> Any:
    """The table ``name`` of a corpus folder as an Arrow table (None when it has no rows).

    ``columns`` reads only those columns; ``where(table) -> boolean mask`` keeps only the rows
    it selects, part by part, so a filtered read holds one part in memory at a time.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(root) / name
    parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
    if not parts:
        return None
    tables = []
    for part in parts:
        table = pq.read_table(part, columns=columns)
        tables.append(table.filter(where(table)) if where is not None else table)
    return pa.concat_tables(tables, promote_options="default")
