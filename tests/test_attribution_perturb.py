"""Perturbations of real contexts (issue 11, helper T1): the audit script's offset shifting, and
the rule groups its breaks showed, on invented texts with hand-worked speaker, cue and content.

``benchmarks/perturb_audit.py`` rewrites the text around a right passage's gold source and cue
(another speech verb, a renamed or titled speaker, an adverbial, the cue moved, straight
quotation marks) and shifts the gold offsets; the first tests check that shifting on an
invented ``.ann`` / ``.txt`` pair (no bench needed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import checked_attribute
from script_helpers import bench_script

from geneva_nb.evaluate.brat import read_document


@pytest.fixture(scope="module")
def audit():
    """benchmarks/perturb_audit.py as a module (it is a script, not part of the package)."""
    return bench_script("perturb_audit")


_TEXT = ("Mayor Ann Lee opened the bridge on Monday.\n"
         "“The river will not divide us,” Lee said.\n"
         "Tom Reed said, “It cost too much.”\n")


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """An invented article and its brat annotation in PolNeAR's layout."""
    text = _TEXT
    q1 = text.index("“The")
    q1_end = text.index("us,”") + 4
    lee = text.index("Lee said")
    said1 = lee + 4
    reed = text.index("Tom Reed")
    said2 = reed + 9
    q2 = text.index("“It")
    q2_end = text.index("much.”") + 6
    ann = "\n".join([
        f"T1\tContent {q1} {q1_end}\t{text[q1:q1_end]}",
        f"T2\tSource {lee} {lee + 3}\tLee",
        f"T3\tCue {said1} {said1 + 4}\tsaid",
        f"T7\tAttribution {said1} {said1 + 4}\tsaid",
        "E1\tAttribution:T7 Content:T1 Cue:T3 Source:T2",
        f"T4\tContent {q2} {q2_end}\t{text[q2:q2_end]}",
        f"T5\tSource {reed} {reed + 8}\tTom Reed",
        f"T6\tCue {said2} {said2 + 4}\tsaid",
        f"T8\tAttribution {said2} {said2 + 4}\tsaid",
        "E2\tAttribution:T8 Content:T4 Cue:T6 Source:T5",
    ]) + "\n"
    (tmp_path / "attributions").mkdir(exist_ok=True)
    (tmp_path / "text").mkdir(exist_ok=True)
    ann_path = tmp_path / "attributions" / "bridge_4e07.ann"
    txt_path = tmp_path / "text" / "bridge.txt"
    ann_path.write_text(ann, encoding="utf-8")
    txt_path.write_text(text, encoding="utf-8")
    return ann_path, txt_path


def _case(audit, tmp_path: Path, n: int):
    ann, txt = _pair(tmp_path)
    doc = read_document(ann, txt)
    gold = doc.attributions[n]
    a, b = gold.content[0]
    return audit.Case("bridge", doc.text, (a + 1, b - 1), gold)


def _apply(audit, case, variant) -> tuple[str, str, str, str]:
    """(text, passage, source, cue) after the variant's edits, by the script's own shifting."""
    new_text, starts = audit.apply_edits(case.text, variant.edits)
    where = dict(zip(variant.edits, starts, strict=True))
    def piece(pair):
        ((a, b),) = audit._span(pair, variant.edits, variant.edits, where)
        return new_text[a:b]
    return new_text, piece(variant.passage), piece(variant.source), piece(variant.cue)


def test_shift_keeps_insertions_outside_the_span(audit):
    edits = [audit.Edit(5, 5, "XX"), audit.Edit(10, 12, "Y")]
    assert audit.shift_span((5, 10), edits) == (7, 12)  # text inserted at the start stays out
    assert audit.shift_span((10, 12), edits) == (12, 13)  # a replaced span is the replacement
    assert audit.shift_span((0, 5), edits) == (0, 5)  # text inserted at the end stays out
    assert audit.shift_span((12, 20), edits) == (13, 21)


