"""The corpus engine: :func:`analyze_corpus` runs the per-article analysis over many articles.

Work flows in one direction: the source is planned (:mod:`.sources`: ids sorted, texts not
read), cut into small *chunks* of articles that go to the workers, and the results come back
in article-id order and are gathered into *batches* that are written as one Parquet part per
table (:mod:`.store`) or kept as Arrow tables in memory. At most a few chunks per worker are in
flight and one batch is held, so memory does not grow with the corpus.

Each chunk comes back from its worker as a few Arrow tables
(:func:`geneva_nb.corpus.worker.analyse_chunk`: every table's rows of the chunk, and its
quotation candidates already normalised), so the calling process does little per article:
it concatenates or writes those tables and adds the candidates' wordings to a
:class:`~geneva_nb.corpus.clusters.QuoteGatherer`; at the end it clusters the distinct
wordings. On a machine with as many cores as workers that matters: every CPU-second the
calling process spends is taken from the workers.

Engines (the same function, :func:`geneva_nb.corpus.worker.analyse_chunk`, runs on each):

- ``"local"``: ``concurrent.futures.ProcessPoolExecutor``. On Linux, when the calling process
  runs a single thread (a script, the command line), the workers are *forked* from it after
  it has loaded the language resources, so they start at once with everything loaded; with
  other threads running (a Jupyter kernel, a web server), or on another OS, they are
  *spawned* (safe everywhere; each imports the package and loads the resources itself, and a
  *script* that calls this needs the usual ``if __name__ == "__main__":`` guard). One worker
  runs in the calling process.
- ``"dask"``: ``dask.distributed``: a ``Client`` (or a scheduler address) passed as
  ``client=``, else a ``LocalCluster`` with ``workers`` single-threaded worker processes,
  started and closed for the call. Its workers are forked, already warm (Dask's
  ``distributed.worker.multiprocessing-method: fork``), when the calling process runs a
  single thread on Linux before the cluster starts (Dask's nannies then fork them from its
  event-loop thread, a mode Dask supports), else spawned (Dask's default); Dask's
  statistical profiler is off in them. Install with ``pip install geneva_nb[dask]``. Tasks
  are chunks of up to 32 articles, so Dask's per-task cost is spread over many articles.

The last ``workers x chunk`` articles go in chunks a quarter as big, so the workers run out
of work at nearly the same time.

Results do not depend on the engine, the number of workers, the batch size or on resuming:
rows are ordered by ``article_id`` and nothing in them depends on time or place.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import InputError, MissingDependencyError
from .clusters import (
    OCCURRENCE_COLUMNS,
    QUOTE_COLUMNS,
    QuoteGatherer,
    quotation_candidates,
)
from .result import Corpus, Summary
from .sources import Plan, load_items, plan
from .store import ParquetStore, count_rows, read_table
from .worker import ARTICLE_COLUMNS, ERROR_COLUMNS, FRAME_TABLES, analyse_chunk, meta_text, warm_up

__all__ = ["ENGINES", "analyze_corpus", "default_workers"]

ENGINES = ("local", "dask")
#: metadata every articles table has a column for, whatever the source gives
ALWAYS_META = ("outlet", "published", "title")
_INT_COLUMNS = frozenset(ARTICLE_COLUMNS[3:])
#: most articles per chunk (one task): local workers, Dask tasks
CHUNK_LOCAL, CHUNK_DASK = 16, 32


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def analyze_corpus(
    source: Any,
    *,
    engine: str = "local",
    workers: int | None = None,
    out: str | os.PathLike[str] | None = None,
    client: Any = None,
    progress: bool = True,
    actors: Any = None,
    batch_size: int = 250,
    max_chars: int = 200_000,
) -> Corpus:
    """Analyse every article of ``source``; return a :class:`~geneva_nb.corpus.Corpus`.

    ``source``: a folder of ``.txt``/``.html`` files (``.meta.json`` sidecars optional), a glob,
    a JSON-lines file (``id``, ``text``, other fields kept as metadata columns) or a DataFrame
    with the same columns. ``engine``: ``"local"`` (worker processes; ``workers`` defaults to
    the cores available) or ``"dask"`` (``client=`` a ``distributed.Client`` or a scheduler
    address such as ``"tcp://10.0.0.5:8786"``; without one a ``LocalCluster`` of ``workers``
    processes is started and closed). ``out=DIR`` streams the tables to Parquet in batches of
    ``batch_size`` articles; a run interrupted for any reason is resumed by running the same
    call again (articles already written are skipped). ``progress`` shows a progress bar on
    runs longer than two seconds and prints a summary line at the end. ``actors``: an actors
    CSV path or a :class:`~geneva_nb.actors.Registry` (default: the project's). Articles
    longer than ``max_chars`` after cleaning are refused (an ``errors`` row).

    A bad article (binary, empty, undecodable, too long, or a stage that raised) is a row of the
    ``errors`` table with its stage and message; it never stops the run.
    """
    if engine not in ENGINES:
        raise InputError(f"engine={engine!r} is not one of {', '.join(map(repr, ENGINES))}.")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise InputError(f"workers={workers!r}: give a whole number of at least 1, or None.")
    if batch_size < 1:
        raise InputError(f"batch_size={batch_size!r}: give a whole number of at least 1.")
    if client is not None and engine != "dask":
        raise InputError("client= is for engine='dask'; pass engine='dask' with it.")
    started = time.perf_counter()
    p = plan(source)
    store = ParquetStore(out, source=p.label) if out is not None else None
    done = store.done_ids() if store else set()
    foreign = done.difference(p.ids)
    if foreign:
        raise InputError(
            f"{out} already holds {len(foreign)} articles that are not in this source (e.g. "
            f"{sorted(foreign)[0]!r}): it is another corpus's output. Give a new folder as out=."
        )
    todo = [i for i, aid in enumerate(p.ids) if aid not in done]
    meta_columns = _meta_columns(p.meta_keys)
    if isinstance(actors, os.PathLike):
        actors = os.fspath(actors)
    task = functools.partial(analyse_chunk, actors=actors, max_chars=max_chars)
    n_workers = workers or default_workers()
    cap = CHUNK_DASK if engine == "dask" else CHUNK_LOCAL
    chunk = max(1, min(cap, len(todo) // (n_workers * 8) or 1))
    chunks = split_chunks(todo, chunk, workers=n_workers)

    # the workers start before anything else (the progress bar starts a thread)
    if engine == "dask":
        runner: Any = _run_dask(chunks, p, task, workers=workers, client=client,
                                actors=actors)
    elif n_workers == 1 or len(chunks) <= 1:
        runner = (task(load_items(p, c)) for c in chunks)
    else:
        runner = _run_local(chunks, p, task, workers=n_workers, actors=actors)

    memory: dict[str, list[Any]] = {}
    schemas: dict[str, Any] = {}
    counts = {"statements": 0, "errors": 0}
    part = first_part = store.next_part() if store else 0
    # the quotation candidates the workers send, gathered as they come (in memory: with their
    # words; streaming: their words go to temporary files, see _stream_quotes)
    gatherer = QuoteGatherer()
    words = _RunWords() if store is not None else None
    bar = _progress(total=len(p.ids), initial=len(done), enabled=progress)
    batch: list[dict[str, Any]] = []
    in_batch = 0
    try:
        try:
            for result in runner:
                batch.append(result)
                in_batch += len(result["articles"])
                bar.update(len(result["articles"]))
                if result["quotes"] is not None:
                    quotes = result["quotes"]
                    columns = {c: quotes[c].to_pylist() for c in quotes.column_names}
                    gatherer.add(columns, keep_content=words is None)
                    if words is not None:
                        words.add(columns["content"])
                if in_batch >= batch_size:
                    _flush(batch, meta_columns, schemas, store, memory, part, counts)
                    part, batch, in_batch = part + 1, [], 0
                    if words is not None:
                        words.flush()
            if batch:
                _flush(batch, meta_columns, schemas, store, memory, part, counts)
        finally:
            bar.close()
            if hasattr(runner, "close"):
                runner.close()  # stops a pool or cluster when the loop ends early
        corpus = _finish(store, memory, gatherer, words, first_part)
    finally:
        if words is not None:
            words.cleanup()

    if store is not None:  # count what the folder holds, resumed batches included
        counts["statements"] = count_rows(store.root, "statements")
        counts["errors"] = count_rows(store.root, "errors")
    summary = Summary(
        articles=len(p.ids), analysed=len(todo), statements=counts["statements"],
        errors=counts["errors"], seconds=time.perf_counter() - started,
    )
    corpus.summary = summary
    if progress:
        where = f"; tables in {store.root}" if store else ""
        print(f"Corpus: {summary}{where}", flush=True)
    return corpus


def split_chunks(todo: list[int], size: int, *, workers: int) -> list[list[int]]:
    """``todo`` in chunks of ``size``, the last ``workers * size`` articles in chunks a
    quarter as big, so that the workers run out of work at nearly the same time."""
    tail = len(todo) - min(len(todo), size * workers)
    small = max(1, size // 4)
    return ([todo[i:min(i + size, tail)] for i in range(0, tail, size)]
            + [todo[i:i + small] for i in range(tail, len(todo), small)])


# ------------------------------------------------------------------------------ engines


def start_method() -> str:
    """How local workers start: ``"fork"`` on Linux when only this thread runs, else
    ``"spawn"`` (forking a process that runs other threads can deadlock the child)."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _run_local(
    chunks: list[list[int]], p: Plan, task: Callable[..., Any], *, workers: int, actors: Any
) -> _Ordered:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method()
    if method == "fork":
        warm_up(actors)  # loaded once here, inherited by every worker
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    # on an interruption, drop the chunks not started instead of finishing them
    return _Ordered(chunks, p, lambda items: pool.submit(task, items), 4 * workers,
                    close=lambda: pool.shutdown(wait=True, cancel_futures=True))


