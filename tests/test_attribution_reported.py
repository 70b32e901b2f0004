"""Verb frames (rule 10, geneva_nb.attribution.frames), only with ``beliefs=True``: speech the
project's convention does not count ('accused X of', 'urged X to') and non-speech attributions
(beliefs, intentions, support, evidence, feelings, declining); 'according to' inside a clause.
Texts invented for these tests; expected spans worked out by hand."""

from __future__ import annotations

import pytest
from attribution_helpers import attribute_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geneva_nb as gn
from geneva_nb.attribution import frames
from geneva_nb.errors import DataFileError


def _rows(text: str, *, beliefs: bool = True) -> list[tuple[str, str, str, str, str]]:
    return attribute_rows(text, beliefs=beliefs)


# speech frames: kind indirect, only with beliefs=True


def test_the_default_output_keeps_the_projects_convention():
    for text in ("Mayor Dana Kell accused the council of hiding the audit.",
                 "Governor Alma Reyes urged lawmakers to pass the budget.",
                 "Most farmers feel the drought will end.",
                 "Lena Ortiz wants to run for mayor."):
        assert _rows(text, beliefs=False) == []


def test_object_and_preposition_frame_is_reported_speech():
    assert _rows("Mayor Dana Kell accused the council of hiding the audit.") == [
        ("indirect", "Mayor Dana Kell", "accused", "the council of hiding the audit",
         "frame-speech")]
    assert _rows("The governor praised the volunteers for their patience.") == [
        ("indirect", "The governor", "praised", "the volunteers for their patience",
         "frame-speech")]


def test_asked_whether_with_and_without_an_addressee():
    assert [r[:4] for r in _rows("Parents asked the coach whether he would resign.")] == [
        ("indirect", "Parents", "asked", "the coach whether he would resign")]
    # without an addressee the reported-speech rule already takes it; one row either way
    assert [r[:4] for r in _rows("Ms. Oduya questioned whether the bridge was safe.")] == [
        ("indirect", "Ms. Oduya", "questioned", "whether the bridge was safe")]


def test_a_reporters_question_stays_out():
    assert _rows("Reporters asked the coach whether he would resign.") == []
    assert _rows("Reporters asked the coach whether he would resign.", beliefs=False) == []


def test_talked_about_and_cited_take_their_topic_and_object():
    assert _rows("Senator Ruiz talked about rural hospitals.") == [
        ("indirect", "Senator Ruiz", "talked", "rural hospitals", "frame-speech")]
    assert _rows("The minister cited rising costs.") == [
        ("indirect", "The minister", "cited", "rising costs", "frame-speech")]


def test_speech_frames_need_their_complement():
    # 'accused' with no 'of/for', 'talked' with no topic, 'cited' with a pronoun object
    assert _rows("Mayor Dana Kell accused the council.") == []
    assert _rows("The two leaders talked for an hour.") == []
    assert _rows("The minister cited it.") == []


def test_passives_and_nouns_are_not_frames():
    assert _rows("The council was accused of hiding the audit.") == []
    assert _rows("The teacher's talk about rivers was long.") == []


# non-speech: only with beliefs=True, kind belief


def test_beliefs_are_off_by_default():
    text = "Most farmers feel the drought will end. Lena Ortiz wants to run for mayor."
    assert _rows(text, beliefs=False) == []
    kinds = {r[0] for r in _rows(text, beliefs=True)}
    assert kinds == {"belief"}


def test_belief_with_a_bare_clause_and_with_i():
    assert _rows("Most farmers feel the drought will end.", beliefs=True) == [
        ("belief", "Most farmers", "feel", "the drought will end", "frame-belief")]
    assert _rows("I think the bridge is safe.", beliefs=True) == [
        ("belief", "I", "think", "the bridge is safe", "frame-belief")]


def test_belief_verb_with_an_object_is_no_belief():
    # 'knows the area' has no clause after it; 'think' with nothing finite after it neither
    assert _rows("Tomas Berg knows the area well.", beliefs=True) == []


def test_intention_takes_the_infinitive_and_declining_too():
    assert _rows("Lena Ortiz wants to run for mayor.", beliefs=True) == [
        ("belief", "Lena Ortiz", "wants", "to run for mayor", "frame-intention")]
    assert _rows("The spokesman declined to comment.", beliefs=True) == [
        ("belief", "The spokesman", "declined", "to comment", "frame-declining")]
    assert _rows("Lena Ortiz does not want to run.", beliefs=True)[0][2:4] == ("want", "to run")


