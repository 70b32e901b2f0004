"""The same quotation across articles: clusters on a hand-made set with known answers."""

from __future__ import annotations

from itertools import combinations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb.corpus import cluster_quotes, normalise_quote
from geneva_nb.corpus.clusters import score_clusters

# (article, speaker, kind, content, known group). Groups were assigned by hand: variants of
# one sentence (trimmed, elided, re-punctuated, translated differently) share a group; the
# near misses are other sentences by the same speaker that share many words.
HAND = [
    ("a1", "Sergei Ryabkov", "direct",
     "“It is absolutely mandatory for us to make sure that Ukraine never, never, ever becomes "
     "a member of NATO,”", "never"),
    ("a2", "Sergei Ryabkov", "direct",
     "“It is absolutely obligatory for us to ensure that Ukraine never, never, never becomes "
     "a member of NATO.”", "never"),
    ("a3", "Sergei Ryabkov", "partial",
     "“to ensure that Ukraine never, never, never becomes a member of NATO”", "never"),
    ("a4", "Sergei Ryabkov", "direct",
     "“It is absolutely mandatory for us to make sure that Ukraine never ... becomes a member "
     "of NATO.”", "never"),
    ("a1", "Wendy Sherman", "direct",
     "“We will not allow anyone to slam closed NATO's open-door policy,”", "door"),
    ("a2", "Wendy Sherman", "direct",
     "\"We will not allow anyone to slam shut NATO’s open door policy.\"", "door"),
    ("a5", "Wendy Sherman", "partial", "“slam closed NATO's open-door policy”", "door"),
    ("a1", "Wendy Sherman", "direct",
     "“We were firm in pushing back on security proposals that are simply non-starters for "
     "the United States,”", "firm"),
    ("a3", "Wendy Sherman", "direct",
     "“We were firm … in pushing back on security proposals that are simply non-starters,”",
     "firm"),
    ("a2", "Jens Stoltenberg", "direct",
     "“There is a real risk for new armed conflict in Europe,”", "risk"),
    ("a4", "Jens Stoltenberg", "partial",
     "“there is a real risk of new armed conflict in Europe.”", "risk"),
    # near misses: same speakers, many shared words, different sentences
    ("a5", "Jens Stoltenberg", "direct",
     "“There is a real risk that the talks in Europe will fail,”", "risk-fail"),
    ("a5", "Wendy Sherman", "direct",
     "“We will not allow anyone to decide for Ukraine,”", "ukraine-decides"),
    ("a6", "Sergei Ryabkov", "direct",
     "“It is absolutely mandatory for us to receive legal guarantees,”", "guarantees"),
    ("a6", "Sergei Ryabkov", "direct",
     "“We have no intention to attack Ukraine,”", "attack"),
    ("a6", "Sergei Ryabkov", "direct",
     "“We have no intention to leave the talks,”", "leave"),
    # too short to be the same quotation by more than chance
    ("a1", "Sergei Ryabkov", "partial", "“difficult”", None),
    ("a2", "Sergei Ryabkov", "partial", "“difficult.”", None),
    # reported speech is not a quotation
    ("a3", "Wendy Sherman", "indirect", "the talks were frank", None),
]


def hand_statements() -> pd.DataFrame:
    rows = []
    for number, (article, speaker, kind, content, _) in enumerate(HAND):
        side = {"Sergei Ryabkov": "Russia", "Wendy Sherman": "US"}.get(speaker, "NATO")
        rows.append({"article_id": article, "statement_id": number, "kind": kind,
                     "speaker": speaker, "side": side, "content": content})
    return pd.DataFrame(rows)


def test_hand_made_set_is_clustered_as_labelled():
    _, occ = cluster_quotes(hand_statements())
    labelled = [(i, g) for i, (*_, g) in enumerate(HAND) if g is not None]
    assert sorted(occ["statement_id"]) == [i for i, _ in labelled]  # short/indirect left out
    cluster = dict(zip(occ["statement_id"], occ["quote_id"], strict=True))
    for (i, gi), (j, gj) in combinations(labelled, 2):
        assert (cluster[i] == cluster[j]) == (gi == gj), (HAND[i][3], HAND[j][3])


