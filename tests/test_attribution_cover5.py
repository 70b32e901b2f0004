"""Quoted passages: the error listing's shapes (``benchmarks/polnear_errors.py``), and the
quotation rules learnt from the uncovered passages of PolNeAR train in the ninth session
(issue 11). Invented texts only."""

from __future__ import annotations

import pytest
from script_helpers import bench_script

import geneva_nb as gn
from geneva_nb.evaluate.brat import GoldAttribution
from geneva_nb.evaluate.kinds import quoted_passages


@pytest.fixture(scope="module")
def errors():
    """benchmarks/polnear_errors.py as a module (it is a script, not part of the package)."""
    return bench_script("polnear_errors")


def _gold(text: str, content: str, cue: str, source: str = "") -> GoldAttribution:
    """A gold attribution over the first occurrence of each piece in ``text``."""
    def span(piece: str, after: int = 0) -> tuple[tuple[int, int], ...]:
        a = text.index(piece, after)
        return ((a, a + len(piece)),)
    c = span(content)
    return GoldAttribution("T1", c, span(source) if source else None,
                           span(cue) if cue else None, source, source, "")


def _shape(errors, text: str, gold: GoldAttribution, n: int = 0) -> str:
    return errors.passage_shape(text, quoted_passages(text)[n], gold)


def test_shape_cue_before_a_colon(errors) -> None:
    text = 'Rain fell. Ann Lee said: "We will stay here."'
    g = _gold(text, '"We will stay here."', "said", "Ann Lee")
    assert _shape(errors, text, g) == "cue before, colon"


def test_shape_cue_before_a_comma_and_without_punctuation(errors) -> None:
    text = 'Rain fell. Ann Lee said, "We will stay here."'
    assert _shape(errors, text, _gold(text, '"We will stay', "said", "Ann Lee")) == (
        "cue before, comma")
    text = 'Rain fell. The crowd chanted "stay here" for an hour.'
    assert _shape(errors, text, _gold(text, '"stay here"', "chanted", "The crowd")) == (
        "cue before, no punctuation")


def test_shape_cue_after_a_comma(errors) -> None:
    text = 'Rain fell. "We will stay here," Ann Lee said.'
    g = _gold(text, '"We will stay here,"', "said", "Ann Lee")
    assert _shape(errors, text, g) == "cue after, comma"


def test_shape_dash_before(errors) -> None:
    text = 'Rain fell. She held up a sign - "Stay here" - and smiled.'
    g = _gold(text, '"Stay here"', "held up a sign", "She")
    assert _shape(errors, text, g) == "cue before, dash"


def test_shape_cue_in_another_sentence(errors) -> None:
    text = 'Ann Lee spoke first. "We will stay here." Then it rained.'
    g = _gold(text, '"We will stay here."', "spoke first", "Ann Lee")
    assert _shape(errors, text, g) == "cue in an earlier sentence"
    text = '"We will stay here." That was the word from Ann Lee.'
    g = _gold(text, '"We will stay here."', "the word from", "Ann Lee")
    assert _shape(errors, text, g) == "cue in a later sentence"


def test_shape_paragraph_continuation_and_no_cue(errors) -> None:
    text = 'Ann Lee said: "We will stay here.\n\n"And we will win."'
    a = text.index('"We')
    g = GoldAttribution("T1", ((a, len(text)),), ((0, 7),), ((8, 12),), "Ann Lee", "Ann Lee", "")
    assert _shape(errors, text, g, 1) == "continues an earlier paragraph"
    assert _shape(errors, text, g, 0) == "cue before, colon"
    text = 'Rain fell. "We will stay here."'
    assert _shape(errors, text, _gold(text, '"We will stay here."', "")) == "no cue"


