"""gn.attribute: who a mention refers to, and subjects that the cue rules must still find.

Each text is short and invented; the expected speaker was worked out by reading it.
"""

from __future__ import annotations

import geneva_nb as gn
from geneva_nb import nlp


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = gn.attribute(text)
    return [(r.kind, r.speaker, r.mention, r.content) for r in df.itertuples()]


def test_a_time_adverbial_before_a_pronoun_subject():
    text = ("Maria Costa chaired the talks. On Tuesday she said the talks had failed. "
            "Afterwards she told reporters that no deal was possible.")
    assert _rows(text) == [
        ("indirect", "Maria Costa", "she", "the talks had failed"),
        ("indirect", "Maria Costa", "she", "no deal was possible"),
    ]


def test_a_subject_with_a_lower_case_title_inside_is_an_antecedent():
    # the first sentence says nothing, but its subject is who "he" is
    text = ("North Korean leader Kim Jong Un met military officials on Monday. "
            "The meeting lasted three hours.\n\n“We will respond,” he said.")
    assert _rows(text) == [("direct", "Kim Jong Un", "he", "“We will respond,”")]


def test_a_plural_common_noun_opening_a_sentence_is_a_group_not_a_person():
    # "Critics" is no woman's name: "she" is the MP named after "including"
    text = ("Critics, including Labour MP Diane Abbott, said it was unfair. "
            "“It is a betrayal,” she told the BBC.")
    rows = _rows(text)
    assert rows[0][:2] == ("indirect", "Critics")
    assert rows[1] == ("direct", "Diane Abbott", "she", "“It is a betrayal,”")


def test_a_surname_that_is_also_a_plural_noun_stays_a_name():
    text = ("Senator Rachel Banks opposed the bill. “It is a mistake,” Banks said.")
    assert _rows(text) == [("direct", "Rachel Banks", "Banks", "“It is a mistake,”")]


def test_gendered_role_nouns_give_the_speaker_a_gender():
    # the mother is the last person before "he" but cannot be "he"
    text = ("Tom Reyes, the mayor, visited the school. The mother of one pupil, Ana Lima, "
            "said the building was unsafe. “We will fix it this year,” he said.")
    rows = _rows(text)
    assert rows[0][:2] == ("indirect", "Ana Lima")
    assert rows[1][:3] == ("direct", "Tom Reyes", "he")


def test_an_organisation_noun_subject_and_a_time_phrase_without_that():
    text = "The bloc said on Sunday it would send troops. Smith said on Monday the talks were over."
    assert [(k, m, c) for k, _, m, c in _rows(text)] == [
        ("indirect", "The bloc", "it would send troops"),
        ("indirect", "Smith", "the talks were over"),
    ]


def test_what_it_said_is_no_speaker():
    text = "The ministry published what it said was a list of the dead."
    assert _rows(text) == []


def test_lexicon_tag_reads_pattern_lexicon_offline():
    assert nlp.lexicon_tag("critics") == "NNS"
    assert nlp.lexicon_tag("bloc") == "NN"
    assert nlp.lexicon_tag("qzxv") == ""


def test_acronym_of_checks_letters_in_order():
    from geneva_nb.actors import acronym_of

    assert acronym_of("ECOWAS", "Economic Community of West African States")
    assert acronym_of("IAEA", "the International Atomic Energy Agency")
    assert not acronym_of("US", "United Kingdom")  # no S in order after U
    assert not acronym_of("MSF", "Doctors Without Borders")  # another language's initials
    assert not acronym_of("EU", "Europe")  # one word has no acronym


def test_an_acronym_defined_in_brackets_is_the_same_speaker():
    text = ("Leaders of the Economic Community of West African States (ECOWAS) met in Abuja "
            "on Sunday. ECOWAS said the junta must step down.")
    assert _rows(text) == [("indirect", "Economic Community of West African States", "ECOWAS",
                            "the junta must step down")]


def test_an_acronym_after_the_long_name_without_a_definition():
    text = ("The International Atomic Energy Agency said inspectors had left. "
            "Later, the IAEA said it was concerned.")
    speakers = [s for _, s, _, _ in _rows(text)]
    assert speakers == ["International Atomic Energy Agency"] * 2