def test_cluster_rows_count_variants_articles_and_speakers():
    articles = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a4", "a5", "a6"],
        "outlet": ["Wire", "Post", "Herald", "Wire", "Blog", "Post"],
        "published": ["2022-01-10", "2022-01-10", "2022-01-11", "2022-01-12", "2022-01-13",
                      "2022-01-14"],
    })
    quotes, occ = cluster_quotes(hand_statements(), articles)
    never = quotes.iloc[0]  # four articles carry it: the most widely carried comes first
    assert never["quote_id"] == "q0001"
    assert (never["speaker"], never["side"]) == ("Sergei Ryabkov", "Russia")
    # four wordings (a4 elides "never, ever"), one article each
    assert (never["n_articles"], never["n_variants"], never["n_speakers"]) == (4, 4, 1)
    assert (never["first_published"], never["last_published"]) == ("2022-01-10", "2022-01-12")
    rows = occ[occ["quote_id"] == "q0001"]
    # equally carried variants in the order of their words: "...never becomes" (a4) before
    # "...never never ever" (a1), "mandatory" before "obligatory" (a2), "to ensure" (a3) last
    assert list(rows["variant_id"]) == [1, 2, 3, 4]
    assert list(rows["article_id"]) == ["a4", "a1", "a2", "a3"]
    assert list(rows["outlet"]) == ["Wire", "Wire", "Post", "Herald"]
    # 16 labelled quotations in 9 groups (never 4, door 3, firm 2, risk 2, five alone)
    assert len(quotes) == 9
    assert quotes["n_articles"].tolist() == sorted(quotes["n_articles"], reverse=True)


def test_a_quotation_attributed_to_two_speakers_is_flagged():
    frame = pd.DataFrame({
        "article_id": ["x", "y", "z"], "statement_id": [0, 0, 0], "kind": ["direct"] * 3,
        "speaker": ["Sergei Lavrov", "Sergei Ryabkov", "Sergei Ryabkov"],
        "side": ["Russia"] * 3,
        "content": ["“We have no intention to attack Ukraine,”"] * 3,
    })
    quotes, _ = cluster_quotes(frame)
    assert quotes[["speaker", "n_speakers", "n_variants"]].values.tolist() == [
        ["Sergei Ryabkov", 2, 1]
    ]


def test_cluster_speaker_side_and_dates_follow_the_majority_with_alphabetical_ties():
    attack = "“We have no intention to attack Ukraine,”"
    frank = "“The talks in Geneva were very frank.”"
    dialogue = "“We will continue the dialogue next week,”"
    frame = pd.DataFrame([
        ("x", 0, "Sergei Ryabkov", "Russia", attack),
        ("y", 0, "Sergei Lavrov", None, attack),
        ("z", 0, "Sergei Lavrov", "US", attack),
        ("w", 0, None, "NATO", attack),
        ("x", 1, None, "US", frank),
        ("y", 1, None, "Russia", frank),
        ("x", 2, "Wendy Sherman", "US", dialogue),
        ("z", 2, "Antony Blinken", "US", dialogue),
    ], columns=["article_id", "statement_id", "speaker", "side", "content"])
    frame.insert(2, "kind", "direct")
    articles = pd.DataFrame({"article_id": ["w", "x", "y", "z"],
                             "published": ["", "2022-01-12", None, "2022-01-10"]})
    quotes, occ = cluster_quotes(frame, articles)
    # by articles (4, 2, 2), then by words: "the talks..." before "we will continue..."
    rows = quotes[["quote_id", "speaker", "side", "n_articles", "n_speakers",
                   "first_published", "last_published"]].values.tolist()
    assert rows == [
        # Lavrov 2 of 3 named occurrences; side: only Lavrov's with a side (z: "US")
        ["q0001", "Sergei Lavrov", "US", 4, 2, "2022-01-10", "2022-01-12"],
        # nobody named: every occurrence's side counts, a 1-1 tie goes to "Russia";
        # y has no date
        ["q0002", None, "Russia", 2, 0, "2022-01-12", "2022-01-12"],
        # a 1-1 tie between speakers: alphabetical
        ["q0003", "Antony Blinken", "US", 2, 2, "2022-01-10", "2022-01-12"],
    ]
    # occurrences: by quote, then article id (one wording each)
    assert occ[["quote_id", "article_id"]].values.tolist() == [
        ["q0001", "w"], ["q0001", "x"], ["q0001", "y"], ["q0001", "z"],
        ["q0002", "x"], ["q0002", "y"], ["q0003", "x"], ["q0003", "z"],
    ]
    dates = [p if isinstance(p, str) else None for p in occ["published"]]
    assert dates == [None, "2022-01-12", None, "2022-01-10",
                     "2022-01-12", None, "2022-01-12", "2022-01-10"]


def test_occurrence_table_in_slices_equals_the_occurrence_rows():
    import pyarrow as pa

    from geneva_nb.corpus.clusters import (
        OCCURRENCE_COLUMNS,
        QuoteGatherer,
        quotation_candidates,
    )
    from geneva_nb.corpus.engine import _schema, _typed

    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4", "a5", "a6"],
                             "outlet": ["Wire", None, "Herald", "Wire", "Blog", "Post"]})
    gatherer = QuoteGatherer()
    gatherer.add(quotation_candidates(hand_statements()), keep_content=True)
    _, rows = gatherer.cluster(articles)
    ints = ("variant_id", "statement_id")
    expected = _typed(rows, OCCURRENCE_COLUMNS, ints=ints)
    asked = []

    def fetch(wanted):
        asked.append(wanted.tolist())
        return pa.array([gatherer._contents[k] for k in wanted.tolist()], type=pa.string())

    schema = _schema(OCCURRENCE_COLUMNS, ints)
    slices = [gatherer.occurrence_table(lo, lo + 5, fetch).cast(schema)
              for lo in range(0, len(gatherer), 5)]
    assert pa.concat_tables(slices).equals(expected)
    assert all(a == sorted(set(a)) for a in asked)  # the words asked for: sorted, distinct
    assert sum(map(len, asked)) == len(gatherer) == 16  # the labelled quotations


