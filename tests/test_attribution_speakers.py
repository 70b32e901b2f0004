"""The right speaker for quoted passages: how the scorer judges a predicted speaker against
PolNeAR-style gold (every mention of a predicted act counts; a gold whose Source and Cue labels
are swapped is read the right way round).

Every text here is invented for the test; offsets are found with ``str.index`` on the text and
each expected count is worked out by hand in the comments.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.evaluate import brat

COLUMNS = ["statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
           "cue", "cue_start", "cue_end", "content", "content_start", "content_end",
           "sentence_id", "rule", "attribution_id"]


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def row(text: str, speaker: str, mention: str, cue: str, content: str, *, after: int = 0,
        act: int | None = None) -> dict:
    """One predicted direct statement, its spans located in ``text`` from ``after`` on."""
    ms, me = span(text, mention, after)
    cs, ce = span(text, cue, after)
    ts, te = span(text, content, after)
    return {"statement_id": 0, "kind": "direct", "speaker": speaker, "side": "",
            "mention": mention, "mention_start": ms, "mention_end": me, "cue": cue,
            "cue_start": cs, "cue_end": ce, "content": content, "content_start": ts,
            "content_end": te, "sentence_id": 0, "rule": "test", "attribution_id": act}


def table(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMNS)


def gold(text: str, *attributions: tuple[tuple[int, int], tuple[int, int], tuple[int, int]],
         ) -> brat.BratDocument:
    """A BRAT document from (content span, cue span, source span) triples."""
    lines = []
    for n, (content, cue, source) in enumerate(attributions):
        t = 3 * n
        lines += [f"T{t + 1}\tSource {source[0]} {source[1]}\t{text[source[0]:source[1]]}",
                  f"T{t + 2}\tCue {cue[0]} {cue[1]}\t{text[cue[0]:cue[1]]}",
                  f"T{t + 3}\tContent {content[0]} {content[1]}\tx",
                  f"E{n + 1}\tAttribution:T{t + 2} Content:T{t + 3} Cue:T{t + 2} "
                  f"Source:T{t + 1}"]
    return brat.read_ann("\n".join(lines) + "\n", name="x", text=text)


def passages(statements: pd.DataFrame, doc: brat.BratDocument) -> tuple[int, int, int]:
    s = brat.score(statements, doc, acts="id")
    return s.passages, s.passages_covered, s.passages_speaker_ok


# --------------------------------------------------------------------------- one act, two "he"

ACT = "“We are ready,” he said. “We are willing,” he added."
SECOND = ACT.index("“We are willing")


def act_gold() -> brat.BratDocument:
    # the gold gives each quotation its own attribution, each with its own "he"
    t = ACT
    return gold(t, (span(t, "“We are ready,”"), span(t, "said"), span(t, "he")),
                (span(t, "“We are willing,”"), span(t, "added"), span(t, "he", SECOND)))


def test_every_mention_of_a_predicted_act_counts_against_the_gold_source():
    t = ACT
    pred = table(row(t, "Sergei Ryabkov", "he", "said", "“We are ready,”", act=1),
                 row(t, "Sergei Ryabkov", "he", "added", "“We are willing,”", after=SECOND,
                     act=1))
    # one act (attribution_id 1) covers both passages; its first mention is the first "he",
    # its second row's mention the second "he", which is the second gold's Source: 2 of 2 right
    assert passages(pred, act_gold()) == (2, 2, 2)
    assert brat.predictions(pred, t, acts="id")[0].mentions == (span(t, "he"),
                                                                 span(t, "he", SECOND))


def test_an_act_whose_mentions_miss_the_gold_sources_is_still_wrong():
    t = ACT
    # both rows name "We" inside the quotations as the speaker: neither "he" is overlapped and
    # "Wendy Sherman" does not agree with the gold "he"
    pred = table(row(t, "Wendy Sherman", "We", "said", "“We are ready,”", act=1),
                 row(t, "Wendy Sherman", "We", "added", "“We are willing,”", after=SECOND,
                     act=1))
    assert passages(pred, act_gold()) == (2, 2, 0)


def test_without_ids_each_row_keeps_its_own_mention():
    t = ACT
    pred = table(row(t, "Sergei Ryabkov", "he", "said", "“We are ready,”"),
                 row(t, "Sergei Ryabkov", "he", "added", "“We are willing,”", after=SECOND))
    preds = brat.predictions(pred, t, acts="id")
    assert [p.mentions for p in preds] == [(span(t, "he"),), (span(t, "he", SECOND),)]
    assert passages(pred, act_gold()) == (2, 2, 2)


# --------------------------------------------------------------------------- swapped labels

SWAP = "“It is over,” said Ann Lee, an aide to Bob Hart."


def test_a_gold_source_reading_said_is_matched_through_its_cue_span():
    t = SWAP
    # the annotator marked "said" as the Source and "Ann Lee" as the Cue
    doc = gold(t, (span(t, "“It is over,”"), span(t, "Ann Lee"), span(t, "said")))
    right = table(row(t, "Ann Lee", "Ann Lee", "said", "“It is over,”"))
    assert passages(right, doc) == (1, 1, 1)
    # a mention of another person (Bob Hart) overlaps neither span and names no "said"
    wrong = table(row(t, "Bob Hart", "Bob Hart", "said", "“It is over,”"))
    assert passages(wrong, doc) == (1, 1, 0)


def test_a_gold_source_reading_said_in_a_statement_is_swapped_too():
    t = "“It is over,” Lee said in a statement. Hart was silent."
    doc = gold(t, (span(t, "“It is over,”"), span(t, "Lee"), span(t, "said in a statement")))
    assert passages(table(row(t, "Ann Lee", "Lee", "said", "“It is over,”")), doc) == (1, 1, 1)
    assert passages(table(row(t, "Bob Hart", "Hart", "said", "“It is over,”")), doc) == (1, 1, 0)


def test_the_cue_span_counts_only_when_the_labels_are_swapped():
    t = SWAP
    # labels the right way round: Source "Ann Lee", Cue "said"; a mention on the cue word
    # "said" (speaker "Bob Hart") overlaps the Cue, not the Source: wrong
    doc = gold(t, (span(t, "“It is over,”"), span(t, "said"), span(t, "Ann Lee")))
    pred = table(row(t, "Bob Hart", "said", "said", "“It is over,”"))
    assert passages(pred, doc) == (1, 1, 0)


# --------------------------------------------------------------------------- gold pronouns

TWO = "“We are ready,” he said. “We are willing,” he said."
Q2 = TWO.index("“We are willing")
HE2 = TWO.index("he", Q2)


def two_gold() -> brat.BratDocument:
    # the gold ties the second quotation to the FIRST "he" (its own Source span)
    t = TWO
    return gold(t, (span(t, "“We are ready,”"), span(t, "said"), span(t, "he")),
                (span(t, "“We are willing,”"), span(t, "said", HE2), span(t, "he")))


def test_a_gold_pronoun_means_whom_the_prediction_read_it_as():
    t = TWO
    pred = table(row(t, "Sergei Ryabkov", "he", "said", "“We are ready,”", act=1),
                 row(t, "Sergei Ryabkov", "he", "said", "“We are willing,”", after=Q2, act=2))
    # passage 1: mention on the first "he", the gold Source: right. Passage 2: its mention is
    # the second "he"; the first "he" (the gold Source) was read as Sergei Ryabkov, the same
    # speaker the second statement gives: right. 2 of 2
    assert passages(pred, two_gold()) == (2, 2, 2)


def test_a_gold_pronoun_read_as_someone_else_still_counts_against():
    t = TWO
    pred = table(row(t, "Wendy Sherman", "he", "said", "“We are ready,”", act=1),
                 row(t, "Sergei Ryabkov", "he", "said", "“We are willing,”", after=Q2, act=2))
    # passage 1: the mention overlaps the gold "he": right (the scorer cannot tell whom the
    # gold "he" means). Passage 2: the first "he" was read as Wendy Sherman, the statement
    # says Sergei Ryabkov: wrong. 1 of 2
    assert passages(pred, two_gold()) == (2, 2, 1)


def test_a_gold_pronoun_nobody_read_is_no_help():
    t = TWO
    # only the second quotation predicted: nothing reads the first "he"
    pred = table(row(t, "Sergei Ryabkov", "he", "said", "“We are willing,”", after=Q2))
    assert passages(pred, two_gold()) == (2, 1, 0)


def test_readings_only_resolve_pronouns_not_names():
    t = "“It is over,” Lee said. “It is done,” Hart said."
    second = t.index("“It is done")
    # the gold ties the second quotation to "Lee"; the prediction says Hart, and although a
    # reading of "Lee" exists, a name in the gold is compared by name: "Bob Hart" is not Lee
    doc = gold(t, (span(t, "“It is over,”"), span(t, "said"), span(t, "Lee")),
               (span(t, "“It is done,”"), span(t, "said", second), span(t, "Lee")))
    pred = table(row(t, "Bob Hart", "Lee", "said", "“It is over,”", act=1),
                 row(t, "Bob Hart", "Hart", "said", "“It is done,”", after=second, act=2))
    assert passages(pred, doc) == (2, 2, 1)


@given(st.text(max_size=12), st.text(max_size=12), st.sampled_from(["he", "Lee", "said"]))
def test_readings_never_turn_a_right_speaker_wrong(speaker: str, read_as: str, source: str):
    t = "“It is over,” Lee said, he said."
    g = brat.GoldAttribution("E1", (span(t, "“It is over,”"),), (span(t, source),),
                             (span(t, "said"),), source, source, "", False)
    for m in (span(t, "Lee"), span(t, "he"), span(t, "said")):
        p = brat.Prediction((span(t, "“It is over,”"),), m, speaker, "direct", (m,))
        plain = brat._speaker_ok(p, g, t)
        with_readings = brat._speaker_ok(p, g, t, readings=[(*span(t, "he"), read_as)])
        assert with_readings >= plain
        if source != "he":  # readings resolve a gold pronoun only
            assert with_readings == plain


# --------------------------------------------------------------------------- subjects


def statements(text: str) -> list[tuple[str, str, str, str]]:
    out = gn.attribute(text)
    return [(r.speaker, r.mention, r.cue, r.content) for r in out.itertuples()]


def test_a_subordinator_opens_the_clause_not_the_speakers_name():
    text = "While Ann Lee said the plan was dead, she also stated, “We will wait.”"
    got = statements(text)
    # the reported clause is Lee's with the mention "Ann Lee" (not "While Ann Lee")
    assert got[0][:3] == ("Ann Lee", "Ann Lee", "said")
    assert got[1] == ("Ann Lee", "she", "stated", "“We will wait.”")
    text = "When Tom Hale suggested that the port would close, Ann Lee fired back: “It will not.”"
    got = statements(text)
    assert got[0][:3] == ("Tom Hale", "Tom Hale", "suggested")
    assert got[1] == ("Ann Lee", "Ann Lee", "fired back", "“It will not.”")


def test_a_coordinated_verb_takes_the_first_verbs_subject():
    # 'and says': the speaker is Ann Lee, who spent the years, not 'a Vietnamese prison and'
    text = "Ann Lee spent ten years in a Vietnamese prison and says such rules are cruel."
    assert statements(text) == [("Ann Lee", "Ann Lee", "says", "such rules are cruel")]


def test_an_adverbial_phrase_is_no_speaker():
    text = ("In a statement released Thursday, Rep. Ann Lee (D-Ore.) reacted to the news, "
            "saying: “The port must stay open.”")
    assert statements(text) == [("Ann Lee", "Rep. Ann Lee (D-Ore.)", "saying",
                                 "“The port must stay open.”")]


WORDS = ["When", "While", "In", "At", "Ann", "Lee", "Hale", "the", "port", "and", "said",
         "says", "told", "voters", ",", ".", "“Go.”", "“Stay,”", "a", "statement"]


@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_no_mention_opens_with_a_subordinator_or_an_adverbial_preposition(text: str):
    for _speaker, mention, _cue, _content in statements(text):
        first = mention.split()[0].lower() if mention.split() else ""
        assert first not in {"when", "while", "although", "because", "if", "in", "at", "with"}
