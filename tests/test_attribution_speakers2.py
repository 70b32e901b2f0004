"""Quoted passages with the right speaker: the rules added from the PolNeAR train errors
(issue 11), one test per rule.

Every text here is invented for the test and annotated by hand: each expectation says which
statement the text contains (speaker, kind, content) and, for the precision side, which it
does not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geneva_nb as gn


def rows(text: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, content) of every statement, in text order."""
    df = gn.attribute(text)
    return list(zip(df["kind"], df["speaker"], df["content"], strict=True))


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker of the statement whose content holds the quotation ``quote``, or None."""
    df = gn.attribute(text)
    a = text.index(quote)
    b = a + len(quote)
    for s, e, who in zip(df["content_start"], df["content_end"], df["speaker"], strict=True):
        if s <= a and b <= e:
            return str(who)
    return None


# --- reported content stops before another statement's speaker and cue --------------------

def test_reported_content_stops_before_a_second_speakers_quotation():
    # 'said the audit was fair' is Mara Hill's; the quotation is Tom Reyes's, introduced by
    # his own cue 'interjected:'. Hill's content must not swallow Reyes's clause and quotation.
    text = ("Mara Hill said the audit was fair, to which Tom Reyes interjected: "
            "“It is just not true.”")
    assert rows(text) == [
        ("indirect", "Mara Hill", "the audit was fair"),
        ("direct", "Tom Reyes", "“It is just not true.”"),
    ]


def test_subordinate_reported_clause_leaves_the_main_clause_to_its_speaker():
    # 'When Lee suggested that X, Ames fired back: “Q”': X is Lee's, Q is Ames's
    text = ("When Lee suggested that the city would sue the state, Ames fired back forcefully: "
            "“If they sue us in a court, they are going to lose.”")
    assert rows(text) == [
        ("indirect", "Lee", "the city would sue the state"),
        ("direct", "Ames", "“If they sue us in a court, they are going to lose.”"),
    ]


# --- any text: the offsets contract holds for every rule added here ----------------------

_WORDS = st.sampled_from([
    "Then,", "Instead,", "But", "said", "says", "Ames", "Lee", "he", "she", "the", "plan",
    "“", "”", ",", ".", ":", "fired", "back", "to", "which", "interjected", "about", "it",
    "When", "suggested", "that", "\n", "added", "Reyes", "was", "dead", "Mr.", "quipped",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_offsets_contract_holds_on_arbitrary_quote_soup(words):
    text = " ".join(words)
    df = gn.attribute(text)
    for s, e, content in zip(df["content_start"], df["content_end"], df["content"], strict=True):
        assert text[s:e] == content and content.strip()
    for s, e, mention in zip(df["mention_start"], df["mention_end"], df["mention"], strict=True):
        assert text[s:e] == mention


# --- names with initials; roundup labels after a dash -------------------------------------

def test_a_middle_initial_stays_in_the_speakers_name():
    # before: the full stop of the initial ended the mention ('J' / 'Gerald J'); a leading
    # initial is part of the mention, the speaker's name is the name after it
    df = gn.attribute("“We won,” said J. Gerald Hebert, a lawyer.")
    assert df[["mention", "speaker"]].values.tolist() == [["J. Gerald Hebert", "Gerald Hebert"]]
    assert rows("“We won,” said Gerald J. Hebert, a lawyer.") == [
        ("direct", "Gerald J. Hebert", "“We won,”")]
    assert rows("“We won,” said Alan A. Milne.") == [("direct", "Alan A. Milne", "“We won,”")]


def test_roundup_label_with_initials_or_two_names_after_a_dash():
    # a poll roundup: headline, dash, the authors, a colon and their words
    quote = "“The polls closed too early, and the voters moved late.”"
    assert rows(f"POLLS WERE NOT WRONG - Michael P. McDonald: {quote}") == [
        ("direct", "Michael P. McDonald", quote)]
    two = rows(f"POLLS WERE NOT WRONG - Mark Blumenthal and Jon Cohen: {quote}")
    assert [(k, c) for k, _, c in two] == [("direct", quote)]
    assert two[0][1] == "Mark Blumenthal and Jon Cohen"
    # no dash lead: 'and' between capitals is no speaker label ('Bread and Circuses: “…”')
    assert rows(f"Bread and Circuses: {quote}") == []


# --- a quotation after a short lead-in continues the speaker before it ---------------------

def test_quotation_after_a_short_lead_in_continues_the_previous_speaker():
    # 'Instead, “…”' / 'But “…”' / 'Now, “…”': the reporter's connector, then the same
    # speaker's words; one act with the quotation before
    text = ("“He is a cheerleader for this country,” Trump said. "
            "Instead, “he just acts like a defeated man.”")
    assert rows(text) == [
        ("direct", "Trump", "“He is a cheerleader for this country,”"),
        ("direct", "Trump", "“he just acts like a defeated man.”"),
    ]
    df = gn.attribute(text)
    assert df["attribution_id"].tolist() == [0, 0]
    text = "“We won,” Lee said. But “the count will go on for several days.”"
    assert speaker_of(text, "“the count will go on for several days.”") == "Lee"


def test_lead_in_with_a_verb_name_or_title_is_no_continuation():
    # 'Then, “Hamlet” opened ...': a title in the reporter's sentence, no statement
    assert rows("Lee said the show was good. Then, “Hamlet” opened to great reviews.") == [
        ("indirect", "Lee", "the show was good")]
    # 'Later, Ames wrote, “…”' has its own speaker; a lead-in with a verb is a clause
    text = "“We won,” Lee said. After the vote ended, “the count will go on for days.”"
    assert speaker_of(text, "“the count will go on for days.”") is None


# --- a cue between a short quoted phrase and a whole quotation belongs to the quotation ----

def test_cue_between_a_scare_quote_and_a_full_quotation_goes_to_the_full_one():
    text = ("Remarking upon the mayor’s “genuine care,” Starr said, "
            "“Leave aside the rest, his care for people is clear.”")
    assert rows(text) == [
        ("direct", "Starr", "“Leave aside the rest, his care for people is clear.”")]


def test_quotation_split_by_its_cue_after_a_woven_phrase_is_one_act():
    # 'The plan was “dead,” Hale said, “and ...”': the second part continues Hale's act
    text = "The plan was “dead,” Hale said, “and it will stay buried for years.”"
    assert rows(text) == [
        ("partial", "Hale", "The plan was “dead,”"),
        ("direct", "Hale", "“and it will stay buried for years.”"),
    ]
    assert gn.attribute(text)["attribution_id"].tolist() == [0, 0]


# --- a speech verb right before a whole quotation, without the comma ---------------------

def test_speech_verb_then_a_whole_quotation_without_a_comma():
    text = "The committee said “The platform goes further than any before it.”"
    assert rows(text) == [
        ("direct", "committee", "“The platform goes further than any before it.”")]
    # after a quotation and its cue: the second quotation continues the same act
    text = "“It is over,” Trump said “Bush and even Obama sent people back home.”"
    assert rows(text) == [
        ("direct", "Trump", "“It is over,”"),
        ("direct", "Trump", "“Bush and even Obama sent people back home.”"),
    ]


def test_no_comma_cue_needs_a_whole_sentence_and_a_speech_verb():
    # 'called it “...”' describes (a partial quotation of Lee's words, as before); shirts
    # that 'said' a slogan speak it through the relative clause (issue 11: PolNeAR annotates
    # such things as sources; test_attribution_display.py), not through the no-comma rule
    assert rows("Lee called it “a very bad deal for us.”") == [
        ("partial", "Lee", "“a very bad deal for us.”")]
    assert rows("Workers wore shirts that said “We won the fight.”") == [
        ("direct", "shirts", "“We won the fight.”")]
    # a lower-case phrase after 'said' is no whole quotation: reported speech, as before
    assert rows("Ames said “more or less” what he meant.") == [
        ("indirect", "Ames", "“more or less” what he meant")]


# --- a quotation after an abbreviation that ends a sentence, with two-apostrophe marks ----

def test_abbreviation_before_a_quotation_in_two_apostrophe_marks():
    # one outlet's feed writes quotation marks as two apostrophes; the sentence splitter reads
    # 'Fla.' as an abbreviation, so the second quotation must still open a sentence of its own
    text = ("''Bernie seemed more open than her,'' said Ann Wool, 20, of Jacksonville, Fla. "
            "''She definitely has the politician approach to things.''")
    assert rows(text) == [
        ("direct", "Ann Wool", "''Bernie seemed more open than her,''"),
        ("direct", "Ann Wool", "''She definitely has the politician approach to things.''"),
    ]


# --- more ways a quotation gets its cue ---------------------------------------------------

def test_sentence_opening_with_said_names_the_speaker_before_a_long_appositive():
    text = "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were so proud.”"
    assert rows(text) == [("direct", "Dorothy Poynter", "“We were so proud.”")]
    text = "Said the mayor, who grew up with Ali in the neighborhood, “We were so proud.”"
    assert [(k, c) for k, _, c in rows(text)] == [("direct", "“We were so proud.”")]


def test_participle_right_before_a_short_whole_quotation():
    text = "Obama ended his list of shootings by saying “Too many.”"
    assert rows(text) == [("direct", "Obama", "“Too many.”")]
    # a chant is what the crowd said, with or without a comma (issue 11: PolNeAR annotates
    # chants, and 'The crowd chanted, “…”' was a statement already)
    assert rows("The crowd chanted “Build the wall!”") == [
        ("direct", "crowd", "“Build the wall!”")]


def test_documents_speak_as_sources():
    # an email, a letter or a memo is the source of the words it contains (as PolNeAR and
    # PARC annotate); the rules take them as speakers like 'the statement' or 'the report'
    text = "The email went on to say, “Today, people just do not feel a need to show up.”"
    assert [(k, m) for k, m, _ in rows(text)] == [("direct", "email")]
    assert rows("The letter said the rules were unfair.") == [
        ("indirect", "letter", "the rules were unfair")]


def test_tag_sentence_is_no_cue_for_a_quotation_woven_after_its_own_cue():
    # 'Zogby said: “…” Tad Devine said no.': Zogby's cue is before the quotation; the next
    # sentence is a statement of its own, never the quotation's cue
    text = ("James Zogby, a delegate from the District, said: “I just do not think it is "
            "possible for him to walk away.” Tad Devine said no.")
    assert speaker_of(text, "“I just do not think it is possible for him to walk away.”") == (
        "James Zogby")
    assert "Tad Devine" not in {s for _, s, c in rows(text) if "walk away" in c}


def test_put_it_is_a_cue_only_right_before_the_quotation():
    # 'As Foner put it: “…”' is a cue; 'put it into the file: “…”' is an act, not speech
    assert rows("As Foner put it: “The war was not over for anyone there.”") == [
        ("direct", "Foner", "“The war was not over for anyone there.”")]
    text = ("Vito cleaned up the data and put it into the file: “Vito is outstanding with "
            "data, the best we have.”")
    df = gn.attribute(text)
    assert "put it" not in df["cue"].tolist()


# --- a clause with no speech verb, a colon and a whole quotation: the subject speaks ------

def test_colon_after_a_clause_presents_its_subjects_words():
    text = "Reid gave the Texan a back-handed compliment: “You never have to guess where he is.”"
    assert rows(text) == [("direct", "Reid", "“You never have to guess where he is.”")]
    text = ("In a Fox interview later that day, Trump went even further: “If he goes forward "
            "and loses, it is the end of his career.”")
    assert speaker_of(text, "“If he goes forward and loses, it is the end of his career.”") == (
        "Trump")
    text = "The senator delivered a blunt message: “It is time to quit attacking people.”"
    assert [(k, m) for k, m, _ in rows(text)] == [("direct", "senator")]


def test_colon_subject_needs_a_speaker_and_a_whole_quotation():
    # no person or speaking body as the subject: no statement
    assert rows("The plan has one flaw: “It costs too much money.”") == []
    assert rows("Each cycle, there is a threat many people make: “If he wins, I move!”") == []
    # the quotation must end the sentence: 'a “...” sign' after a colon is no speech
    assert rows("Lee had one word for it: “Fine” was all, and he left.") == []


# --- a modal and adverbs before the speech verb -------------------------------------------

def test_modal_and_adverb_before_a_speech_verb_around_a_quotation():
    quote = "“I guess Christmas Eve was booked.”"
    assert rows(f"A spokesman for Sanders could only quip: {quote}") == [
        ("direct", "spokesman", quote)]
    assert rows("“I guess Christmas Eve was booked,” the senator would later write.") == [
        ("direct", "senator", "“I guess Christmas Eve was booked,”")]


def test_negated_modal_reports_no_words():
    assert rows("“It is over,” the senator would not say.") == []


# --- a dash and a name after a quotation; a quotation, the reporter's clause, 'said X' -----

def test_dash_and_name_after_a_quotation_name_its_speaker():
    text = "“Great speech. She is tested.” -President Obama, tweeting after the speech."
    assert [(k, m, c) for k, m, c in rows(text)] == [
        ("direct", "Obama", "“Great speech. She is tested.”")]
    # a fact-check layout: the quotation, then the speaker on a line of its own
    text = "Ames voted for it.\n\n“I will look into it, I promise.”\n\n- Hillary Clinton.\n\nNo."
    assert speaker_of(text, "“I will look into it, I promise.”") == "Hillary Clinton"


def test_dash_after_a_woven_phrase_or_before_a_clause_is_no_speaker_tag():
    assert speaker_of("“We won.” — The End", "“We won.”") is None
    # a clause after the dash: 'Trump said so' is the cue, read by the usual rule
    assert rows("The team won “big” - Trump said so.")[0][1] == "Trump"


def test_quotation_then_the_reporters_clause_then_said_and_a_long_appositive():
    text = ("The vote was close. “We are extremely happy” about the decision, said Rose Dell, "
            "director of the nurses union, a union that has broken away from other groups and "
            "endorsed Sanders.")
    assert rows(text) == [
        ("partial", "Rose Dell", "“We are extremely happy” about the decision")]
    # no quotation opening the sentence: the reported-speech rule reads it, as before
    assert rows("Hamlet opened last week to good reviews, said the critic.") == [
        ("indirect", "critic", "Hamlet opened last week to good reviews")]


# --- describe verbs in -ing form ------------------------------------------------------------

def test_describe_participle_after_a_comma_takes_the_main_subject():
    text = "Trump later defended the incident, calling the protester “a very obnoxious guy.”"
    assert rows(text) == [("partial", "Trump", "“a very obnoxious guy.”")]
    # after a statement of the same sentence: that statement's speaker, one act later
    text = "“It was fine,” Lee said, calling the protest “a very small thing.”"
    assert rows(text) == [
        ("direct", "Lee", "“It was fine,”"), ("partial", "Lee", "“a very small thing.”")]


def test_progressive_describe_verb():
    text = "Mike Huckabee, for his part, is labeling the actions “a blatant abuse of power.”"
    assert [(k, s, c) for k, s, c in rows(text)] == [
        ("partial", "Mike Huckabee", "“a blatant abuse of power.”")]


def test_describe_participle_needs_a_speaker_and_an_object():
    # 'calling for' is a demand; a participle with no object before the quotation names a
    # title; an adjective is no speaker
    assert rows("Lee is calling for “a new deal for all workers.”") == []
    assert rows("The ad, calling itself “the truth,” ran on Monday.") == []
    assert rows("The Democratic candidate blasted the plan, calling it “absurd.”")[0][1] != (
        "Democratic")


# --- a participle right after a trailing cue continues that cue's speaker ------------------

def test_participle_after_a_trailing_cue_takes_its_speaker_not_the_main_subject():
    text = ("Ryan and Trump will meet next week, Spicer said, adding, “They need to sit down "
            "and have a good talk.”")
    assert speaker_of(text, "“They need to sit down and have a good talk.”") == "Spicer"
    # no trailing cue: the main clause's subject, as before
    text = "Lee rejected the plan, saying, “It will never pass in this city.”"
    assert rows(text) == [("direct", "Lee", "“It will never pass in this city.”")]


# --- a time phrase opening the sentence is no speaker --------------------------------------

def test_time_phrase_before_the_subject_is_no_speaker():
    text = ("Eight years ago, he backed Obama over Clinton and said, “Hillary Clinton has never "
            "done anything for us.”")
    assert rows(text)[0][1] != "Eight"
    assert rows("Eight years ago, Lee backed Obama and said Clinton had done nothing.") == [
        ("indirect", "Lee", "Clinton had done nothing")]
    text = "Last month, he looked into the camera and said, “I am going to endorse you!”"
    assert [m for m in gn.attribute(text)["mention"]] == ["he"]


# --- transcript labels with a party tag or a lower-case title -------------------------------

def test_label_with_a_party_tag_or_a_lower_case_title_before_a_colon():
    text = ("It is her calculation.\n\nRep. Trey Gowdy (R-S.C.):\"I have not heard anyone "
            "cite that figure.\"\n\nFormer secretary of state Hillary Rodham Clinton:\"We "
            "learned that from the State Department.\"")
    df = gn.attribute(text)
    assert df["speaker"].tolist() == ["Trey Gowdy", "Hillary Rodham Clinton"]
    assert df["cue"].tolist() == [":", ":"]
    # the splitter's stop inside '(R-S.C.)' opens no sentence: the label keeps its tag
    assert df["mention"].tolist()[0] == "Rep. Trey Gowdy (R-S.C.)"


def test_lower_case_words_alone_make_no_label():
    assert rows("the secretary of state:\"We learned that from the department.\"") == []


# --- a speaker-and-verb sentence right before a quotation introduces it ------------------

def test_speaker_sentence_before_a_quotation_introduces_it():
    # Bystrom's words, not a continuation of Robinson's quotation before
    text = ("“It is a two-man race,” said Craig Robinson, an editor. Iowa State University’s "
            "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”")
    assert speaker_of(text, "“Mainstream Republicans are running out of time.”") == (
        "Dianne Bystrom")
    text = ("Sam Lau, the director for the party, said in a statement. “There are no paper "
            "ballots to count.”")
    assert rows(text) == [("direct", "Sam Lau", "“There are no paper ballots to count.”")]


def test_sentence_with_content_of_its_own_introduces_no_quotation():
    # 'Lee said nothing.' / 'Lee said the vote was over.' have content: not a cue for what follows
    text = "Lee said the vote was over. “We will see about that in the morning.”"
    assert speaker_of(text, "“We will see about that in the morning.”") == "Lee"  # continuation
    assert gn.attribute(text)["rule"].tolist()[1].startswith("quote-continuation")


def test_colon_cue_wins_over_a_tag_after_the_quotation():
    text = ("Axelrod mocked the endorsement online. Fallon fired back: “As a guardian of the "
            "legacy,” he wrote, “we know you are rooting for her, too.”")
    df = gn.attribute(text)
    assert df["speaker"].tolist() == ["Fallon", "Fallon"]
    assert df["content"].tolist() == ["“As a guardian of the legacy,”",
                                      "“we know you are rooting for her, too.”"]


def test_with_participle_before_a_colon_names_its_own_subject():
    text = ("Some supporters punched a protester, with Trump reportedly yelling: “Get him the "
            "hell out of here!”")
    assert rows(text) == [("direct", "Trump", "“Get him the hell out of here!”")]
    # a participle with no subject of its own before the colon: no speaker is named
    assert rows("The crowd went wild, cheering: “We want more of this!”") == []


def test_two_apostrophes_inside_one_token_open_no_quotation() -> None:
    # '' inside a word ("0''0", "5''9") is no quotation mark: no statement, and no crash at the
    # end of the text (a quotation would start inside the last token)
    assert gn.attribute("0''0").empty
    assert gn.attribute("The board measured 5''9 at the end").empty