def _run_dask(
    chunks: list[list[int]], p: Plan, task: Callable[..., Any], *, workers: int | None,
    client: Any, actors: Any,
) -> _Ordered:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise MissingDependencyError(
            "engine='dask' needs dask.distributed, which is not installed. Install it with "
            "`pip install geneva_nb[dask]` (or `pip install 'dask[distributed]'`), or use "
            "engine='local'."
        ) from exc
    cluster = own_client = None
    if client is None:
        import dask

        method = start_method()
        if method == "fork":
            warm_up(actors)  # loaded once here, inherited by the forked workers
        # our own cluster: workers forked warm when the local engine would fork, and
        # without Dask's statistical profiler (it samples the running task every 10 ms:
        # 20.4 vs 17.2-17.6 ms CPU per article, measured); a user's Client keeps its settings
        with dask.config.set({"distributed.worker.multiprocessing-method": method,
                              "distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=workers or default_workers(), threads_per_worker=1,
                processes=True, dashboard_address=None,
            )
        client = own_client = Client(cluster)
    elif isinstance(client, str):
        try:
            client = own_client = Client(client, timeout="10s")
        except OSError as exc:
            raise InputError(
                f"Cannot reach the Dask scheduler at {client} ({exc}). Check the address "
                "(e.g. tcp://HOST:8786) and that the scheduler is running."
            ) from exc

    def close() -> None:
        if own_client is not None:
            own_client.close()
        if cluster is not None:
            cluster.close()

    try:
        n = sum(client.nthreads().values()) or 1
        return _Ordered(chunks, p, lambda items: client.submit(task, items, pure=False),
                        4 * n, close=close)
    except BaseException:
        close()
        raise


class _Ordered:
    """Submit chunks keeping ``window`` in flight; iterate their results in submission order.

    The first ``window`` chunks are submitted on creation (so local workers are started
    before the caller starts other threads); :meth:`close` stops the engine.
    """

    def __init__(
        self, chunks: list[list[int]], p: Plan, submit: Callable[[list[Any]], Any],
        window: int, *, close: Callable[[], None],
    ) -> None:
        self._p, self._submit, self._close = p, submit, close
        self._pending: deque[Any] = deque()
        self._upcoming = iter(chunks)
        try:
            for c in self._upcoming:
                self._pending.append(submit(load_items(p, c)))
                if len(self._pending) >= window:
                    break
        except BaseException:
            close()
            raise

    def __iter__(self) -> Iterator[dict[str, Any]]:
        while self._pending:
            future = self._pending.popleft()
            result = future.result()
            following = next(self._upcoming, None)
            if following is not None:
                self._pending.append(self._submit(load_items(self._p, following)))
            yield result

    def close(self) -> None:
        self._pending.clear()
        self._close()


def _progress(*, total: int, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm  # the text bar: works in a terminal and a notebook, needs no widgets

    return tqdm(
        total=total, initial=initial, disable=not enabled, delay=2, unit="article",
        desc="articles", file=sys.stderr, dynamic_ncols=True,
    )


# ------------------------------------------------------------------------------ tables


def _meta_columns(keys: list[str]) -> dict[str, str]:
    """Metadata key -> articles column (prefixed ``meta_`` where it would clash)."""
    names = sorted(set(keys) | set(ALWAYS_META))
    return {k: (f"meta_{k}" if k in ARTICLE_COLUMNS else k) for k in names}


def _articles_schema(meta_columns: dict[str, str]) -> Any:
    import pyarrow as pa

    fields = [pa.field(c, pa.int64() if c in _INT_COLUMNS else pa.string())
              for c in ARTICLE_COLUMNS]
    fields += [pa.field(c, pa.string()) for c in meta_columns.values()]
    return pa.schema(fields)


def _articles_rows(results: list[dict[str, Any]], meta_columns: dict[str, str]) -> list[dict]:
    rows = []
    for result in results:
        for row in result["articles"]:
            out = {c: row.get(c) for c in ARTICLE_COLUMNS}
            for key, column in meta_columns.items():
                out[column] = meta_text(row.get(f"meta:{key}"))
            rows.append(out)
    return rows


def _stage_table(name: str, results: list[dict[str, Any]], schema: Any) -> Any:
    """The batch's rows of table ``name``: the chunks' Arrow tables, concatenated."""
    import pyarrow as pa

    tables = [r[name] for r in results if r[name] is not None and r[name].num_rows]
    if not tables:
        return None
    table = tables[0] if len(tables) == 1 else pa.concat_tables(
        tables, promote_options="permissive")
    return _conform(table, schema, name)


def _conform(table: Any, schema: Any, name: str) -> Any:
    """``table`` with the columns and types of the parts already written of this table."""
    import pyarrow as pa

    if schema is None:
        return table
    extra = set(table.column_names) - set(schema.names)
    if extra:
        raise InputError(
            f"The {name} table gained columns {sorted(extra)} since its first batch was "
            "written (a different geneva_nb version?). Write to a new folder."
        )
    columns = []
    for f in schema:
        if f.name not in table.column_names:
            columns.append(pa.nulls(len(table), f.type))
        else:
            column = table[f.name]
            columns.append(column if column.type == f.type else column.cast(f.type))
    return pa.Table.from_arrays(columns, schema=schema.remove_metadata())


def _flush(
    batch: list[dict[str, Any]], meta_columns: dict[str, str], schemas: dict[str, Any],
    store: ParquetStore | None, memory: dict[str, list[Any]], part: int, counts: dict[str, int],
) -> None:
    """Write (or keep in memory) one batch: a list of chunk results in article-id order."""
    import pyarrow as pa

    tables: dict[str, Any] = {
        "articles": pa.Table.from_pylist(
            _articles_rows(batch, meta_columns), schema=_articles_schema(meta_columns)
        ),
        "errors": pa.Table.from_pylist(
            [e for r in batch for e in r["errors"]],
            schema=pa.schema([pa.field(c, pa.string()) for c in ERROR_COLUMNS]),
        ),
    }
    for name in FRAME_TABLES:
        if name not in schemas and store is not None:
            schemas[name] = store.schema(name)
        table = _stage_table(name, batch, schemas.get(name))
        if table is not None and schemas.get(name) is None:
            schemas[name] = table.schema.remove_metadata()
        tables[name] = table
    counts["statements"] += tables["statements"].num_rows if tables["statements"] else 0
    counts["errors"] += tables["errors"].num_rows
    if store is not None:
        ids = [row["article_id"] for r in batch for row in r["articles"]]
        store.commit_batch(part, ids, tables)
    else:
        for name, table in tables.items():
            if table is not None and table.num_rows:
                memory.setdefault(name, []).append(table)


def _finish(
    store: ParquetStore | None, memory: dict[str, list[Any]], gatherer: QuoteGatherer,
    words: _RunWords | None = None, first_part: int = 0,
) -> Corpus:
    """Build the quotation clusters from the gathered candidates (and, in a corpus folder,
    those of the parts written by earlier runs) and return the corpus."""
    import pyarrow as pa

    ints = {"quotes": ("n_variants", "n_articles", "n_speakers"),
            "quote_occurrences": ("variant_id", "statement_id")}
    if store is None:
        tables = {name: pa.concat_tables(parts, promote_options="default")
                  for name, parts in memory.items()}
        articles = None
        if "articles" in tables:
            art = tables["articles"]
            articles = art.select([c for c in ("article_id", "outlet", "published")
                                   if c in art.column_names]).to_pandas()
        quotes, occurrences = gatherer.cluster(articles)
        return Corpus({
            **tables,
            "quotes": _typed(quotes, QUOTE_COLUMNS, ints=ints["quotes"]),
            "quote_occurrences": _typed(occurrences, OCCURRENCE_COLUMNS,
                                        ints=ints["quote_occurrences"]),
        })
    _stream_quotes(store, ints, gatherer, words or _RunWords(), first_part)
    return Corpus.open(store.root)


#: occurrences written per row group of the streamed quote_occurrences table (5,000: the
#: calling process's peak at 10,000 articles was about 10 MB lower than with 20,000)
OCCURRENCE_CHUNK = 5_000


class _RunWords:
    """The words of the quotation candidates gathered during a streamed run, in the order
    gathered, in temporary Arrow IPC files (one per batch, :func:`write_words`), so they are
    not held in memory."""

    def __init__(self) -> None:
        self._tmp: Any = None
        self._buffer: list[str] = []
        self.files: list[tuple[str, int]] = []  # (file, how many words)

    def add(self, contents: list[str]) -> None:
        self._buffer.extend(contents)

    def flush(self) -> None:
        if not self._buffer:
            return
        import tempfile

        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="geneva-nb-quotes-")
        file = f"{self._tmp.name}/run-{len(self.files):05d}.arrow"
        write_words(file, self._buffer)
        self.files.append((file, len(self._buffer)))
        self._buffer = []

    def cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def write_words(file: str, words: list[str]) -> None:
    """Write quoted words to a temporary Arrow IPC file (uncompressed, read memory-mapped)."""
    import pyarrow as pa

    table = pa.table({"content": pa.array(words, type=pa.string())})
    with pa.OSFile(file, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def read_words(file: str, rows: Any) -> Any:
    """The words at ``rows`` of a file of :func:`write_words`, as an Arrow string array.

    The file is memory-mapped, so only the words taken are copied: reading whole files per
    row group (Parquet, decompressed into Arrow's allocator) left tens of MB of freed pages
    in the calling process at 10,000 articles (``benchmarks/README.md``, Corpus).
    """
    import pyarrow as pa

    with pa.memory_map(file) as source:
        column = pa.ipc.open_file(source).read_all()["content"]
        taken = column.take(pa.array(rows)).combine_chunks()
        del column
    return taken


def _stream_quotes(
    store: ParquetStore, ints: dict[str, tuple[str, ...]], gatherer: QuoteGatherer,
    words: _RunWords, first_part: int,
) -> None:
    """The quotation tables of a corpus folder, without holding the quotations' words.

    ``gatherer`` holds the candidates of this run (their words are in ``words``); pass 1 adds
    those of the statements parts earlier runs wrote (numbered below ``first_part``: a resumed
    run) and clusters them (:class:`~geneva_nb.corpus.clusters.QuoteGatherer`). Pass 2 reads
    those earlier parts again and writes their quoted words to temporary Arrow IPC files; the
    occurrences table is then written in row groups of :data:`OCCURRENCE_CHUNK` rows in its
    final order, each built as Arrow arrays from the integer codes
    (:meth:`~geneva_nb.corpus.clusters.QuoteGatherer.occurrence_table`) and fetching its words
    from the memory-mapped files. Memory grows with the distinct wordings and a few integers
    per occurrence, not with the quotations' text.
    """
    import tempfile

    import numpy as np
    import pyarrow as pa

    from .store import _part_number

    words.flush()
    parts = [part for part in sorted((store.root / "statements").glob("part-*.parquet"))
             if (_part_number(part) or 0) < first_part]
    for part in parts:
        gatherer.add(_part_candidates(part))
    art = read_table(store.root, "articles", columns=["article_id", "outlet", "published"])
    quotes, _ = gatherer.cluster(art.to_pandas() if art is not None else None)
    store.replace_final("quotes", _typed(quotes, QUOTE_COLUMNS, ints=ints["quotes"]))
    schema = _schema(OCCURRENCE_COLUMNS, ints["quote_occurrences"])
    if not len(gatherer):
        store.replace_final("quote_occurrences", schema.empty_table())
        return
    with tempfile.TemporaryDirectory(prefix=".quotes-", dir=store.root) as tmp:
        starts, files = [], []
        offset = 0
        for file, n in words.files:  # this run's, in the order gathered
            files.append(file)
            starts.append(offset)
            offset += n
        for k, part in enumerate(parts):  # then the earlier runs'
            kept = gatherer.kept_contents(_part_candidates(part))
            files.append(f"{tmp}/words-{k:05d}.arrow")
            write_words(files[-1], kept)
            starts.append(offset)
            offset += len(kept)
        bounds = np.array([*starts, offset], dtype=np.int64)

        def fetch(wanted: Any) -> Any:
            got = []
            for k in np.unique(np.searchsorted(bounds, wanted, side="right") - 1).tolist():
                mine = wanted[(wanted >= bounds[k]) & (wanted < bounds[k + 1])]
                got.append(read_words(files[k], mine - bounds[k]))
            return pa.chunked_array(got, type=pa.string()).combine_chunks()

        def chunks() -> Iterator[Any]:
            for lo in range(0, len(gatherer), OCCURRENCE_CHUNK):
                yield gatherer.occurrence_table(lo, lo + OCCURRENCE_CHUNK, fetch).cast(schema)
                pa.default_memory_pool().release_unused()

        store.replace_final_batches("quote_occurrences", schema, chunks())


def _part_candidates(part: Any) -> Any:
    """The quotation candidates of one statements part file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    keep = ["article_id", "statement_id", "kind", "speaker", "side", "content"]
    table = pq.read_table(part, columns=keep)
    candidates = quotation_candidates(table.filter(_may_quote(table)).to_pandas())
    del table
    # Arrow's allocator keeps freed pages for reuse; part after part that grows the process
    # by tens of MB (measured), so they are handed back
    pa.default_memory_pool().release_unused()
    return candidates


def _may_quote(table: Any) -> Any:
    """Statements that are or may contain a quotation (the candidates of cluster_quotes)."""
    import pyarrow.compute as pc

    quoted = pc.is_in(table["kind"], value_set=pa_strings(("direct", "partial")))
    marks = pc.match_substring_regex(table["content"], "[\"“”«»‘’']")
    return pc.or_(quoted, pc.and_(pc.equal(table["kind"], "indirect"), marks))


def pa_strings(values: tuple[str, ...]) -> Any:
    import pyarrow as pa

    return pa.array(values, type=pa.string())


def _schema(columns: tuple[str, ...], ints: tuple[str, ...]) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(c, pa.int64() if c in ints else pa.string()) for c in columns])


def _typed(frame: Any, columns: tuple[str, ...], *, ints: tuple[str, ...]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pandas(frame[list(columns)], schema=_schema(columns, ints),
                                preserve_index=False)