def test_the_scorer_takes_an_acronym_as_the_same_name():
    from geneva_nb.evaluate.brat import _names_agree

    assert _names_agree("ECOWAS", "Economic Community of West African States")
    assert _names_agree("Economic Community of West African States", "ECOWAS")
    assert not _names_agree("ECOWAS", "African Union")


def test_the_bloc_refers_to_the_organisation_last_named_not_to_a_country():
    text = ("ECOWAS said on Sunday it would send troops. Mali said it would resist. "
            "The bloc said the coup was illegal.")
    speakers = [s for _, s, _, _ in _rows(text)]
    assert speakers == ["ECOWAS", "Mali", "ECOWAS"]


def test_the_company_refers_back_to_a_named_company():
    text = "Acme Corp said profits fell. The company said it would cut jobs."
    assert [s for _, s, _, _ in _rows(text)] == ["Acme Corp", "Acme Corp"]


def test_a_bracketed_party_tag_between_name_and_verb():
    text = ("Sen. Bill Kemper (R-Utah) wrote in a post on X that the draft was a waste. "
            "Minority Leader Patricia Alvarado (D-N.M.) noted that the House had voted.")
    assert _rows(text) == [
        ("indirect", "Bill Kemper", "Sen. Bill Kemper (R-Utah)", "the draft was a waste"),
        ("indirect", "Patricia Alvarado", "Minority Leader Patricia Alvarado (D-N.M.)",
         "the House had voted"),
    ]


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence():
    spans = nlp.sentence_spans("Smith (R-Kan.) said so. It rained.")
    assert spans == [(0, 23), (24, 34)]  # "It rained." is ten characters


def test_a_known_person_named_again_with_a_title_can_be_described_by_it():
    # "Mark Delaney" is first seen as a name alone; the title comes later
    text = ("Critics met Mark Delaney on Monday. Senate President Mark Delaney, a Republican, "
            "spent the week lining up votes. The Senate president said the vote would pass.")
    assert _rows(text)[-1][:2] == ("indirect", "Mark Delaney")


def test_a_title_abbreviation_matches_the_spelt_out_description():
    text = ("Sen. Laura Benning, a Virginia Democrat, welcomed the deployment but said Congress "
            "needed a briefing. “We have sailors in harm’s way,” the senator said.")
    assert _rows(text) == [
        ("indirect", "Laura Benning", "Sen. Laura Benning, a Virginia Democrat",
         "Congress needed a briefing"),
        ("direct", "Laura Benning", "the senator", "“We have sailors in harm’s way,”"),
    ]


def test_called_for_is_a_demand_not_a_statement_and_ends_the_content():
    text = ("Senator Claire Dawson wrote that the incursions were “unacceptable” and called for "
            "a classified hearing. Activists called on the council to resign.")
    assert _rows(text) == [
        ("indirect", "Claire Dawson", "Senator Claire Dawson",
         "the incursions were “unacceptable”"),
    ]


def test_a_capitalised_word_inside_a_sentence_is_no_cue():
    # "States" is part of a name here, not the verb "states"
    text = "The United States was “not a party to the dispute,” he added."
    assert _rows(text) == [
        ("partial", "he", "he", "The United States was “not a party to the dispute,”")]


def test_interview_transcript_answers_are_the_named_persons_statements():
    text = ("Wanjiru Kamau took over the Treasury in May.\n\n"
            "Q: What did you learn?\n\n"
            "Kamau: That people will pay tax. They could not.\n\n"
            "But the answer is not to stop collecting.\n\n"
            "Q: Will you ask for a new loan?\n\n"
            "Kamau: We have not decided.\n\n"
            "After the interview, she left.")
    df = gn.attribute(text)
    answers = df[df.rule.str.startswith("transcript")]
    assert answers.content.tolist() == [
        "That people will pay tax. They could not.\n\nBut the answer is not to stop collecting.",
        "We have not decided.",  # the narrative after the last answer is not part of it
    ]
    assert set(answers.speaker) == {"Wanjiru Kamau"} and set(answers.cue) == {":"}
    assert not df.content.str.contains("learn").any()  # a question is nobody's statement


def test_a_headline_label_without_questions_is_no_transcript():
    text = "Ukraine: the war in maps\n\nKyiv said on Monday it had retaken the village."
    assert [k for k, *_ in _rows(text)] == ["indirect"]


