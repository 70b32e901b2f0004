"""gn.compare_quotes: the article's quotations against what was said, verdicts worked by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.errors import DataFileError, GenevaNbError, InputError
from geneva_nb.record import (
    COLUMNS,
    PARAPHRASE,
    load_record,
    normalise,
    quotations,
    verdict,
)

VERDICTS = {"verbatim", "close", "paraphrase or translation", "not found"}


@pytest.fixture(scope="module")
def record() -> pd.DataFrame:
    return load_record()


@pytest.fixture(scope="module")
def geneva(record) -> pd.DataFrame:
    return gn.compare_quotes(gn.load_article(), record)


def test_the_record_names_source_date_and_citation_for_every_phrase(record):
    assert len(record) == 10
    assert set(record.speaker) == {"Wendy Sherman", "Sergei Ryabkov"}
    assert (record.date == "2022-01-10").all()
    assert record.citation.str.len().min() > 20 and not record.citation.str.contains("http").any()
    sherman = record[record.speaker == "Wendy Sherman"]
    assert (sherman.source == "U.S. Department of State").all()
    assert set(record.kind) <= {"transcript", "translation", "reported", "summary"}


def test_the_article_quotations_are_its_quoted_sentences():
    art = gn.load_article()
    qs = quotations(art)
    for q in qs:
        assert art.text[q.start:q.end] == q.quote
        assert q.quote[0] not in "“”\"'‘’" and q.quote[-1] not in "“”\"'‘’,"
    by_statement: dict[int, list[str]] = {}
    for q in qs:
        by_statement.setdefault(q.statement_id, []).append(q.quote)
    # statement 5 is two quoted sentences run together by a missing closing mark
    assert by_statement[5][0] == (
        "It is absolutely necessary for us to ensure that Ukraine never becomes a member of NATO."
    )
    assert by_statement[5][1].startswith("We want the formula adopted at the Bucharest summit")
    assert by_statement[0] == ["sincere and direct."]
    assert by_statement[2] == ["difficult."]


def test_geneva_verdicts(geneva):
    assert list(geneva.columns) == COLUMNS
    row = {q.split()[0].strip(".").lower(): r for q, r in zip(geneva.quote, geneva.itertuples(),
                                                                strict=True)}
    # The transcript has "frank and forthright"; "sincere and direct" shares none of its words
    assert row["sincere"].verdict == "not found"
    # Ryabkov's word is rendered "complex" by Meduza; "difficult" is in no record phrase
    assert row["difficult"].verdict == "not found"
    # "Today was a discussion, a better understanding of each other and ..." re-translated
    there = row["there"]
    assert there.verdict == "paraphrase or translation"
    assert there.passage.startswith("Today was a discussion")
    assert there.source == "U.S. Department of State" and there.record_kind == "transcript"
    # NPR: "it's absolutely mandatory to make sure that Ukraine never, never, ever becomes ..."
    it = row["it"]
    assert it.verdict == "paraphrase or translation" and it.source == "NPR"
    # "It was not what you would call a negotiation" came back as "That was not the name of ..."
    that = row["that"]
    assert that.passage == "It was not what you would call a negotiation."
    assert that.verdict == "paraphrase or translation"
    # Sherman's quotes are only compared with Sherman's words, Ryabkov's with Ryabkov's
    assert (geneva.speaker == geneva.record_speaker).all()


# Hand labels for the threshold (see the record module docstring): (statement_id, first words
# of the quoted or reported sentence, record row) of the pairs that are the same utterance.
SAME_UTTERANCE = {
    (9, "There was a discussion", 2), (9, "That was not the name", 3),
    (10, "the United States offered", 1), (5, "It is absolutely necessary", 8),
    (5, "We want the formula", 5), (5, "We want the formula", 6),
    (3, "Moscow needed guarantees", 4), (4, "the non-membership of Ukraine", 6),
    (4, "the non-membership of Ukraine", 7),
}


def test_threshold_separates_same_utterance_from_other_remarks(record):
    qs = quotations(gn.load_article(), kinds=("direct", "partial", "indirect"))
    seen = set()
    n = 0
    for q in qs:
        for i, (speaker, text) in enumerate(zip(record.speaker, record.text, strict=True)):
            if speaker != q.speaker:
                continue
            n += 1
            key = next((k for k in SAME_UTTERANCE
                        if k[0] == q.statement_id and q.quote.startswith(k[1]) and k[2] == i),
                       None)
            sim, _, ver = verdict(q.quote, text)
            if key:
                seen.add(key)
                assert sim >= PARAPHRASE and ver != "not found", (q.quote, text, sim)
            else:
                assert sim < PARAPHRASE and ver == "not found", (q.quote, text, sim)
    assert seen == SAME_UTTERANCE
    assert n == 76


@pytest.mark.parametrize(
    ("quote", "passage", "expected"),
    [
        ("It was not what you would call a negotiation",
         "It was not what you would call a negotiation.", "verbatim"),
        ("frank and forthright discussion",
         "We had a frank and forthright discussion over the course of nearly eight hours.",
         "verbatim"),
        ("“Russia’s national security”", "It is an issue of Russia's national security.",
         "verbatim"),  # curly and straight apostrophes are the same
        ("We had a frank and forthright discussion over the course of eight hours",
         "We had a frank and forthright discussion over the course of nearly eight hours.",
         "close"),  # one word dropped
        ("Moscow needed guarantees, not promises",
         "We need rock solid, legally binding obligations, not promises, but guarantees.",
         "paraphrase or translation"),
        ("difficult", "The negotiations were complex, deep, and concrete.", "not found"),
        ("", "anything", "not found"),
    ],
)
def test_verdicts_worked_by_hand(quote, passage, expected):
    assert verdict(quote, passage)[2] == expected


def test_a_transcript_given_as_text_is_split_into_sentences_with_offsets():
    transcript = ("Thanks so much. We had a frank and forthright discussion over the course of "
                  "nearly eight hours. It was not what you would call a negotiation.")
    article = "“It was not what you would call a negotiation,” Sherman said on Monday."
    df = gn.compare_quotes(article, transcript)
    assert len(df) == 1
    r = df.iloc[0]
    assert r.quote == "It was not what you would call a negotiation"
    assert r.verdict == "verbatim" and r.similarity == 100
    assert transcript[r.passage_start:r.passage_end] == r.passage
    assert r.passage == "It was not what you would call a negotiation."


def test_same_speaker_keeps_one_speakers_words_apart_from_another():
    article = "“We had a frank discussion,” Sherman said."
    rec = pd.DataFrame({"speaker": ["Sergei Ryabkov", "Wendy Sherman"],
                        "text": ["We had a frank discussion.", "We talked about missiles."]})
    mine = gn.compare_quotes(article, rec).iloc[0]
    assert mine.record_speaker == "Wendy Sherman" and mine.verdict == "not found"
    anyone = gn.compare_quotes(article, rec, same_speaker=False).iloc[0]
    assert anyone.record_speaker == "Sergei Ryabkov" and anyone.verdict == "verbatim"


def test_a_list_of_passages_and_indirect_speech():
    article = "Ryabkov said Moscow needed guarantees, not promises."
    assert gn.compare_quotes(article, ["not promises, but guarantees"]).empty  # no quotation
    df = gn.compare_quotes(article, ["We need guarantees, not promises."],
                           kinds=("direct", "partial", "indirect"))
    assert df.iloc[0].verdict == "paraphrase or translation"


@pytest.mark.parametrize("bad", [42, "", "   ", [], pd.DataFrame({"words": ["x"]}), [1, 2]])
def test_a_record_that_cannot_be_read_raises_our_error(bad):
    with pytest.raises(InputError):
        gn.compare_quotes("“Hello,” she said.", bad)


def test_missing_record_file(tmp_path):
    with pytest.raises(DataFileError, match="give the path of a CSV"):
        load_record(tmp_path / "nope.csv")
    (tmp_path / "r.csv").write_text("speaker,words\nA,b\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="text"):
        load_record(tmp_path / "r.csv")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_any_text_gives_scores_in_range_and_a_known_verdict(quote, passage):
    sim, part, ver = verdict(quote, passage)
    assert 0 <= sim <= 100 and 0 <= part <= 100 and ver in VERDICTS
    if normalise(quote):
        assert verdict(quote, quote)[2] == "verbatim"


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”\"'.,\n"), max_size=60))
def test_any_article_text_compares_or_raises_our_error(text):
    try:
        df = gn.compare_quotes(text, ["a b"])
    except GenevaNbError:
        return
    for r in df.itertuples():
        assert text[r.quote_start:r.quote_end] == r.quote
