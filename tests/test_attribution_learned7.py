"""Rule 12, ``quote-learned`` (:mod:`geneva_nb.attribution.learned`), as a fallback for shapes
the hand rules do not know: a quotation followed by a clause with a speaker and a verb that
rule 1 does not read as a cue ('“…,” Lee deadpanned') goes to that speaker; the same shape
with a title, a single word or no speaker does not. The ablation test bed of
``benchmarks/train_quote_model.py`` (a rule family switched off) must leave such quotations to
rule 12. The texts are invented; the expected rows are worked out by hand."""

from __future__ import annotations

import math

import pytest
from attribution_helpers import checked_attribute
from script_helpers import bench_script

import geneva_nb as gn
from geneva_nb.attribution import learned

ROADS = ("“We will fix the roads before the winter comes and nobody will pay more for "
         "it,”")


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str]]:
    df = checked_attribute(text, beliefs=beliefs)
    return [(r.speaker, r.mention, r.content, r.rule) for r in df.itertuples()]


def _trainer():
    return bench_script("train_quote_model")


def test_the_weights_file_has_the_features_of_a_speaker_after_the_quotation() -> None:
    model = learned._model()
    assert {"speaker_after", "after_speech_verb"} <= set(model.weights)
    assert 0.5 < model.threshold < 1.0


@pytest.mark.parametrize("beliefs", [False, True])
def test_a_speaker_and_an_unknown_verb_after_the_quotation_take_it(beliefs: bool) -> None:
    # 'groused' is in no cue list, and rule 1 takes an unlisted verb only where the clause
    # ends after it ('Lee groused.'): here the clause after the quotation names the speaker
    assert _rows(f"{ROADS} Lee groused to reporters.", beliefs=beliefs) == [
        ("Lee", "Lee", ROADS, "quote-learned:name")]


@pytest.mark.parametrize("text", [
    "“Night River” premiered downtown on Friday.",  # a title; no speaker after the verb
    "“Night River,” Lee's latest film, premiered on Friday.",  # a title in apposition
    "“Night River” Lee deadpanned.",  # a title-cased name of a work
    "“Nobody,” Lee groused.",  # a single word (before an unlisted verb)
])
def test_titles_and_single_words_before_a_clause_get_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_the_bound_counts_a_speaker_after_the_quotation() -> None:
    # the speaker's features may add at most the best kind + 'speaker_after' + a speech verb
    model = learned._Model({"speaker_after": 2.0, "after_speech_verb": 1.0,
                            "subject_named": 0.5, "previous_statement": 1.0}, 0.0, 0.9)
    full = {"speaker_after": 1.0, "after_speech_verb": 1.0, "subject_named": 1.0}
    assert model.bound({}) == pytest.approx(1 / (1 + math.exp(-3.5)))
    assert model.probability(full) == pytest.approx(model.bound({}))


@pytest.mark.parametrize(("text", "speaker", "rule"), [
    (f"{ROADS} Lee said.", "Lee", "quote-learned:name"),
    (f"{ROADS} said the mayor.", "mayor", "quote-learned:group"),
])
def test_with_rule_one_switched_off_rule_twelve_gives_the_quotation_back(
        text: str, speaker: str, rule: str) -> None:
    tq = _trainer()
    assert [(r.speaker, r.rule) for r in gn.attribute(text).itertuples()] == [
        (speaker, rule.replace("quote-learned", "quote-cue-after"))]
    dropped: list[tuple[int, int]] = []
    with tq.switched_off(tq.FAMILIES["cue-after"], salt="t", share=1.0, dropped=dropped):
        df = gn.attribute(text)
    assert dropped == [(text.index("“"), text.index("”") + 1)]
    assert [(r.speaker, r.content, r.rule) for r in df.itertuples()] == [
        (speaker, ROADS, rule)]
    # the cascade is whole again afterwards
    assert [r.rule for r in gn.attribute(text).itertuples()] == [
        rule.replace("quote-learned", "quote-cue-after")]


def test_a_share_of_zero_switches_nothing_off() -> None:
    tq = _trainer()
    text = f"{ROADS} Lee said."
    dropped: list[tuple[int, int]] = []
    with tq.switched_off(tq.FAMILIES["cue-after"], salt="t", share=0.0, dropped=dropped):
        rows = [r.rule for r in gn.attribute(text).itertuples()]
    assert dropped == [] and rows == ["quote-cue-after:name"]
