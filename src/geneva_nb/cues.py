"""The vocabulary of attribution: speech verbs, titles, speaker nouns, and a fast tokenizer.

General English, nothing article-specific. The verb classes live in
``data/attribution/verbs.txt`` (lemmas, one section per class); they follow the reporting-verb
inventories used by rule-based quote extractors and attribution corpora (Krestel et al. 2008;
Pareti 2016, PARC 3.0 cue analysis; Newell et al. 2018, PolNeAR), grouped by what may follow
the verb (the ``[plural_present]`` and ``[continuation]`` sections are below):

- ``FREE``: the content may follow directly ("said Moscow needed guarantees", "announced a draft");
- ``THAT``: only with a complement clause or a quotation ("added that ...", "noted: “...”"),
  since "added 500 jobs" or "noted the date" are not attributions;
- ``DESCRIBE``: evaluative verbs that only attribute a quoted phrase ("called the talks
  “difficult”", "described it as “useful”").

:func:`tokenize` splits text into word and punctuation tokens with character offsets, keeping
honorific abbreviations ("Mr.", "Sen.") and dotted acronyms ("U.S") whole. It is one compiled
regex with no nested quantifiers over the same characters, so it stays linear.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from pathlib import Path
from typing import NamedTuple

from ._data import data_path
from .errors import DataFileError

__all__ = [
    "ADVERBS",
    "CONTINUATION_VERBS",
    "DESCRIBE",
    "DESCRIBE_ING",
    "FREE",
    "FUNCTION_CAPS",
    "PERSON_NOUNS",
    "PLURAL_PRESENT",
    "PROGRESSIVE",
    "PRONOUNS",
    "QUOTE_VERBS",
    "SPEAKER_NOUNS",
    "THAT",
    "TITLE_WORDS",
    "Tok",
    "cue_class",
    "tokenize",
    "verb_forms",
]

def read_word_lists(path: Path) -> dict[str, frozenset[str]]:
    """The sections of a word-list file: ``[name]`` lines, then words separated by white
    space; ``#`` starts a comment. Raises :class:`~geneva_nb.errors.DataFileError` when the
    file cannot be read or has words before its first section."""
    lists: dict[str, set[str]] = {}
    current: set[str] | None = None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"Cannot read the word lists {path}: {exc}") from exc
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1].strip(), set())
        elif current is None:
            raise DataFileError(
                f"{path}, line {lineno}: words before the first [section]; put a [name] line "
                "above them."
            )
        else:
            current.update(line.split())
    return {name: frozenset(words) for name, words in lists.items()}


_VERBS = read_word_lists(data_path("attribution", "verbs.txt"))
FREE_LEMMAS = sorted(_VERBS["free"])
THAT_LEMMAS = sorted(_VERBS["that"] - _VERBS["free"])
DESCRIBE_LEMMAS = sorted(_VERBS["describe"])

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"),
    "know": ("knew", "knows", "knowing"),
    "read": ("read", "reads", "reading"),
    "begin": ("began", "begins", "beginning"),
    "sing": ("sang", "sings", "singing"),
    "cry": ("cried", "cries", "crying"),
    "bet": ("bet", "bets", "betting"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "upset": ("upset", "upsets", "upsetting"),
    "swear": ("swore", "swears", "swearing"),
    "speak": ("spoke", "speaks", "speaking"),
    "see": ("saw", "sees", "seeing"),
    "feel": ("felt", "feels", "feeling"),
    "find": ("found", "finds", "finding"),
    "seek": ("sought", "seeks", "seeking"),
    "understand": ("understood", "understands", "understanding"),
}
# a final consonant doubled before -ed / -ing: one-syllable verbs in consonant-vowel-consonant
# and verbs stressed on that last syllable ('concurred', 'preferred'; not 'offered')
_DOUBLE = {"admit", "quip", "rebut", "regret", "submit", "commit", "omit", "beg", "shrug", "snap",
           "dub", "demur", "brag", "concur", "grin", "plan", "prefer", "refer", "slam", "sob",
           "jab", "nod", "plot", "prod", "stab", "chat", "spar", "deadpan"}


def verb_forms(lemma: str) -> tuple[str, str, str]:
    """Past, third person singular and -ing forms of an English verb: ``("said", "says", ...)``."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLE:
        return lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing"
    if lemma.endswith("e"):
        past, ing = lemma + "d", (lemma + "ing" if lemma.endswith("ee") else lemma[:-1] + "ing")
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return past, third, ing


