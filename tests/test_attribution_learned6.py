"""Rule 12, ``quote-learned`` (:mod:`geneva_nb.attribution.learned`): a quotation no rule
attributed is given to its candidate speaker when the learnt model (weights in
``data/attribution/quote_model.csv``) is confident enough. Clear cases both ways: a long
sentence of speech after a dash, held by a named or group subject, is attributed; titles,
names of works after 'called' or 'a copy of', and a label before a colon ('Latest figures:')
are not. The texts are invented; the expected rows are worked out by hand from the rule."""

from __future__ import annotations

import math

import pytest
from attribution_helpers import checked_attribute

from geneva_nb.attribution import learned

LEE_Q = ("“if the plan fails, we will pay for it ourselves and nobody in this town will lose "
         "a single dollar.”")
UNION_Q = ("“the workers in these plants will not accept another year of frozen wages and "
           "longer shifts.”")


def _rows(text: str, *, beliefs: bool = False) -> list[tuple[str, str, str, str]]:
    df = checked_attribute(text, beliefs=beliefs)
    return [(r.speaker, r.mention, r.content, r.rule) for r in df.itertuples()]


def test_the_weights_file_loads_with_every_feature_and_a_usable_threshold() -> None:
    model = learned._model()
    assert set(model.weights) == set(learned.FEATURES)
    assert all(math.isfinite(w) for w in model.weights.values())
    assert 0.5 < model.threshold < 1.0  # confident decisions only


@pytest.mark.parametrize("beliefs", [False, True])
def test_a_long_quotation_after_a_dash_goes_to_the_named_subject(beliefs: bool) -> None:
    text = f"Lee gave the critics a simple answer — {LEE_Q}"
    assert _rows(text, beliefs=beliefs) == [("Lee", "Lee", LEE_Q, "quote-learned:name")]


def test_a_group_subject_speaks_the_quotation_after_the_dash() -> None:
    text = f"The union leaders sent the board one message — {UNION_Q}"
    rows = _rows(text)
    assert [(mention, content, rule.split(":")[0]) for _s, mention, content, rule in rows] == [
        ("The union leaders", UNION_Q, "quote-learned")]


@pytest.mark.parametrize("text", [
    "He keeps a copy of “The Art of the Deal” on his desk.",
    "Lee read a poem called “the river at night” at the opening of the new bridge.",
    "He keeps a copy of “the river at night, a history of the valley” on his desk.",
    "Lee bought the rights to “Night River” last year.",
    "Latest figures: “Prices rose by 3%.”",
    "Kim joined the board in 2019. “Budget Day” is the busiest day of the year.",
])
def test_titles_and_phrases_inside_a_sentence_get_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_with_the_threshold_at_one_the_rule_adds_nothing(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    model = learned._model()
    off = learned._Model(model.weights, model.intercept, 1.0)
    monkeypatch.setattr(learned, "_model", lambda: off)
    assert _rows(f"Lee gave the critics a simple answer — {LEE_Q}") == []


def test_the_probability_follows_the_weights() -> None:
    model = learned._Model({"words_16": 2.0, "title_case": -3.0}, 0.0, 0.8)
    assert model.probability({}) == pytest.approx(0.5)
    assert model.probability({"words_16": 1.0}) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability({"title_case": 1.0, "unknown": 5.0}) == pytest.approx(
        1 / (1 + math.exp(3.0)))