def test_support_takes_the_object_and_needs_a_source():
    assert _rows("The teachers' union endorsed Maya Chen.", beliefs=True)[0][2:] == (
        "endorsed", "Maya Chen", "frame-support")
    # passive: no source
    assert _rows("Maya Chen was endorsed by the union.", beliefs=True) == []


def test_source_of_which_is_its_antecedent():
    rows = _rows("The union, which endorsed Maya Chen, met on Monday.", beliefs=True)
    assert rows == [("belief", "The union", "endorsed", "Maya Chen", "frame-support")]


def test_evidence_from_a_poll():
    assert _rows("A new poll shows that Chen leads in Ohio.", beliefs=True) == [
        ("belief", "A new poll", "shows", "Chen leads in Ohio", "frame-evidence")]
    assert _rows("In the latest Gazette poll, Chen leads Berg by four points.",
                 beliefs=True) == [
        ("belief", "the latest Gazette poll", "In", "Chen leads Berg by four points",
         "frame-evidence")]
    # 'In' + a place is no source
    assert _rows("In the old mill, workers leave at noon.", beliefs=True) == []


def test_feelings_after_be():
    assert _rows("The senator is worried about the deficit.", beliefs=True) == [
        ("belief", "The senator", "worried", "the deficit", "frame-feeling")]
    assert _rows("Parents are confident that the school will reopen.", beliefs=True)[0][2:] == (
        "confident", "the school will reopen", "frame-belief")


def test_demand_and_commitment_only_with_beliefs():
    text = "Governor Alma Reyes urged lawmakers to pass the budget."
    assert _rows(text, beliefs=False) == []  # the project's convention: no statement
    assert _rows(text, beliefs=True) == [
        ("indirect", "Governor Alma Reyes", "urged", "lawmakers to pass the budget",
         "frame-demand")]
    assert _rows("Berg vowed to cut taxes.", beliefs=True)[0][2:] == (
        "vowed", "to cut taxes", "frame-commitment")


def test_a_clause_goes_on_past_as_and_after():
    # PolNeAR's contents run to the end of the clause: 'as', 'after', 'so' do not stop them
    assert _rows("Dana Kell praised the plan as a fair deal.")[0][3] == "the plan as a fair deal"
    assert _rows("The union backed a boycott after the layoffs.")[0][3] == (
        "a boycott after the layoffs")


def test_participle_after_a_comma_takes_the_main_subject():
    rows = _rows("Ana Costa rallied supporters in Lyon, referring to the strike.", beliefs=True)
    assert rows == [("belief", "Ana Costa", "referring", "the strike", "frame-belief")]


def test_frames_inside_quotations_are_not_read():
    rows = _rows('“I think we will win,” said Tomas Berg.', beliefs=True)
    assert [r[0] for r in rows] == ["direct"]


def test_a_reported_statement_is_not_repeated_as_a_belief():
    # 'said' already takes the sentence; 'believes' inside its content is not another row
    rows = _rows("Berg said Chen believes the plan will fail.", beliefs=True)
    assert [(r[0], r[2]) for r in rows] == [("indirect", "said")]


def test_empty_reported_content_is_no_statement():
    assert _rows("Sherman told and told", beliefs=False) == []


def test_every_frame_in_the_table_is_known():
    table = frames.frame_table()
    assert table["accused"][0][0].frame == "obj-for"
    assert {f.cls for entries in table.values() for f, _ in entries} >= {
        "speech", "belief", "intention", "support", "evidence", "feeling", "declining"}


def test_a_bad_frame_row_is_a_clear_error(tmp_path, monkeypatch):
    bad = tmp_path / "attribution"
    bad.mkdir()
    (bad / "verbs.csv").write_text("verb,class,frame,rationale\nhope,intention,wish,x\n",
                                   encoding="utf-8")
    monkeypatch.setattr(frames, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    frames.frame_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match="use one of"):
            frames.frame_table()
    finally:
        frames.frame_table.cache_clear()


_WORDS = st.sampled_from(
    "the a union poll shows that wants to believe I think was endorsed by which , . in "
    "declined accused of for asked whether is worried about Chen Berg said “ ” talked".split())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=120))