def _table(lemmas: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        past, third, _ing = verb_forms(lemma)
        out.setdefault(past, lemma)
        out.setdefault(third, lemma)
    return out


FREE = _table(FREE_LEMMAS)
THAT = {k: v for k, v in _table(THAT_LEMMAS).items() if k not in FREE}
DESCRIBE = _table(DESCRIBE_LEMMAS)
# plural present tense ('officials say', 'analysts warn'): a cue only after a plural subject,
# never after 'to', a modal or 'not' ('declined to say', 'would not say')
PLURAL_PRESENT = {lemma: ("free" if lemma in _VERBS["free"] else "that")
                  for lemma in sorted(_VERBS["plural_present"])}
# participles that continue a statement: '..., she said, adding that ...'
CONTINUATION_VERBS = {verb_forms(v)[2]: v for v in sorted(_VERBS["continuation"])}


# verbs that are a cue only right beside a quotation ('“…,” he gloated'), as word forms
QUOTE_VERBS = frozenset(form for lemma in sorted(_VERBS.get("quote_verbs", ()))
                        for form in verb_forms(lemma)[:2])

# -ing forms of the speech verbs: a cue after a form of 'be' ('is telling supporters that'),
# with a clause only ('was saying goodbye' is no statement)
PROGRESSIVE = {verb_forms(lemma)[2]: "that" for lemma in sorted(_VERBS["free"] | _VERBS["that"])}
# -ing forms of the describe verbs: 'is labeling the actions “an abuse”', ', calling him “…”'
DESCRIBE_ING = {verb_forms(lemma)[2]: lemma for lemma in DESCRIBE_LEMMAS} | {
    "labelling": "label"}
PROGRESSIVE |= dict.fromkeys(DESCRIBE_ING, "describe")


def cue_class(word: str) -> str:
    """``"free"``, ``"that"``, ``"describe"`` or ``""`` for a (lower-case) word form."""
    if word in FREE:
        return "free"
    if word in THAT:
        return "that"
    if word in DESCRIBE:
        return "describe"
    return ""


PRONOUNS = {
    "he": "male", "she": "female", "they": "plural", "it": "org", "i": "", "we": "plural",
    "him": "male", "her": "female", "them": "plural",
}
ADVERBS = set(
    "also later then again previously earlier further repeatedly separately reportedly once "
    "recently has had have would will was is were had already still even however publicly "
    "privately firmly bluntly flatly angrily openly clearly simply only quickly frequently often "
    "has've been now".split()
)
TITLE_WORDS = set(
    """president vice prime minister deputy secretary foreign defense defence state under
    undersecretary assistant ambassador senator sen. rep. representative congressman
    congresswoman gov. governor mayor general gen. lt. col. maj. adm. admiral chancellor chairman
    chairwoman chair spokesman spokeswoman spokesperson press director chief commissioner envoy
    special speaker leader majority minority dr. mr. mrs. ms. dr mr mrs ms mx miss sir dame lord
    king queen prince
    princess pope taoiseach tánaiste emir sheikh crown ayatollah cabinet councillor councilor
    president-elect secretary-general minister-president vice-president vice-premier shadow
    judge justice attorney prosecutor officer commander sergeant sgt. captain capt.
    retired former acting national security adviser advisor council department ministry affairs
    interior home finance treasury trade economy energy health senior top official negotiator
    delegate head counsel lawyer professor prof. analyst aide candidate nominee campaign manager
    executive ceo founder member mp mep of for the and house senate white office general's
    ministry's treasurer comptroller auditor sheriff superintendent lieutenant rev. reverend
    bishop archbishop rabbi pastor moderator cllr""".split()
)
SPEAKER_NOUNS = set(
    """official officials spokesman spokeswoman spokesperson spokespeople ministry department
    government side delegation diplomat diplomats source sources analyst analysts expert experts
    lawmaker lawmakers senator senators minister ministers president secretary leader leaders
    negotiator negotiators statement report reports agency police representative representatives
    aide aides adviser advisers advisor advisors critic critics observer observers administration
    campaign embassy office military army alliance commander commanders officer officers people
    residents witnesses investigators prosecutors lawyer lawyers attorney attorneys party group
    organization organisation union company firm board committee council court judge team
    coalition media newspaper document survey poll study person man woman member members chief
    head director envoy ambassador kremlin ministry's officials' spokesmen delegations sides
    authorities authority governments countries country nation nations regime republicans
    democrats voters supporters opponents protesters activists agencies worker workers
    governor governors mayor candidate candidates economist economists researcher researchers
    scientist scientists professor doctor doctors nurse witness resident citizen citizens
    voter student students soldier soldiers activist campaigner campaigners organiser organizers
    organisers organizer insider insiders negotiator mediator mediators monitor monitors
    strategist strategists pollster pollsters commentator commentators executive executives
    owner owners legislator legislators judges justices prosecutor defendant plaintiff
    manager managers chairman chairwoman chair whip deputy deputies premier chancellor envoys
    ambassadors spokespersons staff staffer staffers employee employees farmer farmers
    teacher teachers state prosecution defence defense plaintiffs defendants presidency
    palace mission commission commissions institute institutes bank banks regulator
    regulators watchdog tribunal assembly secretariat bloc blocs junta juntas rebels
    militants militia militias movement opposition cabinet parliament congress senate panel
    inquiry airline operator broadcaster network outlet unions companies parties groups
    ministries forces troops army's guard agency's spokesperson's organisers bishops clerics
    cleric imam priest bishop rabbi colleague colleagues friend friends neighbour neighbours
    neighbor neighbors relative relatives mother father wife husband son daughter sister
    brother widow family families veteran veterans pensioner pensioners shopkeeper vendor
    driver journalist journalists reporter editor author historian lecturer fellow rival
    rivals challenger incumbent ally allies predecessor successor counterpart counterparts
    host mp mps mep meps trader traders investor investors banker bankers consultant
    email emails letter letters memo memos message messages tweet tweets ad ads advertisement
    website editorial column filing lawsuit complaint petition transcript
    protester demonstrator demonstrators heckler hecklers boy boys girl girls crowd audience
    parent parents patient patients retiree retirees homeowner homeowners taxpayer taxpayers
    """.split()
)
# speaker nouns that name one person, so 'he' or 'she' may refer back to them
PERSON_NOUNS = set(
    """official spokesman spokeswoman spokesperson diplomat source analyst expert lawmaker
    senator minister president secretary leader negotiator representative aide adviser advisor
    critic observer commander officer person man woman member chief head director envoy
    ambassador worker governor mayor candidate economist researcher scientist professor doctor
    nurse witness resident citizen voter student soldier activist campaigner organiser
    organizer insider mediator strategist pollster commentator executive owner legislator
    judge justice prosecutor defendant plaintiff manager chairman chairwoman chair whip deputy
    premier chancellor staffer employee farmer teacher lawyer attorney cleric imam priest
    bishop rabbi colleague friend neighbour neighbor relative mother father wife husband son
    daughter sister brother widow veteran pensioner shopkeeper vendor driver journalist
    reporter editor author historian lecturer rival challenger incumbent ally predecessor
    successor counterpart host mp mep trader investor banker consultant girl boy""".split()
)
# capitalised words that are not evidence of a name (sentence-initial function words, dates)
FUNCTION_CAPS = set(
    """the a an but and or in on at for from with by as after before during when while since
    although however meanwhile this that these those it he she they we i its his her their our
    there here also yet still then now later earlier so if under over today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december what why how who where which some many
    several both all no not one two three ever neither""".split()
)

_ABBREV = r"(?:Mrs|Mr|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Adm|Sgt|Capt|Maj|Prof|Jr|Sr|Rev|Hon|Amb)\."
# a US party-and-state tag between commas or in brackets keeps its final full stop ('Sen. Rosa
# Delgado, D-N.M., said', 'Tom Brennan, D-Ill., said', 'Sen. Ann Ruiz (D-N.Y.) said'), so the stop
# is not read as a sentence end inside a subject
_PARTY_TAG = r"[RDI]-[A-Z](?:[a-zA-Z]|\.(?=[A-Z]))*\.(?=\s*[,)])"
# a word: a letter or digit, then word characters, apostrophes, '&' and '-', with a full stop
# inside only before a letter or digit ('U.S', 'e.g'); written as runs, not one alternation per
# character, since the regex engine is much faster on runs of a character class
_WORD = r"[^\W_][\w'’&-]*(?:\.[^\W_][\w'’&-]*)*"
_TOKEN = re.compile(rf"{_ABBREV}|{_PARTY_TAG}|{_WORD}|[^\w\s]")
PARTY_TAG = re.compile(r"[RDI]-[A-Z](?:[a-zA-Z]|\.(?=[A-Z]))*\.?")


class Tok(NamedTuple):
    """A token: its text, character offsets, and its lower-cased text."""

    text: str
    start: int
    end: int
    low: str


# builds a Tok from a 4-tuple without the Python-level ``Tok.__new__`` (a frame per token)
_new_tok = tuple.__new__
# the token pattern as one group: ``split`` returns gap, token, gap, token, ..., gap
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def tokenize(text: str) -> list[Tok]:
    """Word and punctuation tokens of ``text`` with offsets (``text[t.start:t.end] == t.text``).

    One ``split`` finds the tokens and the gaps between them (the same matches as
    ``finditer``); the offsets are the running sums of the pieces' lengths, and the tokens
    are built in C loops (``map``/``zip``), with no match object or Python frame per token.
    """
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))  # ends[i]: where parts[i] ends
    # a token starts where the gap before it ends, and the last gap ends the text
    return list(map(_new_tok, repeat(Tok),
                    zip(words, ends[:-1:2], ends[1::2], map(str.lower, words), strict=True)))