def test_rename_and_title_shift_the_gold_spans(audit, tmp_path):
    case = _case(audit, tmp_path, 0)
    found = audit.name_variants(case)
    text, passage, source, cue = _apply(audit, case, found["name:rename"])
    assert "Lee" not in text and text.startswith("Mayor Ann Whitcombe opened")
    assert (passage, source, cue) == ("The river will not divide us,", "Whitcombe", "said")
    text, passage, source, cue = _apply(audit, case, found["name:age"])
    assert "us,” Lee, 45, said." in text
    assert (passage, source, cue) == ("The river will not divide us,", "Lee", "said")


def test_verb_and_adverbial_variants(audit, tmp_path):
    case = _case(audit, tmp_path, 1)
    verbs = audit.verb_variants(case)
    assert "verb:told reporters" in verbs  # 'Tom Reed told reporters, “…”' is English
    text, passage, source, cue = _apply(audit, case, verbs["verb:told reporters"])
    assert "Tom Reed told reporters, “It cost too much.”" in text
    assert (passage, source, cue) == ("It cost too much.", "Tom Reed", "told reporters")
    advs = audit.adverbial_variants(case)
    text, _, source, cue = _apply(audit, case, advs["between:in an interview"])
    assert "Tom Reed in an interview said, “It" in text and (source, cue) == ("Tom Reed", "said")
    text, _, _, cue = _apply(audit, case, advs["after:on Tuesday"])
    assert "Tom Reed said on Tuesday, “It" in text and cue == "said"


def test_cue_moves_both_ways(audit, tmp_path):
    case = _case(audit, tmp_path, 0)
    text, passage, source, cue = _apply(audit, case, audit.move_variants(case)["move:cue-first"])
    assert "\nLee said, “The river will not divide us.”\n" in text
    assert (passage, source, cue) == ("The river will not divide us.", "Lee", "said")
    case = _case(audit, tmp_path, 1)
    moved = audit.move_variants(case)["move:quote-first"]
    text, passage, source, cue = _apply(audit, case, moved)
    assert text.endswith("\n“It cost too much,” Tom Reed said.\n")
    assert (passage, source, cue) == ("It cost too much,", "Tom Reed", "said")


def test_straight_quotes_keep_offsets(audit, tmp_path):
    case = _case(audit, tmp_path, 1)
    v = audit.variants(case)["quotes:straight"]
    text, passage, source, _ = _apply(audit, case, v)
    assert '"It cost too much."' in text and len(text) == len(case.text)
    assert (passage, source) == ("It cost too much.", "Tom Reed")


# --- rule groups the audit's breaks showed (invented texts, expected rows worked out by hand) ---

