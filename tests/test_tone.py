"""Tone: the diplomatic register, target-dependent tone, per-side aggregation, characterizations.

Expected values are worked out by hand from the lexicon rows (data/lexicons/diplomatic.csv) and
the rules documented in geneva_nb.register, not copied from the output.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb import register, tone_model
from geneva_nb._data import data_path
from geneva_nb.errors import InputError, SpanError
from geneva_nb.tone import bootstrap_ci, characterizations, target_label


# --------------------------------------------------------------------------- the register
def test_frank_and_candid_reads_as_disagreement_while_textblob_reads_praise():
    s = gn.tone("The talks were frank and candid.")
    assert s.polarity == pytest.approx(0.6)  # Pattern: frank +, candid +
    assert s.compound < 0
    assert [c.term for c in s.cues] == ["frank and candid"]  # longest match wins over "frank"
    assert s.cues[0].valence == pytest.approx(-0.6)


def test_did_not_agree_is_negative():
    s = gn.tone("They did not agree with the restrictions.")
    assert s.compound < 0
    terms = {c.term: c.valence for c in s.cues}
    assert terms["not agree"] == pytest.approx(-0.5)
    # "restrictions": the lexicon row -0.2, nothing modifies it
    assert terms["restriction*"] == pytest.approx(-0.2)


def test_negation_flips_and_damps_a_cue():
    # "constructive" +0.4, negated: 0.4 * -0.74 = -0.296
    (cue,) = register.cues("The meeting was not constructive.")
    assert cue.valence == pytest.approx(-0.296)
    assert "negated by 'not'" in cue.why


def test_intensifier_and_hedge_scale_a_cue():
    # "severe" -0.5; "much more" x1.3 -> -0.65; "perhaps" x0.6 -> -0.3
    (cue,) = register.cues("The costs would be much more severe.")
    assert cue.valence == pytest.approx(-0.65)
    (cue,) = register.cues("Perhaps difficult.")
    assert cue.valence == pytest.approx(-0.4 * 0.6)


def test_but_rule_halves_before_and_boosts_after():
    # "constructive" +0.4 before "but" -> +0.2; "difficult" -0.4 after -> -0.6
    cues = register.cues("Constructive, but difficult.")
    assert [c.valence for c in cues] == pytest.approx([0.2, -0.6])


def test_contrast_x_not_y_is_a_demand_cue():
    s = gn.tone("Moscow needs guarantees, not promises.")
    contrast = [c for c in s.cues if c.category == "contrast"]
    assert len(contrast) == 1
    assert contrast[0].text.endswith("guarantees, not promises")
    assert "'promises'" in contrast[0].why


def test_wildcard_rows_match_word_endings():
    found = {(c.term, c.text) for c in register.cues("France condemns the violations.")}
    assert found == {("condemn*", "condemns"), ("violat*", "violations")}


def test_warning_of_consequences_is_confrontational():
    s = gn.tone("The US warned Russia that the consequences of an invasion would be severe.")
    assert s.confrontational
    assert {"warning", "conflict"} <= {c.category for c in s.cues}


def test_plain_pleasant_sentence_is_not_confrontational_and_positive():
    s = gn.tone("It was a wonderful, warm and happy day.")
    assert not s.confrontational
    assert s.compound > 0 and s.vader > 0


def test_cue_spans_point_into_the_text():
    text = "We absolutely condemn this reckless aggression, not dialogue."
    for cue in gn.tone(text).cues:
        assert text[cue.start : cue.end] == cue.text


def test_lexicon_rows_all_have_note_and_source():
    rows = register.lexicon()
    assert len(rows) > 100
    assert all(r.note and r.source for r in rows)


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize("bad", [None, 3, b"bytes"])
def test_tone_rejects_non_text(bad):
    with pytest.raises(InputError, match="must be a str"):
        gn.tone(bad)


def test_empty_text_scores_zero():
    s = gn.tone("   ")
    assert (s.compound, s.vader, s.confrontational, s.cues) == (0.0, 0.0, False, [])


@pytest.mark.parametrize("span", [(-1, 3), (5, 2), (0, 999), (3, 3), (0, 1.5), (5, 6)])
def test_tone_toward_rejects_bad_spans(span):
    text = "Paris and Rome"  # (5, 6) is the blank between Paris and and
    with pytest.raises(SpanError):
        gn.tone_toward(text, *span)


# --------------------------------------------------------------------------- target tone
def test_two_targets_in_one_sentence_get_opposite_signs():
    text = "The brave negotiators were praised, while the corrupt regime lied again."
    good = gn.tone_toward(text, 4, 21)  # "brave negotiators"
    start = text.index("regime")
    bad = gn.tone_toward(text, start, start + len("regime"))
    assert good.compound > 0 > bad.compound
    assert target_label(text, 4, 21) == 1
    assert target_label(text, start, start + 6) == -1


def test_tone_toward_cues_are_near_the_target():
    filler = "The weather was mild and grey. " * 3
    text = "Sherman was constructive. " + filler + "Ryabkov condemned it."
    s = gn.tone_toward(text, 0, 7)
    assert [c.term for c in s.cues] == ["constructive"]  # "condemn*" is too far away


# --------------------------------------------------------------------------- aggregation
def test_bootstrap_ci_is_seeded_and_brackets_the_mean():
    x = [-0.5, -0.2, 0.1, 0.3]
    lo, hi = bootstrap_ci(x)
    assert bootstrap_ci(x) == (lo, hi)
    assert lo <= np.mean(x) <= hi
    assert -0.5 <= lo and hi <= 0.3  # a mean of resamples cannot leave the data range


def _reference_bootstrap_ci(values, seed, resamples):
    """The interval as numpy states it: fresh draws, fancy indexing, np.percentile."""
    x = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, len(x), size=(resamples, len(x)))].mean(axis=1)
    lo, hi = np.percentile(means, [100 * (1 - 0.95) / 2, 100 * (1 + 0.95) / 2])
    return float(lo), float(hi)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-1, 1), min_size=2, max_size=40), st.integers(0, 3),
       st.sampled_from([1, 7, 2000]))
def test_bootstrap_ci_with_remembered_draws_is_numpys_interval(values, seed, resamples):
    expected = _reference_bootstrap_ci(values, seed, resamples)
    assert bootstrap_ci(values, seed=seed, resamples=resamples) == expected
    # asked again (the draws now remembered for this seed and size): the same numbers
    assert bootstrap_ci(values, seed=seed, resamples=resamples) == expected


def test_bootstrap_ci_without_a_seed_draws_afresh():
    x = [0.0, 1.0] * 10
    assert len({bootstrap_ci(x, seed=None, resamples=50) for _ in range(10)}) > 1


def test_bootstrap_ci_of_one_value_is_nan():
    assert all(math.isnan(v) for v in bootstrap_ci([0.4]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1, 1, allow_nan=False) | st.sampled_from([-0.5, 0.0, 0.25]),
                min_size=1, max_size=400),
       st.sampled_from([0.95, 0.9, 0.5, 0.999, 0.01]))
def test_bootstrap_percentiles_are_numpys(values, level):
    # the interval's two percentiles are computed without np.percentile's overhead; they must
    # be its numbers exactly (same order statistics, same interpolation arithmetic)
    from geneva_nb.tone import _percentiles

    q = [100 * (1 - level) / 2, 100 * (1 + level) / 2]
    x = np.asarray(values, dtype=float)
    assert _percentiles(x, q) == tuple(float(v) for v in np.percentile(x, q))


def test_tone_by_side_on_the_geneva_article():
    art = gn.load_article()
    df = gn.tone_by_side(art)
    assert list(df.columns) == ["side", "n", "mean", "ci_low", "ci_high"]
    assert df["n"].sum() >= 2
    per = df.attrs["statements"]
    assert {"compound", "vader", "polarity", "subjectivity", "confrontational"} <= set(per.columns)
    for row in df.itertuples():
        scores = per.loc[per["side"] == row.side, "compound"]
        assert row.n == len(scores)
        assert row.mean == pytest.approx(scores.mean())
        if row.n >= 2:
            assert row.ci_low <= row.mean <= row.ci_high


def test_tone_by_side_rejects_unknown_method():
    with pytest.raises(InputError, match="method"):
        gn.tone_by_side("Sherman said it was fine.", method="stars")


# --------------------------------------------------------------------------- characterizations
def test_characterizations_in_the_geneva_article():
    art = gn.load_article()
    ch = characterizations(art)
    assert len(ch) == 2
    sherman, ryabkov = ch.iloc[0], ch.iloc[1]
    assert sherman.speaker.endswith("Wendy Sherman")
    assert sherman.phrase == "sincere and direct"
    assert sherman.object.startswith("the conversation")
    assert ryabkov.speaker.endswith("Sergei Ryabkov")
    assert (ryabkov.object, ryabkov.phrase) == ("the negotiations", "difficult")
    for r in ch.itertuples():
        assert art.text[r.phrase_start : r.phrase_end] == r.phrase
        assert art.text[r.speaker_start : r.speaker_end] == r.speaker
    # VADER reads "sincere" as praise; the register reads "direct" as aired disagreement
    assert sherman.vader > 0.3 and sherman.compound < sherman.vader
    assert ryabkov.compound < sherman.compound < 0.3
    assert "'difficult'" in ryabkov.explanation


def test_characterizations_on_plain_text():
    ch = characterizations('Minister Lavrov called the proposal "unacceptable".')
    assert list(ch[["speaker", "object", "phrase"]].itertuples(index=False, name=None)) == [
        ("Minister Lavrov", "the proposal", "unacceptable")
    ]
    assert ch.iloc[0].compound < 0  # "unacceptable": conflict row -0.6


def test_characterizations_without_any_is_an_empty_frame():
    ch = characterizations("Nothing was said.")
    assert isinstance(ch, pd.DataFrame) and ch.empty and "phrase" in ch.columns


# --------------------------------------------------------------------------- properties
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_tone_on_arbitrary_text(text):
    a = gn.tone(text)  # any str under the size limit is scored, never refused
    assert -1.0 <= a.compound <= 1.0
    assert gn.tone(text) == a
    for cue in a.cues:
        assert text[cue.start : cue.end] == cue.text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*"Ab c“”\",.\n", " called ", " the talks ", "Minister ",
                                 " of ", " as "]), max_size=40).map("".join))
def test_characterizations_offsets_on_arbitrary_text(parts):
    ch = characterizations(parts)
    for r in ch.itertuples():
        assert parts[r.phrase_start : r.phrase_end] == r.phrase
        assert parts[r.object_start : r.object_end] == r.object
        assert parts[r.speaker_start : r.speaker_end] == r.speaker


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200), st.integers(-5, 210), st.integers(-5, 210))
def test_tone_toward_on_arbitrary_spans(text, start, end):
    fits = 0 <= start < end <= len(text) and bool(text[start:end].strip())
    try:
        a = gn.tone_toward(text, start, end)
    except SpanError:
        assert not fits  # refused only when the span does not fit or is blank
        return
    assert fits
    assert -1.0 <= a.compound <= 1.0
    assert gn.tone_toward(text, start, end) == a


def test_gn_tone_still_callable_after_importing_the_submodule():
    import subprocess
    import sys

    # importing a submodule binds the package attribute to it; the package binds the functions
    # `tone` and `chronology` for good, whichever is imported first (fresh interpreter)
    code = (
        "import geneva_nb.tone, geneva_nb.chronology, geneva_nb as gn, types; "
        "print(isinstance(gn.tone, types.FunctionType), "
        "isinstance(gn.chronology, types.FunctionType), gn.tone('good').vader > 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"]


def test_word_score_is_the_sum_over_sqrt_of_matched_words():
    table = {"bad": -0.4, "good": 0.2}
    # "bad" and "good" are in the table, "talks" is not: (-0.4 + 0.2) / sqrt(2)
    words = tone_model.word_set("Good talks, bad talks")
    assert tone_model.word_score(words, table) == pytest.approx(-0.2 / math.sqrt(2))
    assert tone_model.word_score(frozenset({"talks"}), table) == 0.0


def test_word_set_stems_like_the_table():
    # -ing, -ed and -s come off when four letters remain; "us" stays (too short)
    assert tone_model.word_set("Talking, warned us") == {"talk", "warn", "us"}


def test_target_words_decay_with_distance_to_the_target():
    text = "the bad man lied again"
    start = text.index("man")
    near = dict(tone_model.target_words(text, start, start + 3))
    # "bad" and "lied" are next to the target (d = 1), "the" and "again" two words away
    assert near == pytest.approx({"the": math.exp(-2 / 4), "bad": math.exp(-1 / 4),
                                  "lied": math.exp(-1 / 4), "again": math.exp(-2 / 4)})


def test_the_learned_word_tables_are_readable_and_shrunk():
    valence, conflict = tone_model.word_valence(), tone_model.conflict_words()
    assert len(valence) > 1000 and len(conflict) > 100
    # shrunken means of labels in -1..1 (rating/4) and 0..1 (conflict rate minus its mean)
    assert all(-1.0 < v < 1.0 for v in valence.values())
    assert all(-1.0 < v < 1.0 for v in conflict.values())


def test_affect_features_count_afinn_phrases_and_nrc_categories():
    # 9 words. AFINN-165: war -2, the phrase "does not work" -3 (none of its words is listed),
    # betrayed -3, peace +2 -> -6. NRC: war {fear, negative}; "betrayed" is not listed, its stem
    # "betray" is {anger, disgust, negative, sadness, surprise}; peace {anticipation, joy,
    # positive, trust}.
    f = tone_model.affect_features("The war does not work and they betrayed peace.")
    assert f["afinn"] == pytest.approx(math.tanh(-6 / 4))
    assert f == pytest.approx({"afinn": math.tanh(-1.5), "nrc_positive": 1 / 9,
                               "nrc_negative": 2 / 9, "nrc_anger": 1 / 9, "nrc_fear": 1 / 9,
                               "nrc_trust": 1 / 9, "nrc_joy": 1 / 9})
    assert tone_model.affect_features("") == {"afinn": 0.0, **{
        f"nrc_{c}": 0.0 for c in tone_model.NRC_CATEGORIES}}


def test_missing_affect_lexicon_package_is_our_error(monkeypatch):
    import importlib.resources

    from geneva_nb import nlp
    from geneva_nb.errors import DataFileError

    def absent(name):
        raise ModuleNotFoundError(f"No module named {name!r}")

    nlp.affect_lexicons.cache_clear()
    monkeypatch.setattr(importlib.resources, "files", absent)
    try:
        with pytest.raises(DataFileError, match=r"pip install 'geneva_nb\[research\]'"):
            nlp.affect_lexicons()
    finally:
        monkeypatch.undo()
        nlp.affect_lexicons.cache_clear()
    assert nlp.affect_lexicons().afinn["good"] == 3.0


def test_bootstrap_needs_at_least_one_resample():
    from geneva_nb.tone import bootstrap_ci

    with pytest.raises(InputError, match="resamples"):
        bootstrap_ci([0.1, 0.2, 0.3], resamples=0)
    # two values: a resampled mean is 0 (both draws 0, probability 1/4), 0.5 (1/2) or 1 (1/4).
    # More than 2.5 % of 500 means are 0 and more than 2.5 % are 1, so the 95 % percentile
    # interval is exactly [0, 1]; a bootstrap that did not resample (or averaged wrongly) misses
    assert bootstrap_ci([0.0, 1.0], resamples=500) == (0.0, 1.0)
    # four equal values: every resampled mean is that value
    assert bootstrap_ci([0.3] * 4, resamples=50) == pytest.approx((0.3, 0.3))
    # one resample of [0, 2, 4, 6]: both bounds are that resample's mean, a multiple of 0.5
    lo, hi = bootstrap_ci([0.0, 2.0, 4.0, 6.0], resamples=1)
    assert lo == hi and (2 * lo) % 1 == 0 and 0 <= lo <= 6


# --------------------------------------------------------------------------- the label
def _stored_cuts() -> tuple[float, float]:
    # read the two rows straight from the shipped table, not through the code under test
    rows = data_path("lexicons", "tone_weights.csv").read_text().splitlines()
    cuts = {r.split(",")[2]: float(r.split(",")[3]) for r in rows if r.startswith("compound,")}
    return cuts["(threshold negative)"], cuts["(threshold positive)"]


def test_compound_label_reads_compound_at_the_stored_cuts():
    lo, hi = _stored_cuts()
    assert -0.5 <= lo < 0 < hi <= 0.5  # the grid train_tone.py searches
    assert tone_model.compound_label(lo) == "negative"  # at the cut: negative
    assert tone_model.compound_label(lo + 0.0001) == "neutral"
    assert tone_model.compound_label(hi - 0.0001) == "neutral"
    assert tone_model.compound_label(hi) == "positive"
    assert tone_model.compound_label(-1.0) == "negative" and tone_model.compound_label(1.0) == (
        "positive")


def test_tone_label_is_the_last_field_and_follows_compound():
    assert gn.ToneScore._fields == ("compound", "vader", "polarity", "subjectivity",
                                    "confrontational", "cues", "label")
    lo, hi = _stored_cuts()
    for text in ["It was a wonderful, warm and happy day.", "The talks were frank and candid.",
                 "The committee meets on Tuesday.", "They lied, cheated and failed us again."]:
        s = gn.tone(text)
        want = "negative" if s.compound <= lo else "positive" if s.compound >= hi else "neutral"
        assert s.label == want, (text, s.compound)
    assert gn.tone("It was a wonderful, warm and happy day.").label == "positive"
    assert gn.tone("The talks were frank and candid.").label == "negative"  # the register cue
    assert gn.tone("   ").label == "neutral"


def test_tone_toward_label_is_the_target_models_decision():
    text = "The brave negotiators were praised, while the corrupt regime lied again."
    start = text.index("regime")
    assert gn.tone_toward(text, 4, 21).label == "positive"
    assert gn.tone_toward(text, start, start + 6).label == "negative"
    names = {-1: "negative", 0: "neutral", 1: "positive"}
    for a, b in [(4, 21), (start, start + 6), (0, 3)]:
        assert gn.tone_toward(text, a, b).label == names[target_label(text, a, b)]


def test_tone_by_side_statements_carry_the_label():
    per = gn.tone_by_side(gn.load_article()).attrs["statements"]
    assert list(per.columns)[-1] == "label"
    for content, label in zip(per["content"], per["label"], strict=True):
        assert label == gn.tone(content).label


def test_research_features_only_when_asked_or_the_tables_need_them():
    text = "The war does not work and they betrayed peace."
    assert not tone_model.uses_research_features()  # the shipped tables are MIT-clean
    assert not set(tone_model.RESEARCH_FEATURES) & set(tone_model.sentence_features(text).values)
    values = tone_model.sentence_features(text, research=True).values
    assert values["afinn"] == pytest.approx(math.tanh(-6 / 4))  # as worked out above
    assert values["nrc_negative"] == pytest.approx(2 / 9)


_MARKER_WORDS = sorted(tone_model._NEGATORS | tone_model._CRITICAL | tone_model._MODALS
                       | tone_model._CONTRASTS | {"don't", "isn't", "n'", "onlyn't", "but"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_MARKER_WORDS), st.text(max_size=6))))
def test_marker_counts_in_one_pass_are_the_four_counts(toks):
    expected = [sum(1 for t in toks if t in tone_model._NEGATORS or t.endswith("n't")),
                sum(1 for t in toks if t in tone_model._CRITICAL),
                sum(1 for t in toks if t in tone_model._MODALS),
                sum(1 for t in toks if t in tone_model._CONTRASTS)]
    assert tone_model._marker_counts(toks) == expected


_PASS_WORDS = [*_MARKER_WORDS, "good", "bad", "frank", "candid", "condemn", "russia", "iran",
               "not", "very", "agree", "warned", "sanctions", "u.s", "'s", "n't", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PASS_WORDS), st.text(max_size=8)), max_size=40))
def test_word_pass_is_the_separate_passes(toks):
    # the fused pass of sentence_features against the look-ups it replaces, word by word
    text = " ".join(toks)
    words = gn.nlp.folded_words(text)
    lexicon = gn.nlp.vader().lexicon
    valences = [lexicon.get(t, 0.0) for t in words]
    got, counts, cue_at, party_at = tone_model._word_pass(words)
    assert got == [v for v in valences if v]
    assert sum(got) == sum(valences)
    assert counts == tone_model._marker_counts(words)
    assert cue_at == [k for k, w in enumerate(words) if w[:3] in register._phrase_index()]
    assert party_at == [k for k, w in enumerate(words) if w[:3] in register._party_index()]
    assert register._cues(text, words, cue_at) == register.cues(text)
    assert register._party_count(words, party_at) == register.party_mentions(text)


def test_statement_columns_are_read_as_pandas_lists_them():
    from geneva_nb.tone import _column_list

    df = pd.DataFrame({"a": [1, 2], "s": ["x", None], "t": pd.to_datetime(["2020-01-01", None]),
                       "c": pd.Categorical(["u", "v"]), "w": ["Ryabkov", "“no”"],
                       "o": pd.Series(["x", "y"], dtype=object)})
    df["v"] = df["w"].str[1:]  # a string column made by pandas, not by the constructor
    for name in df.columns:
        assert _column_list(df, name) == df[name].tolist() or name == "t"
    assert _column_list(df, "w") == ["Ryabkov", "“no”"]
    assert _column_list(df, "v") == ["yabkov", "no”"]
    assert _column_list(df, "s")[0] == "x" and math.isnan(_column_list(df, "s")[1])
    assert [str(x) for x in _column_list(df, "t")] == [str(x) for x in df["t"].tolist()]
    twice = pd.DataFrame([[1, 2]], columns=["a", "a"])
    with pytest.raises(AttributeError):  # a frame, as pandas gives: no single column
        _column_list(twice, "a")


_PHRASES = [p for items in register._phrase_index().values() for p, _ in items] + list(
    register._party_words())
_PHRASE_WORDS = sorted({w.rstrip("*") + extra for p in _PHRASES for w in p for extra in ("", "s")})


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_PHRASES),
       st.lists(st.one_of(st.sampled_from(_PHRASE_WORDS), st.text(max_size=4)), min_size=8,
                max_size=12),
       st.booleans(), st.data())
def test_phrase_match_with_the_first_word_inline_is_every_word_matched(pattern, words, plant,
                                                                       data):
    n = len(pattern)
    i = data.draw(st.integers(0, len(words) - n))
    if plant:  # the phrase itself (a "*" word continued), so matches are tried too
        words[i : i + n] = [w.replace("*", "ed") for w in pattern]
    expected = all(register._word_match(p, w)
                   for p, w in zip(pattern, words[i : i + n], strict=True))
    assert register._matches_at(pattern, words[i], words, i, n) == expected
    assert expected or not plant


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["compound", "conflict", "target"]), st.data())
def test_linear_scores_are_the_weighted_sums_in_feature_order(name, data):
    m = tone_model.model(name)
    values = {f: data.draw(st.floats(-1e3, 1e3)) for f in m.features}
    expected = {}
    for k in m.classes:
        s = m.intercept[k]
        for f in m.features:
            w, mean, scale = m.weights[k][f]
            s += w * (values[f] - mean) / scale
        expected[k] = s
    assert m.scores(values) == expected


_TABLE_WORDS = sorted(tone_model.word_valence())[:40] + sorted(tone_model.conflict_words())[:40]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([*_TABLE_WORDS, "Sanctions", "don’t", "warned",
                                           "threatening", "Russia’s", "talks", "x"]),
                          st.text(max_size=8)), max_size=40).map(" ".join))
def test_word_set_and_both_table_scores_in_one_pass(text):
    # the remembered stems and the joint table against the plain definitions: the same set,
    # iterated in the same order (the scores sum in it), and the same two scores exactly
    reference = frozenset(map(tone_model.stem,
                              tone_model._WORD_RE.findall(text.lower().replace("’", "'"))))
    words = tone_model.word_set(text)
    assert words == reference and list(words) == list(reference)
    assert tone_model._default_word_scores(words) == (
        tone_model.word_score(words), tone_model.word_score(words, tone_model.conflict_words()))
    values = tone_model.sentence_features(text).values
    assert (values["words"], values["conflict_words"]) == tone_model._default_word_scores(words)


def test_word_scores_by_hand():
    # two words of each table: the sum of their entries / sqrt(2); a word in neither adds nothing
    valence, conflict = tone_model.word_valence(), tone_model.conflict_words()
    a, b = sorted(valence)[:2]
    c, d = sorted(conflict)[:2]
    got = tone_model._default_word_scores(frozenset({a, b, "zzzqx"}))
    assert got[0] == pytest.approx((valence[a] + valence[b]) / math.sqrt(2))
    got = tone_model._default_word_scores(frozenset({c, d}))
    assert got[1] == pytest.approx((conflict[c] + conflict[d]) / math.sqrt(2))
    assert tone_model._default_word_scores(frozenset()) == (0.0, 0.0)


def test_stem_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(tone_model, "_STEMS", {})
    monkeypatch.setattr(tone_model, "_STEMS_MAX", 3)
    assert [tone_model._stem(w) for w in ("talking", "talks", "warned", "agreed")] == [
        "talk", "talk", "warn", "agre"]
    assert len(tone_model._STEMS) <= 3  # emptied when full, never more
    assert tone_model.word_set("Talking talks") == frozenset({"talk"})


def test_research_flag_follows_the_loaded_model(monkeypatch):
    shipped = tone_model.model("compound")
    assert not tone_model.uses_research_features()
    research = shipped._replace(features=(*shipped.features, "afinn"))
    monkeypatch.setattr(tone_model, "model", lambda name: research)
    assert tone_model.uses_research_features()  # a new model: decided again, not remembered
    monkeypatch.undo()
    assert not tone_model.uses_research_features()
