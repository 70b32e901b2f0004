"""Speaker attribution: who said what in an English news article, with character spans.

:func:`attribute` returns one row per statement (source, cue, content, as in the attribution
relations of PARC 3.0 and PolNeAR: Pareti 2016; Newell, Margolin & Ruths 2018):

``statement_id, kind, speaker, side, mention, mention_start, mention_end, cue, cue_start,
cue_end, content, content_start, content_end, sentence_id, rule``

``kind`` is ``direct`` (a quotation standing as the statement), ``partial`` (a quoted phrase
woven into the reporter's sentence: called the talks “difficult”) or ``indirect`` (reported
speech: He said Moscow needed guarantees). Offsets index the analysed text, so
``text[content_start:content_end] == content`` (quote marks are part of a quotation's content,
as in PolNeAR); the same holds for ``mention`` and ``cue``. Every statement has a cue.

The method is a transparent rule cascade in the tradition of rule-based quote extraction
(Pouliquen, Steinberger & Best 2007; Krestel, Bergler & Witte 2008; the Gender Gap Tracker's
quote extractor, Asr et al. 2021). Each row's ``rule`` names the extraction rule and, after a
colon, how the speaker was resolved:

1. quotations (:mod:`geneva_nb.quotes`) with a speech cue right after them
   (``“…,” Ryabkov said`` / ``said Ryabkov`` / ``— she said``): ``quote-cue-after``; when the
   quotation is woven into a longer sentence the content runs from the sentence start
   (``mixed-quote-cue-after``, kind partial);
2. quotations introduced by ``Speaker verb:`` (``quote-cue-before``), quotations named by
   a statement noun after them (``“…” – that was the warning from X``, ``quote-statement-noun``),
   and live-blog or headline items ``Commission President Helga Brandt: “…”`` where a titled
   or full name alone before a colon speaks a whole-sentence quotation (``quote-colon-speaker``,
   the colon is the cue);
3. reported speech, ``Speaker verb (that) content`` (``reported-cue-before``) and
   ``content, Speaker verb.`` (``reported-cue-after``), with the verb classes of
   :mod:`geneva_nb.cues`; quotations inside the content are part of that statement (kind
   partial when the content is just the quotation);
4. ``According to X, content`` / ``content, according to X`` (``according-to``);
5. ``..., adding that content`` / ``..., before adding: “…”`` continuing the previous statement
   (``participle-continuation``); with no statement before it, the participle's own subject
   speaks: ``with diplomats saying content`` (``with-participle``) or the main clause's
   subject, ``Rutte rejected the plan, saying content`` (``participle-subject``);
6. evaluative verbs with a quoted phrase: ``called the talks “difficult”`` (``quote-describe``);
7. a quotation opening a sentence with no cue of its own continues the statement just before
   it (quoted or reported) in the same or the previous paragraph (``quote-continuation``, which
   reuses that statement's cue and mention). Short quoted phrases with no cue (titles, scare
   quotes) are not statements;
8. interview and radio transcripts: paragraphs opening ``Kamau: ...`` answer ``Q: ...`` (or a
   ``HOST``/``BYLINE`` narrator); each answer, with the unlabelled paragraphs up to the next
   label, is the named person's statement (``transcript``, the colon is the cue);
9. a cue set off by commas inside the reported clause, ``The plan, Hale said, was dead``, gives
   one content in two parts (``reported-cue-inside``).

Conventions follow the majority of the eight annotators of our test sets: "called for",
"urged X to", "promised/vowed/threatened to" and reporters' questions ("the reporter asked")
are not statements; "X called Y “Z”" is, also inside ", who called ...". A statement's content
ends before the reporter's own words (", despite ...", ", deepening ...") and before a second
speaker's clause (", as the housing secretary, Angela Pryce, insisted ...").

A speech verb after a form of "be" is passive ("had been told to leave": the subject is the
addressee), and plural present forms count after a plural subject only ("officials say", not
"declined to say").

Subjects may carry prepositional phrases and appositives ("An aide to the governor, who was
not authorized to speak, said"), also with a scare quote inside (``who leads so-called
“frugal” states``); a wire dateline ("BRUSSELS, July 2 (Reuters) -") is never
content; time and place adverbials and an addressee ("told MPs", "told reporters in Brasilia")
sit between a cue and its content.

Speakers are resolved in reading order: the actor registry (:mod:`geneva_nb.actors`) first,
then the name at the head of a titled mention ("Russian Deputy Foreign Minister Sergei
Ryabkov" -> "Sergei Ryabkov") or in its appositive ("The head of the Federation, Elspeth
Macrae"), the head noun of an unnamed source ("An aid worker in the region" -> "aid worker"),
a surname seen earlier in the article, a definite description to the nearest earlier speaker
it describes ("The official" after "a senior EU official"), two coordinated names to one
source ("Emmanuel Macron and Angela Merkel"; its side only when both share it), and pronouns
to the nearest earlier compatible speaker (gender from the registry, honorifics and gendered
role nouns, else the first name via gender-guesser's list, else learnt from an earlier
pronoun). Names later in a sentence with an honorific or a gendered first name ("Maria Lopez
met Tom Hale", "as Prime Minister Kenji Arai faced ...") are antecedents too, behind the
subject. Sentence subjects that say nothing are antecedents too, also after
an introductory clause ("Asked by CNN's Dana Mercer whether ..., Virtanen paused. “…,” she
said" -> Virtanen) and as definite descriptions ("The Russian minister criticised ...");
"one of the people" refers back to the group "two people familiar with the matter".
Names inside a statement's content are no antecedents; "The 44-year-old leader" re-describes
the person last named; a one-word name set off by commas in a described subject ("Her
neighbour, a tailor ..., Ibrahim, was blunt") is an antecedent; a pronoun with nothing before
it ("“…” / That is how she tells it. ... Sofia Lindqvist is ...") refers forward to the next
named sentence subject (cataphora); so does a role with no antecedent ("The home secretary has
defended ... / Priya Lal said", "The opposition leader said ... / Grant Maddock told") and a
headline's title acronym ("says CM" -> the Chief Minister named later). A whole-paragraph
quotation followed by "The warning came from X" is X's. US party-and-state tags ("Sen. Ana
Ruiz, D-N.M., said", "(R-Utah)") stay in the name. Acronyms defined in the text ("the Economic
Community of West African States (ECOWAS)") or matching a long name seen before ("the IAEA")
are one speaker with the long name; "the bloc"/"the company" is the organisation last named,
never a country; "the senator" matches "Sen."; a person named again with a title learns it;
"Marchal's office" makes Marchal the person last named.
The side comes from the registry or from a nationality or
institution cue in the mention's title (:meth:`geneva_nb.actors.Registry.side_from_title`,
``data/sides.csv``: "Dutch Prime Minister" -> Netherlands, never from the person's name),
else ``"unknown"``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import nlp
from .actors import (
    UNKNOWN_SIDE,
    Actor,
    Registry,
    acronym_of,
    acronyms,
    gender_from_first_name,
    load_actors,
    normalise_name,
)
from .article import Article, as_article
from .cues import (
    ADVERBS,
    CONTINUATION_VERBS,
    FUNCTION_CAPS,
    PARTY_TAG,
    PERSON_NOUNS,
    PLURAL_PRESENT,
    PRONOUNS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    Tok,
    cue_class,
    tokenize,
)
from .errors import InputError
from .quotes import QuoteSpan, find_quotes

__all__ = ["COLUMNS", "attribute"]

COLUMNS = [
    "statement_id", "kind", "speaker", "side", "mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "sentence_id",
    "rule",
]
_DTYPES = {
    "statement_id": "int64", "mention_start": "int64", "mention_end": "int64",
    "cue_start": "int64", "cue_end": "int64", "content_start": "int64", "content_end": "int64",
    "sentence_id": "int64",
}
_QUOTE_TOKENS = set("\"'“”‘’«»„‟")
_OPEN_QUOTES = set("“‘«„\"'")
_SENT_END = set(".!?")
_BOUNDARY_WORDS = set(
    """that which who whom whose when while because as if since although though after before
    where but or so than to said says told also is was are were be been has have had not
    about of in on at from by with into during under over against between without""".split()
)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
_LEADING_CONNECTORS = {
    "but", "and", "however", "meanwhile", "still", "yet", "also", "now", "later", "earlier",
    "then", "so", "instead", "separately", "indeed", "moreover", "furthermore",
}
_COMPLEMENTIZERS = {"that", "whether", "if", "why", "how", "what", "when", "where", "who"}
_DASHES = {"—", "–", "-"}
_ADVERBIAL_STARTS = {"on", "in", "at", "during", "after", "before", "last", "this", "earlier",
                     "via", "through", "over", "late", "early", "from", "when", "while"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "today", "yesterday", "tonight", "recently", "later", "earlier", "repeatedly"}
_MAX_MENTION = 10
_PUBLISHED = {"posted", "published", "released", "broadcast", "aired", "uploaded", "shared"}
_POSTMODIFIERS = {"familiar", "close", "involved", "briefed", "aware", "knowledgeable"}
_BE = {"be", "been", "being", "was", "were", "is", "are", "am"}
# verbs after 'and' that end a reported clause: '... was “a first step” and thanked the mediators'
_ACTIONS = set("""thanked expressed offered appealed declined refused left walked signed
congratulated apologised apologized stormed hung promised pledged vowed gave called urged
demanded""".split())
_COORD = {"and", "but"}  # '... said X and/but warned Y': a second statement, same speaker
# a wire dateline opening a story: 'WASHINGTON (AP) — ', 'BRUSSELS, July 2 (Reuters) - '
_DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.]{1,20}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.]{1,20}){0,3}"
    r"(?:, [A-Z][a-z]{1,9}\.?(?: [A-Z][a-z]{1,9}\.?)?(?: \d{1,2})?)?"
    r"(?: \([A-Za-z .&-]{1,30}\))? ?[—–-]{1,2} "
)
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                "can", "should", "must", "may", "might", "been", "be", "did", "does", "do"}
# words that open an adverbial or subordinate clause after '..., officials said, ...'
_SUBORDINATORS = {"as", "ahead", "after", "before", "while", "when", "amid", "following",
                  "despite", "with", "in", "at", "on", "during", "days", "hours", "weeks",
                  "but", "although", "though", "because", "since", "even", "adding", "without"}
# nouns that can be told something: 'told reporters', 'told the BBC', 'told a news conference'
_ADDRESSEES = set(
    """reporters journalists lawmakers legislators mps meps senators delegates supporters crowd
    audience parliament congress council committee court jury newspaper paper broadcaster
    radio television tv station agency interviewer conference briefing rally summit assembly
    chamber house senate members colleagues students voters diplomats officials leaders
    ministers correspondents media press outlet podcast programme program show channel
    news hearing session""".split()
)
_APPOSITION = {"who", "a", "an", "the"}
ORG_WORDS = set(
    """nations institute ministry department council party union bank agency group committee
    organization organisation office watch fund commission court parliament congress senate
    house army police times post news association university company inc corp ltd board
    government administration federation alliance league forum network foundation centre center
    service services authority reuters tass ria interfax kremlin pentagon forces guard guards
    movement front brigade brigades militia army navy command coalition bloc tribunal
    assembly cabinet secretariat institute mission delegation bureau""".split()
)


@dataclass
class _Cand:
    kind: str
    mention: tuple[int, int]  # token index range [i, j)
    cue: tuple[int, int]  # token index range
    content: tuple[int, int]  # character span
    rule: str
    ref: int | None = None  # index of the statement whose speaker (and cue) this one shares
    speaker: str = ""
    side: str = UNKNOWN_SIDE
    how: str = ""


@dataclass
class _Entity:
    name: str
    person: bool
    gender: str = ""
    side: str = UNKNOWN_SIDE
    plural: bool = False
    # lower-cased words of its titles and descriptions ('senior eu official', 'prime minister'),
    # for a later definite description: 'the official' / 'the Dutch prime minister'
    words: frozenset[str] = frozenset()
    place: bool = False  # a country or city speaking by metonymy ('Moscow said')


_PARTY_MEMBERS = {"republican", "democrat", "conservative", "socialist", "liberal", "centrist",
                  "nationalist", "communist", "independent", "tory", "labourite", "green"}
_ORG_NOUNS = {"bloc", "alliance", "organisation", "organization", "group", "company", "firm",
              "agency", "body", "movement", "militia", "union", "coalition", "watchdog"}


@dataclass
class _Doc:
    text: str
    toks: list[Tok]
    starts: list[int]
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    paragraphs: list[tuple[int, int]]
    para_starts: list[int]
    quotes: list[QuoteSpan]
    quote_of_tok: dict[int, int] = field(default_factory=dict)  # token index -> quote index
    in_quote: bytearray = field(default_factory=bytearray)  # per token: 1 inside a quotation
    # per token: 1 inside a short quoted phrase (a scare quote or title: at most three words,
    # no sentence-final punctuation), which may sit inside a subject's appositive
    in_phrase: bytearray = field(default_factory=bytearray)
    claimed: bytearray = field(default_factory=bytearray)  # per token: used by a statement

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)


# --------------------------------------------------------------------------- mentions


def _is_capitalised(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.low not in FUNCTION_CAPS


def _plausible_mention(toks: Sequence[Tok]) -> bool:
    """A subject that can be a speaker: a pronoun, a name, or a speaker noun phrase."""
    words = [t for t in toks if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_MENTION:
        return False
    if len(words) == 1 and words[0].low in PRONOUNS:
        return words[0].low != "i"  # 'I told you ...' in unmarked dialogue: not the reporter
    if words[-1].low in PRONOUNS and len(words) >= 3 and words[0].low in _QUANTIFIERS:
        return True  # 'one of them'
    if any(t.low in PRONOUNS for t in words[1:]) or words[0].low in {"it", "there", "i"}:
        return False
    for t in words[1:]:
        if t is words[-1] and t.low in _POSTMODIFIERS:
            continue  # 'A senior official involved [in the talks]'
        # a verb inside the 'subject' means the walk went too far ('Gazette published a series')
        if not t.text[:1].isupper() and (
            cue_class(t.low) or (t.low.endswith("ed") and t.low not in TITLE_WORDS)
        ):
            return False
    if any(_is_capitalised(t) for t in words):
        return True
    while len(words) > 1 and words[-1].low in _POSTMODIFIERS:
        words = words[:-1]  # 'officials familiar [with the plan]', 'a person close [to]'
    return words[-1].low in SPEAKER_NOUNS


def _subject_before(doc: _Doc, verb: int, lo: int) -> tuple[int, int] | None:
    """Token range of the speaker mention ending just before token ``verb`` (not before ``lo``).

    An appositive between commas is part of the mention ("A spokesman, Li Wei, said";
    "Lindqvist, who led the talks, insisted"), and so are prepositional phrases after the head
    noun ("An aide to the governor", "A diplomat from a council member state").
    """
    toks = doc.toks
    j = verb
    while j > lo and toks[j - 1].low in ADVERBS:
        j -= 1
    j = _time_phrase_before(doc, j, lo)  # 'Chief Minister N. Srinivasa Rao on Tuesday said'
    if j - 2 > lo and toks[j - 1].low == "who" and toks[j - 2].text != ",":
        # 'by a federal judge who said ...': a speaker noun phrase right before 'who' (not
        # an appositive: 'Sen. Laura Benning, a Virginia Democrat who sits on ...')
        head = _np_before(doc, j - 1, lo)
        return head if head is not None and toks[head[0] - 1].text != "," else None
    if j - 2 > lo and toks[j - 1].low == "who" and toks[j - 2].text == ",":
        # 'Sen. Martha Quill of Maine, who has called the tariffs “a tax”': the antecedent
        head = _np_before(doc, j - 2, lo, check=False)
        if head is None:
            return None
        a = head[1]
        while a > head[0] and (_name_cap(toks[a - 1].text) or toks[a - 1].low in TITLE_WORDS
                               or toks[a - 1].text == "."):
            a -= 1  # the titled name only: not 'The mayor met [Tom Hale]'
        return (a, head[1]) if a < head[1] and _is_capitalised(toks[head[1] - 1]) else None
    p = j - 1
    if p >= lo and toks[p].low in _SUBJECT_PRONOUNS and not (
            doc.in_quote[p] or doc.claimed[p]) and (p == lo or toks[p - 1].low not in _NOT_SUBJECT):
        return (p, j)  # 'On Tuesday he said', 'Afterwards she told': the pronoun alone
    if j - 1 > lo and toks[j - 1].text == ",":
        c2 = j - 1
        for m in range(c2 - 1, max(lo, c2 - _MAX_APPOSITIVE) - 1, -1):
            t = toks[m]
            if doc.claimed[m] and _in_relative(doc, m, lo):
                continue  # 'Rutte, who called the plan “a joke”, said': a statement of his own
            if ((doc.in_quote[m] and not doc.in_phrase[m]) or doc.claimed[m]
                    or t.text in {";", ":", ".", "!", "?"}):
                return None
            if t.text == "," and not doc.in_quote[m]:
                if (m - 2 >= lo and toks[m - 2].text == ","
                        and PARTY_TAG.fullmatch(toks[m - 1].text)):
                    continue  # 'Rep. Jim Okafor, R-Ga., a member of ..., said': the tag is
                    # part of the name, the appositive goes on to the comma before it
                head = _np_before(doc, m, lo, check=False)
                if head is None or m == head[0]:
                    return None
                bare = head
                head = _extend_pp(doc, head, lo)
                if head is None and _is_person_name(toks[m + 1:c2]) and (
                        bare[0] == _first_word(doc, lo) or toks[bare[0] - 1].low in _COORD):
                    head = bare  # 'Its managing partner, Steve Albers, told': a name says who
                if head is not None and toks[m + 1].low in {"which", "who", "whose"}:
                    head = _apposed_name(doc, head, lo)
                if head is not None and head[0] > lo and toks[head[0] - 1].text.islower() and (
                        toks[head[0] - 1].low in {"who", "which"}
                        or toks[head[0] - 1].low not in _DETERMINERS | _BOUNDARY_WORDS
                        | _SUBORDINATORS | _CLAUSE_LINKS):
                    # 'Carmen Ossandón, who runs Fundación Horizonte, a think-tank ..., argues':
                    # the apposed noun phrase is the relative clause's object
                    head = _relative_antecedent(doc, head[0], lo) or head
                return (head[0], c2) if head is not None else None
        return None
    head = _np_before(doc, j, lo, check=False)
    found = None if head is None else _extend_pp(doc, head, lo)
    if found is None:
        found = _relative_subject(doc, j, lo)
    return found


_TIME_LEAD = {"on", "late", "early", "last", "this", "earlier", "later", "next"}


def _time_phrase_before(doc: _Doc, j: int, lo: int) -> int:
    """Start of a time adverbial ending before token ``j`` ('on Tuesday', 'late on Nov. 26',
    'last week') after a capitalised subject, else ``j``."""
    toks = doc.toks
    i = j
    while i - 1 > lo and j - i < 6 and not doc.in_quote[i - 1] and (
            toks[i - 1].low in _TIME_WORDS or toks[i - 1].low in _MONTHS
            or toks[i - 1].low.rstrip(".") in _MONTH_ABBREVIATIONS
            or toks[i - 1].low in _TIME_NOUNS or toks[i - 1].low in _TIME_LEAD
            or toks[i - 1].text.isdigit() or toks[i - 1].text == "."):
        i -= 1
    if i == j or not any(toks[x].low in _TIME_WORDS or toks[x].low in _MONTHS
                         or toks[x].low.rstrip(".") in _MONTH_ABBREVIATIONS
                         or toks[x].low in {"week", "month", "year", "weekend"}
                         for x in range(i, j)):
        return j
    while i < j and toks[i].text == ".":
        i += 1
    return i if i > lo and _is_capitalised(toks[i - 1]) else j


_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                        "nov", "dec"}


def _in_relative(doc: _Doc, m: int, lo: int) -> bool:
    """Token ``m`` sits in a ', who ...' clause (no comma between it and the 'who')."""
    toks = doc.toks
    for w in range(m, max(lo, m - 12), -1):
        if toks[w].text == "," and not doc.in_quote[w]:
            return False
        if toks[w].low == "who" and w - 1 > lo and toks[w - 1].text == ",":
            return True
    return False


def _relative_antecedent(doc: _Doc, end: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase before ', who' (or ', which') that opens the sentence, searching back
    from token ``end`` (at most 25 tokens), or None."""
    toks = doc.toks
    for w in range(end - 1, max(lo, end - 25), -1):
        if doc.in_quote[w] or doc.claimed[w] or toks[w].text in {";", ":"}:
            return None
        if toks[w].low in {"who", "which"} and w - 1 > lo and toks[w - 1].text == ",":
            head = _np_before(doc, w - 1, lo, check=False)
            if head is not None and head[0] == _first_word(doc, lo):
                return head
            return None
    return None


