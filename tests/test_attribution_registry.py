"""The actor registry only fills what the text leaves open (issue 11, item 2).

A person the article introduces (a full name, another first name, a description) is that
person, and later surname mentions refer to them; the registry (data/actors.csv) gives the
full name behind a bare surname the article never introduced, and a side or title. Every text
here is invented; the expected speakers and sides are read off the sentences by hand.
"""

from __future__ import annotations

import geneva_nb as gn


def _speakers(text: str) -> list[tuple[str, str]]:
    df = gn.attribute(text)
    return list(zip(df["speaker"], df["side"], strict=True))


def test_a_full_name_with_another_first_name_is_not_the_registry_person():
    # data/actors.csv has Wendy Sherman (US) with the alias "Sherman"
    text = '"We will not close the library," psychotherapist Fran Sherman says.'
    assert _speakers(text) == [("Fran Sherman", "unknown")]


def test_later_surname_mentions_refer_to_the_person_the_article_introduced():
    text = 'Mike Putin, a local plumber, said the pipes were old. "They leak," Putin added.'
    assert _speakers(text) == [("Mike Putin", "unknown"), ("Mike Putin", "unknown")]


def test_a_surname_introduced_with_a_description_is_a_new_person():
    # "a local plumber" shares no word with Vladimir Putin's role in the registry
    text = 'Putin, a local plumber, said the pipes were old. "They leak," Putin added.'
    assert _speakers(text) == [("Putin", "unknown"), ("Putin", "unknown")]


def test_a_titled_alias_still_names_the_registry_person():
    # the plumber is "Putin" from then on, but "President Putin" is the registry's alias
    text = ("Mike Putin, a local plumber, said the pipes were old. "
            "President Putin said the talks had failed.")
    assert _speakers(text) == [("Mike Putin", "unknown"), ("Vladimir Putin", "Russia")]


def test_a_person_named_like_a_registered_capital_keeps_the_name():
    # "Washington" is an alias of the registry's United States; here it is Tom Washington
    text = ("Tom Washington, a teacher, said the school would reopen. "
            "“We are ready,” Washington said.")
    assert _speakers(text) == [("Tom Washington", "unknown"), ("Tom Washington", "unknown")]


def test_the_registry_fills_a_bare_surname_the_article_never_introduced():
    assert _speakers('"We are ready," Ryabkov said.') == [("Sergei Ryabkov", "Russia")]
    assert _speakers("Sherman said the talks were frank.") == [("Wendy Sherman", "US")]


def test_the_registry_person_with_a_middle_initial_is_the_same_person():
    text = "Vladimir V. Putin said the talks had failed. Sergei A. Ryabkov said they had not."
    assert _speakers(text) == [("Vladimir Putin", "Russia"), ("Sergei Ryabkov", "Russia")]


def test_a_person_the_registry_knows_keeps_its_side_when_named_in_full():
    text = "Wendy Sherman said the talks were frank. Sherman added that more would follow."
    assert _speakers(text) == [("Wendy Sherman", "US"), ("Wendy Sherman", "US")]


def test_a_title_in_the_text_gives_the_side_over_the_registry():
    # the registry says US; the article calls her a Canadian envoy (data/sides.csv: Canadian)
    text = "Canadian envoy Wendy Sherman said the talks were useful."
    assert _speakers(text) == [("Wendy Sherman", "Canada")]
    # a title of the registry's own side changes nothing
    text = "Russian Deputy Foreign Minister Sergei Ryabkov said the talks were hard."
    assert _speakers(text) == [("Sergei Ryabkov", "Russia")]
