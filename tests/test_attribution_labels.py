"""Labels before a colon in roundups (issue 11, item 4): 'Lind: “…” Okafor: “…”'.

Rule family of ``quote-colon-speaker`` (:mod:`geneva_nb.attribution.quotations`): a name
alone before a colon speaks the whole-sentence quotation after it. A bare surname counts
only when the article introduced it earlier with a first name ('Maria Lind ... Lind: “…”');
a bare capitalised word the article never used as a surname (a place, a month) is no label.
Invented texts; the expected rows are read off by hand.
"""

from __future__ import annotations

from attribution_helpers import checked_attribute


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.content, r.rule.split(":")[0])
            for r in checked_attribute(text).itertuples()]


def test_introduced_surnames_label_their_quotations():
    text = ("Maria Lind and Tomas Okafor disagree about the bridge.\n"
            "Lind: “We cannot afford it this year.” Okafor: “We cannot afford to wait.”")
    assert _rows(text) == [
        ("Maria Lind", "“We cannot afford it this year.”", "quote-colon-speaker"),
        ("Tomas Okafor", "“We cannot afford to wait.”", "quote-colon-speaker"),
    ]


def test_a_surname_never_introduced_is_no_label():
    text = "The council met on Friday.\nOkafor: “We cannot afford to wait.”"
    assert _rows(text) == []


def test_a_place_before_a_colon_is_no_label():
    text = ("Maria Lind spoke in Geneva on Monday.\n"
            "Geneva: “Talks resume in March.”")
    assert _rows(text) == []


def test_a_title_word_is_no_surname():
    text = ("Senator Maria Lind spoke first.\n"
            "Senator: “We cannot afford it this year.”")
    assert _rows(text) == []  # 'Senator' closed no name: it is a title


def test_a_lead_in_naming_a_source_before_a_colon():
    # 'According to X:', 'From X:', 'Here's X <time phrase>:' then a whole quotation
    assert _rows("According to the Harbour Gazette: “The mayor will resign in May.”") == [
        ("Harbour Gazette", "“The mayor will resign in May.”", "quote-lead-colon")]
    text = "Few agree. From the audit report: “Most of the funds were never spent.”"
    assert [(c, r) for _, c, r in _rows(text)] == [
        ("“Most of the funds were never spent.”", "quote-lead-colon")]
    text = "Here’s Maria Lind in March 2019: “We will not sell the port.”"
    assert _rows(text) == [("Maria Lind", "“We will not sell the port.”", "quote-lead-colon")]


def test_a_lead_in_naming_no_one_is_no_label():
    assert _rows("From here: “The sea looks calm today.”") == []
    assert _rows("According to plan: “We leave at dawn.”") == []