def test_a_bracketed_tag_before_an_appositive_and_a_time_phrase_before_the_verb():
    text = ("Sen. Patricia Navarro (D-Nev.), the top Democrat on the committee, said her party "
            "had not seen the text. Chief Minister N. Srinivasa Rao on Tuesday said the "
            "scheme would be finished by June.")
    assert [(s, c) for _, s, _, c in _rows(text)] == [
        ("Patricia Navarro", "her party had not seen the text"),
        ("Srinivasa Rao", "the scheme would be finished by June"),
    ]


def test_i_in_unmarked_dialogue_is_not_a_speaker():
    assert _rows("I told you on the first day that this would not be easy.") == []


def test_the_scorer_takes_a_capital_for_its_state():
    from geneva_nb.evaluate.brat import _names_agree

    assert _names_agree("Russia", "Moscow") and _names_agree("Ukraine", "Kyiv")
    assert not _names_agree("Russia", "Kyiv")


def test_a_lede_role_refers_forward_to_the_person_named_next():
    text = ("The home secretary has defended plans to cut migration, saying the country "
            "“cannot go on like this”.\n\nSpeaking to the BBC, Priya Lal said the rules would "
            "start in April.")
    assert [s for _, s, _, _ in _rows(text)] == ["Priya Lal", "Priya Lal"]


def test_an_indefinite_lede_role_needs_the_same_title_to_refer_forward():
    judge = ("A federal judge in Atlanta blocked the rules, ruling that they likely violated "
             "the law.\n\nUS District Judge Laura Whitfield wrote that the state had no "
             "evidence.")
    official = ("A senior official said the talks had failed.\n\nPresident Ana Ruiz said "
                "they would resume.")
    assert [s for _, s, _, _ in _rows(judge)] == ["Laura Whitfield", "Laura Whitfield"]
    assert [s for _, s, _, _ in _rows(official)] == ["senior official", "Ana Ruiz"]


def test_a_description_refers_to_a_person_just_named_without_a_title():
    text = ("Lavrov spoke beside his Turkish counterpart, Mehmet Kaya. Kaya was more cautious. "
            "“We speak to everyone,” the Turkish minister said.")
    assert _rows(text)[-1][:2] == ("direct", "Mehmet Kaya")


def test_a_party_member_description_is_no_name():
    text = ("Agriculture Chair Rick Dunmore met farmers. Dunmore was less certain. "
            "The Kansas Republican argued that the cuts would hurt farms.")
    assert _rows(text) == [("indirect", "Rick Dunmore", "The Kansas Republican",
                            "the cuts would hurt farms")]


def test_a_second_speakers_clause_after_a_comma_ends_the_content():
    text = ("Councils have warned that the overhaul will strip residents of any say, as the "
            "housing secretary, Angela Pryce, insisted the changes were the only way.")
    assert [(s, c) for _, s, _, c in _rows(text)] == [
        ("Councils", "the overhaul will strip residents of any say"),
        ("Angela Pryce", "the changes were the only way"),
    ]


def test_an_appositive_saying_who_leads_an_organisation_does_not_name_the_speaker():
    text = ("The Finance Ministry, led by the SPD’s Lars Köhler, said in a statement that the "
            "package was fully financed.")
    assert _rows(text)[0][1] == "Finance Ministry"


def test_a_foreign_acronym_defined_in_brackets():
    text = ("Researchers at the German Institute for Economic Research (DIW) published new "
            "figures. “The figure is exaggerated,” the DIW said.")
    assert _rows(text)[0][1] == "German Institute for Economic Research"


def test_the_owner_of_an_office_is_the_person_last_named():
    # Ferrand is named later than Marchal, but "Marchal's office" names Marchal again
    text = ("Prime Minister Étienne Marchal survived the vote. Olivier Ferrand, the Socialist "
            "leader, said the deal held. Marchal's office said the talks went well. The "
            "54-year-old former banker defended the deal. “Stability has a price,” he said.")
    assert _rows(text)[-1][:2] == ("direct", "Étienne Marchal")


def test_a_role_outside_the_noun_list_is_a_subject_when_a_name_is_apposed():
    text = ("The state's attorney general, Gregory Pike, said he would appeal. "
            "Its managing partner, Steve Albers, told commissioners the company hoped to build.")
    assert [(s, c) for _, s, _, c in _rows(text)] == [
        ("Gregory Pike", "he would appeal"),
        ("Steve Albers", "the company hoped to build"),  # 'commissioners' is the addressee
    ]