def test_error_listing_scores_acts_as_the_evaluator(errors, tmp_path, capsys) -> None:
    # one act in two rows ('"Q1," X said.' / '"Q2."' in the next paragraph): one prediction,
    # as the evaluator counts PolNeAR (the project's own gold would split it by paragraph)
    base = tmp_path / "train"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    text = 'Rain fell.\n\n"We will stay," Ann Lee said.\n\n"We will win."\n'
    (base / "text" / "a.txt").write_text(text, encoding="utf-8")
    a, b = text.index('"We will stay'), text.index("said") - 1
    c = text.index('"We will win')
    ann = (f"T1\tContent {a} {b};{c} {len(text) - 1}\t{text[a:b]} {text[c:len(text) - 1]}\n"
           f"T2\tSource {text.index('Ann')} {text.index('Ann') + 7}\tAnn Lee\n"
           f"T3\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
           "E1\tAttribution:T3 Content:T1 Source:T2\n")
    (base / "attributions" / "a_0001.ann").write_text(ann, encoding="utf-8")
    assert errors.main([str(base)]) == 0
    out = capsys.readouterr().out
    assert "1 gold, 1 predicted; 0 gold missed" in out, out.splitlines()[0]
    assert errors.main([str(base), "--passages", "5", "--beliefs"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 quoted passages; covered 2 (1.000); right speaker 2 (1.000)")


def _rows(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.content, r.rule.split(":")[0])
            for r in gn.attribute(text, **kw).itertuples()]


def test_quotation_cut_by_a_question_goes_to_the_tag_after_it() -> None:
    # the splitter cuts after 'good?'; the whole quotation belongs to 'Lee said', not to the
    # speaker of the sentence before it
    text = "Ann Lee spoke first. Tom Ray said he was happy. “Is it good? The plan is good” for " \
           "the city, Lee said."
    rows = _rows(text)
    assert rows[-1][:2] == ("Ann Lee", "“Is it good? The plan is good” for the city")
    assert [r for r in rows if r[0] == "Tom Ray"] == [("Tom Ray", "he was happy",
                                                      "reported-cue-before")]


def test_quotation_cut_by_a_question_after_reported_speech() -> None:
    text = ("Rain fell. Instead, the mayor has insisted that his plan is strong. “You know what "
            "I want? I want to wait for the council” before discussing it, he said.")
    rows = _rows(text)
    assert len(rows) == 2
    assert rows[1][1].startswith("“You know what I want?") and rows[1][2] == "reported-cue-after"


def test_quotation_inside_a_clause_keeps_its_own_start() -> None:
    # the quotation opens inside a sentence with a cue of its own: nothing moves
    text = "Rain fell. Lee told him “Go? Stay here” for now, Ray said."
    rows = _rows(text)
    ray = [c for s, c, _ in rows if s == "Ray"]
    assert ray and not any(c.startswith("“") for c in ray), rows


def test_display_noun_with_reading_speaks() -> None:
    text = "Rain fell. Two senators wore a campaign hat reading, “Make Ohio Great Again” there."
    assert _rows(text) == [("campaign hat", "“Make Ohio Great Again”", "quote-cue-before")]


def test_author_of_a_display_noun_speaks() -> None:
    text = "Rain fell. Lee posted a message on Twitter reading “Thank you Ohio” after the vote."
    assert _rows(text) == [("Lee", "“Thank you Ohio”", "quote-cue-before")]


def test_display_noun_before_a_dash_and_which() -> None:
    text = "Rain fell. Lee held up the sign — which read “Farmers 4 Lee” — and waved it."
    assert _rows(text) == [("sign", "“Farmers 4 Lee”", "quote-cue-before")]


def test_reading_without_a_display_noun_is_no_cue() -> None:
    assert _rows("Rain fell. Lee kept reading “Moby Dick” on the train.") == []


def test_chants_of_go_to_the_chanters() -> None:
    text = "Rain fell. Supporters responded with chants of “I’m with her” until Lee spoke."
    assert _rows(text) == [("Supporters", "“I’m with her”", "quote-cue-before")]
    text = "Rain fell. The crowd broke into chants of “Four more years” when she arrived."
    assert _rows(text) == [("crowd", "“Four more years”", "quote-cue-before")]
    text = "Rain fell. Ann Lee arrived. Her loud cries of “Help!” were heard."
    assert _rows(text)[0][1:] == ("“Help!”", "quote-cue-before")


def test_chants_of_without_chanters_are_no_statement() -> None:
    assert _rows("Rain fell. Chants of “Lee! Lee!” rang out.") == []
    assert _rows("Rain fell. The hall filled with chants of “Lee!” as she came.") == []


def test_colon_closing_a_paragraph_presents_quotations_running_over_paragraphs() -> None:
    text = ('Rain fell. He then listed the qualities he wants in a nominee:\n\n'
            '"In the piece I wrote last year, I named several factors. Here they are:\n\n'
            '"Has the candidate a record of leadership?\n\n'
            '"Is the candidate surrounded by good people?"\n\nThe list ended there.')
    rows = _rows(text)
    assert len(rows) == 1
    _speaker, content, rule = rows[0]
    assert rule == "quote-colon-subject"
    assert content.startswith('"In the piece') and content.endswith('good people?"')


def test_a_label_with_a_colon_closing_a_paragraph_is_no_speaker() -> None:
    # no clause before the colon ('Latest figures:'): nothing presents the quotation
    text = 'Rain fell.\n\nLatest figures:\n\n"Growth is back, and jobs are up."\n'
    assert [r for r in _rows(text) if r[2] == "quote-colon-subject"] == []


def test_cue_before_after_an_introductory_clause() -> None:
    text = ("Rain fell. Although there is no overlap with Lee's team, a city official who spoke "
            "anonymously said Wednesday, “There are talks with the union.” The aide left.")
    assert _rows(text) == [("city official", "“There are talks with the union.”",
                            "quote-cue-before")]


def test_cue_before_ending_a_series_after_an_introductory_clause() -> None:
    text = ("Rain fell. Last month, when I asked Ann Lee if she would run, she looked into my "
            "camera, furrowed her brow and said, “I will run!” It was odd.")
    assert _rows(text) == [("Ann Lee", "“I will run!”", "quote-cue-before")]


def test_clause_after_a_comma_must_open_with_its_subject() -> None:
    # after the comma comes 'and then ...': no subject opens the clause, so no speaker
    text = "Rain fell. When it ended, and then, as ever, said, “We go.”"
    assert _rows(text) == []


def test_author_of_a_display_noun_with_a_relative_clause_speaks() -> None:
    text = ("Rain fell. In selling the course, Lee released a marketing video that said, “We "
            "have great teachers.” It ran.")
    assert _rows(text) == [("Lee", "“We have great teachers.”", "quote-cue-before")]
    # a worn thing speaks for itself
    text = "Rain fell. Lee wore a hat that read, “Farmers for Lee, always.” It was red."
    assert _rows(text) == [("hat", "“Farmers for Lee, always.”", "quote-cue-before")]


def test_quotation_woven_into_the_next_sentence_continues_the_speaker() -> None:
    text = ("Rain fell. “The law is wide,” Ann Lee added. But that is not the same thing as "
            "“properly chargeable under the law.” The court left.")
    rows = _rows(text)
    assert rows[-1] == ("Ann Lee", "But that is not the same thing as “properly chargeable "
                        "under the law.”", "quote-woven-continuation")
    frame = gn.attribute(text)
    assert frame["attribution_id"].nunique() == 1  # one act with the tagged quotation


def test_woven_quotation_needs_the_tag_sentence_right_before() -> None:
    # a sentence between: the quoted words are the reporter's
    text = ("Rain fell. “The law is wide,” Ann Lee added. The court met at noon. But that is "
            "not the same thing as “properly chargeable under the law.”")
    assert [r for r in _rows(text) if r[2] == "quote-woven-continuation"] == []
    # a speech verb of its own in the lead: another statement
    text = ("Rain fell. “The law is wide,” Ann Lee added. Tom Ray said it was “properly "
            "chargeable under the law.”")
    assert [r for r in _rows(text) if r[2] == "quote-woven-continuation"] == []


def test_inverted_cue_with_a_role_joined_by_of_before_the_name() -> None:
    text = ("Rain fell. “Thanks, friends, for welcoming these families,” said master of "
            "ceremonies Asab Tabchi, a Syrian engineer.")
    assert _rows(text) == [("Asab Tabchi", "“Thanks, friends, for welcoming these families,”",
                            "quote-cue-after")]


def test_inverted_cue_with_a_role_but_no_name_is_no_speaker() -> None:
    assert _rows("Rain fell. “Thanks, friends,” said master of the house in Paris.") == []


def test_colon_subject_with_an_adverbial_between_commas() -> None:
    text = ("Rain fell. The Lee campaign, in a note on the e-mails, worded it more carefully: "
            "“Lee wrote to officials on their own accounts.” That was all.")
    assert _rows(text) == [("Lee campaign", "“Lee wrote to officials on their own accounts.”",
                            "quote-colon-subject")]


def test_colon_subject_with_a_verb_the_lexicon_reads_as_a_plural_noun() -> None:
    text = ("Rain fell. In city after city, Perez lobbies for a higher wage: “No one who works "
            "full time should live in poverty.” He goes on.")
    assert _rows(text)[0] == ("Perez", "“No one who works full time should live in poverty.”",
                              "quote-colon-subject")
    # a label of plural nouns presents no one's words
    assert _rows("Rain fell. Latest figures: “Growth is back, and jobs are up.”") == []
