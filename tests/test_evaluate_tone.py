"""``geneva-nb evaluate tone``: file discovery, readers, metrics, the command line.

The readers and scorers are tested on tiny bench folders written here (our own sentences, in the
three formats); the real development data are used only when ../shared/bench exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_helpers import bench_script

from geneva_nb.errors import DataFileError, InputError
from geneva_nb.evaluate import tone as ev

REAL_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def _write_bench(root: Path) -> Path:
    """A bench folder laid out like the real one, with our own hand-made rows."""
    nyt = root / "sentiment" / "nyt-editorials"
    uns = root / "sentiment" / "unscon"
    mts = root / "sentiment" / "newsmtsc"
    for d in (nyt, uns, mts):
        d.mkdir(parents=True)
    (nyt / "any-name.tsv").write_text(
        "1_1\t2.5\tA wonderful, generous and successful plan.\n"
        "1_2\t-3.0\tA cruel, disastrous and shameful failure.\n"
        "2_1\t0.1\tThe committee meets on Tuesday.\n"
        "2_2\t-1.5\tThe plan is too costly and will not work.\n",
        encoding="utf-8",
    )
    (uns / "x.csv").write_text(
        "sentence_text,A0,country,filename\n"
        '"We condemn the aggression and the illegal annexation by that regime .",'
        "Direct_NegEval,United_States_Of_America,s1\n"
        '"We thank the presidency for convening this meeting .",_,United_States_Of_America,s1\n'
        '"They must stop the provocations and the lies .",Direct_NegEval,Russian_Federation,s2\n'
        '"The Council meets today .",_,Russian_Federation,s2\n',
        encoding="utf-8",
    )
    good = "The brave mayor saved the town from the flood, and residents thanked her warmly."
    bad = "The corrupt senator lied to the voters again and again, and the scandal grew."
    rec = {"primary_gid": "g1", "sentence_normalized": good,
           "targets": [{"Input.gid": "g1", "from": 10, "to": 15, "mention": "mayor",
                        "polarity": 6.0}]}
    rec2 = {"primary_gid": "g2", "sentence_normalized": bad,
            "targets": [{"Input.gid": "g2", "from": 12, "to": 19, "mention": "senator",
                         "polarity": 2.0}]}
    (mts / "t.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps(rec2) + "\n",
                                 encoding="utf-8")
    return root


def test_find_bench_file_by_folder_name_and_extension(tmp_path):
    root = _write_bench(tmp_path)
    assert ev.find_bench_file(root, ev.NYT).name == "any-name.tsv"
    assert ev.find_bench_file(root / "sentiment", ev.UNSCON).name == "x.csv"
    assert ev.find_bench_file(root, ev.NEWSMTSC).suffix == ".jsonl"


def test_every_file_of_a_folder_is_scored(tmp_path):
    root = _write_bench(tmp_path)
    extra = root / "sentiment" / "nyt-editorials" / "second.tsv"
    extra.write_text("3_1\t1.0\tA fine idea.\n", encoding="utf-8")
    assert [p.name for p in ev.find_bench_files(root, ev.NYT)] == ["any-name.tsv", "second.tsv"]
    nyt = {(r.benchmark, r.subset): r for r in ev.evaluate(root)}[ev.NYT, "all"]
    assert nyt.n == 5


def test_missing_folder_and_missing_file_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        ev.find_bench_file(tmp_path / "nope", ev.NYT)
    (tmp_path / "nyt-editorials").mkdir()
    with pytest.raises(InputError, match=r"nyt-editorials/\*\.tsv"):
        ev.find_bench_file(tmp_path, ev.NYT)


def test_readers(tmp_path):
    root = _write_bench(tmp_path)
    nyt = ev.load_nyt(ev.find_bench_file(root, ev.NYT))
    assert [r.doc for r in nyt] == ["1", "1", "2", "2"]
    assert nyt[1].rating == -3.0
    uns = ev.load_unscon(ev.find_bench_file(root, ev.UNSCON))
    assert [r.conflict for r in uns] == [True, False, True, False]
    mts = ev.load_newsmtsc(ev.find_bench_file(root, ev.NEWSMTSC))
    assert [(r.text[r.start : r.end], r.label) for r in mts] == [("mayor", 1), ("senator", -1)]


def test_bad_rating_is_a_data_file_error(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("1_1\tlots\tSome text.\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        ev.load_nyt(p)


def test_evaluate_on_a_tiny_bench(tmp_path):
    results = ev.evaluate(_write_bench(tmp_path))
    by = {(r.benchmark, r.subset): r for r in results}
    assert set(by) == {(ev.NYT, "all"), (ev.UNSCON, "all"), (ev.UNSCON, "Russia"),
                       (ev.UNSCON, "US"), (ev.NEWSMTSC, "all")}
    assert by[ev.NYT, "all"].n == 4
    assert by[ev.UNSCON, "Russia"].n == 2 and by[ev.UNSCON, "US"].n == 2
    # the ratings run from clearly positive to clearly negative; every method gets the order
    assert by[ev.NYT, "all"].project > 0.5
    # the two conflict sentences carry condemn/aggression/illegal/annexation and must/lies
    assert by[ev.UNSCON, "all"].project == pytest.approx(1.0)
    assert by[ev.NEWSMTSC, "all"].project == pytest.approx(1.0)


def test_main_prints_a_table_and_json(tmp_path, capsys):
    root = _write_bench(tmp_path)
    assert ev.main([str(root)]) == 0
    out = capsys.readouterr().out
    assert "| benchmark | subset | metric | n | project | VADER | TextBlob |" in out
    assert ev.main([str(root), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["benchmark"] for x in lines} == {ev.NYT, ev.UNSCON, ev.NEWSMTSC}


def test_main_on_a_missing_folder_fails_with_a_message(tmp_path, capsys):
    assert ev.main([str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err


def _train_tone():
    """benchmarks/train_tone.py as a module (it is a script, not part of the package)."""
    return bench_script("train_tone")


@pytest.mark.bench_data
@pytest.mark.skipif(not REAL_BENCH.is_dir(), reason="../shared/bench is not present")
def test_held_out_rows_beat_plain_vader():
    # the shipped tables were trained on every dev row, so scoring those rows proves nothing:
    # refit everything without each held-out fold (nested 5-fold CV, folds by document or
    # speech) and compare the held-out predictions with plain VADER on the same rows
    _, figures = _train_tone().train(REAL_BENCH, out_dir=None)
    for data in ("nyt", "unscon", "newsmtsc"):
        assert figures[f"{data}_cv"] > figures[f"{data}_vader"], (data, figures)
    # the labels (ToneScore.label) too, and toward a target the label beats compound at +-0.05
    assert figures["nyt3_label_cv"] > figures["nyt3_vader"]
    assert figures["newsmtsc_cv"] > figures["newsmtsc_compound_cv"]
    # and the held-out figures stay below the in-sample one (the CV really holds rows out)
    assert figures["nyt_cv"] < figures["nyt_in_sample"]


def test_research_tables_are_never_written_over_the_shipped_ones():
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "train_tone.py"
    out = subprocess.run([sys.executable, str(script), "--research"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "--research needs --out DIR" in out.stderr