def test_any_text_keeps_the_offsets_contract_with_beliefs(text):
    df = gn.attribute(text, beliefs=True)
    for r in df.itertuples():
        assert text[r.content_start:r.content_end] == r.content and r.content
        assert text[r.mention_start:r.mention_end] == r.mention
        # only the source-less frames ('seemed', 'Asked about X, ...') have no mention
        assert r.mention or (r.rule.endswith(":none") and r.speaker == "")
        assert r.kind in {"direct", "partial", "indirect", "belief"}


def test_according_to_inside_the_clause_gives_both_parts_one_act():
    text = "Since last May, according to the union, managers have cut 40 jobs."
    df = gn.attribute(text)
    assert df["content"].tolist() == ["Since last May", "managers have cut 40 jobs"]
    assert df["mention"].tolist() == ["the union", "the union"]
    assert df["attribution_id"].nunique() == 1
    # an appositive of the source is skipped, a relative clause ends the content
    df = gn.attribute("At the heart of it, according to Dana Kell, a former envoy, was a feud.")
    assert df["content"].tolist() == ["At the heart of it", "was a feud"]
    df = gn.attribute("The plant will close in May, according to Dana Kell, who runs the union.")
    assert df["content"].tolist() == ["The plant will close in May"]


def test_according_to_numbers_is_evidence_only_with_beliefs():
    text = "Turnout rose by a third, according to the early results."
    assert _rows(text, beliefs=False) == []  # numbers: nobody said them
    assert _rows(text, beliefs=True) == [
        ("belief", "the early results", "according to", "Turnout rose by a third",
         "frame-evidence")]


def test_plain_plural_subject_say_needs_a_clear_clause():
    assert _rows("Such hacks are rare, but security specialists say it is a real threat.") == [
        ("indirect", "security specialists", "say", "it is a real threat", "frame-speech")]
    # no pronoun or 'that' after 'say': the subject is too unsure to name
    assert _rows("Such hacks are rare, but security specialists say the river.") == []
    assert _rows("The sources spoke on condition of anonymity.") == []