def test_quoted_words_inside_reported_speech_are_candidates():
    frame = pd.DataFrame({
        "article_id": ["x", "y"], "statement_id": [3, 1], "kind": ["direct", "indirect"],
        "speaker": ["Wendy Sherman"] * 2, "side": ["US"] * 2,
        "content": ["“We will not allow anyone to slam closed NATO's open-door policy,”",
                    "nobody would be allowed to “slam closed NATO's open-door policy.”"],
    })
    quotes, occ = cluster_quotes(frame)
    assert len(quotes) == 1
    # the quoted stretch of the reported statement, marks included, keeps its statement_id
    inner = occ[occ["article_id"] == "y"]
    assert inner[["statement_id", "content"]].values.tolist() == [
        [1, "“slam closed NATO's open-door policy.”"]
    ]


def test_normalise_quote_examples():
    assert normalise_quote("“We were firm … in pushing back,”") == "we were firm in pushing back"
    assert normalise_quote("'Ukraine... never' [sic]") == "ukraine never sic"
    assert normalise_quote("NATO’s open-door policy.") == "nato's open door policy"


def test_score_clusters_counts_pairs():
    occ = pd.DataFrame({
        "quote_id": ["q1", "q1", "q1", "q2"], "article_id": ["a", "b", "c", "d"],
        "content": ["one two three", "one two three", "four five six", "one two three"],
    })
    gold = pd.DataFrame({"article_id": ["a", "b", "d", "e"], "group": ["g"] * 4,
                         "fragment": ["one two", "one two", "one two", "one two"]})
    score = score_clusters(occ, gold)
    # true pairs ab, ad, bd; predicted pairs ab, ac, bc; correct: ab
    assert score["found"] == 0.75
    assert (score["precision"], score["recall"]) == (1 / 3, 1 / 3)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=0, max_size=12))
def test_any_texts_cluster_into_a_partition(texts):
    frame = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(len(texts))], "statement_id": 0,
        "kind": "direct", "speaker": None, "side": None, "content": texts,
    })
    quotes, occ = cluster_quotes(frame)
    kept = [t for t in texts if len(normalise_quote(t).split()) >= 4]
    assert len(occ) == len(kept)
    assert set(occ["quote_id"]) == set(quotes["quote_id"])
    assert quotes["n_articles"].sum() == len(occ)  # one article per text here
    for text in texts:
        once = normalise_quote(text)
        assert normalise_quote(once) == once
        assert not set(once) & set("“”\"«»")


WORDS = ["nato", "ukraine", "talks", "security", "the", "of", "we", "will", "not", "geneva",
         "russia", "guarantees", "door", "policy", "troops", "border", "a", "to", "is", "and"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=6, max_size=30), st.data(),
       st.lists(st.lists(st.sampled_from(WORDS), min_size=4, max_size=20), max_size=30))
def test_a_trimmed_quotation_is_always_in_the_cluster_of_the_whole(words, data, others):
    # blocking scores only pairs that share a rare word: a trimmed part (a window of at least
    # 4 words and 30 % of the whole) holds all its words in the whole, so it is always scored
    size = data.draw(st.integers(max(4, -(-3 * len(words) // 10)), len(words)))
    start = data.draw(st.integers(0, len(words) - size))
    texts = [" ".join(words), " ".join(words[start:start + size])] + [" ".join(o) for o in others]
    frame = pd.DataFrame({
        "article_id": [f"a{i:02d}" for i in range(len(texts))], "statement_id": 0,
        "kind": "direct", "speaker": None, "side": None, "content": texts,
    })
    _, occ = cluster_quotes(frame)
    cluster = dict(zip(occ["article_id"], occ["quote_id"], strict=True))
    assert cluster["a00"] == cluster["a01"]


def test_blocked_links_equal_all_pairs_on_the_hand_made_set():
    from rapidfuzz import fuzz

    from geneva_nb.corpus.clusters import _links

    variants = sorted({normalise_quote(c) for _, _, kind, c, _ in HAND if kind != "indirect"}
                      - {"difficult"})
    every = set()
    for i, j in combinations(range(len(variants)), 2):  # the rules, on every pair
        a, b = variants[i], variants[j]
        short, long = sorted((len(a.split()), len(b.split())))
        if fuzz.ratio(a, b) >= 80 or (fuzz.token_set_ratio(a, b) >= 90 and short >= 4
                                      and short >= 0.3 * long):
            every.add((i, j))
    assert set(_links(variants, ratio=80, subset=90, min_words=4)) == every
    assert len(every) >= 5  # the set has links of both kinds to find