def test_addressees_end_before_the_content():
    rows = _rows("She told him the plan was dead. She told reporters prices would rise. "
                 "She told local officials the bill was late.")
    assert [c for *_, c in rows] == ["the plan was dead", "prices would rise",
                                     "the bill was late"]


def test_condemned_as_takes_the_quoted_words():
    text = ("Iran’s foreign ministry spokesman, Nasser Karimi, condemned the decision as "
            "“illegal and counterproductive”.")
    assert _rows(text) == [("partial", "Nasser Karimi",
                            "Iran’s foreign ministry spokesman, Nasser Karimi",
                            "“illegal and counterproductive”")]


def test_a_that_verb_with_a_bare_clause_after_a_coordinated_said():
    text = ("Piotr Nowicki said the count should be watched carefully and claimed there had "
            "been irregularities.")
    assert [c for *_, c in _rows(text)] == ["the count should be watched carefully",
                                            "there had been irregularities"]


def test_a_quoted_title_inside_an_appositive():
    text = ("Retired Adm. James Okafor, author of “The Second Island Chain,” a history of "
            "naval strategy, said the deployment was a signal.")
    assert _rows(text)[0][1::2] == ("James Okafor", "the deployment was a signal")


def test_a_quotation_followed_by_according_to():
    for text in ("“It’s over,” according to a senior official.",
                 "“It’s over”, according to a senior official."):
        (kind, speaker, mention, _), = _rows(text)
        assert (kind, speaker, mention) == ("direct", "senior official", "a senior official")


def test_that_was_how_an_unnamed_source_described_it():
    text = ("“It’s a circular firing squad.”\n\n"
            "That was how one senior GOP aide described the lunch.")
    assert _rows(text) == [("direct", "senior GOP aide", "one senior GOP aide",
                            "“It’s a circular firing squad.”")]
    assert _rows("“We will win.”\n\nThat is how the party has always worked.") == []


def test_a_headline_title_acronym_refers_to_the_person_with_that_title():
    text = ("Scheme to be completed by 2028, says CM\n\nChief Minister N. Srinivasa Rao on "
            "Tuesday said the scheme would be done. Later the CM said funds were ready.")
    assert [s for _, s, _, _ in _rows(text)] == ["Srinivasa Rao"] * 3


def test_a_country_acronym_is_not_a_titled_person():
    text = ("UK Foreign Secretary Tom Hale met envoys. The UK said the talks would go on.")
    assert _rows(text)[-1][1] == "UK"


def test_a_cue_inside_the_reported_clause_splits_the_content():
    df = gn.attribute("The plan, Hale said, was dead.")
    assert df.content.tolist() == ["The plan", "was dead"]
    assert set(df.cue) == {"said"} and set(df.speaker) == {"Hale"}
    # an adverbial before the cue is no content
    assert gn.attribute("On Monday, Hale said, the plan was dead.").content.tolist() == [
        "the plan was dead"]


def test_no_is_no_abbreviation_but_no_10_keeps_its_number():
    spans = nlp.sentence_spans("He voted no. Hale disagreed. She went to No. 10 at noon.")
    assert spans == [(0, 12), (13, 28), (29, 56)]


def test_a_radio_transcript_with_host_and_reporter_labels():
    text = ("DEBORAH HALE, HOST:\n\nLawmakers voted today.\n\n"
            "JONAH PRUITT, BYLINE: The vote was 24 to 9.\n\n"
            "RUTH ELLERY: When your nearest ER is an hour away, that's not a statistic.\n\n"
            "PRUITT: The money is meant to buy time.")
    df = gn.attribute(text)
    assert df[["speaker", "content"]].values.tolist() == [
        ["RUTH ELLERY", "When your nearest ER is an hour away, that's not a statistic."]]


def test_the_subject_scan_stops_at_the_verb():
    # "Elyria, the youngest ..." follows the verb: it is no subject and no antecedent
    text = ("Lorraine Okafor is running for mayor. Okafor grew up in Elyria, the youngest of "
            "five children. Her father, she recalled, read the newsletter aloud.")
    assert {s for _, s, _, _ in _rows(text)} == {"Lorraine Okafor"}


