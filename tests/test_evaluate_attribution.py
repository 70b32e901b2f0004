"""The attribution scorer's PolNeAR measurements: one annotator per article, quoted passages
covered (with the right speaker), recall by kind, and attribution_id merging.

Every text here is invented for the test; offsets are found with ``str.index`` on the text and
each expected count is worked out by hand in the comments.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geneva_nb.errors import AnnotationFormatError
from geneva_nb.evaluate import brat
from geneva_nb.evaluate.kinds import (
    attribution_kind,
    covered_share,
    is_speech_cue,
    quoted_passages,
)

COLUMNS = ["statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
           "cue", "cue_start", "cue_end", "content", "content_start", "content_end",
           "sentence_id", "rule"]


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def row(text: str, kind: str, speaker: str, mention: str, cue: str, content: str,
        *, after: int = 0, **extra) -> dict:
    """One predicted statement, its spans located in ``text`` (the cue after the mention)."""
    ms, me = span(text, mention, after)
    cs, ce = span(text, cue, ms)
    ts, te = span(text, content, after)
    return {"statement_id": 0, "kind": kind, "speaker": speaker, "side": "", "mention": mention,
            "mention_start": ms, "mention_end": me, "cue": cue, "cue_start": cs, "cue_end": ce,
            "content": content, "content_start": ts, "content_end": te, "sentence_id": 0,
            "rule": "test", **extra}


def table(*rows: dict) -> pd.DataFrame:
    extra = [c for r in rows for c in r if c not in COLUMNS]
    return pd.DataFrame(list(rows), columns=COLUMNS + sorted(set(extra)))


def gold(text: str, *attributions: tuple[list[tuple[int, int]], tuple[int, int],
                                         tuple[int, int]]) -> brat.BratDocument:
    """A BRAT document from (content fragments, cue span, source span) triples."""
    lines, t = [], 0
    for n, (content, cue, source) in enumerate(attributions, start=1):
        frags = ";".join(f"{a} {b}" for a, b in content)
        lines += [f"T{t + 1}\tSource {source[0]} {source[1]}\t{text[source[0]:source[1]]}",
                  f"T{t + 2}\tCue {cue[0]} {cue[1]}\t{text[cue[0]:cue[1]]}",
                  f"T{t + 3}\tContent {frags}\tx",
                  f"E{n}\tAttribution:T{t + 2} Content:T{t + 3} Cue:T{t + 2} Source:T{t + 1}"]
        t += 3
    return brat.read_ann("\n".join(lines) + "\n", name="x", text=text)


# --------------------------------------------------------------------------- quoted passages


def test_quoted_passages_pairs_every_mark_style_by_hand():
    text = 'He said "yes" and “no”.'
    # '"' at 8, 'yes' 9-12; '“' at 18, 'no' 19-21
    assert quoted_passages(text) == [(9, 12), (19, 21)]
    text = "Trump: ‘I’m the Worst’ today. ''Good news,'' he said."
    # ‘ opens at 7; the ’ in I’m is followed by a letter (an apostrophe); the ’ after Worst
    # closes; '' is a double mark, twice
    assert [text[a:b] for a, b in quoted_passages(text)] == ["I’m the Worst", "Good news,"]


def test_a_quotation_continuing_in_the_next_paragraph_is_two_passages():
    text = "“We will stay,” she said. “It takes time.\n“And patience.”"
    assert [text[a:b] for a, b in quoted_passages(text)] == [
        "We will stay,", "It takes time.", "And patience."]


def test_single_quotes_inside_a_quotation_nest_and_marks_alone_are_no_passage():
    text = "“He told me ‘no way’ twice,” she said. “ ” and \"\"."
    assert [text[a:b] for a, b in quoted_passages(text)] == ["He told me ‘no way’ twice,"]


@given(st.text(alphabet=st.sampled_from(list("ab \n\"“”‘’'.,")), max_size=60))
def test_quoted_passages_are_sorted_disjoint_trimmed_and_inside_one_paragraph(text):
    found = quoted_passages(text)
    last = 0
    for a, b in found:
        assert last <= a < b <= len(text)
        inner = text[a:b]
        assert "\n" not in inner and inner == inner.strip()
        assert any(c.isalnum() for c in inner)
        assert not set(inner) & set("\"“”")
        last = b


def test_covered_share_by_hand():
    assert covered_share((10, 20), [(0, 15)]) == 0.5
    assert covered_share((10, 20), [(10, 12), (18, 30)]) == pytest.approx(0.4)
    assert covered_share((5, 5), [(0, 10)]) == 0.0


# --------------------------------------------------------------------------- kinds


def test_speech_cues_from_the_data_file():
    assert is_speech_cue("said in a statement") and is_speech_cue("according to")
    assert is_speech_cue(":") and is_speech_cue("tweeted") and is_speech_cue("has warned")
    assert not is_speech_cue("believes") and not is_speech_cue("plans")
    assert not is_speech_cue("a poll shows") and not is_speech_cue("")


KIND_TEXT = ("“We will win,” Lee said. Kim said the vote was “rigged”. "
             "Ray said taxes would rise. Ann believes taxes will fall.")


def kind_gold() -> brat.BratDocument:
    t = KIND_TEXT
    said2 = t.index("said", t.index("Kim"))
    said3 = t.index("said", t.index("Ray"))
    return gold(
        t,
        ([span(t, "“We will win,”")], span(t, "said"), span(t, "Lee")),            # direct
        ([span(t, "the vote was “rigged”")], (said2, said2 + 4), span(t, "Kim")),  # partial
        ([span(t, "taxes would rise")], (said3, said3 + 4), span(t, "Ray")),       # indirect
        ([span(t, "taxes will fall")], span(t, "believes"), span(t, "Ann")),       # nonspeech
    )


def test_attribution_kind_by_quotes_then_cue():
    t = KIND_TEXT
    doc = kind_gold()
    kinds = [attribution_kind(t, g.content, brat._fragment_text(t, g.cue))
             for g in doc.attributions]
    assert kinds == ["direct", "partial", "indirect", "nonspeech"]
    # a content that leaves its opening mark out is still direct
    inner = span(t, "We will win,")
    assert attribution_kind(t, [inner], "said") == "direct"


def test_recall_by_kind_counts_found_gold_per_kind():
    t = KIND_TEXT
    ray = t.index("Ray")
    pred = table(
        row(t, "direct", "Lee", "Lee", "said", "“We will win,”"),
        row(t, "indirect", "Ray", "Ray", "said", "taxes would rise", after=ray),
    )
    s = brat.score(pred, kind_gold())
    # found: the direct and the indirect one; missed: the partial and the belief
    assert s.kind_recall("direct") == (1, 1, 1)
    assert s.kind_recall("partial") == (1, 0, 0)
    assert s.kind_recall("indirect") == (1, 1, 1)
    assert s.kind_recall("nonspeech") == (1, 0, 0)
    assert s.kind_recall("direct", "partial", "indirect").recall03 == pytest.approx(2 / 3)
    assert (s.tp03, s.predicted, s.gold) == (2, 2, 4)
    # direct quotations' content: 1 predicted direct, 1 gold direct, matched: P = R = 1
    assert s.direct_content()[:3] == (1.0, 1.0, 1.0)
    data = s.as_dict()
    assert data["recall_by_kind"]["speech"]["found_0.3"] == 2
    assert data["recall_by_kind"]["nonspeech"]["gold"] == 1


# --------------------------------------------------------------------------- passages


PASSAGE_TEXT = "“We are ready,” Ryabkov said. “Really ready, and willing.”"


def passage_gold() -> brat.BratDocument:
    t = PASSAGE_TEXT
    return gold(t, ([span(t, "“We are ready,”"), span(t, "“Really ready, and willing.”")],
                    span(t, "said"), span(t, "Ryabkov")))


def test_quoted_passages_covered_to_80_percent_with_the_right_speaker():
    t = PASSAGE_TEXT
    # the second row covers "Really ready," = 13 of the 26 characters of its passage: 0.5
    pred = table(row(t, "direct", "Sergei Ryabkov", "Ryabkov", "said", "“We are ready,”"),
                 row(t, "direct", "Sergei Ryabkov", "Ryabkov", "said", "“Really ready,"))
    s = brat.score(pred, passage_gold())
    assert (s.passages, s.passages_covered, s.passages_speaker_ok) == (2, 1, 1)
    assert s.passage_coverage == 0.5 and s.passage_speaker_share == 0.5


def test_a_covering_statement_with_the_wrong_speaker_is_covered_but_not_right():
    t = PASSAGE_TEXT
    pred = table(row(t, "direct", "Wendy Sherman", "We", "said", "“We are ready,”"),
                 row(t, "direct", "Wendy Sherman", "We", "said", "“Really ready, and willing.”"))
    s = brat.score(pred, passage_gold())
    # both passages covered fully; the mention "We" (inside the quotation) is not the gold
    # source "Ryabkov", and "Wendy Sherman" does not name him
    assert (s.passages, s.passages_covered, s.passages_speaker_ok) == (2, 2, 0)


def test_quotations_outside_gold_direct_attributions_are_not_counted():
    t = 'The film “Red Dawn” ran. Ann believes taxes will fall.'
    doc = gold(t, ([span(t, "taxes will fall")], span(t, "believes"), span(t, "Ann")))
    s = brat.score(table(), doc)
    assert s.passages == 0 and s.kinds["nonspeech_gold"] == 1


# --------------------------------------------------------------------------- merging


def test_attribution_id_merges_rows_into_one_content_as_polnear_annotates():
    t = "“We are ready,” Ryabkov said. “Really ready.”"
    doc = gold(t, ([span(t, "“We are ready,”"), span(t, "“Really ready.”")],
                   span(t, "said"), span(t, "Ryabkov")))
    first = row(t, "direct", "Sergei Ryabkov", "Ryabkov", "said", "“We are ready,”")
    second = row(t, "direct", "Sergei Ryabkov", "Ryabkov", "said", "“Really ready.”")
    second.update(cue_start=-1, cue_end=-1)  # no shared cue: the old grouping keeps them apart
    apart = brat.score(table(first, second), doc)
    # two predictions, each 15 of the gold's 30 characters: overlap 0.5, no match at 0.8
    assert (apart.predicted, apart.tp08, apart.tp03) == (2, 0, 1)
    merged = brat.score(table({**first, "attribution_id": 7}, {**second, "attribution_id": 7}),
                        doc)
    # one prediction with both fragments: overlap 1.0
    assert (merged.predicted, merged.tp08, merged.tp08_direct) == (1, 1, 1)
    assert brat.predictions(table({**first, "attribution_id": 7}, {**second, "attribution_id": 7})
                            )[0].content == ((0, 15), (30, 45))
    # a row without an id is an act of its own
    alone = brat.score(table({**first, "attribution_id": 7}, {**second, "attribution_id": None}),
                       doc)
    assert alone.predicted == 2


# --------------------------------------------------------------------------- annotators


TEXT2 = "Lee said taxes rise. Kim believes it is true."
# by hand: Lee 0-3, said 4-8, taxes rise 9-19; Kim 21-24, believes 25-33, it is true 34-44
ONE = ("T1\tSource 0 3\tLee\nT2\tCue 4 8\tsaid\nT3\tContent 9 19\ttaxes rise\n"
       "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")
TWO = ONE + ("T4\tSource 21 24\tKim\nT5\tCue 25 33\tbelieves\nT6\tContent 34 44\tit is true\n"
             "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n")


def test_one_annotator_file_per_article_the_first_in_sorted_order(tmp_path, capsys):
    text = TEXT2
    assert (text[21:24], text[25:33], text[34:44]) == ("Kim", "believes", "it is true")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "story_4e07.ann").write_text(ONE, encoding="utf-8")
    (tmp_path / "attributions" / "story_6b86.ann").write_text(TWO, encoding="utf-8")
    assert [a.name for a, _ in brat.find_pairs(tmp_path)] == ["story_4e07.ann"]
    both = brat.find_pairs(tmp_path, all_annotators=True)
    assert [a.name for a, _ in both] == ["story_4e07.ann", "story_6b86.ann"]
    assert brat.main([str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["documents"], data["gold"]) == (1, 1)
    assert brat.main([str(tmp_path), "--all-annotators"]) == 0
    out = capsys.readouterr().out
    assert "2 document(s), 3 gold attributions" in out
    assert "| direct quotations, overlap >= 0.8 |" in out and "| nonspeech |" in out


# --------------------------------------------------------------------------- PolNeAR


@pytest.mark.bench_data
def test_polnear_dev_is_read_one_annotator_per_article(bench_dir):
    folder = bench_dir / "attribution" / "polnear" / "dev"
    pairs = brat.find_pairs(folder)
    texts = sorted((folder / "text").glob("*.txt"))
    assert len(pairs) == len(texts)  # one file per article, every article once
    expected_gold = 0
    for ann, _txt in pairs:  # the gold count, independently: events with a Content argument
        lines = Path(ann).read_text(encoding="utf-8").splitlines()
        spans = {ln.split("\t")[0]: ln.split("\t")[1].split(" ")[0]
                 for ln in lines if ln.startswith("T")}
        expected_gold += sum(
            1 for ln in lines if ln.startswith("E")
            and any(spans.get(a.partition(":")[2]) == "Content"
                    for a in ln.split("\t")[1].split()[1:]))
    total, _ = brat.score_documents(pairs)
    assert total.documents == len(texts) and total.gold == expected_gold
    assert sum(total.kinds[f"{k}_gold"] for k in ("direct", "partial", "indirect", "nonspeech")
               ) == total.gold
    assert 0 < total.passages_speaker_ok <= total.passages_covered <= total.passages


def test_a_span_text_running_over_a_line_break_is_read():
    # brat writes the stored text of a discontinuous span as it is, line breaks included
    text = "3.\n\nThe number of people she is vetting, the Post reported."
    # by hand: "3.\n\n" is 0-4, the 35-character clause 4-39, ", " 39-41, the Post 41-49,
    # reported 50-58
    ann = ("T1\tSource 41 49\tthe Post\nT2\tCue 50 58\treported\n"
           "T3\tContent 0 1;4 39\t3.\n\nThe number of people she is vetting\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")
    assert (text[41:49], text[50:58], text[4:39]) == (
        "the Post", "reported", "The number of people she is vetting")
    doc = brat.read_ann(ann, name="x", text=text)
    assert [g.content for g in doc.attributions] == [((0, 1), (4, 39))]
    with pytest.raises(AnnotationFormatError, match="T line"):
        brat.read_ann("The number\n", text=text)  # not after a T line: still an error


def test_a_relative_pronoun_source_is_matched_by_its_antecedent():
    # PolNeAR annotates "who" as the source and does not resolve it
    text = "Ann Lee, who said taxes would rise, left early. Bo Kim, a man who said nothing, sat."
    doc = gold(text, ([span(text, "taxes would rise")], span(text, "said"), span(text, "who")))
    right = table(row(text, "indirect", "Ann Lee", "Ann Lee", "said", "taxes would rise"))
    assert brat.score(right, doc).speaker_correct == 1
    # a mention elsewhere ("Bo Kim", after the "who") is not its antecedent
    wrong = table({**row(text, "indirect", "Bo Kim", "Bo Kim", "said", "taxes would rise"),
                   "cue_start": text.index("said"), "cue_end": text.index("said") + 4})
    result = brat.score(wrong, doc)
    assert (result.speaker_checked, result.speaker_correct) == (1, 0)


CONV_TEXT = 'Lee said she was "horrified". "It must stop."\n"We will act," she said. "Right now."'


def conv_table(with_ids: bool) -> pd.DataFrame:
    """Lee's reported speech and the quotation after it (one act), then her quotation split
    by its cue in a new paragraph (another act)."""
    t = CONV_TEXT
    nl = t.index("\n")
    rows = [
        row(t, "indirect", "Lee", "Lee", "said", 'she was "horrified"'),
        row(t, "direct", "Lee", "Lee", "said", '"It must stop."'),
        row(t, "direct", "Lee", "she", "said", '"We will act,"', after=nl),
        row(t, "direct", "Lee", "she", "said", '"Right now."', after=nl),
    ]
    if with_ids:
        for r, aid in zip(rows, (0, 0, 1, 1), strict=True):
            r["attribution_id"] = aid
    return table(*rows)


def test_two_conventions_for_one_act_polnear_id_and_the_projects_paragraph():
    t = CONV_TEXT
    # by hand: she was "horrified" 9-28, "It must stop." 30-45, "We will act," 46-60,
    # "Right now." 71-83
    assert (t[9:28], t[30:45], t[46:60], t[71:83]) == (
        'she was "horrified"', '"It must stop."', '"We will act,"', '"Right now."')
    ids = conv_table(with_ids=True)
    assert [p.content for p in brat.predictions(ids, t, acts="id")] == [
        ((9, 28), (30, 45)), ((46, 60), (71, 83))]
    # the project's gold keeps reported speech and the quotation after it apart
    assert [p.content for p in brat.predictions(ids, t, acts="paragraph")] == [
        ((9, 28),), ((30, 45),), ((46, 60), (71, 83))]
    # without the column: PolNeAR's convention has nothing to merge by, each row is an act
    bare = conv_table(with_ids=False)
    assert len(brat.predictions(bare, t, acts="id")) == 4
    assert len(brat.predictions(bare, t, acts="paragraph")) == 3  # same cue and mention
    polnear_gold = gold(t, ([(9, 28), (30, 45)], span(t, "said"), span(t, "Lee")),
                        ([(46, 60), (71, 83)], (65, 69), (61, 64)))
    s = brat.score(ids, polnear_gold, acts="id")
    assert (s.predicted, s.tp08, s.tp08_direct) == (2, 2, 1)
    with pytest.raises(ValueError, match="acts"):
        brat.predictions(ids, t, acts="sentence")


def test_polnear_layout_chooses_the_id_convention(tmp_path):
    ann = tmp_path / "attributions" / "story_4e07.ann"
    assert brat.polnear_layout(ann, tmp_path / "text" / "story.txt")
    assert not brat.polnear_layout(tmp_path / "story.ann", tmp_path / "story.txt")
