"""BRAT standoff reading, writing and attribution scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb.errors import AnnotationFormatError
from geneva_nb.evaluate import brat

TEXT = "“We are ready,” Ryabkov said. “Really ready.” Sherman said talks would go on."
# offsets worked out by hand: the first quote is 0-15, "Ryabkov" 16-23, "said" 24-28,
# the second quote 30-45, "Sherman" 46-53, "said" 54-58, content 59-76
ANN = """T1\tSource 16 23\tRyabkov
#1\tAnnotatorNotes T1\tspeaker=Sergei Ryabkov; side=Russia
T2\tCue 24 28\tsaid
T3\tContent 0 15;30 45\t“We are ready,” “Really ready.”
T4\tAttribution 24 28\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
A1\tType E1 Direct
T5\tSOURCE 46 53\tSherman
T6\tCue 54 58\tsaid
T7\tContent 59 76\ttalks would go on
R1\tAttribution Arg1:T7 Arg2:T6
R2\tAttribution Arg1:T6 Arg2:T5
"""


def test_reader_events_relations_and_discontinuous_spans():
    doc = brat.read_ann(ANN, name="x", text=TEXT)
    assert len(doc.attributions) == 2
    first, second = doc.attributions
    assert first.content == ((0, 15), (30, 45))
    assert (first.speaker, first.side, first.named) == ("Sergei Ryabkov", "Russia", True)
    assert second.source == ((46, 53),) and second.cue == ((54, 58),)
    assert second.speaker == "Sherman" and not second.named


def test_reader_rejects_bad_lines():
    with pytest.raises(AnnotationFormatError, match="START END"):
        brat.read_ann("T1\tSource 1 x\tab", text="abc")
    with pytest.raises(AnnotationFormatError, match="does not fit"):
        brat.read_ann("T1\tSource 0 99\tab", text="abc")


def test_overlap_by_hand():
    assert brat.overlap(((0, 10),), ((5, 10),)) == 0.5
    assert brat.overlap(((0, 10), (20, 30)), ((0, 30),)) == pytest.approx(20 / 30)


def test_score_merges_split_quotes_and_checks_speakers():
    gold = brat.read_ann(ANN, name="x", text=TEXT)
    result = brat.score(gn.attribute(TEXT), gold)
    assert (result.gold, result.predicted, result.tp08) == (2, 2, 2)
    assert result.speaker_correct == 2 and result.quote_gold == 1


def test_writer_round_trip(geneva):
    df = gn.attribute(geneva)
    doc = brat.read_ann(brat.to_ann(df), text=geneva.text)
    assert len(doc.attributions) == len(brat.predictions(df))
    result = brat.score(df, doc)
    assert result.tp08 == result.predicted == result.gold


def test_main_table_json_and_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text(ANN, encoding="utf-8")
    assert brat.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "overlap >= 0.8 | 1.000 | 1.000 | 1.000 | 2 | 0 | 0" in out
    assert brat.main([str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overlap_0.3"]["tp"] == 2 and data["speaker_accuracy"] == 1.0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert brat.main([str(empty)]) == 2
    assert brat.main([str(tmp_path / "nope")]) == 2


def test_polnear_layout_pairs_annotator_files(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "story_4b22.ann").write_text(ANN, encoding="utf-8")
    pairs = brat.find_pairs(tmp_path)
    assert [(a.name, t.name) for a, t in pairs] == [("story_4b22.ann", "story.txt")]


def test_geneva_gold_scores_perfectly(capsys):
    gold = Path(__file__).resolve().parents[1] / "data" / "gold"
    assert brat.main([str(gold)]) == 0
    assert "15 gold attributions, 15 predicted" in capsys.readouterr().out


def test_continuations_in_a_new_paragraph_or_after_reported_speech_stay_separate():
    text = 'Lee said she was "horrified". "It must stop."\n"We will act," she said. "Right now."'
    # hand-worked: 'she was "horrified"' 9-28; '"It must stop."' 30-45; '"We will act,"' 46-60;
    # '"Right now."' 71-83 (after "said." and a space). Lee 0-3, said 4-8, she 61-64, said 65-69.
    ann = "\n".join([
        "T1\tSource 0 3\tLee", "T2\tCue 4 8\tsaid", "T3\tContent 9 28\tx",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "T4\tContent 30 45\tx", "E2\tAttribution:T4 Content:T4 Source:T1",
        "T5\tSource 61 64\tshe", "T6\tCue 65 69\tsaid", "T7\tContent 46 60;71 83\tx",
        "E3\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
    ]) + "\n"
    gold = brat.read_ann(ann, name="x", text=text)
    df = gn.attribute(text)
    # reported speech + its quotation: two attributions; the split quote in the new paragraph
    # shares cue, mention and paragraph: one
    assert len(brat.predictions(df, text)) == 3
    assert len(brat.predictions(df)) == 3  # without the text: only the kind keeps them apart
    result = brat.score(df, gold)
    assert (result.gold, result.predicted, result.tp08, result.speaker_correct) == (3, 3, 3, 3)