def test_commitments_and_urging_are_no_statements():
    text = ("The Republican Party has promised to revisit the law. Critics urged the "
            "council to act. He reckons the reform will work.")
    assert [(m, c) for _, _, m, c in _rows(text)] == [("He", "the reform will work")]


def test_a_role_named_in_the_next_sentence_after_the_lede():
    text = ("The bill passed on Thursday.\n\nThe minister said it was a good day.\n\n"
            "The opposition leader said the deal was a stitch-up.\n\n"
            "“This government has sold out,” Grant Maddock told reporters.")
    assert _rows(text)[1][:2] == ("indirect", "Grant Maddock")


def test_arabic_article_names_are_person_names():
    text = ("A Hamas official in Doha, Issam al-Hindi, told Al Jazeera that the move was "
            "propaganda.")
    assert _rows(text)[0][1] == "Issam al-Hindi"


def test_questions_put_by_reporters_are_not_statements():
    text = ("Brooks said the veto stands. “Is the president comfortable with that?” the "
            "reporter asked. A reporter asked whether the president would travel.")
    assert [c for *_, c in _rows(text)] == ["the veto stands"]


def test_who_clauses_name_their_antecedent():
    text = ("The bill passed with four Republicans, including Sen. Martha Quill of Maine, who "
            "has called the tariffs “a tax on every family.” Carmen Ossandón, who runs "
            "Fundación Horizonte, a think-tank, argues that the money comes too slowly.")
    assert [(s, m) for _, s, m, _ in _rows(text)] == [
        ("Martha Quill", "Sen. Martha Quill of Maine"),
        ("Carmen Ossandón", "Carmen Ossandón, who runs Fundación Horizonte, a think-tank"),
    ]


def test_a_sentence_with_a_pronoun_subject_names_no_new_antecedent():
    text = ("The labour minister, Felipe Araya, is unrepentant. He spent the year shuttling "
            "between La Moneda, the presidential palace, and the Senate. “We chose the good "
            "law,” he says.")
    assert _rows(text)[-1][:2] == ("direct", "Felipe Araya")


def test_a_dateline_with_accented_capitals_and_a_long_addressee():
    text = ("BRASÍLIA - Brazilian Foreign Minister Marcelo Tavares on Tuesday defended his "
            "plan, telling reporters at his annual news conference that the talks were "
            "\"difficult but not dead\". Irish Foreign Minister Ciarán Mulvey told a joint press "
            "conference with his Serbian counterpart in Brussels that the decision was fair.")
    assert [(s, c) for _, s, _, c in _rows(text)] == [
        ("Marcelo Tavares", 'the talks were "difficult but not dead"'),
        ("Ciarán Mulvey", "the decision was fair"),
    ]


def test_a_participle_after_a_quotation_ending_in_a_comma():
    text = ('He said Europe would defend its industry but "not by starting a trade war," '
            "adding that Berlin would support new investigations.")
    assert [c for *_, c in _rows(text)] == [
        'Europe would defend its industry but "not by starting a trade war,"',
        "Berlin would support new investigations"]


def test_reporters_trailing_words_end_the_content():
    text = ("The union said 14,000 schools had closed, although the department said the figure "
            "was lower. The bank said inflation would rise, deepening a row with the government.")
    assert [(s, c) for _, s, _, c in _rows(text)] == [
        ("union", "14,000 schools had closed"), ("department", "the figure was lower"),
        ("bank", "inflation would rise")]


def test_a_thinking_verb_after_and_stays_in_the_content():
    text = "Ilić said Serbia was drafting the law and expected parliament to adopt it soon."
    assert [c for *_, c in _rows(text)] == [
        "Serbia was drafting the law and expected parliament to adopt it soon"]


def test_shot_back_and_a_speaker_noun_before_who():
    text = ("Castillo shot back that her opponent had never met a developer he disliked. "
            "He was sentenced by a federal judge who said he had sold the public trust.")
    assert [(cue, m) for cue, m in gn.attribute(text)[["cue", "mention"]].values] == [
        ("shot back", "Castillo"), ("said", "a federal judge")]


def test_one_of_a_group_never_named_is_labelled_in_full():
    assert _rows("A draft did not name China, one of the sources said.")[0][:3] == (
        "indirect", "one of the sources", "one of the sources")
