"""The word lists of the attribution rules, read once from ``data/attribution/words.txt``.

General English function words and small word classes (determiners, auxiliaries, subordinators,
addressee nouns, time words, verbs of commitment or thought, ...), one ``[section]`` per list,
each with a comment saying what the rules use it for. The speech verbs and their classes,
titles, speaker and person nouns are in :mod:`geneva_nb.cues`. Edit the data file, not this
module; each list is a ``frozenset`` of lower-case words.
"""

from __future__ import annotations

from .._data import data_path
from ..cues import read_word_lists, verb_forms

_LISTS = read_word_lists(data_path("attribution", "words.txt"))
_BOUNDARY_WORDS = _LISTS["boundary_words"]
_DETERMINERS = _LISTS["determiners"]
_LEADING_CONNECTORS = _LISTS["leading_connectors"]
_COMPLEMENTIZERS = _LISTS["complementizers"]
_ADVERBIAL_STARTS = _LISTS["adverbial_starts"]
_TIME_WORDS = _LISTS["time_words"]
_PUBLISHED = _LISTS["published"]
_POSTMODIFIERS = _LISTS["postmodifiers"]
_BE = _LISTS["be"]
_ACTIONS = _LISTS["actions"]
_COORD = _LISTS["coord"]
_AUXILIARIES = _LISTS["auxiliaries"]
_SUBORDINATORS = _LISTS["subordinators"]
_ADDRESSEES = _LISTS["addressees"]
_APPOSITION = _LISTS["apposition"]
ORG_WORDS = _LISTS["org_words"]
_PARTY_MEMBERS = _LISTS["party_members"]
_ORG_NOUNS = _LISTS["org_nouns"]
_TIME_LEAD = _LISTS["time_lead"]
_MONTH_ABBREVIATIONS = _LISTS["month_abbreviations"]
_SUBJECT_PRONOUNS = _LISTS["subject_pronouns"]
_NOT_SUBJECT = _LISTS["not_subject"]
_PP_PREPOSITIONS = _LISTS["pp_prepositions"]
_PLACE_LINKS = _LISTS["place_links"]
# the prepositions that link a noun to its phrase in a mention ('protesters outside the hall')
_LINK_PREPOSITIONS = _PP_PREPOSITIONS | _PLACE_LINKS
_MONTHS = _LISTS["months"]
_QUANTIFIERS = _LISTS["quantifiers"]
_STATEMENT_NOUNS = _LISTS["statement_nouns"]
_HOW_VERBS = _LISTS["how_verbs"]
_QUESTION_LABELS = _LISTS["question_labels"]
# upper-case paragraph labels that name no speaker ('UPDATE:', 'EDITOR'S NOTE:')
_NOT_SPEAKER_LABELS = _LISTS["not_speaker_labels"]
_NARRATOR_ROLES = _LISTS["narrator_roles"]
_CLAUSE_LINKS = _LISTS["clause_links"]
_TRAILERS = _LISTS["trailers"]
_COGNITION = _LISTS["cognition"]
_COMMIT_VERBS = _LISTS["commit_verbs"]
_AS_VERBS = _LISTS["as_verbs"]
_NUMBER_SOURCES = _LISTS["number_sources"]
_COMMENT_NOUNS = _LISTS["comment_nouns"]
_TIME_NOUNS = _LISTS["time_nouns"]
_ASKERS = _LISTS["askers"]
_INTRO_WORDS = _LISTS["intro_words"]
_NUMBER_WORDS = _LISTS["number_words"]
_SPAN_NOUNS = _LISTS["span_nouns"]
_HONORIFICS = _LISTS["honorifics"]
_CHANNEL_NOUNS = _LISTS["channel_nouns"]
# verbs whose object can be the quoted words themselves, as word forms (base, past, third
# person, -ing): 'offered “…”', 'echoing “…”' (rule 11's ``quote-partial-subject``)
_GROUP_NOUNS = _LISTS["group_nouns"]
_OBJECT_QUOTE_VERBS = frozenset(
    form for lemma in _LISTS["object_quote_verbs"] for form in (lemma, *verb_forms(lemma)))
# verbs that are a cue only next to a quotation, as word forms (past and third person)
_QUOTE_VERBS = frozenset(
    form for lemma in _LISTS["quote_verbs"] for form in verb_forms(lemma)[:2]
)
# verbs of chanting and shouting, all forms ('chanted', 'chants', 'chanting'): a quotation of
# any shape right after them is what was chanted
_CHANT_VERBS = frozenset(
    form for lemma in _LISTS["chant_verbs"] for form in verb_forms(lemma)[:3]
)
# nouns of things with words on them ('bottles that said, “…”'): the noun phrase speaks
_DISPLAY_NOUNS = _LISTS["display_nouns"]
# nouns of chanting ('chants of “…”'): the chanters speak the quotation
_CHANT_NOUNS = _LISTS["chant_nouns"]
# verbs whose subject wrote the display noun after them ('posted a message reading “…”')
_AUTHOR_VERBS = _LISTS["author_verbs"]
_COLON_NOUNS = _LISTS["colon_nouns"] | _STATEMENT_NOUNS
# participles after a display noun ('a hat reading “…”', 'signs saying, “…”')
_DISPLAY_PARTICIPLES = _LISTS["display_participles"]
# participles of speaking after 'is shown' / 'can be heard' ('is shown lecturing: “…”')
_HEARD_PARTICIPLES = _LISTS["heard_participles"]
# 'coined a new phrase, “…”', 'used the words, “…”' (``quote-used-term``)
_TERM_VERBS = _LISTS["term_verbs"]
_TERM_NOUNS = _LISTS["term_nouns"]
# verbs of taking a side ('Reed disagreed. “…”'), as word forms (past and third person)
_STANCE_VERBS = frozenset(
    form for lemma in _LISTS["stance_verbs"] for form in verb_forms(lemma)[:2]
)
