"""TimeML reading/writing and the TempEval-3 Task A scorer, checked on hand-computed counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb.errors import AnnotationFormatError
from geneva_nb.evaluate.timeml import (
    TimexAnnotation,
    main,
    read_timeml,
    score_timexes,
    write_timeml,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold" / "geneva-talks.tml"
TESTSET = ROOT / "tests" / "data" / "timeml"

SAMPLE = """<?xml version="1.0"?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false"
 functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
<TEXT>Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <SIGNAL sid="s1">in</SIGNAL> <TIMEX3
 tid="t1" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3> &amp; fell <TIMEX3 tid="t2"
 type="DATE" value="1998-02-05">yesterday</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>"""


def test_read_plain_text_offsets_and_dct():
    doc = read_timeml(SAMPLE)
    assert doc.text == "Sales rose in the fourth quarter & fell yesterday."
    assert doc.dct is not None and doc.dct.isoformat() == "1998-02-06"
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("the fourth quarter", "1997-Q4"), ("yesterday", "1998-02-05")
    ]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)  # DCT not among them


def test_write_then_read_round_trip(tmp_path):
    text = "Talks began on 3 May & ended <soon>."
    anns = [TimexAnnotation("t1", 15, 20, "3 May", "DATE", "2021-05-03"),
            TimexAnnotation("t2", 30, 34, "soon", "DATE", "FUTURE_REF")]
    path = tmp_path / "x.tml"
    write_timeml(text, anns, dct="2021-05-04", path=path)
    back = read_timeml(path)
    assert back.text == text
    assert [(t.start, t.end, t.value) for t in back.timexes] == [
        (15, 20, "2021-05-03"), (30, 34, "FUTURE_REF")
    ]
    assert back.dct is not None and back.dct.isoformat() == "2021-05-04"


def test_geneva_gold_is_on_the_cleaned_article_text():
    doc = read_timeml(GOLD)
    assert doc.text == gn.load_article().text
    assert doc.dct is not None and doc.dct.isoformat() == "2022-01-10"
    assert [t.text for t in doc.timexes] == [
        "today", "December 17", "2008", "days", "weeks", "today", "soon", "2014", "about 7.5 hours"
    ]


def test_scorer_counts_worked_by_hand():
    gold = [TimexAnnotation("t1", 0, 10, "", "DATE", "2008"),
            TimexAnnotation("t2", 20, 30, "", "DURATION", "P2Y"),
            TimexAnnotation("t3", 40, 45, "", "DATE", "PRESENT_REF")]
    system = [TimexAnnotation("s1", 0, 10, "", "DATE", "2008"),  # exact, right value
              TimexAnnotation("s2", 22, 30, "", "DURATION", "P3Y"),  # overlap, wrong value
              TimexAnnotation("s3", 50, 55, "", "DATE", "2020")]  # spurious
    s = score_timexes(gold, system)
    # strict: 1 tp, 2 fp, 2 fn -> P = R = F1 = 1/3
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 2, 2)
    assert s.strict.f1 == pytest.approx(1 / 3)
    # relaxed: 2 tp, 1 fp, 1 fn -> 2/3
    assert s.relaxed.f1 == pytest.approx(2 / 3)
    # type right on both matches, value right on one of two
    assert s.type_accuracy == 1.0 and s.value_accuracy == 0.5
    # value F1: 1 correct of 3 system and 3 gold -> 1/3
    assert s.value_f1.f1 == pytest.approx(1 / 3)


def test_malformed_xml_raises_annotation_format_error(tmp_path):
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>5 < 6 & so</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match="well-formed"):
        read_timeml(bad)
    with pytest.raises(AnnotationFormatError, match="TEXT"):
        read_timeml("<TimeML><DOCID>a</DOCID></TimeML>")


def test_cli_scores_a_folder(capsys):
    assert main([str(TESTSET)]) == 0
    out = capsys.readouterr().out
    assert "strict match" in out and "value" in out and "TP" in out


def test_cli_json_on_the_geneva_gold(capsys):
    assert main([str(GOLD), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["n_gold"] == 9 and scores["n_documents"] == 1
    assert scores["strict"]["f1"] == 1.0 and scores["value_f1"]["f1"] == 1.0


def test_cli_bad_folder_is_an_error_not_a_traceback(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    assert main([str(tmp_path)]) == 2  # exists, but holds no .tml
    assert "no .tml" in capsys.readouterr().err
