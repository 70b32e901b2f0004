"""The corpus engine: sources, bad articles, engines, Parquet output and resuming (issue 12)."""

from __future__ import annotations

import codecs
import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.cli import main
from geneva_nb.corpus import store as store_module
from geneva_nb.errors import GenevaNbError, InputError, MissingDependencyError

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "corpus"
# three short bundled articles (invented): ids are the file names without suffix
PICK = ["2022-01-11-daily-clarion", "2022-01-12-lakeside-wire", "2022-01-13-capitol-report"]


def tables_equal(a: gn.Corpus, b: gn.Corpus, *, ignore_source: bool = False) -> None:
    for name, left in a.tables().items():
        right = b.table(name)
        if ignore_source and name == "articles":
            left, right = left.drop(columns="source"), right.drop(columns="source")
        pd.testing.assert_frame_equal(left, right, obj=name)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    for stem in PICK:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(BUNDLED / f"{stem}{suffix}", out / f"{stem}{suffix}")
    return out


@pytest.fixture(scope="module")
def in_memory(folder) -> gn.Corpus:
    return gn.analyze_corpus(folder, workers=1, progress=False)


def records(folder: Path) -> list[dict]:
    rows = []
    for stem in PICK:
        meta = json.loads((folder / f"{stem}.meta.json").read_text(encoding="utf-8"))
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        rows.append({"id": stem, "text": text, **meta})
    return rows


def test_folder_jsonl_and_dataframe_give_the_same_tables(folder, in_memory, tmp_path):
    rows = records(folder)
    jsonl = tmp_path / "articles.jsonl"
    # lines in another order than the ids: the tables are still in article-id order
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in reversed(rows)), encoding="utf-8")
    from_jsonl = gn.analyze_corpus(jsonl, workers=1, progress=False)
    from_frame = gn.analyze_corpus(pd.DataFrame(rows), workers=1, progress=False)
    tables_equal(in_memory, from_jsonl, ignore_source=True)
    tables_equal(in_memory, from_frame, ignore_source=True)
    assert list(from_jsonl.articles["source"]) == [
        f"{jsonl}:3", f"{jsonl}:2", f"{jsonl}:1"
    ]


def test_articles_table_keys_metadata_and_counts(in_memory):
    art = in_memory.articles
    assert list(art["article_id"]) == PICK
    assert list(art["outlet"]) == ["The Daily Clarion", "Lakeside Wire", "Capitol Report"]
    assert list(art["published"]) == ["2022-01-11", "2022-01-12", "2022-01-13"]
    assert set(art["status"]) == {"ok"}
    # every statement, time expression and event row belongs to an article of the table
    for name, column in (("statements", "n_statements"), ("timexes", "n_timexes"),
                         ("chronology", "n_events")):
        counts = in_memory.table(name).groupby("article_id").size()
        assert [counts.get(a, 0) for a in PICK] == list(art[column])
    assert in_memory.errors.empty


def test_counts_of_a_hand_made_article(tmp_path):
    frame = pd.DataFrame({
        "id": ["one"],
        "text": ["“We will never accept this,” Ryabkov said on Monday. Sherman said the talks "
                 "were useful."],
        "published": ["2022-01-10"],
    })
    corpus = gn.analyze_corpus(frame, workers=1, progress=False)
    row = corpus.articles.iloc[0]
    # one direct quotation (Ryabkov) and one reported statement (Sherman); one date (Monday)
    assert (row["n_statements"], row["n_direct"], row["n_timexes"]) == (2, 1, 1)
    st = corpus.statements
    assert list(st["speaker"]) == ["Sergei Ryabkov", "Wendy Sherman"]
    assert list(st["side"]) == ["Russia", "US"]
    assert corpus.timexes.loc[0, "value"] == "2022-01-10"
    assert corpus.statements.columns[0] == "article_id"
    assert set(gn.attribute("x said y.").columns) <= set(st.columns)


