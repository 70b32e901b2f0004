"""gn.attribute: who said what, with spans that index the analysed text."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb import attribution
from geneva_nb.attribution import document, subjects
from geneva_nb.errors import GenevaNbError, InputError
from geneva_nb.evaluate.brat import read_document, score
from geneva_nb.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
TESTSET = ROOT / "tests" / "data" / "attribution"


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = gn.attribute(text)
    return [(r.kind, r.speaker, r.side, r.content) for r in df.itertuples()]


def _assert_offsets(text: str, df) -> None:
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content
        assert text[r.mention_start:r.mention_end] == r.mention
        assert text[r.cue_start:r.cue_end] == r.cue
        assert r.content and r.mention and r.cue


def test_columns_are_the_contract(geneva):
    df = gn.attribute(geneva)
    assert list(df.columns) == attribution.COLUMNS
    assert set(df["kind"]) <= {"direct", "partial", "indirect"}
    assert list(df["statement_id"]) == list(range(len(df)))
    _assert_offsets(geneva.text, df)


def test_gold_text_is_the_cleaned_article(geneva):
    gold_text = (GOLD / "geneva-talks.txt").read_text(encoding="utf-8")
    assert gold_text == geneva.text


def test_geneva_every_gold_statement_with_right_speaker_and_side(geneva):
    gold = read_document(GOLD / "geneva-talks.ann")
    df = gn.attribute(geneva)
    assert len(gold.attributions) == 15  # counted by hand: 3 direct, 2 partial, 10 reported
    result = score(df, gold)
    assert (result.tp08, result.predicted, result.gold) == (15, 15, 15)
    for g in gold.attributions:
        a, b = g.content[0][0], g.content[-1][1]
        row = df[(df.content_start < b) & (df.content_end > a)].iloc[0]
        assert (row.speaker, row.side) == (g.speaker, g.side)


def test_geneva_kinds_and_titles(geneva):
    df = gn.attribute(geneva)
    first = df.iloc[0]
    # "Deputy Secretary of State Wendy Sherman called the conversation ... “sincere and direct.”"
    assert (first.kind, first.speaker, first.cue, first.content) == (
        "partial", "Wendy Sherman", "called", "“sincere and direct.”")
    assert first.mention == "Deputy Secretary of State Wendy Sherman"
    # the doubly opened quotation is one direct statement, ended by "Ryabkov said."
    direct = df[df.kind == "direct"]
    assert list(direct.speaker) == ["Sergei Ryabkov", "Wendy Sherman", "Wendy Sherman"]
    assert direct.iloc[0].content.startswith("“It is absolutely necessary")
    assert direct.iloc[0].content.endswith("members of NATO,'”")


def test_speaker_after_before_and_inverted():
    assert _rows("“We are ready,” said Ryabkov.") == [
        ("direct", "Sergei Ryabkov", "Russia", "“We are ready,”")]
    assert _rows("She said: “We are ready.”")[0][3] == "“We are ready.”"
    assert _rows("“It is over” — Ryabkov said.")[0][:2] == ("direct", "Sergei Ryabkov")


def test_reported_speech_forms():
    rows = _rows("Moscow needs guarantees, Ryabkov said on Monday.")
    assert rows == [("indirect", "Sergei Ryabkov", "Russia", "Moscow needs guarantees")]
    rows = _rows("The talks failed, according to a senior US official.")
    assert rows == [("indirect", "senior US official", "US", "The talks failed")]
    rows = _rows("The Pentagon said on Wednesday that drones were seen near the base.")
    assert rows == [("indirect", "Pentagon", "US", "drones were seen near the base")]


def test_pronoun_goes_to_the_nearest_compatible_speaker():
    text = "“Not yet,” Ryabkov said. “Soon,” Sherman said. “Later,” he added."
    assert [r[1] for r in _rows(text)] == ["Sergei Ryabkov", "Wendy Sherman", "Sergei Ryabkov"]


def test_gender_from_honorific_and_surname_after_first_mention():
    text = ("Trade envoy Ms. Alma Green met reporters. “A deal is close,” said Ms. Green. "
            "She said talks would resume in May. “Very close,” Green added.")
    speakers = {r[1] for r in _rows(text)}
    assert speakers == {"Alma Green"}


def test_appositive_name_and_unknown_side():
    rows = _rows("A spokesman, Li Wei, said the demands were unreasonable.")
    assert rows == [("indirect", "Li Wei", "unknown", "the demands were unreasonable")]


def test_quote_over_two_paragraphs_is_one_statement():
    text = "“We will not accept this. We never have.\n“And we never will,” Smith said."
    df = gn.attribute(text)
    assert len(df) == 1
    assert df.iloc[0].content == "“We will not accept this. We never have.\n“And we never will,”"


def test_split_quote_continues_with_the_same_cue():
    df = gn.attribute("“A deal is close,” said Ms. Green. “Very close.”")
    assert list(df.rule.str.split(":").str[0]) == ["quote-cue-after", "quote-continuation"]
    assert df.iloc[0].cue_start == df.iloc[1].cue_start


def test_scare_quotes_and_titles_are_not_statements():
    assert _rows("The so-called “red lines” were discussed at length.") == []
    assert _rows("The Gazette published a series called “Eyes in the Sky”.") == []
    assert _rows("He bought a 12\" ruler and a copy of 'Hamlet'.") == []


def test_nested_single_quotes_stay_inside():
    t = "“They said ‘no’ to us,” Ryabkov said."
    assert [t[q.start:q.end] for q in find_quotes(t)] == ["“They said ‘no’ to us,”"]


def test_empty_and_wrong_input():
    assert gn.attribute("").empty
    with pytest.raises(InputError):
        gn.attribute(42)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        gn.attribute("x", actors=3.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["dev-trade", "dev-election", "dev-security", "heldout-summit"])
def test_hand_made_test_set(name):
    gold = read_document(TESTSET / f"{name}.ann")
    result = score(gn.attribute(gold.text), gold)
    assert result.content(0.8).f1 >= 0.8
    assert result.speaker_accuracy >= 0.8


DEV2 = ROOT / "tests" / "data" / "attribution-dev2"


@pytest.mark.parametrize("name", sorted(p.stem for p in DEV2.glob("*.ann")))
def test_second_development_set(name):
    gold = read_document(DEV2 / f"{name}.ann")
    result = score(gn.attribute(gold.text), gold)
    assert result.content(0.8).f1 >= 0.8
    assert result.speaker_accuracy >= 0.8


# ---- general phenomena found on the second development set (expectations worked by hand)


def _one(text: str) -> tuple[str, str, str, str]:
    df = gn.attribute(text)
    assert len(df) == 1, df[["speaker", "cue", "content"]].to_string()
    r = df.iloc[0]
    _assert_offsets(text, df)
    return r["speaker"], r["cue"], r["content"], r["kind"]


def test_wire_dateline_is_not_content():
    text = ("BRUSSELS, July 2 (Reuters) - NATO allies are close to a deal, diplomats said on "
            "Tuesday, ahead of a summit next week.")
    # the trailing cue is followed by 'on Tuesday' and a subordinate clause after a comma
    assert _one(text)[:3] == ("diplomats", "said", "NATO allies are close to a deal")


def test_trailing_cue_must_not_open_a_clause():
    text = "The aide, who was not authorized to speak, said lawmakers had been briefed."
    # not 'content, said lawmakers': 'had been briefed' is a clause of its own
    assert _one(text)[:3] == ("aide", "said", "lawmakers had been briefed")


def test_time_and_place_between_cue_and_content():
    assert _one("Gov. Ann Lee said Wednesday the cuts were painful.")[2] == "the cuts were painful"
    text = 'US Secretary of State Mark Holt said on Tuesday he was "optimistic" about a deal.'
    assert _one(text)[:3] == ("Mark Holt", "said", 'he was "optimistic" about a deal')
    text = "President Lula told reporters in Brasilia he had “no intention” of attending."
    assert _one(text)[2] == "he had “no intention” of attending"


def test_addressee_after_told_is_not_content():
    text = "Julien Marchand told MPs the reform was “a question of responsibility”."
    assert _one(text)[2] == "the reform was “a question of responsibility”"
    text = "Ewan Fraser told BBC Scotland the agreement gave boats access to British waters."
    assert _one(text)[2] == "the agreement gave boats access to British waters"


def test_warned_of_is_a_topic_not_a_statement():
    assert gn.attribute('Housing advocates warned of "devastating" consequences.').empty


def test_subject_with_prepositional_phrase():
    text = "An aid worker in the region said hospitals had run out of supplies."
    assert _one(text)[:3] == ("aid worker", "said", "hospitals had run out of supplies")
    text = "A spokesperson for the Department of Homeland Security said it was reviewing the bill."
    assert _one(text)[0] == "spokesperson"
    # the quotation that follows goes to the same unnamed speaker, found again by its label
    text2 = text + ' "We will respond in due course," the spokesperson said.'
    assert list(gn.attribute(text2)["speaker"]) == ["spokesperson", "spokesperson"]


def test_appositive_name_beats_a_titled_head():
    text = ("The chief executive of the Scottish Fishermen's Federation, Elspeth Macrae, said "
            'members felt "let down".')
    assert _one(text)[0] == "Elspeth Macrae"
    text = ('A spokesman for the African Union, Moussa Keita, said the bloc was alarmed. '
            'He said: "We call on all parties to stop."')
    assert list(gn.attribute(text)["speaker"]) == ["Moussa Keita", "Moussa Keita"]


def test_quote_then_statement_noun_names_the_speaker():
    text = ("“The street will decide” – that was the warning from the union leader, Sophie "
            "Girard, who called a strike. She told the Guardian: “We have marched for months.”")
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Sophie Girard", "Sophie Girard"]
    assert list(df["content"]) == ["“The street will decide”", "“We have marched for months.”"]
    text = "“It is a disgrace.” Those were the words of the opposition leader, Maria Lopez."
    assert _one(text)[:3] == ("Maria Lopez", "words", "“It is a disgrace.”")


def test_quotation_continues_reported_speech_in_the_next_paragraph():
    text = ('Amina Diallo said she was "horrified" by the reports.\n'
            '"Civilians are being hunted from house to house."')
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Amina Diallo", "Amina Diallo"]
    assert list(df["kind"]) == ["indirect", "direct"]
    assert df.iloc[1]["content"] == '"Civilians are being hunted from house to house."'


def test_describe_then_and_warned_share_the_speaker():
    text = ('The foreign ministry described the killings as "genocide" and warned that the war '
            "would spread.")
    df = gn.attribute(text)
    assert list(df["content"]) == ['"genocide"', "the war would spread"]
    assert list(df["cue"]) == ["described", "warned"]
    assert df.iloc[0]["speaker"] == df.iloc[1]["speaker"]
    # 'urged X to act' is a demand, not a statement (as most annotators of our sets mark it)
    urged = gn.attribute('The ministry described the killings as "genocide" and urged the '
                         "Council to act.")
    assert list(urged["cue"]) == ["described"]


def test_organisation_subject_is_antecedent_of_they():
    text = ('The paramilitary Rapid Support Forces denied involvement. They said in a statement '
            'that their fighters had been "protecting civilians".')
    assert _one(text)[0] == "Rapid Support Forces"


def test_object_of_a_preposition_is_not_the_speaker():
    text = "The UN envoy for Sudan said the talks would resume."
    assert _one(text)[0] == "UN envoy"


def test_honorifics_without_full_stop_and_objects_as_antecedents():
    text = "Ms Berg met Mr Holt on Monday. She said the meeting was useful. He said it was not."
    assert list(gn.attribute(text)["speaker"]) == ["Berg", "Holt"]


def test_participle_after_before_takes_a_quotation():
    text = "“We have done our part,” Berg said, before adding: “Now it is their turn.”"
    df = gn.attribute(text)
    assert list(df["cue"]) == ["said", "adding"]
    assert list(df["content"]) == ["“We have done our part,”", "“Now it is their turn.”"]
    assert list(df["kind"]) == ["direct", "direct"]


def test_parenthetical_before_that_and_but_coordination():
    text = "Holt said, without offering evidence, that the vote had been rigged."
    assert _one(text)[:3] == ("Holt", "said", "the vote had been rigged")
    text = "Holt acknowledged that mistakes had been made but said the policy was right."
    df = gn.attribute(text)
    assert list(df["content"]) == ["mistakes had been made", "the policy was right"]
    assert list(df["speaker"]) == ["Holt", "Holt"]


def test_titles_after_a_comma_are_not_quotations():
    assert gn.attribute('She wrote a book, "Hard Choices", in 2014.').empty
    # a real quotation after 'verb,' still counts
    text = 'Holt told reporters, "We will not give up."'
    assert _one(text)[:3] == ("Holt", "told", '"We will not give up."')


# --- general side cues, scare quotes in appositives, participles, descriptions, pairs


@pytest.mark.parametrize(("text", "speaker", "side"), [
    # sides of speakers outside the registry come from the title's nationality or institution
    ("European Council President Charles Michel said the summit would go on.",
     "Charles Michel", "EU"),
    ("Dutch Prime Minister Mark Rutte said the plan was too costly.", "Mark Rutte", "Netherlands"),
    ("German Chancellor Angela Merkel said a deal was possible.", "Angela Merkel", "Germany"),
    ("A senior EU official said the gap was wide.", "senior EU official", "EU"),
    ("A Downing Street spokesman said the talks were useful.", "Downing Street spokesman", "UK"),
    # the registry keeps its side names
    ("An American negotiator said the talks were useful.", "American negotiator", "US"),
    # a country or city inside a person's name is no cue
    ("Michael Jordan said the team was ready.", "Michael Jordan", "unknown"),
    ("San Francisco Mayor London Breed said the city was ready.", "London Breed", "unknown"),
    # a descriptive appositive counts, a relative clause does not
    ("Israel Katz, Israel's foreign minister, said the talks were over.", "Israel Katz",
     "Israel"),
    ("Jane Roe, who met Chinese officials, said the talks were over.", "Jane Roe", "unknown"),
    # a capital as the speaker stands for its state or institution
    ("Paris said the plan was unfair.", "Paris", "France"),
    ("Brussels said the plan was unfair.", "Brussels", "EU"),
])
def test_side_from_nationality_or_institution_cues(text, speaker, side):
    (row,) = _rows(text)
    assert row[1:3] == (speaker, side)


def test_geneva_sides_are_unchanged(geneva):
    assert gn.attribute(geneva)["side"].value_counts().to_dict() == {"US": 9, "Russia": 6}


def test_scare_quote_inside_a_relative_appositive():
    text = ('Dutch Prime Minister Mark Rutte, who leads a group of so-called "frugal" states, '
            'said the proposal was still too expensive.')
    df = gn.attribute(text)
    assert len(df) == 1
    r = df.iloc[0]
    assert (r.kind, r.speaker, r.cue, r.content) == (
        "indirect", "Mark Rutte", "said", "the proposal was still too expensive")
    assert r.side == "Netherlands"
    # 'who called the plan “a joke”' is Rutte calling it that (the describe convention of the
    # annotated sets), and '“a joke”, said it was ...' does not make 'it' a speaker
    text = 'Rutte, who called the plan "a joke", said it was too expensive.'
    df = gn.attribute(text)
    assert df[["speaker", "cue", "content"]].values.tolist() == [
        ["Rutte", "called", '"a joke"'], ["Rutte", "said", "it was too expensive"]]


def test_participle_after_with_and_after_the_main_clause():
    text = "Leaders failed to agree, with diplomats saying talks could resume next month."
    (row,) = gn.attribute(text).itertuples()
    assert (row.kind, row.speaker, row.cue, row.content) == (
        "indirect", "diplomats", "saying", "talks could resume next month")
    assert row.rule.startswith("with-participle")
    text = "Rutte rejected the plan, saying it was too expensive."
    assert _one(text)[:3] == ("Rutte", "saying", "it was too expensive")
    # a relative appositive on the subject is skipped when looking for the main verb
    text = "Mark Rutte, who leads the group, rejected the plan, arguing that it cost too much."
    assert _one(text)[:3] == ("Mark Rutte", "arguing", "it cost too much")
    # no speaker: the subject must be able to speak
    assert gn.attribute("The storm hit the coast, saying nothing.").empty


def test_adding_after_reported_speech_is_a_second_statement():
    text = "Holt said the talks were difficult, adding that progress had been made."
    df = gn.attribute(text)
    assert list(df["content"]) == ["the talks were difficult", "progress had been made"]
    assert list(df["cue"]) == ["said", "adding"]
    assert list(df["speaker"]) == ["Holt", "Holt"]


def test_quotation_after_a_participle_is_not_counted_twice():
    text = 'A senior EU official rejected the plan, arguing: "It costs too much."'
    assert len(gn.attribute(text)) == 1


def test_definite_description_refers_back():
    text = ("According to a senior EU official, the talks had stalled. The official, who asked "
            "not to be named, said the gap remained wide.")
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["senior EU official", "senior EU official"]
    assert list(df["side"]) == ["EU", "EU"]
    # 'the prime minister' finds the titled name; a description that does not fit starts anew
    text = ("Dutch Prime Minister Mark Rutte said the plan was too costly. The prime minister "
            "said talks would go on. The Chinese official said nothing had changed.")
    assert list(gn.attribute(text)["speaker"]) == ["Mark Rutte", "Mark Rutte",
                                                   "Chinese official"]


def test_two_coordinated_speakers_are_one_source():
    text = ("French President Emmanuel Macron and German Chancellor Angela Merkel said the deal "
            "was balanced. Merkel added that talks would continue.")
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Emmanuel Macron and Angela Merkel", "Angela Merkel"]
    # different sides: unknown; 'they' refers to the pair
    assert list(df["side"]) == ["unknown", "Germany"]
    text = "Sherman and Blinken said the talks were useful. They said more talks would follow."
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Wendy Sherman and Antony Blinken"] * 2
    assert list(df["side"]) == ["US", "US"]
    # one name with 'and' inside stays one name
    assert _rows("Bosnia and Herzegovina said it would apply.")[0][1:3] == (
        "Bosnia and Herzegovina", "Bosnia and Herzegovina")


def attribution_modules() -> list:
    """The modules of the attribution package."""
    return [importlib.import_module(f"geneva_nb.attribution.{m.name}")
            for m in pkgutil.iter_modules(attribution.__path__)]


def _count_calls(monkeypatch, name: str) -> dict[str, int]:
    """Count the calls of the rule helper ``name`` from every attribution module."""
    calls = {"n": 0}
    real = getattr(subjects if hasattr(subjects, name) else document, name)

    def counting(*args):
        calls["n"] += 1
        return real(*args)

    for module in attribution_modules():
        if getattr(module, name, None) is real:
            monkeypatch.setattr(module, name, counting)
    return calls


def test_participle_rule_work_is_linear(monkeypatch):
    calls = _count_calls(monkeypatch, "_subject_before")
    unit = "Rutte, who leads the group, rejected it, saying it was costly, saying "
    work = []
    for size in (100, 1000):
        calls["n"] = 0
        gn.attribute(unit * size)
        work.append(calls["n"])
    assert work[0] > 0  # the counter sees the rule's calls
    assert work[1] <= 12 * max(work[0], 1)


_ALPHABET = st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", " ", "\n", ",", ".", ":", "—", "said", "Ryabkov", "she",
     "He", "told", "that", "according", "to", "We", "are", "ready", "Sherman", "added", "the",
     "officials", "<script>", "&", "CALLED", "called", "for", "made", "clear", "pointed",
     "out", "Ms.", "U.S.", "Mr.", "of", "one", "them", "and", "who", "according to",
     "saying", "with", "Dutch", "EU", "The", "official", "Georgia", "so-called"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map(" ".join) | st.text(max_size=200))
def test_any_text_gives_valid_offsets_or_our_error(text):
    try:
        df = gn.attribute(text)
    except GenevaNbError:
        return
    _assert_offsets(text, df)
    assert df.equals(gn.attribute(text))  # deterministic


def test_work_grows_linearly_on_unbalanced_quotes(monkeypatch):
    calls = _count_calls(monkeypatch, "_verb_at")
    unit = "“It is “not ‘over said Ryabkov “ he ” said: “ "
    work = []
    for size in (200, 2000):
        calls["n"] = 0
        gn.attribute(unit * size)
        work.append(calls["n"])
    assert work[0] > 0  # the counter sees the rule's calls
    assert work[1] <= 12 * max(work[0], 1)


@pytest.mark.parametrize("text", ["according to ” ,", "According to ‘ ’, ", "According to him,"])
def test_according_to_needs_a_source_and_some_content(text):
    # found by hypothesis in a clean CI run: a stray quotation mark became the speaker of an
    # empty statement. No word after "According to X," means no statement.
    assert gn.attribute(text).empty


# --- second blind set (other outlets' styles): general phenomena, my own sentences ---------


def test_subject_after_an_introductory_clause_is_the_pronoun_antecedent():
    # 'Asked by ... Sarah Jones whether ...' is an interviewer; the subject is Nair, so 'she'
    # is Nair even though the female interviewer was named later
    text = ('Priya Nair said the vote would pass. Asked by the BBC’s Sarah Jones whether she '
            'was worried, Nair smiled. "Not at all," she said.')
    assert list(gn.attribute(text)["speaker"]) == ["Priya Nair", "Priya Nair"]
    text = ('Jan Lis said Warsaw agreed. Back in his office, Tomas Berg was less sure. '
            '"We need more time," he said.')
    assert gn.attribute(text)["speaker"].iloc[-1] == "Tomas Berg"


def test_definite_description_subject_is_the_pronoun_antecedent():
    text = ('"We will decide next week," Norwegian Defence Minister Tomas Berg said. '
            'Polish minister Jan Lis said Warsaw agreed. The Norwegian minister then left. '
            '"Nothing more to add," he said.')
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Tomas Berg", "Jan Lis", "Tomas Berg"]


def test_single_quoted_quotation_continues_after_its_cue():
    text = "'We cannot wait,' the senator told MPs. 'The roads are falling apart.'"
    df = gn.attribute(text)
    assert list(df["content"]) == ["'We cannot wait,'", "'The roads are falling apart.'"]
    assert list(df["rule"].str.split(":").str[0]) == ["quote-cue-after", "quote-continuation"]
    # apostrophes inside a single-quoted quotation do not end it
    text = "'It's over and it's time to go,' she said. 'We've lost.'"
    assert list(gn.attribute(text)["content"]) == ["'It's over and it's time to go,'",
                                                    "'We've lost.'"]


def test_live_blog_name_colon_quotation():
    text = "14:10 Foreign Minister Lena Vogt: “We are ready to sign today.”"
    df = gn.attribute(text)
    assert list(df[["speaker", "cue", "content"]].itertuples(index=False, name=None)) == [
        ("Lena Vogt", ":", "“We are ready to sign today.”")]
    assert gn.attribute("Latest figures: “Prices rose by 3%.”").empty


def test_time_stamp_is_not_part_of_the_mention():
    df = gn.attribute("09:15 Irish Taoiseach Sean Byrne said the talks were over.")
    assert (df.loc[0, "mention"], df.loc[0, "speaker"], df.loc[0, "side"]) == (
        "Irish Taoiseach Sean Byrne", "Sean Byrne", "Ireland")


def test_passive_told_is_no_cue():
    assert _rows("The mayor said residents had been told to leave by noon.") == [
        ("indirect", "mayor", "unknown", "residents had been told to leave by noon")]


def test_scare_quote_before_a_coordinated_cue():
    text = ('The minister said the army was "regrouping" near the border and warned that more '
            'attacks were coming.')
    assert [r[3] for r in _rows(text)] == ['the army was "regrouping" near the border',
                                           "more attacks were coming"]


def test_content_after_a_long_addressee_and_before_and_thanked():
    assert _rows("Kenji Sato told a packed news conference in Osaka that prices would fall.")[0][
        3] == "prices would fall"
    text = 'Ana Ruiz wrote on X that the deal was "a good start" and thanked the negotiators.'
    assert _rows(text)[0][3] == 'the deal was "a good start"'


def test_posted_ruled_and_plural_present_cues():
    assert _rows("Mark Dunn posted on Telegram that the bridge had reopened.")[0][1:] == (
        "Mark Dunn", "unknown", "the bridge had reopened")
    assert _rows("The court ruled that the law was void.")[0][3] == "the law was void"
    assert _rows("Analysts say the currency will weaken.")[0][1:] == (
        "Analysts", "unknown", "the currency will weaken")
    assert gn.attribute("She declined to say whether she would run.").empty
    # a publishing participle inside the adverbial is not the cue
    assert _rows("Ruth Mensah said in a video posted on Facebook that the strike would "
                 "continue.")[0][1:] == ("Ruth Mensah", "unknown", "the strike would continue")


def test_partitive_source_and_mission_to_an_organisation():
    text = ("Two officials familiar with the plan said it would be delayed. "
            "One of the officials said the cost had doubled.")
    df = gn.attribute(text)
    assert df.loc[1, "speaker"] == df.loc[0, "speaker"] == "Two officials"
    df = gn.attribute("Chile's mission to the United Nations said the vote was unfair.")
    assert (df.loc[0, "speaker"], df.loc[0, "side"]) == ("Chile's mission", "Chile")


def test_participle_subject_after_an_introductory_phrase():
    text = 'At the end of the meeting, Omar Haddad walked out, saying: "This is a farce."'
    assert _rows(text) == [("direct", "Omar Haddad", "unknown", '"This is a farce."')]
    text = "A judge in Leeds blocked the sale on Monday, ruling that the contract was unlawful."
    df = gn.attribute(text)
    assert (df.loc[0, "mention"], df.loc[0, "content"]) == (
        "A judge in Leeds", "the contract was unlawful")


def test_relative_clause_without_commas_and_name_before_a_title():
    text = ("A Western diplomat who asked not to be named because the talks were private said "
            "a deal was close.")
    df = gn.attribute(text)
    assert (df.loc[0, "mention"], df.loc[0, "content"]) == ("A Western diplomat",
                                                            "a deal was close")
    text = ('Tom Reyes, head of the Clean Air Trust, which filed the suit, called the ruling '
            '"overdue and welcome".')
    assert gn.attribute(text).loc[0, "speaker"] == "Tom Reyes"
    assert _rows("The state countered that the map was lawful.")[0][3] == "the map was lawful"


def test_an_institution_description_is_not_a_titled_person():
    # 'the state' must not resolve to 'Secretary of State Ann Cole' (a person)
    text = ("Secretary of State Ann Cole said the rules were fair. "
            "The state countered that the map was lawful.")
    assert list(gn.attribute(text)["speaker"]) == ["Ann Cole", "state"]


def test_coordinated_verb_in_another_tense_belongs_to_the_content():
    text = "Kenji Sato said Japan welcomes the deal and hopes it holds."
    assert _rows(text)[0][3] == "Japan welcomes the deal and hopes it holds"
    text = "Kenji Sato said Japan was ready and warned that time was short."
    assert [r[3] for r in _rows(text)] == ["Japan was ready", "time was short"]


def test_participle_takes_a_quotation_of_several_sentences():
    text = 'Omar Haddad left the room, saying: "This is a farce. We will not return."'
    assert _rows(text)[0][3] == '"This is a farce. We will not return."'


# --- phenomena found in blind set 3 (third author); sentences of my own ---


def test_us_party_and_state_tags_belong_to_the_name():
    # 'D-N.M.' must not end the sentence, and 'R-Ga.' is no head of the appositive
    text = "Sen. Ana Ruiz, D-N.M., said the bill was dead."
    df = gn.attribute(text)
    assert (df.loc[0, "mention"], df.loc[0, "speaker"], df.loc[0, "content"]) == (
        "Sen. Ana Ruiz, D-N.M.", "Ana Ruiz", "the bill was dead")
    text = "Rep. Bo Lind, R-Ga., a member of the Budget Committee, said cuts were needed."
    df = gn.attribute(text)
    assert (df.loc[0, "speaker"], df.loc[0, "content"]) == ("Bo Lind", "cuts were needed")
    text = "Sen. Ted Moss, R-Texas, said the deal was close."
    assert gn.attribute(text).loc[0, "mention"] == "Sen. Ted Moss, R-Texas"


def test_a_name_inside_reported_content_is_no_antecedent():
    # 'she' is Ines Vale (the only woman who spoke), not 'the Social Democrats' in Tor
    # Berg's words (a capitalised name a pronoun could otherwise take as a person)
    text = ("“We will win,” Ines Vale said. Tor Berg disagreed. "
            "He said the Social Democrats would lose seats. “We will see,” she said.")
    assert list(gn.attribute(text)["speaker"]) == ["Ines Vale", "Tor Berg", "Ines Vale"]


def test_an_age_description_refers_to_the_person_last_named():
    # a time phrase ('Ten years after ...,') opens the sentence naming her; 'The 51-year-old
    # mayor' then re-describes her, and 'she' follows
    text = ("Ten years after her first campaign, Clara Holm is running for mayor again.\n"
            "The 51-year-old mayor insists the city needs more buses.\n"
            "“Buses are freedom,” she said.")
    df = gn.attribute(text)
    assert list(df["speaker"]) == ["Clara Holm", "Clara Holm"]
    assert df.loc[0, "content"] == "the city needs more buses"


def test_a_quotation_paragraph_before_its_speaker():
    # the speaker comes in the next paragraph: 'The warning came from X' and, with a
    # pronoun that has no antecedent yet, 'That is how she tells it' + the next named subject
    text = ("“Do not trust the polls.”\n"
            "The warning came from a veteran Labour organiser. She has run six campaigns.")
    df = gn.attribute(text)
    assert (df.loc[0, "content"], df.loc[0, "mention"], df.loc[0, "cue"]) == (
        "“Do not trust the polls.”", "a veteran Labour organiser", "warning")
    text = ("“I only wanted a new school.”\n"
            "That is how she tells it. Mara Quist is now the leading candidate.")
    df = gn.attribute(text)
    assert (df.loc[0, "content"], df.loc[0, "mention"], df.loc[0, "speaker"]) == (
        "“I only wanted a new school.”", "she", "Mara Quist")


def test_trailing_cue_with_an_institution_and_an_appositive_in_the_content():
    text = "Turnout was 58 percent, the lowest since 1990, the electoral commission said."
    df = gn.attribute(text)
    assert (df.loc[0, "mention"], df.loc[0, "content"]) == (
        "the electoral commission", "Turnout was 58 percent, the lowest since 1990")


def test_a_fronted_participle_clause_is_not_content():
    # 'declared victory' has no content; the clause before the subject is a circumstance
    assert _rows("Addressing supporters in a hotel, party leader Ana Costa declared victory.") == []


def test_content_ends_before_but_and_a_verb_of_the_speaker():
    text = "Gen. Ali Sani said on Friday that a vote would be held, but gave no date."
    assert _rows(text)[0][3] == "a vote would be held"


def test_according_to_results_is_no_statement():
    assert _rows("The Greens won 12 seats, according to official results.") == []
    text = "According to two diplomats, the talks failed."
    assert _rows(text)[0][1:] == ("two diplomats", "unknown", "the talks failed")


def test_subject_with_postmodifier_and_long_anonymity_appositive():
    # 'involved' closes the noun phrase; the pronoun inside the appositive is no obstacle
    text = ("A senior aide involved in the talks, speaking on condition of anonymity because "
            "he was not allowed to brief reporters, said a deal was near.")
    df = gn.attribute(text)
    assert df.loc[0, "mention"].startswith("A senior aide involved in the talks, speaking")
    assert df.loc[0, "content"] == "a deal was near"


def test_plural_present_cue_after_an_appositive():
    text = "The Liberals, the junior partner, say the tax would hurt farmers."
    df = gn.attribute(text)
    assert (df.loc[0, "mention"], df.loc[0, "cue"], df.loc[0, "content"]) == (
        "The Liberals, the junior partner", "say", "the tax would hurt farmers")


def test_telling_an_addressee_that_after_the_main_clause():
    text = "Mayor Li Na rejected the report, telling local radio that the figures were old."
    df = gn.attribute(text)
    assert (df.loc[0, "speaker"], df.loc[0, "cue"], df.loc[0, "content"]) == (
        "Li Na", "telling", "the figures were old")


def test_a_name_set_off_by_commas_in_a_described_subject_is_an_antecedent():
    # 'he' is the neighbour Ibrahim (named in a sentence that reports no speech), not the
    # earlier speaker Hadiza Musa, whose gender the text never gives
    for middle in ("Her neighbour, Ibrahim, was more blunt.",
                   "Her neighbour, a tailor who gave only his first name, Ibrahim, was blunt."):
        text = f'"Bread is dear," said Hadiza Musa. {middle} "It is worse," he said.'
        assert list(gn.attribute(text)["speaker"]) == ["Hadiza Musa", "Ibrahim"]


def test_a_closing_comment_of_the_writer_is_not_content():
    text = ("The central bank said in its report that a modest reform would be safe, "
            "a notable shift for the traditionally hawkish bank.")
    assert _rows(text)[0][3] == "a modest reform would be safe"
    # an appositive that describes someone inside the content stays
    text = "Ali said the new envoy would be Ana Costa, a former general."
    assert _rows(text)[0][3] == "the new envoy would be Ana Costa, a former general"


def test_first_name_gender_skips_the_nearer_speaker_of_the_other_gender():
    # Piotr Nowak is nearer, but Piotr is a man's name and Anna a woman's: 'she' is Anna Berg
    text = "“Not yet,” said Anna Berg. “Soon,” said Piotr Nowak. “Later,” she added."
    assert [r[1] for r in _rows(text)] == ["Anna Berg", "Piotr Nowak", "Anna Berg"]
    # an honorific outranks the first name: 'Mr. Andrea Rossi' is a man though Andrea is
    # mostly a woman's name in the list
    text = "“No,” said Mr. Andrea Rossi. “Yes,” said Maria Lopez. “Maybe,” he added."
    assert [r[1] for r in _rows(text)] == ["Andrea Rossi", "Maria Lopez", "Andrea Rossi"]


def test_a_named_object_with_a_gendered_first_name_is_an_antecedent():
    # the subject stays the nearer antecedent; the object is taken when the gender says so
    text = "Maria Lopez met Tom Hale on Monday. “We will see,” she said."
    assert [r[1] for r in _rows(text)] == ["Maria Lopez"]
    text = "Maria Lopez met Tom Hale on Monday. “We will see,” he said."
    assert [r[1] for r in _rows(text)] == ["Tom Hale"]
    # after a title inside a clause, and later by surname alone
    text = ("Parliament met as Prime Minister Kenji Arai faced questions. Arai declined to "
            "comment. “We will see,” he said.")
    assert [r[1] for r in _rows(text)] == ["Kenji Arai"]


def test_a_family_name_first_gets_no_gender_from_the_name_list():
    # "Kim" is "mostly_female" in the first-name list; for Kim Jong Un that would send "he"
    # elsewhere. Only confident answers count, so "he" finds him.
    text = "Kim Jong Un met Moon Jae-in. “We will respond,” he said."
    assert list(gn.attribute(text).speaker) == ["Kim Jong Un"]


def test_statement_table_dtypes_with_and_without_rows():
    """Numbers are int64 and texts pandas' inferred string dtype; an empty table keeps the
    int64 columns and has object text columns, as the column-wise constructor gave."""
    import pandas as pd

    full = gn.attribute("“We are ready,” Ryabkov said.")
    empty = gn.attribute("The weather was fine.")
    columns = attribution.COLUMNS
    assert list(full.columns) == list(empty.columns) == columns
    ints = {"statement_id", "mention_start", "mention_end", "cue_start", "cue_end",
            "content_start", "content_end", "sentence_id", "attribution_id"}
    for name in columns:
        if name in ints:
            assert full[name].dtype == empty[name].dtype == "int64", name
        else:
            assert full[name].dtype == pd.Series(["x"]).dtype, name
            assert empty[name].dtype == object, name
    assert full.loc[0, ["cue", "cue_start", "cue_end"]].tolist() == ["said", 24, 28]


def test_default_registry_follows_the_data_folder(monkeypatch, tmp_path):
    """The default actor registry is looked up once per data folder: pointing
    GENEVA_NB_DATA at a folder without the actor table is still an error that says so."""
    monkeypatch.setenv("GENEVA_NB_DATA", str(tmp_path))
    with pytest.raises(gn.errors.DataFileError, match=r"actors\.csv"):
        gn.attribute("“We are ready,” Ryabkov said.")