def _apposed_name(doc: _Doc, head: tuple[int, int], lo: int) -> tuple[int, int]:
    """'Sophia Grant, director of the Voter Project, which brought the case, called': the
    relative clause hangs on the organisation, but the speaker is the name before the title
    (a person name, a comma, then at most six words of title)."""
    toks = doc.toks
    for c0 in range(head[0] - 1, max(lo, head[0] - 7), -1):
        if doc.in_quote[c0] or doc.claimed[c0]:
            break
        if toks[c0].text == ",":
            name = _np_before(doc, c0, lo, check=False)
            if name is not None and _is_person_name(toks[name[0]:c0]):
                return (name[0], head[1])
            break
    return head


def _relative_subject(doc: _Doc, j: int, lo: int) -> tuple[int, int] | None:
    """'A European diplomat who requested anonymity because ... publicly said': a speaker
    noun phrase followed by a relative clause without commas (at most 20 tokens back); the
    mention is the noun phrase."""
    toks = doc.toks
    for w in range(j - 2, max(lo, j - 20), -1):
        t = toks[w]
        if doc.in_quote[w] or doc.claimed[w] or t.text in {",", ";", ":", ".", "!", "?"}:
            return None
        if t.low in {"who", "whom"}:
            head = _np_before(doc, w, lo)
            if head is not None and head[0] == _first_word(doc, lo) and any(
                    x.low in PERSON_NOUNS or x.low in SPEAKER_NOUNS for x in toks[head[0]:w]):
                return head
            return None
    return None


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "it"}
_NOT_SUBJECT = {"what", "which", "as", "than", "how", "that"}  # 'what it said was'.
_PP_PREPOSITIONS = {"in", "from", "at", "to", "for", "of", "with", "inside", "close"}
_MAX_APPOSITIVE = 24
_MONTHS = set("""january february march april may june july august september october november
december""".split())