def _rows(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, mention, cue, content) of the rows after the first paragraph."""
    df = checked_attribute(text, beliefs=True)
    start = text.index("\n") + 1
    return [(r.speaker, r.mention, r.cue, r.content) for r in df.itertuples()
            if r.content_start >= start]


_MEMOIR = "I drove to the courthouse that morning.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a first-person writer's quote-first cue with an adverb between 'I' and the verb
    (_MEMOIR + "“I am not ashamed,” I also said.",
     [("I", "I", "said", "“I am not ashamed,”")]),
    (_MEMOIR + "“I am not ashamed,” I later wrote, “and I never was.”",
     [("I", "I", "wrote", "“I am not ashamed,”"), ("I", "I", "wrote", "“and I never was.”")]),
    (_MEMOIR + "“I am not ashamed,” I said.", [("I", "I", "said", "“I am not ashamed,”")]),
])
def test_first_person_quote_first_with_an_adverb(text, expected):
    assert _rows(text) == expected


_VOTERS = "Voters in Dayton were angry.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a party tag in parentheses, then a time or channel adverbial before the verb
    (_VOTERS + "Rep. Tom Reed (R-Ohio) on Tuesday said the plan was reckless.",
     [("Tom Reed", "Rep. Tom Reed (R-Ohio)", "said", "the plan was reckless")]),
    (_VOTERS + "Rep. Tom Reed (R-Ohio) on Tuesday said “this plan is reckless.”",
     [("Tom Reed", "Rep. Tom Reed (R-Ohio)", "said", "“this plan is reckless.”")]),
    (_VOTERS + "Rep. Tom Reed (R-Ohio) in a statement said, “This plan is reckless.”",
     [("Tom Reed", "Rep. Tom Reed (R-Ohio)", "said", "“This plan is reckless.”")]),
])
def test_party_tag_before_an_adverbial(text, expected):
    assert _rows(text) == expected


_MET = "Senator Ann Cole of Ohio met Governor Tom Reed on Friday.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a titled name of four words and an age after an exclamation
    (_MET + "“We will win this state!” US Senator Jeff Sessions, 69, said as he opened the vote.",
     [("Jeff Sessions", "US Senator Jeff Sessions, 69", "said", "“We will win this state!”")]),
    # a tag sentence after a closed quotation, with an appositive between name and verb
    (_MET + "“We will win this state.” Reed, a Republican, said.",
     [("Tom Reed", "Reed, a Republican", "said", "“We will win this state.”")]),
    (_MET + "“We will win this state.” Reed, 61, said.",
     [("Tom Reed", "Reed, 61", "said", "“We will win this state.”")]),
])
def test_quote_first_speaker_with_an_age_or_appositive(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause's speech verb with an adverb or a short adverbial around it
    (_MET + "Reed cited the report, which also notes, “Turnout will reach a record high.”",
     [("report", "the report", "notes", "“Turnout will reach a record high.”")]),
    (_MET + "Reed cited the report, which notes on page two, “Turnout will reach a record high.”",
     [("report", "the report", "notes", "“Turnout will reach a record high.”")]),
    (_MET + "Reed cited the report, which notes, “Turnout will reach a record high.”",
     [("report", "the report", "notes", "“Turnout will reach a record high.”")]),
    (_MET + "Reed met Cole, who in an interview said, “We will win this state by ten points.”",
     [("Ann Cole", "Cole", "said", "“We will win this state by ten points.”")]),
])
def test_relative_cue_with_an_adverbial(text, expected):
    assert _rows(text) == expected


def test_a_name_modifying_a_plural_noun_is_no_speaker():
    # 'posts' after 'his Facebook' is a noun: the speaker is the subject of 'said'
    text = _MET + "Reed said in one of his Facebook posts, “Schools need more money now.”"
    assert _rows(text) == [("Tom Reed", "Reed", "said", "“Schools need more money now.”")]


_CLOSED = "“The roads are closed,” "


@pytest.mark.parametrize("tag", ["he said", "he told reporters", "he said in an interview",
                                 "he added on Tuesday"])
def test_and_a_second_quotation_after_a_longer_tag(tag):
    cue = tag.split()[1]
    assert _rows(_MET + _CLOSED + tag + ", and “nobody can leave the town.”") == [
        ("Tom Reed", "he", cue, "“The roads are closed,”"),
        ("Tom Reed", "he", cue, "“nobody can leave the town.”")]


_ASSAD = "President Bashar al-Assad met Governor Tom Reed on Friday.\n"
_HOUSING = "“We will build more housing this year"


@pytest.mark.parametrize(("text", "expected"), [
    # a bare surname behind a joined Arabic article is a name like a capitalised one
    (_ASSAD + _HOUSING + ",” al-Assad said.",
     [("Bashar al-Assad", "al-Assad", "said", _HOUSING + ",”")]),
    (_ASSAD + _HOUSING + ",” said al-Assad.",
     [("Bashar al-Assad", "al-Assad", "said", _HOUSING + ",”")]),
    (_ASSAD + "Later, al-Assad said, " + _HOUSING + ".”",
     [("Bashar al-Assad", "al-Assad", "said", _HOUSING + ".”")]),
    (_ASSAD + "Later, al-Assad said the city would build more housing.",
     [("Bashar al-Assad", "al-Assad", "said", "the city would build more housing")]),
])
def test_a_surname_with_a_joined_article(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a channel phrase between subject and verb is never the speaker
    (_MET + "As Reed spoke, the attendees in a statement chanted, “Lock him up!”", "attendees"),
    (_MET + "Yet another in a statement said, “Reed is in a five-person battle.”", "another"),
    (_MET + "Reed in a statement said, “We will win this state by ten points.”", "Tom Reed"),
])
def test_a_channel_phrase_is_no_speaker(text, speaker):
    rows = _rows(text)
    assert [r[0] for r in rows] == [speaker]
    assert rows[0][3].startswith("“") and rows[0][2] in {"chanted", "said"}