def test_bad_articles_are_errors_and_nothing_else_is_lost(folder, in_memory, tmp_path):
    src = tmp_path / "mixed"
    shutil.copytree(folder, src)
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "huge.txt").write_text("The talks went on. " * 110_000, encoding="utf-8")  # 2 MB
    text = (folder / f"{PICK[0]}.txt").read_text(encoding="utf-8")
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    corpus = gn.analyze_corpus(src, workers=1, progress=False, max_chars=200_000)

    errors = corpus.errors.set_index("article_id")
    assert sorted(errors.index) == ["binary", "empty", "huge"]
    assert errors.loc["binary", "error_type"] == "DecodeError"
    assert errors.loc["empty", "error_type"] == "EmptyArticleError"
    assert errors.loc["huge", "error_type"] == "InputError"
    assert "max_chars" in errors.loc["huge", "message"]
    assert set(errors["stage"]) == {"load"}
    status = corpus.articles.set_index("article_id")["status"]
    assert status.to_dict() == {**dict.fromkeys(PICK, "ok"), "binary": "error",
                                "empty": "error", "huge": "error", "utf16": "ok"}
    # the UTF-16 file is the first article in another encoding: same statements
    st = corpus.statements
    utf16 = st[st["article_id"] == "utf16"].drop(columns="article_id").reset_index(drop=True)
    first = st[st["article_id"] == PICK[0]].drop(columns="article_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(utf16, first)
    # the good articles' rows are exactly those of a run without the bad ones
    for name in ("statements", "tone", "tone_statements", "timexes", "chronology"):
        kept = corpus.table(name)
        kept = kept[kept["article_id"].isin(PICK)].reset_index(drop=True)
        pd.testing.assert_frame_equal(kept, in_memory.table(name), obj=name)


def test_a_stage_that_raises_is_an_error_row_and_the_others_are_kept(monkeypatch, tmp_path):
    from geneva_nb import timex

    def broken(*args, **kwargs):
        raise RuntimeError("timex rules crashed")

    monkeypatch.setattr(timex, "find_timexes", broken)  # what every route to the stage runs
    frame = pd.DataFrame({"id": ["a"], "text": ["“It was hard,” Ryabkov said."]})
    corpus = gn.analyze_corpus(frame, workers=1, progress=False)
    assert corpus.errors[["stage", "error_type"]].values.tolist() == [
        ["timexes", "RuntimeError"], ["chronology", "RuntimeError"]
    ]
    assert corpus.articles.loc[0, "status"] == "partial"
    assert list(corpus.statements["speaker"]) == ["Sergei Ryabkov"]


def test_two_local_workers_and_dask_give_identical_tables(folder, in_memory):
    distributed = pytest.importorskip("distributed")
    local = gn.analyze_corpus(folder, workers=2, progress=False)
    tables_equal(in_memory, local)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        on_dask = gn.analyze_corpus(folder, engine="dask", client=client, progress=False)
    cluster.close()
    tables_equal(in_memory, on_dask)


def test_local_workers_forked_or_spawned_give_identical_tables(folder, in_memory, tmp_path):
    import subprocess
    import threading

    from geneva_nb.corpus.engine import start_method

    # a fresh single-threaded process (a script, the command line) forks warm workers on Linux
    script = (
        "import sys, geneva_nb as gn\n"
        "from geneva_nb.corpus.engine import start_method\n"
        "print(start_method())\n"
        "gn.analyze_corpus(sys.argv[1], workers=2, out=sys.argv[2], progress=False)\n"
    )
    out = tmp_path / "forked"
    run = subprocess.run([sys.executable, "-c", script, str(folder), str(out)],
                         capture_output=True, text=True, check=True, timeout=600)
    assert run.stdout.split() == ["fork" if sys.platform.startswith("linux") else "spawn"]
    tables_equal(in_memory, gn.Corpus.open(out))
    # with a second thread running (as in a Jupyter kernel) forking is unsafe: spawned
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert start_method() == "spawn"
        spawned = gn.analyze_corpus(folder, workers=2, progress=False)
    finally:
        stop.set()
        other.join()
    tables_equal(in_memory, spawned)


def test_dask_engine_on_its_own_local_cluster_gives_identical_tables(folder, in_memory):
    pytest.importorskip("distributed")
    # no client: the engine starts a 2-process LocalCluster for the call and closes it
    on_dask = gn.analyze_corpus(folder, engine="dask", workers=2, progress=False)
    tables_equal(in_memory, on_dask)


def test_one_chunk_of_many_articles_equals_one_chunk_per_article(folder):
    import pyarrow as pa

    from geneva_nb.corpus import normalise_quote
    from geneva_nb.corpus.sources import load_items, plan
    from geneva_nb.corpus.worker import FRAME_TABLES, analyse_chunk

    p = plan(folder)
    items = load_items(p, range(len(p)))
    whole = analyse_chunk(items)
    parts = [analyse_chunk([item]) for item in items]
    assert whole["articles"] == [row for part in parts for row in part["articles"]]
    for name in (*FRAME_TABLES, "quotes"):
        pieces = [part[name] for part in parts if part[name] is not None]
        joined = pa.concat_tables(pieces)
        assert whole[name].equals(joined), name
        # every row carries its article's id, in article order
        ids = whole[name]["article_id"].to_pylist()
        assert ids == sorted(ids) and set(ids) <= set(PICK)
    # the candidates' normalised wordings are those of normalise_quote, 4 words or more
    quotes = whole["quotes"].to_pydict()
    assert quotes["norm"] == [normalise_quote(c) for c in quotes["content"]]
    assert min(len(n.split()) for n in quotes["norm"]) >= 4


def test_dask_engine_without_dask_says_how_to_install(folder, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(MissingDependencyError, match=r"pip install geneva_nb\[dask\]"):
        gn.analyze_corpus(folder, engine="dask", progress=False)


def test_parquet_output_reads_back_the_same_and_is_plain_parquet(folder, in_memory, tmp_path):
    out = tmp_path / "out"
    written = gn.analyze_corpus(folder, workers=1, out=out, progress=False, batch_size=2)
    tables_equal(in_memory, written)
    tables_equal(in_memory, gn.Corpus.open(out))
    # two batches of at most two articles: two part files per table
    assert sorted(p.name for p in (out / "articles").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet"
    ]
    plain = pd.read_parquet(out / "statements")
    assert len(plain) == len(in_memory.statements)
    assert set(plain["article_id"]) <= set(PICK)


def test_an_interrupted_run_resumes_to_the_same_result(folder, in_memory, tmp_path,
                                                       monkeypatch):
    out = tmp_path / "out"
    real_commit = store_module.ParquetStore.commit_batch
    commits = []

    def commit_then_die(self, part, ids, tables):
        if len(commits) == 2:  # the third batch is lost mid-write: parts but no manifest entry
            self.write_table("articles", part, tables["articles"])
            raise KeyboardInterrupt
        commits.append(ids)
        real_commit(self, part, ids, tables)

    monkeypatch.setattr(store_module.ParquetStore, "commit_batch", commit_then_die)
    with pytest.raises(KeyboardInterrupt):
        gn.analyze_corpus(folder, workers=1, out=out, progress=False, batch_size=1)
    assert commits == [[PICK[0]], [PICK[1]]]
    assert (out / "articles" / "part-00002.parquet").exists()  # uncommitted
    monkeypatch.setattr(store_module.ParquetStore, "commit_batch", real_commit)

    resumed = gn.analyze_corpus(folder, workers=1, out=out, progress=False, batch_size=1)
    assert (resumed.summary.articles, resumed.summary.analysed) == (3, 1)
    tables_equal(in_memory, resumed)
    # running again has nothing left to do and changes nothing
    again = gn.analyze_corpus(folder, workers=1, out=out, progress=False)
    assert again.summary.analysed == 0
    tables_equal(in_memory, again)


def test_out_folder_of_another_corpus_is_refused(folder, tmp_path):
    out = tmp_path / "out"
    gn.analyze_corpus(folder, workers=1, out=out, progress=False)
    other = pd.DataFrame({"id": ["x"], "text": ["Ryabkov said it was hard."]})
    with pytest.raises(InputError, match="another corpus"):
        gn.analyze_corpus(other, workers=1, out=out, progress=False)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        gn.analyze_corpus(folder, workers=1, out=tmp_path / "full", progress=False)


@pytest.mark.parametrize(
    ("source", "match"),
    [
        (pd.DataFrame({"id": ["a", "a"], "text": ["x", "y"]}), "occurs twice"),
        (pd.DataFrame({"text": ["x"]}), "'id' and 'text'"),
        (42, "not int"),
        ("/no/such/folder", "does not exist"),
    ],
)
def test_bad_sources_raise_errors_that_say_what_to_do(source, match):
    with pytest.raises(GenevaNbError, match=match):
        gn.analyze_corpus(source, workers=1, progress=False)


def test_bad_options_are_refused(folder):
    with pytest.raises(InputError, match="engine="):
        gn.analyze_corpus(folder, engine="spark")
    with pytest.raises(InputError, match="workers="):
        gn.analyze_corpus(folder, workers=0)


def test_progress_prints_a_summary_line(folder, capsys):
    corpus = gn.analyze_corpus(folder, workers=1, progress=True)
    line = capsys.readouterr().out.strip().splitlines()[-1]
    n = len(corpus.statements)
    assert line.startswith(f"Corpus: 3 articles (3 analysed), {n} statements, 0 errors,")
    assert line.endswith("articles/s)")


def test_views_count_speakers_and_merge_the_timeline(in_memory):
    speakers = in_memory.speakers()
    st = in_memory.statements
    top = speakers.iloc[0]
    assert top["statements"] == (st["speaker"] == top["speaker"]).sum()
    assert speakers["statements"].sum() == len(st)
    timeline = in_memory.timeline()
    assert timeline["articles"].sum() == (
        in_memory.chronology.groupby(["value", "start_date"], dropna=False)["article_id"]
        .nunique().sum()
    )
    tone = in_memory.tone_by_side()
    ts = in_memory.tone_statements
    for row in tone.itertuples():
        assert row.mean == pytest.approx(ts.loc[ts["side"] == row.side, "compound"].mean())


def test_cli_corpus_writes_tables_and_prints_the_summary(folder, in_memory, tmp_path, capsys):
    out = tmp_path / "cli-out"
    assert main(["corpus", str(folder), "--out", str(out), "--workers", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Corpus: 3 articles (3 analysed)" in printed
    assert str(out) in printed
    tables_equal(in_memory, gn.Corpus.open(out))


def test_cli_corpus_bad_source_exits_2(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_streamed_quotation_tables_in_small_row_groups_equal_the_in_memory_ones(
    folder, in_memory, tmp_path, monkeypatch
):
    from geneva_nb.corpus import engine

    # three occurrences per row group: the second pass fetches words from every part file
    monkeypatch.setattr(engine, "OCCURRENCE_CHUNK", 3)
    out = tmp_path / "out"
    written = gn.analyze_corpus(folder, workers=1, out=out, progress=False, batch_size=1)
    assert len(in_memory.quote_occurrences) > 3
    pd.testing.assert_frame_equal(in_memory.quote_occurrences, written.quote_occurrences)
    pd.testing.assert_frame_equal(in_memory.quotes, written.quotes)
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(out / "quote_occurrences" / "part-00000.parquet").metadata
    assert meta.num_row_groups == -(-len(in_memory.quote_occurrences) // 3)
    assert not [p for p in out.iterdir() if p.name.startswith(".quotes-")]  # temp removed


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 500), size=st.integers(1, 40), workers=st.integers(1, 8))
def test_chunks_cover_every_article_once_in_order_and_end_small(n, size, workers):
    from geneva_nb.corpus.engine import split_chunks

    chunks = split_chunks(list(range(n)), size, workers=workers)
    assert [i for c in chunks for i in c] == list(range(n))
    assert all(1 <= len(c) <= size for c in chunks)
    # the last `workers` full chunks' worth of articles goes in quarter-size chunks
    tail_start = n - min(n, size * workers)
    small = max(1, size // 4)
    assert all(len(c) <= small for c in chunks if c[0] >= tail_start)
    assert all(len(c) == size for c in chunks if c[-1] < tail_start - 1)