def _extend_pp(doc: _Doc, np_: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """Grow a subject leftwards over at most two 'NOUN PREP' links when the phrase before the
    preposition opens with a determiner or a name ('A spokesperson [for] the Department'), then
    check that it can be a speaker (the head noun before the first preposition decides)."""
    i, j = np_
    toks = doc.toks
    head_end = j
    for _ in range(2):
        if i - 1 <= lo or toks[i - 1].low not in _PP_PREPOSITIONS or doc.claimed[i - 1]:
            break
        if toks[i].low in _TIME_WORDS or toks[i].low in _MONTHS:
            break  # 'the governor in January'
        left = _np_before(doc, i - 1, lo, check=not (
            toks[i - 1].low == "of" and toks[i - 2].low in _QUANTIFIERS))
        if left is None or j - left[0] > _MAX_MENTION + 6:
            break
        first = toks[left[0]]
        if not (first.low in _DETERMINERS or first.low in _QUANTIFIERS
                or first.low.endswith(("’s", "'s")) or _is_capitalised(first)):
            break
        i, head_end = left
    if head_end != j:
        return (i, j)  # the phrase before the preposition passed _np_before's checks
    return (i, j) if _plausible_mention(toks[i:j]) else None


_QUANTIFIERS = {"one", "some", "many", "most", "each", "none", "two", "three", "several", "all",
                "both", "neither", "either", "few"}


def _np_before(doc: _Doc, j: int, lo: int, *, check: bool = True) -> tuple[int, int] | None:
    """The noun phrase ending before token ``j``; ``check``: only if it can be a speaker."""
    toks = doc.toks
    i = j
    while i > lo:
        t = toks[i - 1]
        if doc.in_quote[i - 1] or doc.claimed[i - 1]:
            break
        if t.text == ")" and i == j:
            # 'Sen. Patricia Navarro (D-Nev.), the top Democrat ...': a tag after a name
            o = next((m for m in range(i - 2, max(lo, i - 8), -1) if toks[m].text == "("), -1)
            if o > lo and _is_capitalised(toks[o - 1]):
                i = o
                continue
            break
        if not t.text[:1].isalnum() and t.text not in {"’", "'", "&", "."}:
            break
        if t.text.isdigit() and i - 2 >= lo and toks[i - 2].text in {":", "."}:
            break  # a time stamp ('09:31 Hungary's Prime Minister') is not part of a mention
        if t.low in {"of", "and", "for"} and i - 2 >= lo and i < j:
            # 'Secretary of State Wendy Sherman', 'Sherman and Blinken', 'one of them'
            if not ((_is_capitalised(toks[i - 2]) and _is_capitalised(toks[i]))
                    or (t.low == "of" and toks[i - 2].low in _QUANTIFIERS)):
                break
        elif t.low in _BOUNDARY_WORDS and not t.text[:1].isupper():
            break
        if j - i >= _MAX_MENTION:
            break
        i -= 1
    while i < j and (toks[i].low in _LEADING_CONNECTORS or toks[i].text in {"’", "'", "."}):
        i += 1
    if i >= j:
        return None
    if toks[i].low in {"this", "that", "these", "those"}:
        return None
    if check and not _plausible_mention(toks[i:j]):
        return None
    words = [t for t in toks[i:j] if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_MENTION:
        return None
    return (i, j)


def _mention_after(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """Token range of a speaker mention starting at token ``start`` ("said Ryabkov, who ...")."""
    toks = doc.toks
    j = start
    while j < hi and j - start < _MAX_MENTION:
        t = toks[j]
        if doc.in_quote[j] or not (t.text[:1].isalnum() or t.text in {"’", "'", "&"}):
            break
        if t.low in _BOUNDARY_WORDS and not t.text[:1].isupper():
            break
        j += 1
    if j == start or not _plausible_mention(toks[start:j]):
        return None
    if j + 3 <= hi and toks[j].text == "," and any(
            not t.text[:1].isupper() and t.low not in _DETERMINERS for t in toks[start:j]):
        # 'said the union leader, Sophie Girard, who ...': the appositive names the speaker
        e = j + 1
        while e < hi and e - j <= 4 and toks[e].text[:1].isupper() and not doc.in_quote[e]:
            e += 1
        after = toks[e].text if e < len(toks) else "."
        if _is_person_name(toks[j + 1:e]) and (after in {",", ".", ";"} or e == hi):
            return (start, e)
    return (start, j)


# nouns naming what someone said: '“…” – that was the message from the prime minister'
_STATEMENT_NOUNS = set(
    """message warning verdict view response reaction word words assessment answer promise
    pledge plea claim argument conclusion reply retort comment comments call demand vow
    threat boast prediction insistence position""".split()
)


_HOW_VERBS = {"tells", "told", "puts", "put", "describes", "described", "explains", "explained",
              "says", "said", "recalls", "recalled"}


def _statement_from(doc: _Doc, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'that was the warning from X' / 'this is the message of X' at token ``k``:
    (cue = the noun, mention = X), or None."""
    toks = doc.toks
    if (k + 4 < hi and toks[k].low == "the" and toks[k + 1].low in _STATEMENT_NOUNS
            and toks[k + 2].low in {"came", "comes"} and toks[k + 3].low == "from"):
        mention = _mention_after(doc, k + 4, hi)  # 'The warning came from X'
        return None if mention is None else ((k + 1, k + 2), mention)
    if not (k + 4 < hi and toks[k].low in {"that", "this", "such", "those", "these"}
            and toks[k + 1].low in {"was", "is", "were", "are"}):
        return None
    if toks[k + 2].low == "how":  # 'That is how she tells it' / 'That was how Ortega put it'
        for v in range(k + 4, min(hi, k + 10)):  # '... how one senior GOP aide described it'
            if toks[v].low in _HOW_VERBS:
                return ((v, v + 1), (k + 3, v)) if _plausible_mention(toks[k + 3:v]) else None
            if not (toks[v].text[:1].isalnum() or toks[v].text in {"’", "'", "."}):
                return None
        return None
    for n in range(k + 2, min(hi - 2, k + 5)):
        if toks[n].low in _STATEMENT_NOUNS and toks[n + 1].low in {"from", "of", "by"}:
            mention = _mention_after(doc, n + 2, hi)
            return None if mention is None else ((n, n + 1), mention)
        if doc.in_quote[n] or not toks[n].text[:1].isalpha():
            return None
    return None


# --------------------------------------------------------------------------- rules


def _verb_at(doc: _Doc, k: int) -> str:
    """Cue class of token ``k`` (``""`` when it is no speech verb); handles 'pointed out'."""
    t = doc.toks[k]
    if t.text[:1].isupper() and k > 0 and doc.toks[k - 1].text[:1].isalnum():
        return ""  # 'The United States was': a capital inside a sentence is a name, no verb
    if t.low in {"pointed", "points"} and k + 1 < len(doc.toks) and doc.toks[k + 1].low == "out":
        return "that"
    if t.low in {"shot", "fired", "hit", "snapped", "pushed"} and k + 1 < len(doc.toks) and (
            doc.toks[k + 1].low == "back"):
        return "that"  # 'shot back that ...'

    if t.low in {"made", "makes"} and k + 2 < len(doc.toks):
        nxt = doc.toks[k + 1].low
        if nxt == "clear" or (nxt == "it" and doc.toks[k + 2].low == "clear"):
            return "free"
    if t.low in {"called", "calls", "calling"} and k + 1 < len(doc.toks):
        if doc.toks[k + 1].low in {"for", "on"}:
            return ""  # 'called for a hearing', 'called on X to': a demand, not a statement
    if t.low in PLURAL_PRESENT and k > 0:
        prev = doc.toks[k - 1]  # 'Spanish officials say', not 'declined to say'
        if prev.text == ",":
            # 'The Free Democrats, the smallest coalition partner, say': the plural head is
            # before the appositive
            for m in range(k - 2, max(0, k - 14), -1):
                if doc.toks[m].text == ",":
                    prev = doc.toks[m - 1]
                    break
        if prev.low.endswith("s") and prev.text.isalpha() and prev.low not in _AUXILIARIES | {
                "does", "his", "its", "this", "was", "has", "is", "as", "us", "always"}:
            return PLURAL_PRESENT[t.low]
        return ""
    return cue_class(t.low)


def _cue_range(doc: _Doc, k: int) -> tuple[int, int]:
    low = doc.toks[k].low
    nxt = doc.toks[k + 1].low if k + 1 < len(doc.toks) else ""
    if (low in {"pointed", "points"} and nxt == "out") or (
            low in {"shot", "fired", "hit", "snapped", "pushed"} and nxt == "back"):
        return (k, k + 2)
    if low in {"made", "makes"} and nxt in {"clear", "it"}:
        return (k, k + 2) if nxt == "clear" else (k, k + 3)
    if low in {"called", "calls", "calling"} and nxt in {"for", "on"}:
        return (k, k + 2)
    return (k, k + 1)


def _sentence_tok_range(doc: _Doc, sid: int) -> tuple[int, int]:
    a, b = doc.sentences[sid]
    return doc.tok_at(a), doc.tok_at(b)


def _quote_cue_after(doc: _Doc, qi: int) -> _Cand | None:
    """'“…,” Ryabkov said' / '“…,” said Ryabkov' / '“…” — she said'."""
    q = doc.quotes[qi]
    toks = doc.toks
    k0 = doc.tok_at(q.end)
    para_end = doc.paragraphs[doc.paragraph_of(q.end - 1)][1]
    hi = min(len(toks), k0 + 16)
    while hi > k0 and toks[hi - 1].start >= para_end:
        hi -= 1
    k = k0
    while k < hi and toks[k].text in {",", *_DASHES}:
        k += 1
    if k >= hi:
        # a quotation that is a whole paragraph, then 'The warning came from X.' / 'That was
        # the message of X.' opening the next one
        pi = doc.paragraph_of(q.end - 1)
        if (k0 < len(toks) and doc.paragraphs[pi][0] == q.start
                and pi + 1 < len(doc.paragraphs) and toks[k0].start >= para_end
                and doc.paragraph_of(toks[k0].start) == pi + 1
                and doc.text[q.start:q.end].rstrip("”’\"'»")[-1:] in ".!?"):
            found = _statement_from(doc, k0, min(len(toks), k0 + 24))
            if found is not None:
                cue, mention = found
                return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
        return None
    found = _statement_from(doc, k, min(len(toks), k0 + 24))
    if found is not None and (k > k0 or doc.text[q.start:q.end].rstrip("”’\"'»")[-1:] in ".!?"):
        cue, mention = found
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
    inner = doc.text[q.start:q.end].rstrip("”’\"'»")
    if inner.endswith("."):
        return None  # the quotation closed its sentence; what follows is a new sentence
    if inner.endswith(("?", "!")) and toks[k].text[:1].isupper() and toks[k].low not in PRONOUNS:
        # '“Why?” Ryabkov asked.' is a cue, '“Why?” Nobody knows.' is not
        if not any(_verb_at(doc, v) for v in range(k, min(hi, k + 4))):
            return None
    if (toks[k].low == "according" and k + 1 < hi and toks[k + 1].low == "to"
            and (toks[k - 1].text == "," or inner.endswith(","))):
        mention = _according_mention(doc, k + 2, hi)  # '“It’s over,” according to X.'
        if mention is not None:
            return _Cand("direct", mention, (k, k + 2), (q.start, q.end), "according-to")
    # verb first: said Ryabkov
    if _verb_at(doc, k):
        cue = _cue_range(doc, k)
        mention = _mention_after(doc, cue[1], hi)
        if mention is None:
            return None
        if mention[1] < hi and (toks[mention[1]].low in _AUXILIARIES
                                or _verb_at(doc, mention[1])):
            return None  # '“a joke”, said it was ...': the words after the verb are a clause
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-cue-after")
    if k == k0 and not inner.endswith((",", "?", "!")) and doc.in_phrase[doc.tok_at(q.start)]:
        return None  # 'was “testing” NATO's border and warned': a scare quote, no trailing cue
    # speaker first: Ryabkov (also) said
    for v in range(k + 1, min(hi, k + _MAX_MENTION + 3)):
        t = toks[v]
        if t.text in _SENT_END or t.text in _QUOTE_TOKENS or doc.in_quote[v]:
            return None
        if _verb_at(doc, v):
            mention = _subject_before(doc, v, k)
            if mention is None or mention[0] != k:
                return None
            return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end),
                         "quote-cue-after")
    return None


def _quote_cue_before(doc: _Doc, qi: int) -> _Cand | None:
    """'She said: “…”' / 'Ryabkov told reporters, “…”' / 'said Ryabkov: “…”'."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)  # the opening mark
    sid = doc.sentence_of(q.start)
    lo, _ = _sentence_tok_range(doc, sid)
    if k - 1 < lo or toks[k - 1].text not in {":", ","}:
        return None
    # look back for the verb within 8 tokens
    for v in range(k - 2, max(lo, k - 10) - 1, -1):
        if doc.in_quote[v] or doc.claimed[v]:
            return None
        if not _verb_at(doc, v):
            continue
        if toks[k - 1].text == "," and (
            (_words(doc, q.start, q.end) < 3
            and not doc.text[q.start:q.end].rstrip("”’\"'» ").endswith((".", "!", "?")))
            or any(toks[x].low in {"a", "an"} for x in range(v + 1, k - 1))
        ):
            return None  # 'wrote a book, “Hard Choices”': a title, not a quotation
        mention = _subject_before(doc, v, lo)
        if mention is None:
            mention = _mention_after(doc, _cue_range(doc, v)[1], k - 1)
        if mention is None:
            return None
        return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end), "quote-cue-before")
    return _quote_colon_speaker(doc, q, k, lo)


def _quote_colon_speaker(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'Commission President Helga Brandt: “…”' (a live-blog item or headline): a titled or
    full personal name alone before a colon, after at most a time stamp ('10:02'), speaks a
    whole-sentence quotation; the colon is the cue."""
    toks = doc.toks
    if toks[k - 1].text != ":" or not doc.text[q.start:q.end].rstrip("”’\"'» ").endswith(
            (".", "!", "?")):
        return None
    i = _first_word(doc, lo)
    while i < k - 1 and (toks[i].text.isdigit() or toks[i].text in {":", ".", "—", "–", "-"}):
        i += 1  # a time stamp: '10:02', '10.02 -'
    if not 0 < k - 1 - i <= 8 or any(doc.in_quote[j] or doc.claimed[j] for j in range(i, k - 1)):
        return None
    name = _name_run(toks[i:k - 1])
    if len(name.split()) < 2 or not all(t.text[:1].isupper() or t.low in {"of", "for", "the"}
                                        or t.text in {"’", "'"} for t in toks[i:k - 1]):
        return None
    return _Cand("direct", (i, k - 1), (k - 1, k), (q.start, q.end), "quote-colon-speaker")


_QUESTION_LABELS = {"q", "question", "interviewer", "host", "reporter"}
# the people who ask or narrate in a transcript: 'DEBORAH HALE, HOST:', 'JONAH PRUITT, BYLINE:'
_NARRATOR_ROLES = {"host", "byline", "anchor", "correspondent", "reporter", "interviewer",
                   "moderator"}
_LABEL = re.compile(r"([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})(?:, ([A-Za-z][A-Za-z ]{1,30}))?"
                    r":[ \t]*")


def _transcript(doc: _Doc, out: list[_Cand]) -> None:
    """Interview transcripts: paragraphs opening 'Kamau: ...' (a name and a colon) answer the
    paragraphs opening 'Q: ...'. Each answer is the named person's statement (kind direct, the
    colon is the cue), together with the unlabelled paragraphs after it up to the next label.
    Only in a text with at least one question label and one name label, so that headlines
    ('Ukraine: ...') and live-blog items are left to the other rules."""
    text, toks = doc.text, doc.toks
    labels = []
    narrators = set()
    for pi, (a, b) in enumerate(doc.paragraphs):
        m = _LABEL.match(text, a, b)
        if m is not None:
            labels.append((pi, m))
            if (m.group(2) or "").strip().lower() in _NARRATOR_ROLES:
                narrators.add(m.group(1).split()[-1].lower())  # 'PRUITT:' later
    questions = {pi for pi, m in labels if m.group(1).lower().rstrip(".") in _QUESTION_LABELS
                 or m.group(1).split()[-1].lower() in narrators}
    if not questions or len(labels) == len(questions):
        return
    starts = [pi for pi, _ in labels]
    for n, (pi, m) in enumerate(labels):
        if pi in questions:
            continue
        a, b = m.end(), doc.paragraphs[pi][1]
        if a >= b or m.group(2):
            continue  # a label alone on its line, or a role that is not a narrator's
        k0 = doc.tok_at(m.start())
        colon = doc.tok_at(text.rindex(":", m.start(), m.end()))
        if any(doc.claimed[j] for j in range(k0, colon + 1)) or not _name_run(toks[k0:colon]):
            continue
        nxt = starts[n + 1] if n + 1 < len(starts) else None
        if nxt is not None:  # unlabelled paragraphs between two labels continue the answer
            b = doc.paragraphs[nxt - 1][1]
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append(_Cand("direct", (k0, colon), (colon, colon + 1), (a, b), "transcript"))
        _claim(doc, k0, doc.tok_at(b))


def _strip_end(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim whitespace, and a final period or comma that is not inside a quotation."""
    while b > a and text[b - 1].isspace():
        b -= 1
    while b > a and text[b - 1] in ".,;:" :
        b -= 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _reported(doc: _Doc, sid: int, out: list[_Cand]) -> None:
    """Reported speech, 'According to', participle continuations and describe-verbs."""
    toks, text = doc.toks, doc.text
    lo, hi = _sentence_tok_range(doc, sid)
    s_end = doc.sentences[sid][1]
    shared: tuple[tuple[int, int], int] | None = None  # (mention, statement) for '... and warned'
    k = lo
    while k < hi:
        if doc.in_quote[k] or doc.claimed[k]:
            k += 1
            continue
        t = toks[k]
        # According to X, content / content, according to X
        if t.low == "according" and k + 1 < hi and toks[k + 1].low == "to":
            mention = _according_mention(doc, k + 2, hi)
            if mention is not None:
                cue = (k, k + 2)
                m_end = mention[1]
                if m_end < hi and toks[m_end].text == "," and k == _first_word(doc, lo):
                    a, b = _strip_end(text, toks[m_end].end, s_end)
                    if _words(doc, a, b) >= 1:  # 'According to X,' with nothing after it
                        out.append(_Cand("indirect", mention, cue, (a, b), "according-to"))
                        _claim(doc, lo, hi)
                        return
                if k > lo and toks[k - 1].text == ",":
                    a, b = _strip_end(text, _clause_start(doc, lo, k), toks[k - 1].start)
                    if _words(doc, a, b) >= 2:
                        qi = doc.quote_of_tok.get(doc.tok_at(a))
                        whole = qi is not None and (doc.quotes[qi].start, doc.quotes[qi].end) == (
                            a, b)
                        out.append(_Cand("direct" if whole else "indirect", mention, cue,
                                         (a, b), "according-to"))
                        _claim(doc, lo, hi)
                        return
            k += 2
            continue
        # ..., adding that content
        after_comma = k > lo and (toks[k - 1].text == "," or (
            k - 1 > lo and toks[k - 1].low in {"before", "then", "and", "while"}
            and toks[k - 2].text == ",") or (  # '..., she said, before adding: “…”'
            k - 1 > lo and toks[k - 1].text in _QUOTE_TOKENS and toks[k - 2].text == ","))
        if t.low in CONTINUATION_VERBS and after_comma and out:
            prev = out[-1]
            if sid in {doc.sentence_of(prev.content[0]), doc.sentence_of(prev.content[1] - 1)}:
                c = k + 1
                if c < hi and toks[c].text in {":", ","}:
                    c += 1
                if c < hi and toks[c].low in _COMPLEMENTIZERS:
                    c += 1
                if c < hi and not doc.claimed[c]:
                    a, b = _strip_end(text, toks[c].start, s_end)
                    kind = "indirect"
                    qi = doc.quote_of_tok.get(c)
                    if qi is not None and doc.quotes[qi].end >= b - 1:
                        kind, b = "direct", min(doc.quotes[qi].end, s_end)
                    if _words(doc, a, b) >= 2:
                        ref = len(out) - 1 if prev.ref is None else prev.ref
                        out.append(_Cand(kind, prev.mention, (k, k + 1), (a, b),
                                         "participle-continuation", ref=ref))
                        _claim(doc, k, hi)
                        return
        # 'with diplomats saying ...' / 'Rutte rejected the plan, saying ...' (no statement
        # before it in the sentence): the participle's subject is the speaker
        if t.low in _PARTICIPLES or (t.low == "telling" and _that_after(doc, k, hi)):
            mention = _participle_speaker(doc, k, lo)
            if mention is not None:
                found = _participle_content(doc, k, hi, s_end)
                if found is not None:
                    kind, (a, b) = found
                    rule = "with-participle" if toks[mention[0] - 1].low == "with" else (
                        "participle-subject")
                    out.append(_Cand(kind, mention, (k, k + 1), (a, b), rule))
                    _claim(doc, mention[0], mention[1])
                    _claim(doc, k, hi)
                    return
        cls = _verb_at(doc, k)
        if cls and t.low in _AS_VERBS and _as_quote(doc, k, hi):
            cls = "describe"  # 'condemned the decision as “illegal”': the quoted words
        if not cls or (k > lo and toks[k - 1].low in _BE):
            k += 1  # no verb, or a passive ('had been told to', 'was asked whether')
            continue
        cue = _cue_range(doc, k)
        ref = None
        if shared is not None and k - 1 >= lo and toks[k - 1].low in _COORD:
            mention, ref = shared
        else:
            mention = _subject_before(doc, k, lo)
        if mention is None and k - 1 > lo and toks[k - 1].low in _COORD and cls != "describe":
            # 'Sen. Laura Benning ... welcomed the deployment but said ...': the main subject
            mention = _main_subject(doc, k - 1, lo)
            if mention is not None and any(doc.claimed[x] for x in range(mention[1], k)):
                mention = None
        if mention is None:
            # inverted trailing cue: 'content, said Ryabkov.'
            if k > lo and toks[k - 1].text == "," and cls != "describe":
                after = _mention_after(doc, cue[1], hi)
                if after is not None and _tail_is_adverbial(doc, after[1], hi):
                    a, b = _strip_end(text, _clause_start(doc, lo, k - 1), toks[k - 1].start)
                    if _words(doc, a, b) >= 3:
                        out.append(_Cand("indirect", after, cue, (a, b), "reported-cue-after"))
                        _claim(doc, lo, hi)
                        return
            k += 1
            continue
        if (ref is None and mention[0] > lo and toks[mention[0] - 1].text == ","
                and cls != "describe" and _interrupted(doc, lo, mention, cue, hi, s_end, out)):
            return  # 'The plan, Hale said, was dead.'
        # trailing cue: 'content, Ryabkov said (on Monday).'
        if (mention[0] > lo and toks[mention[0] - 1].text == "," and cls != "describe"
                and _tail_is_adverbial(doc, cue[1], hi)):
            a, b = _strip_end(text, _clause_start(doc, lo, mention[0] - 1),
                              toks[mention[0] - 1].start)
            if _words(doc, a, b) >= 3 and not _fronted_participle(doc, a):
                out.append(_Cand("indirect", mention, cue, (a, b), "reported-cue-after"))
                _claim(doc, lo, hi)
                return
        if cls == "describe":
            # called the negotiations “difficult” -> the first quotation after the verb
            for j in range(cue[1], hi):
                if doc.in_quote[j] and j in doc.quote_of_tok:
                    q = doc.quotes[doc.quote_of_tok[j]]
                    out.append(_Cand("partial", mention, cue, (q.start, q.end), "quote-describe",
                                     ref=ref))
                    near = ref is None and not any(  # not the antecedent of ', who'
                        toks[x].low == "who" for x in range(mention[1], cue[0]))
                    _claim(doc, mention[0] if near else cue[0], doc.tok_at(q.end))
                    # '... described the killings as “genocide” and urged ...'
                    shared = (mention, len(out) - 1 if ref is None else ref)
                    k = doc.tok_at(q.end)
                    break
            else:
                k += 1
            continue
        c = _content_start(doc, cue, cls, hi)
        if c is None:
            k += 1
            continue
        a, b = _strip_end(text, toks[c].start, s_end)
        if _words(doc, a, b) < 2:
            k += 1
            continue
        # '... said X and warned that Y': the content stops before the second cue, unless the
        # content has a speech verb of its own ('that Moscow had explained ... and explained')
        embedded = False
        for x in range(c, doc.tok_at(b)):
            if not doc.in_quote[x] and _verb_at(doc, x) and toks[x - 1].low not in _COORD:
                embedded = True
            if (toks[x].text == "," and x + 1 < hi and toks[x + 1].low in _PARTICIPLES
                    and not doc.in_quote[x] and not embedded):
                a, b = _strip_end(text, a, toks[x].start)
                break
            if (x + 1 < hi and toks[x + 1].low in _PARTICIPLES and toks[x].text in _QUOTE_TOKENS
                    and toks[x - 1].text == "," and not embedded):
                b = toks[x].end  # '... “that nobody can win,” adding that ...'
                break
            if (toks[x].text == "," and x + 1 < hi and toks[x + 1].low in _TRAILERS
                    and not doc.in_quote[x] and not embedded):
                a, b = _strip_end(text, a, toks[x].start)  # ', despite ...', ', prompting ...'
                break
            if (toks[x].text == "," and x + 2 < hi and toks[x + 1].low in _CLAUSE_LINKS
                    and not doc.in_quote[x] and not embedded
                    and _speaker_clause(doc, x + 2, hi)):
                # '... will strip residents of any say, as the housing secretary, Angela
                # Pryce, insisted ...': a second speaker's statement starts after the comma
                a, b = _strip_end(text, a, toks[x].start)
                break
            if toks[x].low in _COORD and not doc.in_quote[x] and x + 1 < hi and not embedded:
                y = x + 1
                if y < hi and toks[y].low in {"he", "she", "they", "it", "we"}:
                    y += 1
                while y < hi and toks[y].low in ADVERBS:
                    y += 1
                if y < hi and ((_verb_at(doc, y) and toks[y].low not in _COGNITION)
                               or toks[y].low in _ACTIONS) and _tense(
                        toks[y].low) in {_tense(toks[cue[0]].low), ""}:
                    a, b = _strip_end(text, a, toks[x].start)
                    break
        kind = "indirect"
        b = _trim_comment(doc, c, b)
        qi = doc.quote_of_tok.get(c)
        if qi is not None:
            q = doc.quotes[qi]
            if q.start == toks[c].start and q.end >= b - 1:
                kind = "partial" if toks[c - 1].low == "that" else "direct"
                a, b = q.start, min(q.end, s_end) if q.end > s_end else q.end
        out.append(_Cand(kind, mention, cue, (a, b), "reported-cue-before", ref=ref))
        shared = (mention, len(out) - 1 if ref is None else ref)
        _claim(doc, mention[0] if ref is None else cue[0], doc.tok_at(b))
        k = doc.tok_at(b)


# participles that report speech after a subject of their own ('with diplomats saying') or
# the main clause's subject ('Rutte rejected the plan, saying ...'); 'telling' and 'urging'
# take an addressee and stay with the continuation rule
_PARTICIPLES = {p for p, lemma in CONTINUATION_VERBS.items() if lemma not in {"tell", "urge"}}
_NOT_VERBS = (TITLE_WORDS | SPEAKER_NOUNS | PERSON_NOUNS | _DETERMINERS | _QUANTIFIERS
              | _PP_PREPOSITIONS | ADVERBS | {"and", "or", "of", "who", "which", "whose", "that",
                                              "so-called", "former", "new", "two", "three"})


def _interrupted(doc: _Doc, lo: int, mention: tuple[int, int], cue: tuple[int, int], hi: int,
                 s_end: int, out: list[_Cand]) -> bool:
    """'The plan, Hale said, was dead': a cue set off by commas inside the reported clause.
    The content is the clause around it, one row per part (both share the cue and mention,
    so the scorer sees one content of two fragments). Adds the rows and returns True."""
    toks, text = doc.toks, doc.text
    e = cue[1]
    while e < hi and (toks[e].low in ADVERBS or toks[e].low in _TIME_WORDS):
        e += 1
    if not (e + 2 < hi and toks[e].text == "," and toks[e + 1].text.islower()
            and toks[e + 1].low not in _SUBORDINATORS | _CLAUSE_LINKS | {"adding", "saying"}
            and not doc.in_quote[e + 1]):
        return False
    start = _clause_start(doc, lo, mention[0] - 1)
    if toks[doc.tok_at(start)].low in _ADVERBIAL_STARTS | _SUBORDINATORS:
        return False  # 'On Monday, Hale said, ...' is no content
    a1, b1 = _strip_end(text, start, toks[mention[0] - 1].start)
    a2, b2 = _strip_end(text, toks[e + 1].start, s_end)
    if _words(doc, a1, b1) < 2 or _words(doc, a2, b2) < 2 or _fronted_participle(doc, a1):
        return False
    out.append(_Cand("indirect", mention, cue, (a1, b1), "reported-cue-inside"))
    out.append(_Cand("indirect", mention, cue, (a2, b2), "reported-cue-inside",
                     ref=len(out) - 1))
    _claim(doc, lo, hi)
    return True


_CLAUSE_LINKS = {"but", "and", "as", "while", "whereas", "although", "though"}
# the reporter's own words after a comma that end a reported clause
_TRAILERS = set("""despite prompting deepening raising sending sparking fuelling fueling marking
underscoring highlighting signalling signaling reflecting triggering""".split())
# verbs of thinking: '... said X and expected Y' keeps Y in the content (annotators agree)
_COGNITION = set("""expected expects hoped hopes believed believes thought thinks feared fears
knew knows wanted wants""".split())
_COMMIT_VERBS = set("""promised promises pledged pledges vowed vows threatened threatens
swore swears""".split())
_AS_VERBS = set("""condemned condemns denounced denounces dismissed dismisses rejected rejects
hailed hails praised praises criticised criticized criticises criticizes branded brands
slammed slams labelled labeled labels""".split())


def _as_quote(doc: _Doc, k: int, hi: int) -> bool:
    """'as “...”' within ten tokens after the verb at ``k`` (with no other verb between)."""
    for j in range(k + 1, min(hi - 1, k + 12)):
        if doc.in_quote[j]:
            return False
        if doc.toks[j].low == "as":
            return bool(doc.in_quote[j + 1])
    return False


def _speaker_clause(doc: _Doc, c: int, hi: int) -> bool:
    """True when a clause of its own subject and a speech verb starts at token ``c``
    ('the housing secretary, Angela Pryce, insisted', 'critics accuse')."""
    for y in range(c + 1, min(hi, c + 16)):
        if doc.in_quote[y] or doc.toks[y].text in {";", ":"}:
            return False
        if _verb_at(doc, y) and not (y > c and doc.toks[y - 1].low in _BE):
            m = _subject_before(doc, y, c)
            return m is not None and m[0] == c
    return False


def _tense(word: str) -> str:
    """'past' ('said', 'warned'), 'present' ('says', 'hopes') or '' for other verb forms: a
    verb after 'and' in another tense than the cue belongs to the content ('said Japan
    welcomes the deal and hopes it holds')."""
    if word.endswith("ed") or word in {"said", "told", "wrote", "thought", "knew"}:
        return "past"
    return "present" if word.endswith("s") else ""


def _participle_speaker(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The speaker mention of the participle at token ``k``: the noun phrase after 'with'
    ('with diplomats saying'), or, after a comma, the subject of the sentence's main clause
    ('Rutte rejected the plan, saying' -> Rutte), found as the subject before the first word
    that can be the main verb (at most 40 tokens in)."""
    toks = doc.toks
    if k - 1 <= lo:
        return None
    if toks[k - 1].text[:1].isalnum():
        m = _np_before(doc, k, lo)
        if m is not None and m[0] - 1 >= lo and toks[m[0] - 1].low == "with":
            return m
        return None
    if toks[k - 1].text != ",":
        return None
    return _main_subject(doc, k - 1, lo)


def _main_subject(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, before token ``k``: the subject before the
    first word that can be the main verb (at most 40 tokens in), at the sentence start or
    after an introductory clause ('At one point, Lavrov interrupted' -> Lavrov)."""
    toks = doc.toks
    first = _first_word(doc, lo)
    v = first + 1
    tries = 0
    while v < min(k, first + 40) and tries < 4:
        t = toks[v]
        if doc.in_quote[v] or doc.claimed[v] or t.text in {";", ":"}:
            return None
        if t.text == "," and v + 1 < k and toks[v + 1].low in {"who", "which", "whose"}:
            # skip a relative appositive: 'Rutte, who leads the group, rejected ...'
            v += 2
            while v < k and toks[v].text != ",":
                v += 1
            v += 1
            continue
        if t.text.isalpha() and t.text.islower() and t.low not in _NOT_VERBS:
            m = _subject_before(doc, v, lo)
            if m is not None and (m[0] == first or toks[m[0] - 1].text == ","):
                return m  # 'At one point, Lavrov interrupted' -> Lavrov
            tries += 1  # 'A federal judge ... blocked': 'federal' was no verb
        v += 1
    return None


def _that_after(doc: _Doc, k: int, hi: int) -> int:
    """The token after 'that' closing a short addressee after token ``k`` ('telling state
    television that'), else 0."""
    for j in range(k + 1, min(hi, k + 14)):  # 'telling reporters at his news conference that'
        t = doc.toks[j]
        if doc.in_quote[j] or not t.text[:1].isalnum() or _verb_at(doc, j) or (
                t.low in _AUXILIARIES):
            return 0
        if t.low == "that":
            return j + 1
    return 0


def _participle_content(
    doc: _Doc, k: int, hi: int, s_end: int
) -> tuple[str, tuple[int, int]] | None:
    """(kind, span) of what the participle at ``k`` reports: to the end of the sentence,
    without 'that' and the final stop; a quotation standing alone is direct."""
    toks = doc.toks
    c = k + 1
    if toks[k].low == "telling":
        c = _that_after(doc, k, hi)  # 'telling state television that ...'
    if c < hi and toks[c].text in {":", ","}:
        c += 1
    if c < hi and toks[c].low == "that":
        c += 1
    if c >= hi or doc.claimed[c] or toks[c].low in _SUBORDINATORS | {"of", "about", "for", "to",
                                                                      "so"}:
        return None
    a, b = _strip_end(doc.text, toks[c].start, s_end)
    qi = doc.quote_of_tok.get(c)
    if qi is not None and doc.quotes[qi].end >= b - 1:
        q = doc.quotes[qi]  # the whole quotation, though it holds several sentences
        return "direct", (a, q.end if q.start == toks[c].start else min(q.end, s_end))
    if _words(doc, a, b) < 2:
        return None
    return "indirect", (a, b)


def _according_mention(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """'According to X,' -- X runs to the comma or the sentence end (at most 14 tokens)."""
    j = start
    while j < hi and j - start < 14:
        t = doc.toks[j]
        if doc.in_quote[j] or t.text in {",", ";", ":", ".", "!", "?"}:
            break
        j += 1
    if j == start or j - start >= 14:
        return None
    if not any(doc.toks[i].text[:1].isalnum() for i in range(start, j)):
        return None  # 'according to ” ,': a stray mark is nobody
    if any(doc.toks[i].low in _NUMBER_SOURCES for i in range(start, min(j, start + 4))):
        return None  # 'according to near-final results': numbers, nobody said them
    return (start, j)


_NUMBER_SOURCES = {"results", "figures", "data", "estimates", "statistics", "projections",
                   "counts", "tallies", "returns"}


def _first_word(doc: _Doc, lo: int) -> int:
    """The sentence's first word after connectors and a wire dateline ('BRASÍLIA - ')."""
    k = lo
    toks = doc.toks
    if k < len(toks) and toks[k].text.isupper() and len(toks[k].text) > 1:
        m = _DATELINE.match(doc.text, toks[k].start, min(len(doc.text), toks[k].start + 80))
        if m is not None:
            k = doc.tok_at(m.end())
    while k < len(toks) and toks[k].low in _LEADING_CONNECTORS | {","}:
        k += 1
    return k


def _clause_start(doc: _Doc, lo: int, k: int) -> int:
    """Character start of the content that ends at token ``k``: the sentence start (after a
    wire dateline), or the opening of a quotation that began in an earlier sentence."""
    start = doc.toks[lo].start if lo < len(doc.toks) else doc.sentences[-1][0]
    m = _DATELINE.match(doc.text, start, min(len(doc.text), start + 80))
    if m is not None:
        start = m.end()
    for j in range(lo, k):
        if doc.claimed[j]:
            start = doc.toks[j + 1].start if j + 1 < len(doc.toks) else start
    return start


# nouns of a writer's comment on a statement: '..., a notable shift for the bank'
_COMMENT_NOUNS = {"shift", "move", "reversal", "departure", "sign", "signal", "change", "step",
                  "climbdown", "u-turn", "turnaround", "rebuke", "blow", "break", "first"}


def _trim_comment(doc: _Doc, c: int, b: int) -> int:
    """End of reported content without a closing comment of the writer's ('said a reform
    would be compatible with sound finances, a notable shift for the central bank')."""
    toks = doc.toks
    end = doc.tok_at(b)
    for x in range(end - 1, max(c, end - 14), -1):
        if doc.in_quote[x]:
            return b
        if toks[x].text == ",":
            seg = toks[x + 1:min(end, x + 5)]
            if seg and seg[0].low in {"a", "an"} and any(t.low in _COMMENT_NOUNS for t in seg):
                return _strip_end(doc.text, toks[c].start, toks[x].start)[1]
            return b
    return b


def _fronted_participle(doc: _Doc, a: int) -> bool:
    """'Addressing supporters at a hotel, Ana Costa declared victory': a fronted participle
    clause before the subject is a circumstance, not what was said."""
    t = doc.toks[doc.tok_at(a)] if doc.tok_at(a) < len(doc.toks) else None
    return t is not None and t.low in _INTRO_WORDS and (
        t.low.endswith("ing") or t.low in {"asked", "pressed"})


def _tail_is_adverbial(doc: _Doc, k: int, hi: int) -> bool:
    """After a trailing cue only adverbials may follow ('on Monday', 'in a statement'), then
    perhaps a comma and a subordinate clause ('..., officials said, as talks resumed').

    A finite auxiliary or a speech verb means the words after the 'cue' are a clause of their
    own ('..., said lawmakers had been briefed'), so the cue is not a trailing one.
    """
    n = 0
    for j in range(k, hi):
        t = doc.toks[j]
        if t.text == "," and j > k and j + 1 < hi and doc.toks[j + 1].low in _SUBORDINATORS:
            return n <= 8
        if (doc.in_quote[j] or t.low in {"that", ":"} or _verb_at(doc, j)
                or t.low in _AUXILIARIES):
            return False
        if t.text[:1].isalnum():
            n += 1
    return n <= 8


def _content_start(doc: _Doc, cue: tuple[int, int], cls: str, hi: int) -> int | None:
    """First token of the content after a leading cue, or None when the verb has no content."""
    toks = doc.toks
    c = cue[1]
    while c < hi and toks[c].low in ADVERBS:
        c += 1
    verb = toks[cue[0]].low
    if c < hi and toks[c].low in {"of", "about", "against"} and not doc.in_quote[c]:
        return None  # 'warned of “devastating” consequences': a topic, not a statement
    if c < hi and toks[c].low == "to" and verb in _COMMIT_VERBS:
        return None  # 'promised to revisit it': a commitment, not a statement
    # skip an addressee: 'told reporters (that)', 'hinted to Russia that'
    limit = min(hi, c + 6)
    if verb in {"told", "tells", "warned", "assured", "reminded", "urged", "informed"} or (
        c < hi and toks[c].low == "to" and verb not in {"urged"}
    ):
        found = False
        for j in range(c, min(hi, c + 14)):  # 'told a joint press conference with ... that'
            if doc.in_quote[j] or toks[j].low in _AUXILIARIES or (j > c and _verb_at(doc, j)):
                break
            if toks[j].low == "that" or toks[j].text in {":", ","}:
                c, found = j, True
                break
        to = c < hi and toks[c].low == "to"
        if not found and (verb in {"told", "tells", "assured", "informed", "reminded"} or to):
            c = _addressee_end(doc, c + to, limit)
    if c < hi and (toks[c].low in _ADVERBIAL_STARTS or toks[c].low in _TIME_WORDS):
        # 'said on Tuesday that', 'wrote on social media that', 'said in a statement that'
        for j in range(c, min(hi, c + 10)):
            t = toks[j]
            if t.low == "that":
                c = j
                break
            if t.low in _PUBLISHED and j > c and toks[j - 1].text.islower():
                continue  # 'said in a video posted on YouTube that': a reduced relative
            if t.text in {",", ":", ";"} or doc.in_quote[j] or _verb_at(doc, j):
                if t.text in {",", ":"} and j > c:
                    c = j  # 'said in a statement: ...'
                else:  # 'said (on) Wednesday the cuts were', 'told reporters in Brasilia he'
                    c = _skip_place_phrase(doc, _skip_time_phrase(doc, c, hi), hi)
                break
        else:  # 'said on Sunday it would ...': no comma, verb or 'that' in ten tokens
            c = _skip_place_phrase(doc, _skip_time_phrase(doc, c, hi), hi)
            while c < hi and toks[c].low in _TIME_WORDS:
                c += 1
    if c < hi and toks[c].text == ",":
        # 'said, without offering evidence, that ...': a parenthetical before 'that'
        for j in range(c + 1, min(hi - 1, c + 12)):
            if doc.in_quote[j] or toks[j].text in {":", ";"}:
                break
            if toks[j].text == ",":
                if toks[j + 1].low == "that":
                    c = j + 1
                break
    while c < hi and toks[c].text in {",", ":"}:
        c += 1
    if c >= hi:
        return None
    first = toks[c]
    if first.low in _COMPLEMENTIZERS:
        if first.low == "that":
            c += 1
        return c if c < hi else None
    if doc.in_quote[c]:
        return c
    if cls == "that":
        if first.low in {"there", "he", "she", "they", "we"} and c + 1 < hi and (
                toks[c + 1].low in _AUXILIARIES or toks[c + 1].low.endswith("ed")):
            return c  # 'claimed there had been', 'admitted he was': a bare clause
        return None
    if first.low in _ADVERBIAL_STARTS | _SUBORDINATORS | {"of", "about", "for", "by", "to"}:
        return None
    if first.text in _SENT_END:
        return None
    return c


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
               "day", "days", "weeks", "months", "years", "ago", "last", "next", "this", "that",
               "the", "late", "early"}


def _skip_time_phrase(doc: _Doc, c: int, hi: int) -> int:
    """Token after a time adverbial opening at ``c`` ('on Tuesday', 'Wednesday', 'late on
    Friday', 'on March 3'); ``c`` itself when there is none."""
    toks = doc.toks
    j = c
    while j < hi and j - c < 5 and toks[j].low in {"on", "at", "in", "late", "early", "last",
                                                     "this", "earlier", "later"}:
        j += 1
    start = j
    while j < hi and j - c < 7 and (toks[j].low in _TIME_WORDS or toks[j].low in _MONTHS
                                    or toks[j].low in _TIME_NOUNS or toks[j].text.isdigit()):
        j += 1
    while j > start and toks[j - 1].low in {"the", "this", "that", "last", "next", "late",
                                            "early"}:
        j -= 1  # 'said on Monday [the] talks were over': the article opens the content
    if j == start or not any(toks[x].low in _TIME_WORDS or toks[x].low in _MONTHS
                             for x in range(start, j)):
        return c
    return j


def _skip_place_phrase(doc: _Doc, c: int, hi: int) -> int:
    """Token after 'in Brasilia' / 'at the White House' / 'outside the court' at ``c``."""
    toks = doc.toks
    if not (c + 1 < hi and toks[c].low in {"in", "at", "outside", "from", "after"}):
        return c
    j = c + 1
    if toks[j].low in {"the", "a"}:
        j += 1
    start = j
    while j < hi and j - start < 5 and not doc.in_quote[j] and (
            _is_capitalised(toks[j]) or (j > start and toks[j].low in _ADDRESSEES)):
        j += 1
    return j if j > start else c


def _addressee_end(doc: _Doc, c: int, limit: int) -> int:
    """First token after a short addressee noun phrase: 'told [the BBC] the plans were ...',
    'told [MPs] the reform was ...', 'told [BBC Radio 4’s Today programme] ...'. A determiner
    after the addressee opens the content."""
    toks = doc.toks
    j = c
    if j < limit and toks[j].low in {"him", "her", "them", "us", "me"}:
        return j + 1  # 'told him the plan was dead'
    if j < limit and toks[j].low in _DETERMINERS:
        j += 1
    start = j
    if j + 1 < limit and toks[j].text.islower() and nlp.lexicon_tag(toks[j].low) == "JJ" and (
            toks[j + 1].low in _ADDRESSEES or nlp.lexicon_tag(toks[j + 1].low) == "NNS"):
        j += 1  # 'told [local] officials'
    while j < limit and not doc.in_quote[j]:
        t = toks[j]
        if t.low in _DETERMINERS and j > start:
            break
        if t.text.islower() and t.low not in _ADDRESSEES and nlp.lexicon_tag(t.low) == "NNS":
            if j - start <= 1 and not any(x.low in _ADDRESSEES for x in toks[start:j]):
                j += 1  # 'told [commissioners] the company hoped ...': one plural noun
            break
        if not (_is_capitalised(t) or t.low in _ADDRESSEES or t.text[:1].isdigit()
                or (t.low.endswith(("’s", "'s")) and j > start)):
            break
        j += 1
    return j if j > start else c


def _claim(doc: _Doc, a: int, b: int) -> None:
    for j in range(max(0, a), min(len(doc.toks), b)):
        doc.claimed[j] = 1


def _words(doc: _Doc, a: int, b: int) -> int:
    return sum(1 for t in doc.toks[doc.tok_at(a):doc.tok_at(b)] if t.text[:1].isalnum())


# --------------------------------------------------------------------------- speakers


class _Resolver:
    """Maps mentions to speakers in reading order (registry, names, surnames, pronouns)."""

    def __init__(self, registry: Registry, abbreviations: dict[str, str] | None = None) -> None:
        self.registry = registry
        self.abbreviations = abbreviations or {}  # 'ECOWAS' -> its long name in this text
        self.history: list[_Entity] = []
        self.by_surname: dict[str, _Entity] = {}
        self.by_name: dict[str, _Entity] = {}

    def _remember(self, ent: _Entity) -> _Entity:
        self.history.append(ent)
        self.by_name.setdefault(normalise_name(ent.name), ent)
        if ent.person and " " in ent.name:
            self.by_surname.setdefault(ent.name.split()[-1], ent)
        return ent

    def _from_actor(self, actor: Actor, mention: str) -> _Entity:
        ent = self.by_name.get(normalise_name(actor.name))
        if ent is None:
            gender = actor.gender or self.registry.gender_from_title(mention) or (
                gender_from_first_name(actor.name) if actor.is_person else "")
            side = actor.side if actor.side != UNKNOWN_SIDE else self.registry.side_from_title(
                mention)
            ent = _Entity(actor.name, actor.is_person, gender, side,
                          words=_description(f"{mention} {actor.role}"),
                          place=actor.role.lower() in {"state", "country", "city"})
        return ent

    def _title_side(self, head_text: str, name: str, appositive: Sequence[Tok]) -> str:
        """The side of a named person from the title around the name, never from the name
        itself ('Jordan Bardella', 'London Breed'), else from a descriptive appositive
        ('Israel Katz, Israel's foreign minister'); relative clauses ('who met Chinese
        officials') say what someone did, not whom they speak for."""
        side = self.registry.side_from_title(head_text.replace(name, " , ") if name else
                                             head_text)
        if side == UNKNOWN_SIDE and appositive and appositive[0].low not in {
                "who", "which", "whose", "whom"}:
            text = _join(appositive)
            side = self.registry.side_from_title(text.replace(name, " , ") if name else text)
        return side

    def _learn(self, ent: _Entity, head_text: str, name: str,
               appositive: Sequence[Tok]) -> None:
        """A known person named again with a title ('Senate President Mark Delaney' after
        'Mark Delaney'): the title's words, gender and side are added to what is known."""
        if not ent.person or normalise_name(head_text) == normalise_name(name):
            return
        ent.words = ent.words | _description(head_text.replace(name, " "))
        ent.gender = ent.gender or self.registry.gender_from_title(head_text)
        if ent.side == UNKNOWN_SIDE:
            ent.side = self._title_side(head_text, name, appositive)

    def _described(self, core: Sequence[Tok]) -> _Entity | None:
        """'The official' after 'a senior EU official': the nearest earlier speaker (at most
        40 back) whose titles and descriptions contain every word of a definite description
        ('the [Dutch] official' / 'the prime minister'), with the same number."""
        if len(core) < 2 or core[0].low != "the":
            return None
        if any(_AGE.fullmatch(t.low) for t in core[1:3]) and core[-1].low in PERSON_NOUNS:
            # 'The 44-year-old leader of ...' re-describes the person last named
            return next((e for e in reversed(self.history[-40:]) if e.person and not e.plural
                         and " " in e.name), None)
        want = _description(_join(core[1:]))
        last = core[-1].low
        if not want or not (last in SPEAKER_NOUNS or last in TITLE_WORDS
                            or last in _PARTY_MEMBERS):
            return None
        plural = last.endswith("s") and last not in PERSON_NOUNS
        person = last in PERSON_NOUNS or last in _PARTY_MEMBERS
        for ent in reversed(self.history[-40:]):
            # 'the state' / 'the ministry' never refers to a person whose title has the word
            if want <= ent.words and ent.plural == plural and (person or not ent.person):
                return ent
        if person and not plural:
            # 'the Turkish minister' after 'his Turkish counterpart, Mehmet Kaya': a person
            # just named whose titles share a word with it, or who has no title yet
            gender = self.registry.gender_from_title(_join(core))
            nearest = True
            for ent in reversed(self.history[-4:]):
                if not ent.person or ent.plural or " " not in ent.name or (
                        gender and ent.gender not in {gender, ""}):
                    continue
                if want & ent.words or (nearest and (
                        not ent.words or last in _PARTY_MEMBERS)):
                    return ent  # a person without a title only when nearest
                nearest = False
        if len(core) == 2 and last in _ORG_NOUNS:
            # 'the bloc' after 'ECOWAS said': the organisation last named (not a place)
            return next((e for e in reversed(self.history[-15:]) if not e.person
                         and not e.place and not e.plural and e.name[:1].isupper()), None)
        return None

    def _coordinated(self, head: Sequence[Tok]) -> tuple[_Entity, str] | None:
        """'French President Emmanuel Macron and German Chancellor Angela Merkel': one
        speaker 'Emmanuel Macron and Angela Merkel' when both sides of the 'and' are names or
        registered actors (each is also remembered for later surnames and pronouns; 'they'
        refers to the pair); the side is theirs when they share it, else unknown."""
        cuts = [i for i, t in enumerate(head) if t.low == "and" and t.text == "and"]
        if len(cuts) != 1 or not 0 < cuts[0] < len(head) - 1:
            return None
        if self.registry.side_of_name(_join(head)):
            return None  # one name: 'Bosnia and Herzegovina'

        parts = (head[:cuts[0]], head[cuts[0] + 1:])
        if not all(self._names_someone(p) for p in parts):
            return None
        ents = [self.resolve(p)[0] for p in parts]
        if any(e is None for e in ents):
            return None
        first, second = ents[0], ents[1]
        assert first is not None and second is not None
        name = f"{first.name} and {second.name}"
        side = first.side if first.side == second.side else UNKNOWN_SIDE
        return self._remember(_Entity(name, False, "", side, plural=True)), name

    def _names_someone(self, part: Sequence[Tok]) -> bool:
        """A registered actor, or a name that is no organisation's ('Ministry of Trade')."""
        if self.registry.lookup(_join(part)) is not None:
            return True
        return bool(_name_run(part)) and not any(t.low in ORG_WORDS for t in part)

    def resolve(
        self, toks: Sequence[Tok], *, observe: bool = False
    ) -> tuple[_Entity | None, str, str]:
        """(entity, speaker name, how) for a mention's tokens (``observe``: a non-speaker)."""
        if any(t.text == "(" for t in toks):  # 'Tom Brandt (R-La.)': the tag names no one
            kept, depth = [], 0
            for t in toks:
                depth += t.text == "("
                if not depth:
                    kept.append(t)
                depth -= t.text == ")" and depth > 0
            toks = kept
        words = [t for t in toks if t.text[:1].isalnum() or t.text in {"’", "'", "&", "."}]
        if len(words) == 1 and words[0].low in PRONOUNS:
            ent = self._pronoun(PRONOUNS[words[0].low])
            if ent is None:
                return None, words[0].text, "unresolved-pronoun"
            self.history.append(ent)
            return ent, ent.name, "pronoun"
        if (len(words) >= 3 and words[0].low in _QUANTIFIERS and words[-1].low in PRONOUNS):
            ent = self._pronoun(PRONOUNS[words[-1].low])  # 'one of them'
            if ent is not None:
                return ent, ent.name, "pronoun"
        if 3 <= len(words) <= 4 and words[0].low in _QUANTIFIERS and words[1].low == "of" and (
                words[2].low in _DETERMINERS):
            noun = words[-1].low  # 'one of the people' -> 'two people familiar with ...'
            for ent in reversed(self.history[-40:]):
                if not ent.person and ent.name.lower().split()[-1:] == [noun]:
                    self.history.append(ent)
                    return ent, ent.name, "partitive"
            label = _join(words)  # 'one of the sources' with no group named before
            ent = _Entity(label, words[0].low == "one", "", UNKNOWN_SIDE,
                          words=_description(label))
            return self._remember(ent), label, "group"
        # the head before an appositive; the appositive may hold the name ('A spokesman, Li Wei')
        cut = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
        head = list(toks[:cut]) or [t for t in toks if t.text != ","]
        appositive = [t for t in toks[cut + 1:] if t.text != ","]
        head_text = _join(head)
        actor = self.registry.lookup(head_text)
        if not observe and any(t.text == "and" for t in head) and (
                actor is None or normalise_name(head_text) not in {
                normalise_name(a) for a in (actor.name, *actor.aliases)}):
            pair = self._coordinated(head)  # 'Ryabkov and Lavrov' is not Lavrov alone
            if pair is not None:
                return pair[0], pair[1], "coordination"
        if actor is not None:
            return self._remember(self._from_actor(actor, head_text)), actor.name, "registry"
        name = _name_run(head)
        if self.registry.side_of_name(head_text):
            name = _strip_determiner(head_text)  # 'Bosnia and Herzegovina', 'the Elysee'

        if name and _is_person_name(appositive) and any(
                not t.text[:1].isupper() or t.low in _DETERMINERS for t in head):
            # 'The chief executive of the Scottish Fishermen’s Federation, Elspeth Macrae'
            name = ""
        if not name and appositive and appositive[0].low not in {"who", "which", "whose"} and (
                appositive[0].text[:1].isupper() or appositive[0].low in _DETERMINERS
                or appositive[0].low in TITLE_WORDS):  # not 'led by the SPD's Lars Köhler'
            actor = self.registry.lookup(_join(appositive))
            if actor is not None:
                return self._remember(self._from_actor(actor, head_text)), actor.name, "registry"
            name = _name_run(appositive)
        if name and " " not in name and name not in self.by_surname and normalise_name(
                name) not in self.by_name and nlp.lexicon_tag(name.lower()) == "NNS":
            name = ""  # 'Critics, including ..., said': a plural common noun, not a name
            if appositive and appositive[0].low in {"including", "among"}:
                self.resolve(appositive[1:], observe=True)  # '..., including MP Diane Abbott'
        if name and head[0].low == "the" and name.split()[-1].lower() in _PARTY_MEMBERS:
            name = ""  # 'The Kansas Republican' describes someone; it is no name
        acronym = name in self.abbreviations
        if acronym:
            name = _strip_determiner(self.abbreviations[name])  # one speaker, two names
        elif name.isupper() and " " not in name and (
                normalise_name(name) not in self.by_name or len(name) <= 3):
            # 'The International Atomic Energy Agency said ...' then 'the IAEA said'
            ent = next((e for e in reversed(self.history[-200:])
                        if (not e.person and acronym_of(name, e.name))
                        or (e.person and _title_acronym(name, e.words))), None)
            if ent is not None:
                return self._remember(ent), ent.name, "acronym"
        if name:
            key = normalise_name(name)
            known = self.by_name.get(key) or (
                self.by_surname.get(name) if " " not in name else None)
            if known is not None:
                self._learn(known, head_text, name, appositive)
                return self._remember(known), known.name, "name" if key in self.by_name else (
                    "surname")
            if observe and " " not in name:
                return None, name, "unknown"  # a lone capitalised subject may be a common noun
            place = self.registry.side_of_name(name)  # 'France said', 'Brussels said'
            person = not (place or acronym or name.replace(".", "").isupper()
                          or set(name.lower().split()) & ORG_WORDS)  # 'ECOWAS' is no person
            gender = self.registry.gender_from_title(head_text) or (
                gender_from_first_name(name) if person else "")
            side = (self._title_side(head_text, name, appositive) if person
                    else place or self.registry.side_from_title(head_text))
            ent = _Entity(name, person, gender if person else "", side,
                          plural=not person and not place and name.endswith("s"),
                          words=_description(head_text.replace(name, " ")) if person
                          else _description(head_text),
                          place=bool(place) and self.registry.is_place(name))
            return self._remember(ent), name, "name"
        for t in head:  # 'Marchal's office said': Marchal is the person last named
            if t.low.endswith(("'s", "’s")) and t.text[:1].isupper():
                owner = self.by_surname.get(t.text[:-2]) or self.by_name.get(
                    normalise_name(t.text[:-2]))
                if owner is not None and owner.person:
                    self.history.append(owner)
        core = _before_preposition(head)  # 'An aid worker in the region' -> 'aid worker'
        while len(core) > 1 and core[-1].low in {"familiar", "close", "involved", "briefed",
                                                 "aware", "speaking", "who"}:
            core = core[:-1]  # 'officials familiar with the plan' -> 'officials'
        label = _strip_determiner(_join(core))
        key = normalise_name(label)
        if key in self.by_name:
            return self._remember(self.by_name[key]), self.by_name[key].name, "description"
        ent = self._described(core)
        if ent is not None:
            self.history.append(ent)
            return ent, ent.name, "description"
        last = core[-1].low if core else ""
        plural = last.endswith("s") and last not in PERSON_NOUNS
        person = last in PERSON_NOUNS  # 'an aide', 'the official': he/she may follow
        ent = _Entity(label, person, "", self.registry.side_from_title(head_text), plural,
                      words=_description(label))
        return self._remember(ent), label, "group"

    def _pronoun(self, want: str) -> _Entity | None:
        for ent in reversed(self.history[-200:]):  # bounded: linear on pathological input
            if want in {"male", "female"}:
                if ent.person and ent.gender in {want, ""}:
                    if not ent.gender:
                        ent.gender = want  # learnt from the text
                    return ent
            elif want == "plural":
                if not ent.person:
                    return ent
            elif want == "org":
                if not ent.person and not ent.plural:
                    return ent
            else:
                return None
        return None


_TITLE_ABBREVIATIONS = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
    "gen.": "general", "adm.": "admiral", "lt.": "lieutenant", "col.": "colonel",
    "sgt.": "sergeant", "capt.": "captain", "prof.": "professor", "amb.": "ambassador",
    "pres.": "president", "cllr": "councillor", "supt.": "superintendent",
}


def _title_acronym(short: str, words: frozenset[str]) -> bool:
    """'PM' / 'CM' for a person whose title words start with its letters, one word per letter
    ('prime', 'minister'); two or three capitals only."""
    if not (2 <= len(short) <= 3 and short.isupper() and short.isalpha()):
        return False
    pool = sorted(w for w in words if len(w) > 3 and w.isalpha())  # not 'us', 'uk', 'eu'
    for ch in short.lower():
        hit = next((w for w in pool if w[:1] == ch), None)
        if hit is None:
            return False
        pool.remove(hit)
    return True


def _description(text: str) -> frozenset[str]:
    """Lower-cased content words of a title or description, for matching 'the official';
    title abbreviations are spelt out ('Sen. Laura Benning' ... 'the senator')."""
    words = normalise_name(text).replace(",", " ").split()
    return frozenset(_TITLE_ABBREVIATIONS.get(w, w) for w in words
                     if w not in _DETERMINERS and w not in {"of", "and", "for", "to", "in"})


_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|an|ar|az|ibn|bin|abu|abd)-[A-Z]")


def _name_cap(word: str) -> bool:
    """A word that can be part of a name: capitalised, or an Arabic article joined to a
    capitalised name ('al-Hindi', 'el-Sisi')."""
    return word[:1].isupper() or _PARTICLE.match(word) is not None


def _is_person_name(toks: Sequence[Tok]) -> bool:
    """Two to four capitalised words that are no title or organisation: 'Elspeth Macrae'."""
    words = [t for t in toks if t.text not in {"’", "'", "."}]
    return 2 <= len(words) <= 4 and all(
        _name_cap(t.text) and t.low not in TITLE_WORDS and t.low not in ORG_WORDS
        and t.low not in FUNCTION_CAPS and not t.low.endswith(("’s", "'s")) for t in words)


def _before_preposition(toks: Sequence[Tok]) -> list[Tok]:
    """The tokens before the first lower-case preposition ('aide' in 'aide to the governor'),
    keeping capitalised links ('Ministry of Defence')."""
    for i, t in enumerate(toks):
        if i and t.low in _PP_PREPOSITIONS and not t.text[:1].isupper() and not (
                t.low == "of" and i + 1 < len(toks) and _is_capitalised(toks[i - 1])
                and _is_capitalised(toks[i + 1])):
            return list(toks[:i])
    return list(toks)


def _join(toks: Sequence[Tok]) -> str:
    out = ""
    prev_end = -1
    for t in toks:
        if out and t.start > prev_end:
            out += " "
        out += t.text
        prev_end = t.end
    return out


def _strip_determiner(label: str) -> str:
    first, _, rest = label.partition(" ")
    if (first.lower() in _DETERMINERS or (first.lower() == "one" and not rest.startswith(
            "of "))) and rest:
        return rest  # 'a senior official', 'one senior GOP aide' -> the noun phrase
    return label


def _name_run(toks: Sequence[Tok]) -> str:
    """The personal name at the end of a mention: capitalised words after any title words."""
    run: list[Tok] = []
    for t in reversed(toks):
        if t.text in {"’", "'", "."}:
            break
        if t.low in TITLE_WORDS or t.low in FUNCTION_CAPS or not _name_cap(t.text):
            if t.low in {"de", "van", "von", "bin", "al", "da", "di", "le", "la"} and run:
                run.append(t)
                continue
            break
        if t.low.endswith(("’s", "'s")):
            break
        run.append(t)
    run.reverse()
    n = len(toks) - len(run)
    if len(run) == 1 and n >= 2 and toks[n - 1].low == "of":
        before = _name_run(toks[: n - 1])  # 'Prime Minister Kwame Mensah of Ghana'
        if len(before.split()) >= 2:
            return before
    p = n - 1 - (n >= 3 and toks[n - 1].low == "the")
    if run and p >= 1 and toks[p].low in _PP_PREPOSITIONS and toks[p].text.islower():
        return ""  # 'the UN envoy for Sudan': the name is the object, not the speaker
    return _join(run)


# --------------------------------------------------------------------------- main


def _analyse(art: Article, registry: Registry) -> tuple[list[_Cand], _Doc]:
    text = art.text
    paragraphs = list(art.paragraphs)
    sentences: list[tuple[int, int]] = []
    for a, b in paragraphs:
        sentences.extend((a + s, a + e) for s, e in nlp.sentence_spans(text[a:b]))
    toks = tokenize(text)
    quotes = find_quotes(text, paragraphs)
    doc = _Doc(
        text=text, toks=toks, starts=[t.start for t in toks], sentences=sentences,
        sent_starts=[s for s, _ in sentences], paragraphs=paragraphs,
        para_starts=[a for a, _ in paragraphs], quotes=quotes,
    )
    doc.in_quote = bytearray(len(toks))
    doc.in_phrase = bytearray(len(toks))
    doc.claimed = bytearray(len(toks))
    for qi, q in enumerate(quotes):
        i, e = doc.tok_at(q.start), doc.tok_at(q.end)
        doc.quote_of_tok[i] = qi
        words = sum(1 for j in range(i, e) if toks[j].text[:1].isalnum())
        titled = words <= 8 and all(toks[j].text[:1].isupper() for j in range(i, e)
                                    if toks[j].text.isalpha() and len(toks[j].text) >= 4)
        # a short phrase or a title ('author of “The Second Island Chain,”'), not a statement
        phrase = q.closed and (words <= 3 or titled) and not any(
            toks[j].text in _SENT_END for j in range(i, e))
        for j in range(i, e):
            doc.in_quote[j] = 1
            doc.in_phrase[j] = phrase
    if not sentences:
        return [], doc

    out: list[_Cand] = []
    # 1-2: quotations with a cue right after or before them
    for qi, q in enumerate(quotes):
        cand = _quote_cue_after(doc, qi) or _quote_cue_before(doc, qi)
        if cand is None:
            continue
        if cand.rule == "quote-cue-after":
            k = doc.tok_at(q.start)
            sid = doc.sentence_of(q.start)
            lo, _ = _sentence_tok_range(doc, sid)
            if k > lo and any(toks[j].text[:1].isalnum() and not doc.claimed[j]
                              for j in range(lo, k)):
                cand.content = (_clause_start(doc, lo, k), q.end)
                cand.kind, cand.rule = "partial", "mixed-quote-cue-after"
        out.append(cand)
        _claim(doc, doc.tok_at(cand.content[0]), doc.tok_at(cand.content[1]))
        _claim(doc, *cand.mention)
        _claim(doc, *cand.cue)
        # the rest of the cue clause (', she said, adding ...') stays free for rule 5
    _transcript(doc, out)
    out.sort(key=lambda c: c.content[0])
    # 3-6: sentence by sentence
    direct = list(out)
    out = []
    di = 0
    for sid in range(len(sentences)):
        s_end = sentences[sid][1]
        while di < len(direct) and direct[di].content[0] < s_end:
            out.append(direct[di])
            di += 1
        _reported(doc, sid, out)
    out.extend(direct[di:])
    out.sort(key=lambda c: c.content[0])
    # 7: quotations that continue the previous speaker. `out` is sorted by content start and
    # does not change in this loop: prefix maxima + bisect keep each look-up logarithmic
    starts = [c.content[0] for c in out]
    reach = list(itertools.accumulate((c.content[1] for c in out), max))
    # any statement can be continued by a quotation: 'X said she was “horrified”. “Civilians ...”'
    quoted = sorted((c.content[1], i) for i, c in enumerate(out))
    quoted_ends = [e for e, _ in quoted]
    latest = list(itertools.accumulate((i for _, i in quoted), max))
    extra: list[_Cand] = []
    for q in quotes:
        before = bisect.bisect_right(starts, q.start) - 1
        if before >= 0 and reach[before] > q.start:
            continue  # inside content already attributed
        k = doc.tok_at(q.start)
        if doc.claimed[k]:
            continue
        words = _words(doc, q.start, q.end)
        sid = doc.sentence_of(q.start)
        starts_sentence = doc.sentences[sid][0] == q.start
        n_ended = bisect.bisect_right(quoted_ends, q.start)
        if n_ended == 0:
            continue
        prev = latest[n_ended - 1]  # the last statement (in text order) ended before q
        # '“A,” he told supporters, “and B.”': the cue clause sits inside one sentence
        cue_end = toks[out[prev].cue[1] - 1].end
        same_sentence = (out[prev].kind == "direct" and doc.sentence_of(cue_end) == sid
                         and cue_end <= q.start and k > 0 and toks[k - 1].text == ",")
        full = doc.text[q.start:q.end].rstrip("”’\"'» ").endswith((".", "!", "?"))
        if (words < 4 and not (full and words >= 2)) or not (
            starts_sentence or same_sentence
        ):
            continue  # a title, a scare quote or a quoted phrase: not a statement
        p_para = doc.paragraph_of(out[prev].content[1] - 1)
        if doc.paragraph_of(q.start) - p_para > 1:
            continue
        # nothing attributed to someone else in between
        lo = bisect.bisect_left(starts, out[prev].content[1])
        hi = bisect.bisect_left(starts, q.start)
        if any(c.ref != prev and c.mention != out[prev].mention for c in out[lo:hi]):
            continue
        base = out[prev]
        ref = prev if base.ref is None else base.ref
        extra.append(_Cand("direct", base.mention, base.cue, (q.start, q.end),
                           "quote-continuation", ref=ref))
    if extra:
        # keep indices of `ref` valid: append, then sort with a stable key map
        out.extend(extra)
    # resolve speakers in reading order of the mentions; named sentence subjects that say
    # nothing still count as antecedents ('Brooks, who ..., thanked her. He said ...')
    resolver = _Resolver(registry, acronyms(text))
    events = [(toks[c.mention[0]].start, 1, i) for i, c in enumerate(out) if c.ref is None]
    taken = {toks[c.mention[0]].start for c in out}
    in_mention = bytearray(len(toks))  # a subject inside a speaker's mention is that speaker
    for c in out:
        in_mention[c.mention[0]:c.mention[1]] = b"\x01" * (c.mention[1] - c.mention[0])
    subjects = _named_subjects(doc)
    for m in subjects:
        if toks[m[0]].start not in taken and not in_mention[m[0]]:
            events.append((toks[m[0]].start, 0, m))
    for pos, (a, b) in _honorific_objects(doc):
        if toks[a].start not in taken and not in_mention[a]:
            events.append((pos, -1, (a, b, True)))
    for _pos, what, item in sorted(events, key=lambda e: (e[0], e[1])):
        if what <= 0:
            resolver.resolve(toks[item[0]:item[1]], observe=not item[2])
            continue
        c = out[item]
        ent, name, how = resolver.resolve(toks[c.mention[0]:c.mention[1]])
        c.speaker, c.how = name, how
        c.side = ent.side if ent is not None else UNKNOWN_SIDE
    _cataphora(doc, out, subjects, resolver)
    for c in out:
        if c.ref is not None:
            base = out[c.ref]
            c.speaker, c.side, c.how = base.speaker, base.side, base.how
    asking = {id(c) for c in out if c.ref is None and _reporter_question(doc, c)}
    out = [c for c in out if id(c) not in asking
           and (c.ref is None or id(out[c.ref]) not in asking)]
    return sorted(out, key=lambda c: c.content[0]), doc


_ASKERS = {"reporter", "reporters", "journalist", "journalists", "correspondent", "questioner",
           "interviewer"}


def _reporter_question(doc: _Doc, c: _Cand) -> bool:
    """'“Is the president comfortable with that?” the reporter asked': questions put by the
    press are not statements of the people in the news."""
    toks = doc.toks
    return toks[c.cue[0]].low in {"asked", "asks", "asking", "pressed", "wondered"} and any(
        t.low in _ASKERS for t in toks[c.mention[0]:c.mention[1]])


def _cataphora(doc: _Doc, out: list[_Cand], subjects: list[tuple[int, int, bool]],
               resolver: _Resolver) -> None:
    """'“…” / That is how she tells it, anyway. Eleven years after ..., Sofia Lindqvist is
    ...': a pronoun with no antecedent before it refers to the first person named as a
    sentence subject after it, in the same or the next sentence."""
    toks = doc.toks
    starts = [toks[m[0]].start for m in subjects]
    for c in out:
        if c.ref is not None or c.how != "unresolved-pronoun":
            continue
        pos = toks[c.mention[1] - 1].end
        i = bisect.bisect_left(starts, pos)
        while i < len(subjects) and not subjects[i][2]:
            i += 1
        if i == len(subjects) or doc.sentence_of(starts[i]) > doc.sentence_of(pos) + 1:
            continue
        name = _name_run(toks[subjects[i][0]:subjects[i][1]])
        if not name:
            continue
        ent = resolver.by_name.get(normalise_name(name))
        c.speaker, c.how = (ent.name if ent else name), "cataphora"
        c.side = ent.side if ent is not None else UNKNOWN_SIDE
    _lede_cataphora(doc, out, subjects, resolver)


def _lede_cataphora(doc: _Doc, out: list[_Cand], subjects: list[tuple[int, int, bool]],
                    resolver: _Resolver) -> None:
    """News names a role before the person: 'The home secretary has defended plans ...,
    saying ...' / 'Speaking to the BBC, Priya Lal said ...'. A description of one person that
    matched no one before it refers to the first person named in the next two sentences (a
    subject or a speaker): in the first two paragraphs any such person, an indefinite
    description ('A federal judge in Atlanta') only when that person's title has its noun
    ('Judge Laura Whitfield'); later in the article only a definite description, and only a
    person with that title or named there for the first time."""
    toks = doc.toks
    named = sorted(
        [(toks[m[0]].start, m) for m in subjects if m[2]]
        + [(toks[x.mention[0]].start, x.mention) for x in out
           if x.ref is None and x.how in {"name", "registry"}])
    starts = [p for p, _ in named]
    for c in out:
        if (c.ref is None and c.how == "name" and 2 <= len(c.speaker) <= 3
                and c.speaker.isupper() and doc.paragraph_of(toks[c.mention[0]].start) <= 1):
            # a headline's 'says CM': the first person named later whose title fits
            pos = toks[c.mention[1] - 1].end
            for _, (a, b, *_rest) in named[bisect.bisect_left(starts, pos):]:
                ent = resolver.by_name.get(normalise_name(_name_run(toks[a:b])))
                if ent is not None and ent.person and _title_acronym(c.speaker, ent.words):
                    _retarget(out, c, ent)
                    break
            continue
        if c.ref is not None or c.how != "group":
            continue
        first, last = toks[c.mention[0]], toks[c.mention[1] - 1]
        core = _before_preposition(toks[c.mention[0]:c.mention[1]])
        noun = core[-1].low if core else ""
        if first.low not in {"the", "a", "an"} or noun not in PERSON_NOUNS:
            continue
        lede = doc.paragraph_of(first.start) <= 1
        pos = last.end
        i = bisect.bisect_left(starts, pos)
        if i == len(named) or doc.sentence_of(starts[i]) > doc.sentence_of(pos) + 2:
            continue
        a, b = named[i][1][:2]
        name = _name_run(toks[a:b])
        ent = resolver.by_name.get(normalise_name(name)) if name else None
        if ent is None or not ent.person:
            continue
        titled = noun in ent.words | _description(_join(toks[a:b]))
        if first.low != "the" and not titled:
            continue
        # after the lede, only a person named there for the first time ('The opposition
        # leader said ... / “…,” Grant Maddock told reporters')
        if not lede and not titled and name.split()[-1] in doc.text[:first.start]:
            continue
        if not lede and first.low != "the":
            continue
        _retarget(out, c, ent)


def _retarget(out: list[_Cand], c: _Cand, ent: _Entity) -> None:
    """Give statement ``c`` and the continuations that follow it the speaker ``ent``."""
    c.speaker, c.how, c.side = ent.name, "cataphora", ent.side
    for x in out:
        if x.ref is not None and out[x.ref] is c:
            x.speaker, x.how, x.side = ent.name, "cataphora", ent.side


_INTRO_WORDS = set("""asked pressed speaking addressing responding standing sitting when after
before as while back in at on during despite since although though once following for from
later earlier""".split())


_AGE = re.compile(r"\d{1,3}-year-old")
_NUMBER_WORDS = set("""two three four five six seven eight nine ten eleven twelve twenty thirty
forty fifty several a few""".split())
_SPAN_NOUNS = {"years", "months", "weeks", "days", "hours", "decades"}


def _subject_start(doc: _Doc, lo: int, hi: int) -> int:
    """First token of a sentence's subject: after an introductory clause ('Asked by CNN's Dana
    Mercer whether ..., Virtanen paused'; 'Back in the village, Ceban ...'; 'When a journalist
    asked ..., Lavrov paused'), else the sentence's first word."""
    toks = doc.toks
    i = _first_word(doc, lo)
    if i + 1 < hi and (toks[i].low in _NUMBER_WORDS or toks[i].text.isdigit()) and (
            toks[i + 1].low in _SPAN_NOUNS):
        pass  # 'Eleven years after a row over ..., Sofia Lindqvist is ...'
    elif i >= hi or toks[i].low not in _INTRO_WORDS or not toks[i].text[:1].isupper():
        return i
    for j in range(i + 1, min(hi - 1, i + 40)):
        if doc.in_quote[j] or toks[j].text in {";", ":"}:
            return i
        if toks[j].text == ",":
            return j + 1 if _is_capitalised(toks[j + 1]) else i
    return i


def _named_subjects(doc: _Doc) -> list[tuple[int, int, bool]]:
    """Token ranges of the subjects opening a sentence: personal names ('Governor Maria Ortega
    conceded'), also after an introductory clause, and definite descriptions ('The Russian
    minister criticised ...'), so that a later pronoun can refer to someone who said nothing."""
    out = []
    toks = doc.toks
    for sid in range(len(doc.sentences)):
        lo, hi = _sentence_tok_range(doc, sid)
        i = _subject_start(doc, lo, hi)
        desc = _description_subject(doc, i, hi)
        if desc is not None:
            out.append(desc)
            continue
        if i < hi and toks[i].low in _SUBJECT_PRONOUNS:
            continue  # 'He spent the year shuttling between La Moneda, the palace, and ...'
        first_weak: tuple[int, int, bool] | None = None
        stop = min(hi, i + 10)
        if i + 2 < hi and toks[i].low in _DETERMINERS and toks[i + 2].text == ",":
            stop = min(hi, i + 20)  # 'Her neighbour, a tailor who ..., Ibrahim, was blunt'
        lead = i
        while i < stop:
            if doc.claimed[i]:
                break  # a speaker's mention is resolved with its statement, and a name inside
                # a statement's content ('He said the Social Democrats' plans ...') is no
                # subject of this sentence
            if (first_weak is not None and toks[i].text.isalpha() and toks[i].text.islower()
                    and toks[i].low not in TITLE_WORDS and toks[i].low not in _DETERMINERS):
                break  # past the subject: 'Okafor grew up in Elyria, the youngest ...'
            if doc.in_quote[i] or not toks[i].text[:1].isupper() or toks[i].low in FUNCTION_CAPS:
                i += 1
                continue
            j = i
            while j < hi and j - i < 9 and not doc.in_quote[j] and (
                    toks[j].text[:1].isupper() or _title_inside(toks, j, hi)):
                j += 1  # 'North Korean leader Kim Jong Un', 'Labour MP Diane Abbott'
            name = _name_run(toks[i:j]) if j < hi else ""
            apposed = j + 1 < hi and toks[j].text == "," and toks[j + 1].low in _APPOSITION
            titled = toks[i].low.rstrip(".") in _HONORIFICS  # 'Ms Berg' is a person
            # a one-word name set off by commas after a described subject is its name
            between = i > lead + 1 and toks[i - 1].text == "," and j < hi and toks[j].text == ","
            strong = bool(name) and (" " in name or apposed or titled or between)
            if strong or (name and first_weak is None):
                if strong:
                    # with the title before the name: 'Kremlin spokesman Yuri Dronov'
                    t0 = i
                    while t0 > lo and not doc.in_quote[t0 - 1] and (
                            _is_capitalised(toks[t0 - 1]) or toks[t0 - 1].low in TITLE_WORDS
                            or toks[t0 - 1].low in SPEAKER_NOUNS):
                        t0 -= 1
                    out.append((t0, j, True))
                    first_weak = None
                    break
                first_weak = (i, j, False)
            i = j + 1
        if first_weak is not None:
            out.append(first_weak)
    return out


_INNER_TITLES = TITLE_WORDS - {"of", "for", "the", "and", "house", "office", "state"}


def _title_inside(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """A lower-case title word between capitals and a name ('North Korean [leader] Kim')."""
    t = toks[j]
    if not (t.text.islower() and t.low in _INNER_TITLES):
        return False
    nxt = j + 1
    while nxt < hi and nxt - j < 3 and toks[nxt].text.islower() and toks[nxt].low in _INNER_TITLES:
        nxt += 1
    return nxt < hi and toks[nxt].text[:1].isupper()


def _description_subject(doc: _Doc, i: int, hi: int) -> tuple[int, int, bool] | None:
    """'The Russian minister also criticised ...': a definite description of one person (at
    most five words, ending in a person noun) followed by a lower-case word (the verb)."""
    toks = doc.toks
    if i >= hi or toks[i].low != "the" or doc.in_quote[i]:
        return None
    for j in range(i + 1, min(hi - 1, i + 6)):
        t = toks[j]
        if doc.in_quote[j] or not t.text[:1].isalpha():
            return None
        if t.low in PERSON_NOUNS:
            nxt = toks[j + 1]
            if nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PP_PREPOSITIONS | {
                    "and", "or", "who", "of"}:
                return (i, j + 1, False)
            return None
    return None


_HONORIFICS = {"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lord", "lady"}


def _honorific_objects(doc: _Doc) -> list[tuple[int, tuple[int, int]]]:
    """('Ms Berg met [Mr Holt]', 'Ms Berg met [Tom Hale]'): names with an honorific or a
    gendered first name later in a sentence, as (sentence start,
    token range), so that 'He said ...' can refer to them; the sentence subject stays nearer."""
    out = []
    toks = doc.toks
    after = 0  # the end of the last name taken: one name per run of capitals
    for k, t in enumerate(toks):
        if (k < after or doc.in_quote[k] or k + 1 >= len(toks)
                or not _is_capitalised(toks[k + 1])):
            continue
        # 'Maria Lopez met [Tom Hale]', 'as Prime Minister [Kenji Arai] tries': a name whose
        # first name has a gender (gender-guesser's list) is a person too
        if (t.low.rstrip(".") in _HONORIFICS and t.text[:1].isupper()) or (
                _is_capitalised(t) and gender_from_first_name(f"{t.text} {toks[k + 1].text}")):
            sid = doc.sentence_of(t.start)
            lo, _ = _sentence_tok_range(doc, sid)
            if k > _first_word(doc, lo):
                j = k + 1
                while j < len(toks) and j - k < 4 and _is_capitalised(toks[j]):
                    j += 1
                out.append((doc.sentences[sid][0], (k, j)))
                after = j
    return out


def attribute(doc: Article | str, *, actors: Registry | str | None = None) -> pd.DataFrame:
    """Statements in ``doc`` with speaker, side, cue and content spans (see the module doc).

    ``doc`` is an :class:`~geneva_nb.article.Article` or a plain string (analysed verbatim);
    ``actors`` is a :class:`~geneva_nb.actors.Registry` or the path of an actors CSV
    (default ``data/actors.csv``). Raises :class:`~geneva_nb.errors.InputError` for anything
    that is not an article or a string.

    >>> attribute('“We are ready,” Ryabkov said.').loc[0, ["kind", "speaker", "side"]].tolist()
    ['direct', 'Sergei Ryabkov', 'Russia']
    """
    art = as_article(doc)
    if isinstance(actors, Registry):
        registry = actors
    elif actors is None or isinstance(actors, str):
        registry = load_actors(actors)
    else:
        raise InputError(
            f"actors must be a Registry (geneva_nb.actors.load_actors) or a CSV path, "
            f"not {type(actors).__name__}."
        )
    cands, doc = _analyse(art, registry)
    text, toks = doc.text, doc.toks
    rows = []
    for sid, c in enumerate(cands):
        m0, m1 = toks[c.mention[0]].start, toks[c.mention[1] - 1].end
        q0, q1 = toks[c.cue[0]].start, toks[c.cue[1] - 1].end
        a, b = c.content
        rows.append((
            sid, c.kind, c.speaker, c.side, text[m0:m1], m0, m1, text[q0:q1], q0, q1,
            text[a:b], a, b, doc.sentence_of(a), f"{c.rule}:{c.how}",
        ))
    # column-wise construction with the dtypes given up front: much cheaper than astype
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    data = {
        name: np.asarray(values, dtype=np.int64 if name in _DTYPES else object)
        for name, values in zip(COLUMNS, columns, strict=True)
    }
    return pd.DataFrame(data, columns=COLUMNS, copy=False)