def _gold_dir(root, *, polnear: bool):
    """One invented article with one non-speech gold attribution, in BRAT standoff, laid out
    as PolNeAR (attributions/NAME_ab12.ann + text/NAME.txt) or as plain gold (NAME.ann)."""
    text = "Lena Ortiz wants to run for mayor."
    ann = ("T1\tSource 0 10\tLena Ortiz\nT2\tCue 11 16\twants\n"
           "T3\tContent 17 33\tto run for mayor\n"
           "T4\tAttribution 11 16\twants\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    if polnear:
        (root / "attributions").mkdir()
        (root / "text").mkdir()
        (root / "attributions" / "art_ab12.ann").write_text(ann, encoding="utf-8")
        (root / "text" / "art.txt").write_text(text, encoding="utf-8")
    else:
        (root / "art.ann").write_text(ann, encoding="utf-8")
        (root / "art.txt").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(("polnear", "option", "found"), [
    (True, "auto", 1), (True, "off", 0), (False, "auto", 0), (False, "on", 1)])
def test_evaluator_predicts_beliefs_for_polnear_layout(tmp_path, polnear, option, found):
    from geneva_nb.evaluate.brat import find_pairs, score_documents
    root = _gold_dir(tmp_path, polnear=polnear)
    total, _ = score_documents(find_pairs(root), beliefs=option)
    assert (total.gold, total.predicted, total.tp03) == (1, found, found)


def test_a_view_of_someone_takes_object_and_as():
    assert _rows("Most voters see Chen as a moderate.") == [
        ("belief", "Most voters", "see", "Chen as a moderate", "frame-belief")]
    assert _rows("Most voters see the river.") == []  # perception, no view
    assert _rows("The council is opposed to the merger.")[0][2:] == (
        "opposed", "the merger", "frame-support")


def test_support_object_ends_before_a_time_phrase_or_a_new_verb():
    # PolNeAR's content of 'endorsed X' is whom or what the source backs, not when
    assert _rows("Mayor Dana Kell endorsed Ruiz on Wednesday.") == [
        ("belief", "Mayor Dana Kell", "endorsed", "Ruiz", "frame-support")]
    assert _rows("The nurses union endorsed Lena Ortiz last week and organized for her.") == [
        ("belief", "The nurses union", "endorsed", "Lena Ortiz", "frame-support")]
    # a prepositional phrase that is no time stays in the object
    assert _rows("The farmers backed a tax on imported grain.") == [
        ("belief", "The farmers", "backed", "a tax on imported grain", "frame-support")]


def test_a_pronoun_after_a_trailing_cue_starts_the_content():
    # 'When ..., the aide said he ...': the clause after the cue is the statement, the
    # fronted clause before it is not (found on PolNeAR train, texts invented)
    text = "When reporters asked about the memo, the campaign aide said he needed more time."
    for beliefs in (False, True):
        assert _rows(text, beliefs=beliefs) == [
            ("indirect", "the campaign aide", "said", "he needed more time",
             "reported-cue-before")]
    # a real trailing cue still takes the clause before it
    assert _rows("The bridge will reopen in May, the aide said.", beliefs=False) == [
        ("indirect", "the aide", "said", "The bridge will reopen in May",
         "reported-cue-after")]


def test_evidence_named_after_its_clause_or_with_a_participle():
    assert _rows("The mayor gave nothing to any candidate, election records show.") == [
        ("belief", "election records", "show", "The mayor gave nothing to any candidate",
         "frame-evidence")]
    assert _rows("Turnout will be low, a new state survey found.")[0][1:4] == (
        "a new state survey", "found", "Turnout will be low")
    assert _rows("In a county poll released Monday, most voters chose Ortiz.") == [
        ("belief", "a county poll released Monday", "In", "most voters chose Ortiz",
         "frame-evidence")]
    # no evidence noun, no attribution; and nothing without beliefs=True
    assert _rows("Turnout will be low, the old stories show.") == []
    assert _rows("Turnout will be low, election records show.", beliefs=False) == []


def test_a_noun_cue_after_a_possessor():
    # the possessor is the source; the content is the clause, infinitive or object after it
    assert _rows("The vote followed Mayor Dana Kell's decision to close the library.") == [
        ("belief", "Mayor Dana Kell's", "decision", "to close the library", "frame-intention")]
    rows = _rows("Lena Ortiz spoke first. Her warning that the dam would fail was ignored.")
    assert [r[:4] for r in rows] == [
        ("indirect", "Her", "warning", "the dam would fail")]
    df = gn.attribute("Lena Ortiz spoke first. Her warning that the dam would fail was ignored.",
                      beliefs=True)
    assert df.speaker.tolist() == ["Lena Ortiz"]
    # the object of the preposition stops at the sentence's own verb
    assert _rows("Ruiz's criticism of the budget office continued.") == [
        ("indirect", "Ruiz's", "criticism", "the budget office", "frame-speech")]
    assert gn.attribute("Ruiz's criticism of the budget office continued.",
                        beliefs=True).speaker.tolist() == ["Ruiz"]
    # no possessor or no complement: nothing; and nothing without beliefs=True
    assert _rows("The decision to close the library was made.") == []
    assert _rows("Her decision surprised the council.") == []
    assert _rows("Mayor Kell's decision to close the library.", beliefs=False) == []


def test_a_question_with_no_asker_is_sourceless():
    rows = _rows("Asked about the audit, Ruiz said the numbers were fine.")
    assert rows[0] == ("indirect", "", "Asked", "about the audit", "frame-asked")
    assert rows[1][1:4] == ("Ruiz", "said", "the numbers were fine")
    assert _rows("When asked whether she would run again, Ortiz smiled.") == [
        ("indirect", "", "asked", "whether she would run again", "frame-asked")]
    assert gn.attribute("Ruiz was asked about the bridge.", beliefs=True).speaker.tolist() == [
        ""]
    # an active 'asked' has its subject as the source; nothing without beliefs=True
    assert [r[4] for r in _rows("Ruiz asked whether the bridge was safe.")] != ["frame-asked"]
    assert _rows("When asked whether she would run again, Ortiz smiled.", beliefs=False) == []


def test_a_headline_label_that_is_a_poll_or_report():
    text = "Poll: Ortiz leads the race in the county.\n\nA new survey put the mayor second."
    assert _rows(text)[0] == ("belief", "Poll", ":", "Ortiz leads the race in the county",
                              "frame-evidence")
    # a place or a column name is no source; nothing without beliefs=True
    assert _rows("Germany: Coalition row deepens in Berlin.\n\nThe talks failed.") == []
    assert _rows(text, beliefs=False) == []


def test_hearsay_adverb_is_a_sourceless_belief():
    assert _rows("In total, the hackers have reportedly entered 100 party offices.") == [
        ("belief", "", "reportedly", "the hackers have reportedly entered 100 party offices",
         "frame-sourceless")]
    assert _rows("Reportedly, he made angry comments to his co-workers.")[0][3] == (
        "he made angry comments to his co-workers")
    assert _rows("The hackers have reportedly entered 100 offices.", beliefs=False) == []


def test_a_negated_be_in_one_token_is_still_be():
    # "isn’t expected to": source-less expectation, not the subject's intention
    assert _rows("Ruiz isn’t expected to attend.") == [
        ("belief", "", "expected", "Ruiz isn’t expected to attend", "frame-sourceless")]
    assert _rows("He wasn't backed by the union.") == []  # a passive has no source here


def test_base_form_after_a_plural_head_and_its_prepositional_phrase():
    assert _rows("Records from the 2008 election cycle show he backed both senators.") == [
        ("belief", "Records from the 2008 election cycle", "show", "he backed both senators",
         "frame-evidence")]
    rows = _rows("Farmers in the valley plan to sue the county.")
    assert [r[2:] for r in rows] == [("plan", "to sue the county", "frame-intention")]
    # a singular head is a noun phrase, no subject of 'plan'
    assert _rows("The budget of the city plan to grow failed.") == []


def test_would_like_to_is_an_intention():
    assert _rows("The city council would like to rebuild the bridge.") == [
        ("belief", "The city council", "like", "to rebuild the bridge", "frame-intention")]


def test_consider_list_and_portray_frames():
    assert _rows("Most farmers consider the new levy unfair.") == [
        ("belief", "Most farmers", "consider", "the new levy unfair", "frame-belief")]
    assert _rows("The mayor portrayed the strike as a betrayal.")[0][2:] == (
        "portrayed", "the strike as a betrayal", "frame-speech")
    assert _rows("The report listed three failures of the agency.")[0][2:4] == (
        "listed", "three failures of the agency")


def test_demand_dispute_and_advocacy_frames():
    assert _rows("The union pressed the board to delay the vote.")[0][2:] == (
        "pressed", "the board to delay the vote", "frame-demand")
    assert _rows("Several senators questioned the cost of the program.")[0][2:] == (
        "questioned", "the cost of the program", "frame-speech")
    assert _rows("The group advocated for a higher minimum wage.")[0][2:] == (
        "advocated", "a higher minimum wage", "frame-support")


def test_critical_of_is_speech():
    assert _rows("The senator has been critical of the new trade deal.") == [
        ("indirect", "The senator", "critical", "the new trade deal", "frame-speech")]


def test_weaker_frames_of_issue_11_b2():
    # 'want' + a noun-phrase object (beside 'want to ...'), only with beliefs=True
    assert _rows("Senator Alma Voss wants a new bridge over the river.") == [
        ("belief", "Senator Alma Voss", "wants", "a new bridge over the river",
         "frame-intention")]
    assert _rows("Senator Alma Voss wants a new bridge over the river.", beliefs=False) == []
    # 'sees that ...' as a belief
    assert _rows("Ruiz sees that the budget is too small.") == [
        ("belief", "Ruiz", "sees", "the budget is too small", "frame-belief")]
    # possessor nouns plan / claim / concern / remark / idea
    assert _rows("Ruiz's plan to close the library drew protests.") == [
        ("belief", "Ruiz's", "plan", "to close the library", "frame-intention")]
    assert [r[:4] for r in _rows("Her claim that the vote was rigged was false.")] == [
        ("indirect", "Her", "claim", "the vote was rigged")]
    assert _rows("Their concerns about the budget grew.") == [
        ("belief", "Their", "concerns", "the budget", "frame-feeling")]
    assert [r[:3] for r in _rows("His remarks on the tax angered the council.")] == [
        ("indirect", "His", "remarks")]
    assert [r[:3] for r in _rows("His idea that the river could move was mocked.")] == [
        ("belief", "His", "idea")]
    # no possessor: nothing
    assert _rows("The plan to close the library drew protests.") == []
