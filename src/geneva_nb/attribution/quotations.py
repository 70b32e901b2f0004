"""Quotations and their cues (rules 1, 2 and 7 of the cascade).

1. A speech cue right after the quotation (``“…,” Ryabkov said`` / ``said Ryabkov`` /
   ``— she said``): ``quote-cue-after``; when the quotation is woven into a longer sentence the
   content runs from the sentence start (``mixed-quote-cue-after``, kind partial). A question
   or exclamation needs a verb after it ('“Why?” Ryabkov asked', not '“Why?” Nobody knows').
   A quotation ending in a comma, '?' or '!' calls for its cue, so the rule looks further
   (long appositives: '“…,” Fred Lane, director of ..., said'; past the verb of a relative
   clause: '“…,” the nurse, who asked not to be named, said'), takes plain speaker phrases
   ('the crowd', 'one commenter', 'another': :func:`_loose_mention`) and verbs that are a cue
   only beside a quotation (``[quote_verbs]`` of ``data/attribution/words.txt``: 'yelled',
   'read', 'went on', 'put it'). A sentence that is only a tag after a closed quotation is
   its cue ('“… missing.” Trump said.', with an age or appositive too: 'Reed, a Republican,
   said.'); after '!' or '?' a speaker of up to five words may take an appositive
   ('“…!” US Senator Jeff Sessions, 69, said').
2. Quotations introduced by ``Speaker verb:`` or ``Speaker verb,`` (``quote-cue-before``; a
   title after a comma is no quotation: 'wrote a book, “Hard Choices”'), quotations named by a
   statement noun after them (``“…” – that was the warning from X``, ``“…” / The warning came
   from X``, ``That is how she tells it``, ``“…” So said X.``: ``quote-statement-noun``),
   ``“…,” according to X`` (``according-to``), and live-blog or headline items ``Commission
   President Helga Brandt: “…”`` where a titled or full name alone before a colon speaks a
   whole-sentence quotation (``quote-colon-speaker``, the colon is the cue; also after a dash
   in a roundup: 'Pollsters agree - Carl Bialik: “…”', and after a roundup label that
   describes the person: 'Jane Park, 41, a nurse: “…”', :func:`_described_label`; and after a
   name with its topic, in any paragraph: 'Reed on the plan: “…”', 'Reed, on the plan: “…”',
   the name speaks). The cue may close the previous paragraph ('Cruz continued:' / '“…”');
   a participle or 'to say'
   before the quotation ('before adding: “…”', 'was prompted to say, “…”') takes the speaker
   of the statement before it in the sentence (``participle-continuation``) or the subject of
   the clause (``participle-subject``); the addressee of 'told'/'asked' is never the speaker.
   Also learnt from PolNeAR train (issue 11): a short sentence that is only a speaker and a
   speech verb or a verb of taking a side ('Bystrom agreed.', 'Reed disagreed.',
   ``[stance_verbs]``) introduces the quotation after it; a modal and adverbs may
   precede the verb ('could only quip:', '“…,” she would later write'); a speech verb right
   before a whole quotation needs no comma ('Trump said “…”'); a sentence opening with 'Said'
   names the speaker however long the appositive; a clause with no speech verb, a colon and a
   whole quotation ending the sentence presents its subject's words (``quote-colon-subject``;
   '..., with Trump yelling: “…”': ``with-participle``); a dash and a name after a quotation
   ('“…” - Hillary Clinton.', also on a line of its own: ``quote-dash-speaker``); '“…” about
   the decision, said X, <appositive>' (``quote-clause-cue-after``, partial); ', calling the
   protester “…”' (``participle-describe``, partial).
   Later rounds (issue 11, PolNeAR train): verbs of chanting and shouting (``[chant_verbs]``)
   take the quotation after them with no comma ('protesters chanted “no more”', ', chanting
   “…”'), and a subject after an introductory clause ('As X spoke, the crowd chanted, “…”');
   things with words on them speak through a relative clause ('bottles that said, “…”':
   ``[display_nouns]``); a bare surname the article introduced labels a quotation ('Bush:
   “…”'); a lead-in naming a source before a colon ('According to X: “…”', 'From the report:
   “…”', 'Here's X in 1992: “…”': ``quote-lead-colon``); 'I' beside the verb of a closed
   quotation ('“Okay,” I said', 'I also said'); a speech verb up to twenty tokens back when one
   prepositional adverbial stands between (``_far_cue_before``); after a quotation ending in
   a comma, a personal name and a speech verb later in the sentence, whatever stands between
   (``_quote_far_cue_after``); a closing mark typed as an opening one ('“…,“ he said').
   Third round (issue 11, PolNeAR train, 2026-12-05): an 'As' clause with a speaker, a speech
   verb or 'put it' and no comma after the verb introduces the quotation ('As Ann Lee,
   professor of law, put it, “…”', 'As the columnist had written a year earlier, “…”':
   ``quote-as-cue``); a speech verb up to four adverbials back before a whole quoted sentence
   ('said on Twitter on Monday, in reference to ..., “…”'); chanting participles after a
   comma, 'and' or an adverb take the subject of the nearest verb ('where 50 protesters had
   gathered, chanting “…”'), after 'with' their own subject ('with marchers chanting “…”');
   'issued a statement, “…”'; a verb coordinated with the tag before it takes the tag's speaker
   ('“…,” he said at ..., and then predicted: “…”': ``participle-continuation``); the
   article's headline labels a partial quotation too ('Ann Lee: ‘Not A Bad Idea’ To ...',
   'Lee on Iran: ‘…’') when the label holds a name; a dash speaker must end the sentence or
   the paragraph ('“Do svidaniya!” - Russian for goodbye' names no one).
   Fourth round (issue 11, PolNeAR train, helper A1): a labelled headline 'Ann Lee: ‘Of
   Course’ The Plan Will Pass.' is the person's statement as a whole, so the content of
   ``quote-colon-speaker`` runs on to the headline's end unless a cue of its own follows.
   Fifth round (issue 11, PolNeAR train, ninth session): display nouns with a participle or
   after a dash ('a hat reading, “…”', 'the sign — which read “…”'; a verb of writing before
   the noun gives its subject: 'Lee posted a message reading “…”', ``[author_verbs]``); nouns
   of chanting ('their chants of “…”', 'responded with chants of “…”': ``_chant_noun``,
   ``[chant_nouns]``); the subject opening the clause of a speech verb after an introductory
   clause or at the end of a series ('Although ..., an official who ... said, “…”');
   ``quote-colon-subject`` with the colon closing the paragraph before and a quotation running
   on over paragraphs.
   Sixth round (issue 11, helper P3): the subject pronoun opening a subordinate clause is the
   speaker of a cue coordinated in it ('... when he brought up X and later said, “…”';
   :func:`.leads._pronoun_clause_subject`, shared with P2's '…, he laughed and said').
   Sixth round (issue 11, PolNeAR train, tenth session, helper P2): lead-ins that name the
   source away from a speech verb live in :mod:`.leads` ('in the words of X, “…”':
   ``quote-in-words``; '... with a simple message: “…”': ``quote-colon-noun``), and
   ``quote-colon-subject`` reads the clause after ', but' when the clause before holds a
   quotation ('X said it was “…,” but he gave Y a compliment: “…”'); display nouns take
   participles of speech as well as 'reading' ('signs saying, “…”', 'banners proclaiming:
   “…”': ``[display_participles]``), and whoever carries, holds or waves them is their author;
   a speech verb coordinated with 'and' takes the pronoun subject of the clause the
   coordinator ends ('…, he laughed and said, “…”': :func:`.leads._pronoun_clause_subject`);
   'with X saying, “…”' after a comma is X's (``with-participle``); a relative clause with a
   speech verb before the quotation ('the report, which notes, “…”': ``quote-relative-cue``)
   and a recording's 'is shown lecturing: “…”' (``quote-heard``) are in :mod:`.leads` too.
   Robustness audit (issue 11, helper R2, invented variants): the cue of ``quote-cue-before``
   is looked for before an adverbial set off by commas however long ('Reed said Tuesday, in
   a rare interview with local reporters at his office, “…”': :func:`_adverbial_start`).
7. A quotation opening a sentence with no cue of its own continues the statement just before
   it (quoted or reported) in the same or the previous paragraph (``quote-continuation``, which
   reuses that statement's cue and mention), also after a short lead-in ('Instead, “…”', 'But
   “…”'), and a one-word question right after the tag sentence ('“…,” X wrote. “Why?”').
   A quotation after a quoted statement with only list glue between ('“A” and “B”', '“A,”
   “B,” and, yes, “C”', '“A?” . . . “B?”') is the next item of the same act
   (``quote-listed``), and so is '“A,” she said, and “B”' (also after an object or a short
   adverbial: 'she told reporters, and “B”', 'she said in an interview, and “B”'). Short
   quoted phrases with no cue (titles, scare quotes) are not statements. A sentence right
   after the tag sentence that ends with a quotation of four words or more after a short lead
   ('But that is not the same as “…”') goes on with that speaker's words
   (``quote-woven-continuation``, partial), unless the lead opens with another named person
   and a verb ('Reed groused that the plan was “…”' is not the last speaker's).
   Eleventh session (issue 11, general, not from train errors): a past-tense verb that no
   word list holds is still a cue of rule 1 right after a closed quotation ending in a comma,
   '?' or '!' that reads as said ('“…,” Reed groused.', '“…,” groused Reed',
   :func:`_open_quote_verb`), and of rule 2 before a comma and a whole quoted sentence ('Reed
   harrumphed, “…”'): before, the continuation rule took such a quotation for the previous
   speaker. Nor does rule 7 continue a statement over a sentence that opens with another
   person's full name or introduced surname and a verb, an appositive or a possessive ('“A,”
   Lee said. Reed sees it differently. “B.”': :func:`_another_named_before`); rule 11 then
   gives B to that person (``quote-orphan-subject``).
"""

from __future__ import annotations

import bisect
import itertools

from .. import nlp
from ..actors import gender_from_first_name
from ..cues import (
    ADVERBS,
    CONTINUATION_VERBS,
    DESCRIBE_ING,
    FREE,
    PARTY_TAG,
    PROGRESSIVE,
    PRONOUNS,
    QUOTE_VERBS,
    SPEAKER_NOUNS,
    THAT,
    TITLE_WORDS,
)
from ..quotes import QuoteSpan
from .conventions import _tail_is_adverbial, _title_quote
from .document import (
    _DASHES,
    _FINITE,
    _MAX_MENTION,
    _POSSESSIVE,
    _QUOTE_TOKENS,
    _SENT_END,
    _Cand,
    _claim,
    _clause_start,
    _cue_range,
    _Doc,
    _first_word,
    _has_clause_words,
    _is_capitalised,
    _sentence_tok_range,
    _title_case,
    _verb_at,
    _whole_closing_quote,
    _whole_sentence,
    _words,
)
from .leads import (
    _colon_noun,
    _coordinated_clause,
    _heard,
    _in_words,
    _pronoun_clause_subject,
    _relative_antecedent,
    _relative_cue,
    _used_term,
    _with_subject,
)
from .names import _initial as _initials
from .names import _is_person_name, _join, _name_cap, _name_run
from .subjects import (
    _ASIDES,
    _according_mention,
    _main_subject,
    _mention_after,
    _nickname,
    _plausible_mention,
    _subject_before,
    _subject_start,
)
from .words import (
    _AUTHOR_VERBS,
    _AUXILIARIES,
    _BE,
    _CHANT_NOUNS,
    _CHANT_VERBS,
    _COGNITION,
    _COMPLEMENTIZERS,
    _COORD,
    _DETERMINERS,
    _DISPLAY_NOUNS,
    _DISPLAY_PARTICIPLES,
    _HOW_VERBS,
    _INTRO_WORDS,
    _NUMBER_WORDS,
    _QUANTIFIERS,
    _QUOTE_VERBS,
    _STANCE_VERBS,
    _STATEMENT_NOUNS,
    _SUBORDINATORS,
    _TIME_WORDS,
)

# two-word cues that only count next to a quotation: '“…,” she went on', 'As X put it: “…”'
_QUOTE_PARTICLES = {"went": "on", "goes": "on", "go": "on", "put": "it", "puts": "it",
                    "chimed": "in", "chimes": "in", "wrote": "back", "writes": "back",
                    "fired": "back", "shot": "back"}


def _quote_verb_at(doc: _Doc, k: int) -> str:
    """Cue class of token ``k`` next to a quotation: a speech verb (:func:`_verb_at`), or
    ``"quote"`` for a verb that is a cue only beside a quotation ('yelled', 'read', 'went on',
    'put it'; ``[quote_verbs]`` in ``data/attribution/words.txt``)."""
    cls = _verb_at(doc, k)
    if cls:
        return cls
    toks = doc.toks
    t = toks[k]
    if not t.text.islower():
        return ""
    if k > 0 and (toks[k - 1].low in _DETERMINERS or toks[k - 1].low.endswith(("’s", "'s"))):
        return ""  # 'the states', 'Trump’s tweets': a noun
    if t.low in _QUOTE_VERBS or t.low in QUOTE_VERBS:
        return "quote"
    if k + 1 < len(toks) and _QUOTE_PARTICLES.get(t.low) == toks[k + 1].low:
        return "quote"
    return ""


def _quote_cue_range(doc: _Doc, k: int) -> tuple[int, int]:
    """The cue's tokens: two for 'went on', 'put it', 'chimed in', else :func:`_cue_range`."""
    toks = doc.toks
    if k + 1 < len(toks) and _QUOTE_PARTICLES.get(toks[k].low) == toks[k + 1].low:
        return (k, k + 2)
    return _cue_range(doc, k)


def _loose_mention(doc: _Doc, i: int, j: int) -> bool:
    """Tokens ``i:j`` can name a speaker next to a quotation and its cue: a noun phrase of at
    most eight words opening with a determiner, a quantifier ('one', 'another'), a number or a
    capital ('the crowd', 'one commenter', 'the 46-year-old'), with no finite verb in it."""
    toks = doc.toks
    words = [t for t in toks[i:j] if t.text[:1].isalnum()]
    if not words or len(words) > 8 or any(doc.in_quote[x] or doc.claimed[x] for x in range(i, j)):
        return False
    first = words[0]
    if first.low in PRONOUNS or first.low in {"this", "that", "these", "those", "there"}:
        return len(words) == 1 and first.low in {"he", "she", "they", "we"}
    if not (first.low in _DETERMINERS or first.low in _QUANTIFIERS or first.low == "another"
            or first.text[:1].isdigit() or (_is_capitalised(first) and first.low not in (
                _INTRO_WORDS | _SUBORDINATORS))):
        return False  # 'When asked ...', 'Asked if ...', 'Even a ...' open no speaker phrase
    return not any(t.text.islower() and (nlp.lexicon_tag(t.low) in _FINITE or t.low in PRONOUNS
                                         or t.low in _COMPLEMENTIZERS) for t in words[1:])


def _statement_from(doc: _Doc, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'that was the warning from X' / 'this is the message of X' / 'So said X' at token
    ``k``: (cue = the noun or verb, mention = X), or None."""
    toks = doc.toks
    if (k + 4 < hi and toks[k].low == "the" and toks[k + 1].low in _STATEMENT_NOUNS
            and toks[k + 2].low in {"came", "comes"} and toks[k + 3].low == "from"):
        mention = _mention_after(doc, k + 4, hi)  # 'The warning came from X'
        return None if mention is None else ((k + 1, k + 2), mention)
    if k + 2 < hi and toks[k].low == "so" and toks[k + 1].low in {"said", "says", "wrote"} and (
            toks[k].text == "So"):
        mention = _mention_after(doc, k + 2, hi)  # '“…” So said Reed.'
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


def _quote_cue_after(doc: _Doc, qi: int) -> _Cand | None:
    """'“…,” Ryabkov said' / '“…,” said Ryabkov' / '“…” — she said'."""
    q = doc.quotes[qi]
    toks = doc.toks
    k0 = doc.tok_at(q.end)
    dashed = _dash_speaker(doc, q, k0)
    if dashed is not None:
        return dashed
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
                and doc.text[q.start:q.end].rstrip("”“’\"'»")[-1:] in ".!?"):
            found = _statement_from(doc, k0, min(len(toks), k0 + 24))
            if found is not None:
                cue, mention = found
                return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
        return None
    found = _statement_from(doc, k, min(len(toks), k0 + 24))
    if found is not None and (k > k0 or doc.text[q.start:q.end].rstrip("”“’\"'»")[-1:] in ".!?"):
        cue, mention = found
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-statement-noun")
    inner = doc.text[q.start:q.end].rstrip("”“’\"'»")
    if inner.endswith("."):
        # the quotation closed its sentence; what follows is a new sentence, unless that
        # sentence is only a speaker tag ('“… missing.” Trump said.'; 'he added on Monday.')
        return _tag_sentence(doc, q, k)
    if inner.endswith(("?", "!")) and toks[k].text[:1].isupper() and toks[k].low not in PRONOUNS:
        # '“Why?” Ryabkov asked.' is a cue, '“Why?” Nobody knows.' is not
        # (a modal before the verb too: '“…?” Reed would later say')
        if not any(_quote_verb_at(doc, v) or _after_modal(doc, v, hi) >= 0
                   for v in range(k, min(hi, k + 6))) and not any(
                toks[v].text == "," for v in range(k, min(hi, k + 5))):
            # (a speaker of up to five words: '“…!” US Senator Jeff Sessions said'; then a
            # comma: '“…!” US Senator Jeff Sessions, 69, said')
            return None  # ('“…?” Miller, a retired worker, said': an appositive may come first)
    if (toks[k].low == "according" and k + 1 < hi and toks[k + 1].low == "to"
            and (toks[k - 1].text == "," or inner.endswith(","))):
        mention = _according_mention(doc, k + 2, hi)  # '“It’s over,” according to X.'
        if mention is not None:
            return _Cand("direct", mention, (k, k + 2), (q.start, q.end), "according-to")
    # a quotation ending in a comma, '?' or '!' calls for its cue: look further, and take
    # less common verbs and plainer speaker phrases ('“Out!” the crowd yelled')
    # (not a title or a short phrase inside a sentence: 'author of “The Island Chain,” a ...')
    open_end = inner.endswith((",", "?", "!")) and (
        not doc.in_phrase[doc.tok_at(q.start)]
        or doc.sentences[doc.sentence_of(q.start)][0] == q.start)
    if open_end:
        s_end = doc.sentences[doc.sentence_of(toks[k].start)][1]
        hi = min(len(toks), k0 + 40, max(hi, doc.tok_at(s_end)))
    verb_at = _quote_verb_at if open_end else _verb_at
    # verb first: said Ryabkov
    if verb_at(doc, k):
        cue = _quote_cue_range(doc, k) if open_end else _cue_range(doc, k)
        mention = _mention_after(doc, cue[1], hi)
        if mention is None and open_end:
            e = cue[1]
            while e < hi and (toks[e].text[:1].isalnum() or toks[e].text in {"-", "’", "'"}) and (
                    e == cue[1] or toks[e].low not in _BOUNDARY_AFTER):
                e += 1
            if _loose_mention(doc, cue[1], e) and (e >= hi or toks[e].text in {",", ".", ";"}
                                                   or toks[e].low in _BOUNDARY_AFTER):
                mention = (cue[1], e)
        if mention is None and open_end:
            mention = _described_name(doc, cue[1], hi)
        if mention is None or toks[mention[0]].low in _SUBORDINATORS | {"in", "at", "with"}:
            return None  # '“Stay,” said When Ann': a clause or an adverbial, no speaker
        if mention[1] < hi and (toks[mention[1]].low in _AUXILIARIES
                                or _verb_at(doc, mention[1])):
            return None  # '“a joke”, said it was ...': the words after the verb are a clause
        if _introduces_next(doc, q, mention[1]):
            return None
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-cue-after")
    if open_end and _open_quote_verb(doc, q, k, inverted=True):
        mention = _mention_after(doc, k + 1, hi)  # '“…,” groused Reed.'
        if mention is None or not _named_or_role(doc, mention) or not (
                mention[1] >= hi or toks[mention[1]].text in {",", ".", ";"}) or _introduces_next(
                doc, q, mention[1]):
            return None
        return _Cand("direct", mention, (k, k + 1), (q.start, q.end), "quote-cue-after")
    if k == k0 and not inner.endswith((",", "?", "!")) and doc.in_phrase[doc.tok_at(q.start)]:
        return None  # 'was “testing” NATO's border and warned': a scare quote, no trailing cue
    # speaker first: Ryabkov (also) said
    reach = hi if open_end else min(hi, k + _MAX_MENTION + 3)
    skip = 0
    for v in range(k + 1, reach):
        t = toks[v]
        if v < skip:
            continue
        if doc.in_quote[v] and (nick := _nickname(doc, v)) is not None and nick[0] == v:
            skip = nick[1]  # '“…,” Kevin “Kev” Lee said'
            continue
        if (t.text in _SENT_END and not (open_end and t.text == "." and _initial(doc, v))) or (
                t.text in _QUOTE_TOKENS or doc.in_quote[v]):
            return None
        if open_end and t.low in {"who", "which"} and toks[v - 1].text == ",":
            # '“…,” the nurse, who asked not to be named, said': the verb of the relative
            # clause is not the cue; look on after its closing comma
            skip = next((j for j in range(v + 1, reach) if toks[j].text == ","), reach)
            continue
        w = _after_modal(doc, v, reach)
        if w >= 0:  # '“…,” a spokesman could only quip.', '“…,” she would later write.'
            mention = _subject_before(doc, v, k)
            if mention is None or mention[0] != k or _introduces_next(doc, q, w + 1):
                return None
            return _Cand("direct", mention, (w, w + 1), (q.start, q.end), "quote-cue-after")
        if verb_at(doc, v) or (open_end and _open_quote_verb(doc, q, v)):
            if inner.endswith(("?", "!")) and toks[v].low in _COGNITION:
                return None  # '“Why?” Nobody knows.': a thought about it, not its cue
            mention = _subject_before(doc, v, k)
            if (mention is None or mention[0] != k) and open_end:
                mention = _apposed_speaker(doc, k, v)
            if mention is None and toks[k].text == "I" and q.closed and all(
                    toks[x].low in ADVERBS for x in range(k + 1, v)):
                mention = (k, k + 1)  # '“Okay,” I (also) said': a first-person writer's words
            if mention is None or mention[0] != k:
                return None
            cue = _quote_cue_range(doc, v) if open_end else _cue_range(doc, v)
            if _introduces_next(doc, q, cue[1]):
                return None
            return _Cand("direct", mention, cue, (q.start, q.end), "quote-cue-after")
    return None


_OPEN_VERB_NEXT = frozenset({".", ",", ";", "!", "as", "while", "when", "before", "after",
                             "during", "on", "in", "at", "from", "outside", "inside"})


# head nouns of a speaker phrase after a determiner: 'the governor', 'a spokesman'
_ROLE_HEADS = SPEAKER_NOUNS | TITLE_WORDS


def _named_or_role(doc: _Doc, mention: tuple[int, int]) -> bool:
    """The mention opens with a capital ('Reed', 'Gov. Tom Reed') or is a determiner and a
    role ('the governor', 'a spokesman'): a speaker after a verb that is no listed cue."""
    toks = doc.toks
    return _is_capitalised(toks[mention[0]]) or (
        toks[mention[0]].low in _DETERMINERS and toks[mention[1] - 1].low in _ROLE_HEADS)


def _open_quote_verb(doc: _Doc, q: QuoteSpan, v: int, *, inverted: bool = False) -> bool:
    """Token ``v`` is a past-tense verb the word lists lack that can still be the cue of a
    closed quotation ending in a comma, '?' or '!' ('“…,” Reed groused.', '“…,” the governor
    harrumphed on Tuesday', ``inverted``: '“…,” groused Reed'): lower case, past tense in
    Pattern's lexicon (or unknown to it and ending in '-ed'; present tense after the speaker:
    '“…,” Reed scoffs'), no auxiliary or verb of
    thinking; unless ``inverted``, the clause ends right after it or goes on with an
    adverbial, a comma or a subordinate clause (not with an object: '“…,” Reed wanted to
    ...'). The quotation reads as said, not as a title ('“The Apprentice,” Trump starred
    in', '“The harbour at dawn,” Lowe finished in June'): two words or more, not title case,
    with a finite verb or a first- or second-person pronoun in it. The speaker must open the
    words after the quotation (:func:`_quote_cue_after`)."""
    toks = doc.toks
    t = toks[v]
    if not q.closed or not t.text.isalpha() or not t.text.islower() or (
            t.low in _AUXILIARIES or t.low in _BE or t.low in _COGNITION):
        return False
    tag = nlp.lexicon_tag(t.low)
    if not (tag == "VBD" or (tag == "VBZ" and not inverted)
            or (not tag and t.low.endswith("ed") and len(t.low) > 4)):
        return False
    if _words(doc, q.start, q.end) < 2 or _title_case(doc, q) or not _has_clause_words(doc, q):
        return False
    if inverted:
        return True
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    return nxt is None or nxt.low in _OPEN_VERB_NEXT or nxt.low in ADVERBS or (
        nxt.start >= doc.paragraphs[doc.paragraph_of(t.start)][1])


def _described_name(doc: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """'said master of ceremonies Ann Lee, a ...': at most four lower-case words of a role
    (no verb, pronoun or determiner; 'of' may join them) right before a personal name of two
    or more words that ends the phrase (a comma, a full stop or the sentence end after it)."""
    toks = doc.toks
    j = start
    while j < hi and j - start < 4 and toks[j].text.isalpha() and toks[j].text.islower() and (
            toks[j].low not in PRONOUNS and toks[j].low not in _DETERMINERS
            and (toks[j].low == "of" or nlp.lexicon_tag(toks[j].low) in {"NN", "NNS", "JJ"})):
        j += 1
    if j == start or toks[j - 1].low == "of" or j >= hi:
        return None
    for e in range(min(hi, j + 4), j + 1, -1):
        if _is_person_name(toks[j:e]) and (e >= hi or toks[e].text in {",", ".", ";"}):
            return (start, e)
    return None


def _dash_speaker(doc: _Doc, q: QuoteSpan, k0: int) -> _Cand | None:
    """'“I will look into it.” - Hillary Clinton.' / '“…” —President Obama, tweeting after the
    speech.': a whole quotation, a dash and a name (or a title and a name) that ends the
    sentence or is followed by a comma; the dash is the cue (``quote-dash-speaker``)."""
    toks = doc.toks
    hi = min(len(toks), k0 + 9)
    if k0 + 1 >= hi or toks[k0].text not in _DASHES:
        return None
    pq, pd = doc.paragraph_of(q.end - 1), doc.paragraph_of(toks[k0].start)
    # the dash right after the quotation, or opening a paragraph of its own ('\n\n- Sanders.')
    own_line = pd == pq + 1 and doc.paragraphs[pd][0] == toks[k0].start and (
        doc.paragraphs[pq][0] == q.start)
    if not (own_line or (pd == pq and toks[k0].start - q.end <= 1)):
        return None
    inner = doc.text[q.start + 1:q.end].strip("“”‘’\"'«» [(")  # '“[Voters are] …”'
    if not inner[:1].isupper() or _words(doc, q.start, q.end) < 2:
        return None
    j = k0 + 1
    while j < hi and j - k0 <= 6 and (_is_capitalised(toks[j]) or toks[j].text in {"’", "'"}
                                      or (toks[j].text == "." and _initial(doc, j))) and (
            doc.paragraph_of(toks[j].start) == pd):
        j += 1
    if j == k0 + 1 or not (j >= len(toks) or toks[j].text in {",", ".", ";"}
                           or doc.paragraph_of(toks[j].start) != doc.paragraph_of(
                               toks[j - 1].start)):
        return None  # '“Do svidaniya!” - Russian for goodbye': no name ends there
    if len(_name_run(toks[k0 + 1:j]).split()) < 1:
        return None
    if own_line and j < len(toks) and toks[j].text != "." and doc.paragraph_of(
            toks[j].start) == pd and not (
            toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].low.endswith("ing")
            and toks[j + 1].low in PROGRESSIVE):
        # '- Sanders, who ...' on a line of its own: a list item, not a tag ('- Sanders,
        # tweeting after the debate.' is one)
        return None
    return _Cand("direct", (k0 + 1, j), (k0, k0 + 1), (q.start, q.end), "quote-dash-speaker")


_MODALS = {"could", "would", "will", "can", "may", "might", "should", "must", "shall"}
# the base forms of the speech verbs: 'would later write', 'could only quip'
_BASE_SPEECH = {v for v in itertools.chain(FREE.values(), THAT.values()) if " " not in v}


def _after_modal(doc: _Doc, v: int, hi: int) -> int:
    """Token index of a speech verb's base form after a modal at ``v`` and perhaps adverbs
    ('could only quip', 'would later write'); -1 when there is none (also after a negation:
    'would not say' reports no words)."""
    toks = doc.toks
    if toks[v].low not in _MODALS:
        return -1
    w = v + 1
    while w < hi and w - v <= 3 and toks[w].text.islower() and (
            toks[w].low in ADVERBS or toks[w].low.endswith("ly")) and toks[w].low not in {
            "not", "never"}:
        w += 1
    return w if w < hi and toks[w].low in _BASE_SPEECH and toks[w].text.islower() else -1


def _introduces_next(doc: _Doc, q: QuoteSpan, e: int) -> bool:
    """True when the cue that ends at token ``e`` introduces the next quotation, and the
    quotation ``q`` before it is woven into a clause of its own: 'After Lee said students would
    do better at “smaller schools,” Ames said: “I do not like it.”' (Ames's words are the
    second quotation, not the first clause). A quotation opening its sentence keeps the cue
    ('“We won,” she said: “...”' is one act)."""
    toks = doc.toks
    if q.start == doc.sentences[doc.sentence_of(q.start)][0]:
        return False
    if not (e + 1 < len(toks) and toks[e].text in {":", ","} and doc.in_quote[e + 1]
            and (e + 1) in doc.quote_of_tok):
        return False
    if toks[e].text == ":":
        return True
    # after a comma only a short quoted phrase gives up its cue to a whole quotation after it:
    # 'Remarking upon her “genuine care,” Starr said, “Leave aside the rest, ...”'
    nxt = doc.quotes[doc.quote_of_tok[e + 1]]
    return bool(doc.in_phrase[doc.tok_at(q.start)]) and doc.text[
        nxt.start + 1:nxt.end].lstrip()[:1].isupper() and _words(doc, nxt.start, nxt.end) >= 4


def _tag_sentence(doc: _Doc, q: QuoteSpan, k: int) -> _Cand | None:
    """'“… that are missing.” Trump said.': a sentence right after a quotation that is only a
    speaker, a speech verb and perhaps a short adverbial is the quotation's cue."""
    toks = doc.toks
    if k >= len(toks) or doc.paragraph_of(toks[k].start) != doc.paragraph_of(q.end - 1):
        return None
    qs = doc.sentence_of(q.start)
    if doc.sentences[qs][0] != q.start and any(
            toks[j].text[:1].isalnum() for j in range(*_sentence_tok_range(doc, qs))
            if toks[j].end <= q.start):
        return None  # 'Zogby said: “… it.” Tad Devine said no.': the cue is before the quotation
    sid = doc.sentence_of(toks[k].start)
    a, b = doc.sentences[sid]
    if a != toks[k].start:
        return None
    lo, hi = _sentence_tok_range(doc, sid)
    if _words(doc, a, b) > 8:
        return None
    for v in range(lo + 1, min(hi, lo + 8)):  # 'Reed, a Republican, said.' too
        if _verb_at(doc, v):
            mention = _subject_before(doc, v, lo)
            if mention is None or mention[0] != lo or not _tail_is_adverbial(doc, v + 1, hi):
                return None
            if hi - 1 > v and toks[hi - 1].text not in _SENT_END:
                return None
            return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end),
                         "quote-cue-after")
    return None


# words after an inverted cue that end the speaker's phrase: 'wrote one commenter on Friday'
_BOUNDARY_AFTER = {"on", "in", "at", "as", "after", "before", "during", "from", "who", "which",
                   "while", "when", "to", "and", "but", "recalling", "adding", "referring",
                   "with"}


def _initial(doc: _Doc, v: int) -> bool:
    """The full stop at token ``v`` closes an initial or an abbreviation ('J. Gerald Hebert',
    'Cambridge, Mass., said', 'a U.S. official said'), not a sentence: one capital letter (or
    up to three joined ones, 'J.D', 'U.S') before it and a capital after it, joined ones before
    a word of the same sentence, or a capitalised word before it and a comma after it."""
    toks = doc.toks
    if v > 0 and v + 1 < len(toks) and toks[v + 1].text == "," and toks[v - 1].text[:1].isupper():
        return True  # 'retired in Cambridge, Mass., said': an abbreviation before a comma
    if v > 0 and v + 1 < len(toks) and "." in toks[v - 1].text and _initials(
            toks[v - 1].text) and doc.sentence_of(toks[v + 1].start) == doc.sentence_of(
            toks[v].start):
        return True  # 'a U.S. official said', 'the F.B.I. said': the sentence goes on
    return (v > 0 and v + 1 < len(toks) and toks[v + 1].text[:1].isupper() and (
        (len(toks[v - 1].text) <= 2 and toks[v - 1].text[:1].isupper())
        or _initials(toks[v - 1].text)))  # 'J.D. Vance', 'U.S. Rep. Ann Lee'



def _apposed_speaker(doc: _Doc, k: int, v: int) -> tuple[int, int] | None:
    """'“…,” Fred Kagan, director of the Threats Project at the Institute, said': the speaker
    phrase before the first comma, when an appositive closed by a comma runs up to the verb at
    ``v`` (or the phrase runs right up to it: '“…,” the editorial read')."""
    toks = doc.toks
    e = k
    while e < v and toks[e].text != ",":
        e += 1
    if e == v:
        return (k, v) if _loose_mention(doc, k, v) else None
    if toks[v - 1].text != "," or not _loose_mention(doc, k, e):
        return None
    if any(toks[x].text in {";", ":"} or doc.in_quote[x] for x in range(e, v)):
        return None
    return (k, v - 1)


# words that open an adverbial set off by commas between a cue and its quotation
_ADVERBIAL_OPENERS = frozenset(
    "in at after before during on while speaking addressing writing standing".split())


def _adverbial_start(doc: _Doc, comma: int, lo: int) -> int:
    """'Reed said Tuesday, in a rare interview with local reporters at his office, “…”': the
    comma that opens an adverbial of up to 20 tokens ending at the comma ``comma`` (it opens
    with a preposition or a participle of ``_ADVERBIAL_OPENERS`` and holds no finite verb, no
    quotation and no statement), else ``comma``: the cue is looked for before it."""
    toks = doc.toks
    if toks[comma].text != ",":
        return comma
    for c in range(comma - 1, max(lo, comma - 21), -1):
        t = toks[c]
        if doc.in_quote[c] or doc.claimed[c] or t.text in {":", ";", "—", "–"}:
            return comma
        if t.text == ",":
            if toks[c + 1].low in _ADVERBIAL_OPENERS:
                return c
            return comma
        if t.text.islower() and nlp.lexicon_tag(t.low) in _FINITE and (
                toks[c - 1].low not in {"a", "an", "the"}):  # 'after a closed meeting'
            return comma
    return comma


def _quote_cue_before(doc: _Doc, qi: int, out: list[_Cand] | None = None) -> _Cand | None:
    """'She said: “…”' / 'Ryabkov told reporters, “…”' / 'said Ryabkov: “…”'; also with the
    quotation opening the next paragraph ('Cruz continued:' / '“…”'), with a verb that is a
    cue only beside a quotation ('the crowd chanted, “…”', 'As Foner put it: “…”'), a plain
    speaker phrase ('One tweet said: “…”') and a participle ('by saying, “…”', 'before adding:
    “…”': the speaker of the statement before it in the sentence, else the main subject)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)  # the opening mark
    sid = doc.sentence_of(q.start)
    lo, _ = _sentence_tok_range(doc, sid)
    if k - 1 < lo and k > 0 and toks[k - 1].text == ":" and (
            doc.paragraph_of(toks[k - 1].start) == doc.paragraph_of(q.start) - 1
            and doc.paragraphs[doc.paragraph_of(q.start)][0] == q.start):
        # 'Reporter Jane Doe says:' closing a paragraph, the quotation opening the next
        lo, _ = _sentence_tok_range(doc, doc.sentence_of(toks[k - 1].start))
    if k - 1 < lo:
        return None
    shown = (_display_speaker(doc, q, k, lo) or _lead_colon(doc, q, k, lo)
             or _as_cue(doc, q, k, lo) or _chant_noun(doc, q, k, lo))
    if shown is not None:
        return shown
    chant = toks[k - 1].low in _CHANT_VERBS or (
        toks[k - 1].text in {":", ","} and k - 2 >= lo and toks[k - 2].low in _CHANT_VERBS)
    if chant:
        sung = _chant_participle(doc, q, k, lo, out)
        if sung is not None:
            return sung
    if toks[k - 1].text not in {":", ","} and not (chant and toks[k - 1].text.islower()):
        # 'Trump said “Bush and even Obama sent people back.”': a speech verb right before a
        # whole quotation, without the comma ('protesters chanted “no more”' needs none, and
        # no capital or full stop either)
        inner = doc.text[q.start + 1:q.end].strip("”’\"'» ")
        if not (toks[k - 1].text.islower() and inner[:1].isupper()
                and inner.endswith((".", "!", "?")) and _words(doc, q.start, q.end) >= 2
                and (_verb_at(doc, k - 1) not in {"", "describe"}
                     or toks[k - 1].low in CONTINUATION_VERBS)
                and toks[k - 1].low not in _ADDRESSING):
            return None
    label = _quote_colon_speaker(doc, q, k, lo)
    if label is not None and (toks[label.mention[0] - 1].text in _DASHES
                              or toks[label.mention[0] - 1].low == "from"):
        return label  # 'Pollsters agree - Carl Bialik: “…”': the label, not 'agree'
    # 'Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…”': a sentence that
    # opens with the verb names the speaker right after it, however long the appositive
    f = _first_word(doc, lo)
    if (k - 10 > f and toks[f].low in {"said", "says", "added", "adds", "wrote", "writes"}
            and toks[f].text[:1].isupper() and not any(
                doc.in_quote[x] or doc.claimed[x] for x in range(f, k - 1))):
        mention = _mention_after(doc, f + 1, k - 1)
        if mention is not None and mention[1] < k and toks[mention[1]].text == ",":
            return _Cand("direct", mention, (f, f + 1), (q.start, q.end), "quote-cue-before")
    # look back for the verb within 8 tokens (before a long adverbial set off by commas)
    bare = toks[k - 1].text not in {":", ","}
    for v in range(k - 1 - (not bare), max(lo, _adverbial_start(doc, k - 1, lo) - 9) - 1, -1):
        if doc.in_quote[v] or doc.claimed[v]:
            return None
        if toks[v].low in _MODALS and not bare:
            w = _after_modal(doc, v, k - 1)
            if w >= 0 and w + 1 == k - 1:  # 'a spokesman could only quip: “…”'
                mention = _subject_before(doc, v, lo)
                if mention is not None and not _opener(doc, mention):
                    return _Cand("direct", mention, (w, w + 1), (q.start, q.end),
                                 "quote-cue-before")
        participle = toks[v].text.islower() and (
            toks[v].low in CONTINUATION_VERBS or toks[v].low in PROGRESSIVE
            or (toks[v].low in _TO_VERBS and v > lo and toks[v - 1].low == "to")
            or (chant and toks[v].low.endswith("ing") and toks[v].low in _CHANT_VERBS
                and v > lo and toks[v - 1].text == ","))  # ', chanting “…”
        unlisted = (v == k - 2 and toks[k - 1].text == "," and _whole_sentence(doc, q)
                    and _open_quote_verb(doc, q, v))  # 'Reed groused, “…”'
        if not (participle or unlisted or _quote_verb_at(doc, v)) or (
                v > lo and toks[v - 1].low in _BE):
            continue
        full = doc.text[q.start:q.end].rstrip("”“’\"'» ").endswith((".", "!", "?"))
        if toks[k - 1].text == "," and not full and not chant and (
            _words(doc, q.start, q.end) < 3
            or any(toks[x].low in {"a", "an"} for x in range(v + 1, k - 1))
        ):
            return None  # 'wrote a book, “Hard Choices”': a title, not a quotation
        if participle:
            return _participle_quote(doc, q, v, lo, out)
        quote_only = not _verb_at(doc, v)
        if toks[v].low in _COLON_ONLY and toks[k - 1].text != ":" and not (
                k - 1 - v == 3 and toks[v + 1].low in {"a", "the", "this"}
                and toks[v + 2].low in {"statement", "message", "response", "reply"}):
            continue  # 'issued new rules, “…”' is no cue; 'issued a statement, “…”' is
        cue = _quote_cue_range(doc, v) if quote_only else _cue_range(doc, v)
        if quote_only and toks[k - 1].text == "," and k - 1 > cue[1] + 4:
            return None  # 'read the report closely in the morning, “…”': too far for a cue
        if toks[v].low in {"put", "puts"} and cue[1] != k - 1:
            continue  # 'put it into the file: “…”' is no cue; 'As Foner put it: “…”' is
        sv = v
        while sv > lo and toks[sv - 1].text.islower() and toks[sv - 1].low.endswith("ly") and (
                toks[sv - 1].low not in _DETERMINERS):
            sv -= 1  # 'Clinton emphatically proclaimed'
        mention = _subject_before(doc, sv, lo)
        if mention is None and toks[v].low not in _ADDRESSING and (
                v == _first_word(doc, lo) or toks[v - 1].text in {",", *_QUOTE_TOKENS}):
            mention = _mention_after(doc, cue[1], k - 1)  # 'said Ryabkov: “…”'
        if mention is None and v - 1 > lo and toks[v - 1].low in _COORD:
            mention = _coordinated_subject(doc, v - 1, lo)  # 'he laughed and said, “…”'

        if mention is None:
            first = _subject_start(doc, lo, v)
            end = v
            while end > first and (toks[end - 1].low in ADVERBS or (
                    toks[end - 1].low.endswith("ly") and toks[end - 1].text.islower())):
                end -= 1  # 'Mr. Trump then boomed', 'Clinton emphatically proclaimed'
            if end < v:
                mention = _subject_before(doc, end, lo)
            if mention is None and end - 1 > first and toks[end - 1].low in _COORD:
                mention = _coordinated_subject(doc, end - 1, lo)  # '... and then boomed, “…”'
            if mention is None and out and end - 1 > first and toks[end - 1].low in _COORD:
                prev = out[-1]
                if lo <= prev.cue[0] and prev.cue[1] < end - 1 and not any(
                        doc.in_quote[x] or doc.claimed[x] or (toks[x].text.islower() and
                                                               nlp.lexicon_tag(toks[x].low)
                                                               in _FINITE)
                        for x in range(prev.cue[1], end - 1)):
                    # '“…,” he said at a news conference, and then predicted: “…”': the
                    # speaker of the tag before the coordinator
                    ref = prev if prev.ref is None else prev.ref
                    return _Cand("direct", prev.mention, cue, (q.start, q.end),
                                 "participle-continuation", ref=ref)
            if mention is None and first < end and _loose_mention(doc, first, end):
                mention = (first, end)
            if mention is None and end == first + 1 == v and toks[first].text == "I" and (
                    q.closed and toks[k - 1].text in {",", ":"}):
                mention = (first, end)  # 'I said, “…”': a first-person writer's own words
            if mention is None and (chant or quote_only):
                # 'As Trump spoke, the attendees chanted, “…”': the phrase after the last
                # comma before the verb, when an introductory clause precedes it
                c = next((x for x in range(end - 1, first, -1) if toks[x].text == ","), -1)
                if c > first and c + 1 < end and _loose_mention(doc, c + 1, end):
                    mention = (c + 1, end)
        if mention is None and not quote_only:
            mention = _clause_subject(doc, v, sv, lo)
        if mention is None:
            return None
        a = mention[0]
        while a + 1 < mention[1] and toks[a].low in {"as", "and", "but", "so", "then"}:
            a += 1  # 'As Professor Foner put it: “…”'
        mention = _relative_antecedent(doc, (a, mention[1]), lo)
        return _Cand("direct", mention, cue, (q.start, q.end), "quote-cue-before")
    return label or _far_cue_before(doc, q, k, lo)


def _clause_subject(doc: _Doc, v: int, sv: int, lo: int) -> tuple[int, int] | None:
    """The subject of the speech verb at ``v`` (its adverbs from ``sv``) in the clause after
    one of the last three commas before it, when an introductory clause precedes the subject
    ('Although ..., an official who spoke anonymously said Wednesday, “…”') or the verb ends a
    series ('Last month, when I asked her, she looked at me, smiled and said, “…”'): the
    subject must open that clause."""
    toks = doc.toks
    seen = 0
    for c in range(sv - 1, lo, -1):
        if doc.in_quote[c] or doc.claimed[c] or toks[c].text in {";", ":"}:
            return None
        if toks[c].text != ",":
            continue
        seen += 1
        if seen > 3:
            return None
        seg = c + 1
        if seg >= sv:
            continue
        m = _subject_before(doc, sv, seg)
        if m is None and v - 1 > seg and toks[v - 1].low in _COORD:
            m = _coordinated_subject(doc, v - 1, seg)
        if m is not None and m[0] == seg and not _opener(doc, m) and _plausible_mention(
                toks[m[0]:m[1]]):
            return m
    return None


def _as_cue(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'As Ann Lee, professor of law at Yale, put it, “…”' / 'As the columnist had written a
    few years earlier, “…”' / 'As X reported after the vote: “…”': a sentence opening with
    'As', a speaker phrase (an appositive after a comma may follow it, titles in quotation
    marks included), a speech verb or 'put it' after at most two auxiliaries, then words with
    no comma up to the comma or colon right before the quotation: the 'as' clause introduces
    the quotation (``quote-as-cue``)."""
    toks = doc.toks
    if toks[k - 1].text not in {",", ":"}:
        return None
    f = _first_word(doc, lo)
    if not (toks[f].text == "As" or (toks[f].low == "as" and f > lo)) or k - 1 - f > 40:
        return None
    v = f + 1
    commas: list[int] = []
    while v < k - 1:
        t = toks[v]
        if doc.claimed[v] or t.text in {";", ":"}:
            return None
        if t.text == "," and not doc.in_quote[v]:
            commas.append(v)
            if len(commas) > 2:
                return None
        elif t.text.islower() and not doc.in_quote[v] and (
                _verb_at(doc, v) in {"free", "that"} or _quote_verb_at(doc, v)
                or (t.low == "written" and toks[v - 1].low in _AUXILIARIES)):
            break
        v += 1
    if v >= k - 1 or toks[v].text in {",", "."}:
        return None
    end = v
    while end > f + 1 and toks[end - 1].low in _AUXILIARIES:
        end -= 1  # 'had written', 'has said'
    if commas and not any(toks[x].text == "," for x in range(max(f, end - 3), end)):
        return None  # a comma inside the clause that closes no appositive
    head = commas[0] if commas else end
    if head <= f + 1 or not (_plausible_mention(toks[f + 1:head])
                             or _loose_mention(doc, f + 1, head)):
        return None
    words = [t for t in toks[f + 1:head] if t.text[:1].isalnum()]
    if any(t.text.islower() and nlp.lexicon_tag(t.low) in _FINITE | {"VB"} for t in words):
        return None  # 'As boos erupt from the crowd, the executive says': a clause, no speaker
    if commas and not (all(_is_capitalised(t) for t in words) or words[-1].low in SPEAKER_NOUNS
                       or words[-1].low in TITLE_WORDS):
        return None  # 'As a result, Lee said', 'As Lee spoke, the crowd chanted': no apposition
    cue = _quote_cue_range(doc, v)
    if any(doc.in_quote[x] or doc.claimed[x] or toks[x].text in {",", ";", ":"}
           for x in range(cue[1], k - 1)):
        return None  # 'As Smith spoke, the crowd chanted, “…”': the clause ended before
    return _Cand("direct", (f + 1, head), cue, (q.start, q.end), "quote-as-cue")


def _chant_participle(doc: _Doc, q: QuoteSpan, k: int, lo: int,
                      out: list[_Cand] | None) -> _Cand | None:
    """A chanting participle right before the quotation (a comma between optional), after a
    comma, 'and' or an adverb ('..., holding signs and chanting “…”', 'alternately shouting
    “…”': the main clause's subject, ``participle-subject``) or after its own subject behind
    'with' ('with many marchers chanting “…”': ``with-participle``)."""
    toks = doc.toks
    v = k - 1 if toks[k - 1].text not in {",", ":"} else k - 2
    if v - 1 <= lo or not (toks[v].text.islower() and toks[v].low.endswith("ing")
                           and toks[v].low in _CHANT_VERBS):
        return None
    a = v - 1
    while a > lo and toks[a].text.islower() and toks[a].low.endswith("ly"):
        a -= 1  # 'alternately shouting'
    if doc.in_quote[a] or doc.claimed[a]:
        return None
    if toks[a].text == "," or toks[a].low == "and":
        for p in range(a - 1, max(lo, a - 30), -1):
            # 'where about 50 protesters had gathered on Wednesday, chanting “…”': those who
            # chant are the subject of the nearest finite verb, not the main clause's
            if doc.in_quote[p] or doc.claimed[p]:
                break
            if toks[p].text.islower() and (nlp.lexicon_tag(toks[p].low) in {"VBD", "VBZ", "VBP"}
                                           or toks[p].low.endswith("ed")):
                while p - 1 > lo and toks[p - 1].low in _AUXILIARIES:
                    p -= 1
                m = _subject_before(doc, p, lo)
                if m is not None and not _opener(doc, m) and _plausible_mention(toks[m[0]:m[1]]):
                    return _Cand("direct", m, (v, v + 1), (q.start, q.end), "participle-subject")
                break
        return _participle_quote(doc, q, v, lo, out)
    w = next((x for x in range(a, max(lo, a - 8) - 1, -1) if toks[x].low == "with"
              or doc.in_quote[x] or doc.claimed[x] or toks[x].text in {",", ";", ":"}), -1)
    if w >= 0 and toks[w].low == "with" and w + 1 <= a and (
            _loose_mention(doc, w + 1, a + 1) or _plausible_mention(toks[w + 1:a + 1])):
        return _Cand("direct", (w + 1, a + 1), (v, v + 1), (q.start, q.end), "with-participle")
    return None


def _lead_colon(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """A short lead-in that names a source, a colon and a whole quotation: 'According to
    HuffPo: “…”', 'From the report: “…”', 'Here's Clinton in 1992: “…”' (``quote-lead-colon``;
    the lead words are the cue, the phrase after them the speaker, up to a time phrase)."""
    toks = doc.toks
    if toks[k - 1].text != ":" or not doc.text[q.start:q.end].rstrip(
            "”“’\"'» ").endswith((".", "!", "?")):
        return None
    f = _first_word(doc, lo)
    if k - 1 - f > 9 or any(doc.in_quote[j] or doc.claimed[j] for j in range(f, k - 1)):
        return None
    first = toks[f].low
    if first == "according" and f + 1 < k - 1 and toks[f + 1].low == "to":
        cue = (f, f + 2)
    elif first == "from" and toks[f].text[:1].isupper():
        cue = (f, f + 1)
    elif first in {"here’s", "here's"} or (first == "here" and toks[f + 1].low == "is"):
        cue = (f, f + (1 if first != "here" else 2))
    else:
        return None
    e = cue[1]
    while e < k - 1 and toks[e].low not in {"in", "on", "at", "during", "after", "before"}:
        e += 1  # 'Here's Clinton in December 1992:': the time phrase names no one
    if e == cue[1] or not any(toks[j].text[:1].isupper() or toks[j].low in SPEAKER_NOUNS
                              or toks[j].low in _DISPLAY_NOUNS for j in range(cue[1], e)):
        return None
    if not _plausible_mention(toks[cue[1]:e]) and not (
            toks[e - 1].low in SPEAKER_NOUNS or toks[e - 1].low in _DISPLAY_NOUNS
            or toks[e - 1].low in {"report", "study", "survey", "poll", "statement"}):
        return None
    return _Cand("direct", (cue[1], e), cue, (q.start, q.end), "quote-lead-colon")


# prepositions that open an adverbial between a speech verb and its quotation
_ADVERBIAL_PREPS = {"in", "on", "at", "during", "before", "after", "from", "to", "via",
                    "through", "with", "for", "over", "outside", "inside", "earlier", "later"}


def _far_cue_before(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'Sen. Ann Lee said in an op-ed piece before a 2014 Senate hearing, “…”': a speech verb
    more than eight tokens before the quotation, when all between is one adverbial (a
    preposition, then no comma, verb, quotation or claimed word) closed by the comma before
    the quotation (``quote-cue-before``)."""
    toks = doc.toks
    if toks[k - 1].text != ",":
        return None
    # a whole quoted sentence may follow several adverbials: 'said on Twitter on Monday, in
    # reference to her first child, “…”'
    commas = 4 if _whole_sentence(doc, q) else 0
    for v in range(k - 3, max(lo, k - (34 if commas else 22)) - 1, -1):
        t = toks[v]
        if t.text == "," and commas and not doc.in_quote[v] and not doc.claimed[v]:
            commas -= 1
            continue
        if doc.in_quote[v] or doc.claimed[v] or t.text in {",", ";", ":"}:
            return None
        if t.text.islower() and _verb_at(doc, v) in {"free", "that"} and (
                toks[v + 1].low in _ADVERBIAL_PREPS):
            mention = _subject_before(doc, v, lo)
            if mention is None or _opener(doc, mention):
                return None
            return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end),
                         "quote-cue-before")
        if t.text.islower() and nlp.lexicon_tag(t.low) in _FINITE:
            return None
    return None


def _display_speaker(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'water bottles that said, “…”' / 'a headline which read “…”' / 'the sign — which read
    “…” —': a thing with words on it (``[display_nouns]``) and a relative clause whose verb is
    'said', 'says', 'read' or 'reads' right before the quotation (a comma or a dash may stand
    before the pronoun); the noun phrase is the speaker (PolNeAR annotates the relative
    pronoun, which names nothing; the phrase before it does). Also the participle: 'a hat
    reading, “…”', 'a message on Twitter reading “…”' (a short phrase may stand between); the
    author of the thing speaks when a verb of writing governs it ('Lee posted a message
    reading “…”': ``[author_verbs]``), else the thing itself (``quote-cue-before``)."""
    toks = doc.toks
    v = k - 1 if toks[k - 1].text not in {",", ":"} else k - 2
    if v - 2 < lo or doc.in_quote[v] or doc.claimed[v]:
        return None
    if toks[v].low in _DISPLAY_PARTICIPLES and toks[v].text.islower():
        return _display_participle(doc, q, k, v, lo)  # 'reading', 'saying', 'proclaiming'
    if toks[v].low not in {"said", "says", "read", "reads"} or (
            toks[v - 1].low not in {"that", "which"}):
        return None
    if v == k - 1 and _words(doc, q.start, q.end) < 3:
        return None  # 'a sign that read “Trump”' without a comma: a name or a title
    head = v - 2
    if toks[head].text in {",", *_DASHES} and head - 1 >= lo:
        head -= 1  # 'the sign — which read “…”'
    if toks[head].low not in _DISPLAY_NOUNS or doc.in_quote[head] or doc.claimed[head]:
        return None
    return _display_cand(doc, q, head, v, lo)


def _display_cand(doc: _Doc, q: QuoteSpan, head: int, v: int, lo: int) -> _Cand:
    """The statement of a display noun at ``head`` whose cue is at ``v``: the subject of a
    verb of writing before the noun phrase ('Lee released a video that said “…”'), else the
    noun phrase."""
    toks = doc.toks
    first = _display_phrase(doc, head, lo)
    if first - 1 >= lo and toks[first - 1].low in _AUTHOR_VERBS and toks[first - 1].text.islower():
        author = _subject_before(doc, first - 1, lo)
        if author is not None and not _opener(doc, author):
            return _Cand("direct", author, (v, v + 1), (q.start, q.end), "quote-cue-before")
    return _Cand("direct", (first, head + 1), (v, v + 1), (q.start, q.end), "quote-cue-before")


def _display_phrase(doc: _Doc, head: int, lo: int) -> int:
    """The first token of the noun phrase that ends with the display noun at ``head``: 'a
    marketing video', 'the water bottles'."""
    toks = doc.toks
    i = head
    while i - 1 >= lo and head - i < 3 and toks[i - 1].text[:1].isalnum() and not (
            doc.in_quote[i - 1] or doc.claimed[i - 1]) and nlp.lexicon_tag(toks[i - 1].low) in {
            "DT", "JJ", "NN", "NNS", "NNP", "CD", "PRP$"}:
        i -= 1
    return i


def _display_participle(doc: _Doc, q: QuoteSpan, k: int, v: int, lo: int) -> _Cand | None:
    """'a campaign hat reading, “…”' / 'posted a message on Twitter reading “…”': the display
    noun at most four tokens before 'reading' at ``v`` (a prepositional phrase between), then
    the quotation. See :func:`_display_speaker`."""
    toks = doc.toks
    head = next((x for x in range(v - 1, max(lo, v - 5) - 1, -1)
                 if toks[x].low in _DISPLAY_NOUNS and toks[x].text.islower()), -1)
    if head < 0 or any(doc.in_quote[x] or doc.claimed[x] or not toks[x].text[:1].isalnum()
                       for x in range(head, v)):
        return None
    if head + 1 < v and toks[head + 1].low not in _ADVERBIAL_PREPS:
        return None  # 'signs the crowd kept reading': no phrase of the noun
    return _display_cand(doc, q, head, v, lo)


def _chant_noun(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'their chants of “Ted! Ted!”' / 'Supporters responded with chants of “…”' / 'the crowd
    broke into cries of “…”': a noun of chanting (``[chant_nouns]``), 'of' and the quotation;
    the chanters speak: the possessive before the noun ('their', 'the fans’'), else, after
    'with', 'into' or 'in', the subject of the verb before it. The noun is the cue
    (``quote-cue-before``)."""
    toks = doc.toks
    if k - 2 < lo or toks[k - 1].low != "of" or toks[k - 2].low not in _CHANT_NOUNS or (
            doc.claimed[k - 2] or doc.in_quote[k - 2]):
        return None
    n = k - 2
    d = n - 1
    while d >= lo and d > n - 3 and toks[d].text.islower() and nlp.lexicon_tag(
            toks[d].low) == "JJ" and not doc.claimed[d]:
        d -= 1  # 'spontaneous chants', 'loud cries'
    if d < lo or doc.claimed[d] or doc.in_quote[d]:
        return None
    if toks[d].low in {"their", "his", "her", "our"}:
        return _Cand("direct", (d, d + 1), (n, n + 1), (q.start, q.end), "quote-cue-before")
    if toks[d].text in {"’", "'"} or toks[d].low.endswith(_POSSESSIVE):
        e = d + 1
        a = d - 1 if toks[d].text in {"’", "'"} else d
        while a - 1 >= lo and toks[a - 1].text[:1].isalnum() and not doc.claimed[a - 1] and (
                a > d - 4) and toks[a - 1].low not in _SUBORDINATORS | {"and", "but", "with"}:
            a -= 1
        if not _plausible_mention(toks[a:e]):
            return None  # 'the fans’ chants of “…”': the possessive phrase chants
        return _Cand("direct", (a, e), (n, n + 1), (q.start, q.end), "quote-cue-before")
    if toks[d].low not in {"with", "into", "in"} or d - 1 < lo:
        return None
    for p in range(d - 1, max(lo, d - 6) - 1, -1):
        if doc.in_quote[p] or doc.claimed[p] or toks[p].text in {",", ";", ":"}:
            return None
        if toks[p].text.islower() and (nlp.lexicon_tag(toks[p].low) in {"VBD", "VBZ", "VBP"}
                                       or toks[p].low.endswith("ed")):
            while p - 1 > lo and toks[p - 1].low in _AUXILIARIES:
                p -= 1
            m = _subject_before(doc, p, lo)
            if m is None or _opener(doc, m) or not _plausible_mention(toks[m[0]:m[1]]):
                return None
            return _Cand("direct", m, (n, n + 1), (q.start, q.end), "quote-cue-before")
    return None


# quote verbs that introduce a quotation only before a colon ('issued the following
# statement: “…”', 'released this statement:')
_COLON_ONLY = {"issued", "issues", "released", "releases"}


# verbs whose object is the addressee, never the speaker: 'told his supporters, “…”'
_ADDRESSING = {"told", "tells", "asked", "asks", "urged", "urges", "reminded", "reminds",
               "assured", "assures", "informed", "informs", "warned", "warns"}


def _coordinated_subject(doc: _Doc, c: int, lo: int) -> tuple[int, int] | None:
    """The subject of a verb coordinated with 'and'/'but' at token ``c``: the subject of the
    first verb of the clause the coordinator ends ('Asked if ..., [he] laughed and said' ->
    he; a subject pronoun after a subordinator or comma: '... when he brought up X and later
    said' -> he), else the main clause's subject ('Carson did not ... but told' -> Carson)."""
    toks = doc.toks
    m = _pronoun_clause_subject(doc, c, lo)  # 'when he was asked ..., he laughed and said'
    if m is not None:
        return m
    for p in range(c - 1, max(lo, c - 25) - 1, -1):
        # 'Suu Kyi, 70, said it was too early but added, “…”': the speaker of the speech verb
        # before the coordinator
        if doc.in_quote[p] or doc.claimed[p]:
            break
        if _verb_at(doc, p):
            m = _subject_before(doc, p, lo)
            if m is not None and not _opener(doc, m):
                return m
            break
    comma = c - 1
    while comma > lo and toks[comma].text != "," and c - comma < 12:
        comma -= 1
    if toks[comma].text == ",":
        for p in range(comma + 2, c):
            if toks[p].text.islower() and nlp.lexicon_tag(toks[p].low) in {"VBD", "VBZ"}:
                m = _subject_before(doc, p, comma + 1)
                if m is not None and m[0] == comma + 1:
                    return m
                break
    m = _main_subject(doc, c, lo)
    return None if m is None or _opener(doc, m) else m


def _opener(doc: _Doc, m: tuple[int, int]) -> bool:
    """The 'subject' opens with an introductory word ('Appearing before reporters',
    'Alongside BLM'): a clause opener, not a speaker."""
    t = doc.toks[m[0]]
    if m[1] - m[0] == 1 and (t.low in _TIME_WORDS or t.low in {"last", "next", "this"} or (
            t.low in _NUMBER_WORDS and t.low != "a")):
        return True  # 'Last month, when ...', 'Eight years ago, he ...': a time phrase
    return t.low in _INTRO_WORDS or t.low in _SUBORDINATORS or (
        t.low.endswith("ing") and t.text[:1].isupper() and m[1] - m[0] > 1) or t.low in {
        "alongside", "amid", "among", "beside", "besides", "unlike", "like", "with", "without"}


# base forms after 'to' that introduce a quotation: 'was prompted to say, “…”', 'as if to ask:'
_TO_VERBS = {"say", "add", "ask", "declare", "announce", "write", "tweet", "tell", "state",
             "proclaim", "exclaim", "quip", "joke", "reply", "respond", "insist"}


def _participle_quote(doc: _Doc, q: QuoteSpan, v: int, lo: int,
                      out: list[_Cand] | None) -> _Cand | None:
    """'..., Trump said before adding: “…”' / 'The candidate ended by saying, “…”': the
    speaker of the statement before the participle in the same sentence (one act with it
    when the participle continues it), else the main clause's subject."""
    toks = doc.toks
    if out:
        prev = out[-1]
        if prev.content[1] <= toks[v].start and doc.sentence_of(prev.content[0]) == (
                doc.sentence_of(toks[v].start)):
            ref = prev if prev.ref is None else prev.ref
            return _Cand("direct", prev.mention, (v, v + 1), (q.start, q.end),
                         "participle-continuation", ref=ref)
    if v - 1 < lo:
        return None
    mention = None
    if v - 3 >= lo and toks[v - 1].text == "," and _verb_at(doc, v - 2) and not (
            doc.in_quote[v - 2] or doc.claimed[v - 2]):
        # '..., Spicer said, adding, “…”': the participle continues the trailing cue right
        # before it, whose speaker is not the main clause's subject ('Ryan and Trump will meet')
        m = _subject_before(doc, v - 2, lo)
        if m is not None and m[0] > lo and toks[m[0] - 1].text == "," and not _opener(doc, m):
            mention = m
    if mention is None:
        mention = _with_subject(doc, v, lo)  # 'with Park saying, “…”': the participle's own
        if mention is not None:
            return _Cand("direct", mention, (v, v + 1), (q.start, q.end), "with-participle")
        mention = _main_subject(doc, v - 1, lo)
    if mention is not None and _opener(doc, mention):
        mention = None
    if mention is None:
        for p in range(v - 2, max(lo, v - 25), -1):  # '... strategist said X, saying, “…”'
            if doc.in_quote[p] or doc.claimed[p]:
                break
            if _verb_at(doc, p):
                m = _subject_before(doc, p, lo)
                mention = m if m is not None and not _opener(doc, m) else None
                break
    if mention is None:
        # 'Although he thanked them, he sounded a rare note, saying, “…”': the subject of
        # the nearest finite verb before the participle
        for p in range(v - 2, max(lo, v - 25), -1):
            if doc.in_quote[p] or doc.claimed[p]:
                break
            if toks[p].text.islower() and nlp.lexicon_tag(toks[p].low) in {"VBD", "VBZ"}:
                m = _subject_before(doc, p, lo)
                if m is not None and (toks[m[0]].low in PRONOUNS or _is_capitalised(
                        toks[m[1] - 1])) and not any(doc.claimed[x] for x in range(*m)):
                    mention = m
                    break
    if mention is None:
        return None
    return _Cand("direct", mention, (v, v + 1), (q.start, q.end), "participle-subject")


# marks before a label that name no one: a time stamp's punctuation, a list bullet
_STAMP_MARKS = frozenset({":", ".", "—", "–", "-", "•", "·", "▪", "*"})


def _quote_colon_speaker(doc: _Doc, q: QuoteSpan, k: int, lo: int) -> _Cand | None:
    """'Commission President Helga Brandt: “…”' (a live-blog item or headline): a titled or
    full personal name alone (or with its topic: 'Reed on the plan') before a colon, after at
    most a time stamp ('10:02') or a list bullet ('• Helga Brandt: “…”'), speaks a
    whole-sentence quotation; the colon is the cue."""
    toks = doc.toks
    pa, pb = doc.paragraphs[doc.paragraph_of(q.start)]
    # the article's headline: 'Ann Lee: ‘Not A Radical Idea’ To Ask ...', 'Lee on Iran: ‘…’'
    headline = pa == doc.paragraphs[0][0] and _words(doc, pa, pb) <= 25
    if toks[k - 1].text != ":" or not (headline or doc.text[q.start:q.end].rstrip(
            "”“’\"'» ").endswith((".", "!", "?"))):
        return None
    i = _first_word(doc, lo)
    while i < k - 1 and (toks[i].text.isdigit() or toks[i].text in _STAMP_MARKS):
        i += 1  # a time stamp: '10:02', '10.02 -'; a bullet: '• Reed: “…”'
    for d in range(k - 2, max(i, k - 8), -1):
        # a roundup item after a dash: 'Pollsters agree - Carl Bialik: “…”'
        if (toks[d].text in _DASHES or toks[d].low == "from") and toks[d + 1].text[:1].isupper():
            i = d + 1  # 'More from Jones: “…”'
            break
        if not (toks[d].text[:1].isupper() or toks[d].low in {"of", "for", "the", "and"}
                or (toks[d].text == "." and _initial(doc, d))):  # 'Michael P. McDonald'
            break
    e = k - 1
    on = next((x for x in range(i + 1, k - 1) if toks[x].low == "on"), e)
    topic = on < e and on - i <= 3
    if headline or topic:
        e = on  # 'Reed on the plan: “…”': the name before its topic
        if e - 1 > i and toks[e - 1].text == ",":
            e -= 1  # 'Reed, on the plan: “…”'
    described = _described_label(doc, i, k - 1)
    if described > 0:
        e = described  # 'Jane Park, 41, a nurse: “…”': the name before its description
    if e - 3 > i and toks[e - 1].text == ")" and toks[e - 3].text == "(" and PARTY_TAG.fullmatch(
            toks[e - 2].text):
        e -= 3  # 'Rep. Trey Gowdy (R-S.C.): “…”': the party tag names no one
    if not 0 < e - i <= 8 or any(doc.in_quote[j] or doc.claimed[j] for j in range(i, k - 1)):
        return None
    name = _name_run(toks[i:e])
    lead = i > lo and (toks[i - 1].text in _DASHES or toks[i - 1].low == "from")
    # 'Clinton: “…” Bush: “…”': a bare surname the article introduced with a first name
    whole = doc.text[q.start:q.end].rstrip("”“’\"'» ").endswith((".", "!", "?"))
    if not whole and not any(nlp.lexicon_tag(toks[j].low) in {"", "NNP"} for j in range(i, e)):
        return None  # 'Latest Figures: ‘Growth’ Returns': a headline label, but no name
    known = e - i == 1 and len(name.split()) == 1 and (_introduced_surname(doc, i) or headline)
    if len(name.split()) < (1 if lead or known else 2) or not all(
            toks[j].text[:1].isupper() or toks[j].low in {"of", "for", "the"}
            or (toks[j].low in TITLE_WORDS and j > i)  # 'Former secretary of state X: “…”'
            or (lead and toks[j].low == "and") or toks[j].text in {"’", "'"}
            or (toks[j].text == "." and _initial(doc, j))
            for j in range(i, e)):
        return None
    end = q.end
    if headline and k == doc.tok_at(q.start):
        end = _headline_rest(doc, q, pb)
    return _Cand("direct", (i, e if headline or topic or described > 0 else k - 1), (k - 1, k),
                 (q.start, end), "quote-colon-speaker")


def _described_label(doc: _Doc, i: int, colon: int) -> int:
    """A roundup label, a personal name described before the colon at ``colon`` ('Jane Park,
    41, a nurse: “…”', 'Tom Lee (retired): “…”'): the end of the name that opens the label at
    ``i``, or -1. The name is two to four capitalised words with a known first name
    (:func:`~geneva_nb.actors.gender_from_first_name`); each part after it, set off by commas
    or brackets, is an age or a short description (at most eight words, no finite verb)."""
    toks = doc.toks
    n = i
    while n < colon and (_name_cap(toks[n].text) or (toks[n].text == "." and _initial(doc, n))):
        n += 1
    if n >= colon or toks[n].text not in {",", "("} or not _is_person_name(toks[i:n]) or (
            not gender_from_first_name(_join(toks[i:n]))):
        return -1
    part = 0
    for j in range(n + 1, colon):
        t = toks[j]
        if t.text in {",", "(", ")"}:
            part = 0
            continue
        part += 1
        if part > 8 or doc.in_quote[j] or t.text in {";", ":", "."} or (
                t.text.islower() and nlp.lexicon_tag(t.low) in _FINITE):
            return -1
    return n


def _headline_rest(doc: _Doc, q: QuoteSpan, pb: int) -> int:
    """'Ann Lee: ‘Of Course’ The Plan Will Pass.' as the article's headline: the label owns
    the whole headline, so the content runs on past the quotation to the headline's end
    (PolNeAR's content), unless a cue of its own follows ('…,’ Lee Says')."""
    text = doc.text
    end = pb
    while end > q.end and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    rest = range(doc.tok_at(q.end), doc.tok_at(end))
    if not any(doc.toks[j].text[:1].isalnum() for j in rest) or any(
            doc.claimed[j] or _verb_at(doc, j) for j in rest):
        return q.end
    return end


def _introduced_surname(doc: _Doc, i: int) -> bool:
    """Token ``i`` is a capitalised word that closed a personal name of two or more
    capitalised words earlier in the article ('Jeb Bush ...' before 'Bush: “…”')."""
    toks = doc.toks
    word = toks[i].text
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 3) or (
            word.lower() in TITLE_WORDS):
        return False
    for j in range(1, i):
        if toks[j].text == word and _is_capitalised(toks[j - 1]) and (
                toks[j - 1].text[1:].islower() and not doc.in_quote[j]
                and toks[j - 1].low not in TITLE_WORDS and toks[j - 1].low not in _DETERMINERS):
            return True
    return False


def _quote_continuations(doc: _Doc, out: list[_Cand]) -> list[_Cand]:
    """Rule 7: a quotation opening a sentence with no cue of its own continues the statement
    just before it (quoted or reported) in the same or the previous paragraph
    (``quote-continuation``, which reuses that statement's cue and mention); also
    '“A,” he told supporters, “and B.”'. ``out`` is sorted by content start; returns the new
    statements."""
    toks = doc.toks
    # `out` does not change in this loop: prefix maxima + bisect keep each look-up logarithmic
    starts = [c.content[0] for c in out]
    reach = list(itertools.accumulate((c.content[1] for c in out), max))
    # any statement can be continued by a quotation: 'X said she was “horrified”. “Civilians ...”'
    quoted = sorted((c.content[1], i) for i, c in enumerate(out))
    quoted_ends = [e for e, _ in quoted]
    latest = list(itertools.accumulate((i for _, i in quoted), max))
    extra: list[_Cand] = []
    for q in doc.quotes:
        before = bisect.bisect_right(starts, q.start) - 1
        if before >= 0 and reach[before] > q.start:
            continue  # inside content already attributed
        k = doc.tok_at(q.start)
        if k >= len(doc.toks) or doc.claimed[k]:
            continue  # a mark inside the last token ('0''0') opens no quotation of its own
        if extra and extra[-1].rule == "quote-listed" and _listed_after(doc, extra[-1], q):
            last = extra[-1]  # the third item of a list: 'repeat “A,” “B,” and “C”'
            extra.append(_Cand(last.kind, last.mention, last.cue, (q.start, q.end),
                               "quote-listed", ref=last.ref))
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
        same_sentence = (out[prev].kind in {"direct", "partial"} and doc.sentence_of(cue_end) == sid
                         and cue_end <= q.start and k > 0 and (
                             toks[k - 1].text == "," or out[prev].cue[1] == k))
        if (not same_sentence and out[prev].kind in {"direct", "partial"} and k > 1
                and toks[k - 1].low in {"and", "or"} and toks[k - 2].text == ","
                and _tag_reaches(doc, out[prev], k - 2) and doc.sentence_of(cue_end) == sid):
            same_sentence = True  # '“A,” she said, and “B.”' ('she told reporters, and')
        full = doc.text[q.start:q.end].rstrip("”“’\"'» ").endswith((".", "!", "?"))
        led = not (starts_sentence or same_sentence) and words >= 4 and _lead_in(doc, q, sid)
        listed = _listed_after(doc, out[prev], q)
        # a one-word question or exclamation right after the tag sentence ('“…,” Powe wrote.
        # “Blacklisted?”') continues it as much as a longer one
        short = full and words >= 1 and starts_sentence and doc.sentence_of(cue_end) == sid - 1 \
            and doc.paragraph_of(cue_end) == doc.paragraph_of(q.start) \
            and doc.text[q.start:q.end].rstrip("”“’\"'» ").endswith(("?", "!"))
        woven = -1
        if not (listed or starts_sentence or same_sentence or led) and words >= 4:
            woven = _woven_start(doc, q, sid, out[prev])
        if not listed and woven < 0 and ((words < 4 and not (full and words >= 2) and not short)
                                         or not (starts_sentence or same_sentence or led)):
            continue  # a title, a scare quote or a quoted phrase: not a statement
        p_para = doc.paragraph_of(out[prev].content[1] - 1)
        if doc.paragraph_of(q.start) - p_para > 1:
            continue
        # nothing attributed to someone else in between
        lo = bisect.bisect_left(starts, out[prev].content[1])
        hi = bisect.bisect_left(starts, q.start)
        base = out[prev]
        if any(c.ref is not base and c.mention != base.mention for c in out[lo:hi]):
            continue
        if starts_sentence and not (listed or same_sentence) and _another_named_before(
                doc, sid, base, cue_end):
            continue  # '“A,” Lee said. Reed sees it differently. “B.”': B is not Lee's
        ref = base if base.ref is None else base.ref
        if woven >= 0:
            extra.append(_Cand("partial", base.mention, base.cue, (woven, q.end),
                               "quote-woven-continuation", ref=ref))
            continue
        extra.append(_Cand(base.kind if listed else "direct", base.mention, base.cue,
                           (q.start, q.end), "quote-listed" if listed else "quote-continuation",
                           ref=ref))
    return extra


_SENTENCE_LINKS = frozenset({"but", "and", "then", "yet", "still", "meanwhile", "so"})


def _another_named_before(doc: _Doc, sid: int, base: _Cand, cue_end: int) -> bool:
    """The sentence right before sentence ``sid`` comes after the statement ``base``'s tag
    (``cue_end``) and opens (after 'But', 'Then', a title ...) with a person's full name or a
    surname the article introduced, then a possessive, an appositive or a verb, and the
    name's last word is not in ``base``'s mention: another person has the floor ('Reed sees
    it differently.')."""
    if sid == 0 or doc.sentences[sid - 1][0] < cue_end:
        return False
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid - 1)
    while lo < hi and (toks[lo].low in _SENTENCE_LINKS or toks[lo].low in TITLE_WORDS
                       or toks[lo].text == "."):
        lo += 1  # 'But Gov. Tom Reed ...'
    n = lo
    while n < hi and _name_cap(toks[n].text) and not doc.in_quote[n]:
        n += 1
    if n >= hi or not (_is_person_name(toks[lo:n]) or (
            n - lo == 1 and _introduced_surname(doc, lo))):
        return False
    nxt = toks[n]
    if not (nxt.text in {",", "’s", "'s", "’", "'"} or (nxt.text.islower() and (
            nlp.lexicon_tag(nxt.low) in _FINITE or nxt.low in _BE))):
        return False
    return toks[n - 1].low not in _mention_words(doc, base, base.ref or base)


def _mention_words(doc: _Doc, *cands: _Cand) -> set[str]:
    """The lower-cased words of the mentions of ``cands``: the names a speaker goes by."""
    return {t.low for c in cands for t in doc.toks[c.mention[0]:c.mention[1]]}


def _tag_reaches(doc: _Doc, c: _Cand, comma: int) -> bool:
    """The tag of ``c`` (its cue, its mention after the cue, and perhaps an object or a short
    adverbial of up to five free words: 'he told reporters', 'she said in an interview') ends
    right before token ``comma``."""
    end = max(c.cue[1], c.mention[1])
    if c.cue[1] == comma or end == comma:
        return True
    toks = doc.toks
    return end < comma <= end + 5 and all(
        toks[x].text[:1].isalnum() and not (doc.claimed[x] or doc.in_quote[x])
        for x in range(end, comma))


# words that open an adverbial clause of the reporter's: 'After the vote ended, “…”'
_CLAUSE_OPENERS = {"after", "although", "as", "because", "before", "if", "once", "since",
                   "though", "unless", "until", "when", "whenever", "where", "whereas", "while"}


def _woven_start(doc: _Doc, q: QuoteSpan, sid: int, prev: _Cand) -> int:
    """'“…,” Hennessey added. But that’s not the same thing as “properly chargeable under the
    law.”' / 'Biden “kind of misspoke. ...”': the sentence right after a quoted statement's tag
    sentence (same paragraph) that ends with a quotation of four words or more, after a short
    lead of at most eight words with no speech verb, no name of a speaker of its own before a
    cue and nothing claimed, goes on with the words of that speaker (rule 7,
    ``quote-woven-continuation``, kind partial; PolNeAR's content runs over the whole
    sentence). Returns the content start (the sentence's first word), or -1."""
    toks = doc.toks
    if prev.kind not in {"direct", "partial"} or doc.text[prev.content[0]:prev.content[0] + 1] \
            not in "“‘\"'«":
        return -1
    cue_end = toks[prev.cue[1] - 1].end
    if doc.sentence_of(cue_end) != sid - 1 or doc.sentence_of(prev.content[1] - 1) < sid - 2:
        return -1
    if doc.paragraph_of(cue_end) != doc.paragraph_of(q.start) or not q.closed:
        return -1
    lo, hi = _sentence_tok_range(doc, sid)
    k, e = doc.tok_at(q.start), doc.tok_at(q.end)
    if any(toks[x].text[:1].isalnum() for x in range(e, hi)):
        return -1  # the quotation must end the sentence
    lead = [x for x in range(lo, k) if toks[x].text[:1].isalnum()]
    if not lead or len(lead) > 8 or any(doc.in_quote[x] or doc.claimed[x] or toks[x].text in {
            ":", ";"} or _verb_at(doc, x) or _quote_verb_at(doc, x) for x in range(lo, k)):
        return -1
    if toks[lead[0]].low in _CLAUSE_OPENERS and any(
            toks[x].text.islower() and nlp.lexicon_tag(toks[x].low) in _FINITE for x in lead):
        return -1  # 'After the vote ended, “…”': a clause of the reporter's, no continuation
    if _other_named_subject(doc, lead, prev):
        return -1  # 'Reed groused that the plan was “…”': Reed's words, not the last speaker's
    return toks[lead[0]].start


# capitalised sentence openers that start no name: 'After', 'When', 'However'
_NOT_NAME_STARTS = _INTRO_WORDS | _SUBORDINATORS | _CLAUSE_OPENERS


def _other_named_subject(doc: _Doc, lead: list[int], prev: _Cand) -> bool:
    """The lead opens with a name (capitalised words, the first no sentence opener) and a
    finite verb right after it (or a past participle, or an unknown word in '-ed'), and the
    name's last word is not in the mention of ``prev``: another person speaks ('Reed groused
    that the plan was “…”' after '“…,” Lee said')."""
    toks = doc.toks
    n = 0
    while n < len(lead) and _name_cap(toks[lead[n]].text) and toks[lead[n]].low not in (
            _NOT_NAME_STARTS) and toks[lead[n]].low not in PRONOUNS:
        n += 1
    if n == 0 or n >= len(lead) or lead[n] != lead[n - 1] + 1:
        return False
    verb = toks[lead[n]]
    tag = nlp.lexicon_tag(verb.low)
    if not verb.text.islower() or not (tag in _FINITE or tag == "VBN" or (
            not tag and verb.low.endswith("ed"))):
        return False  # ('panned' reads as a participle, 'kvetched' is unknown to the lexicon)
    return toks[lead[n - 1]].low not in _mention_words(doc, prev)


# what may stand between two quotations of one list: 'chanted “A” and “B”', 'repeated “A,”
# “B,” and, yes, “C”', '“A?” . . . “B?”'
_LIST_GLUE = {",", "and", "or", "yes", ".", "…", "-", "—", "–", ";"}


def _listed_after(doc: _Doc, prev: _Cand, q: QuoteSpan) -> bool:
    """The quotation ``q`` follows the quoted content of ``prev`` in the same paragraph with
    only list glue between them (commas, 'and', 'or', an ellipsis): the next item of what
    ``prev``'s speaker said or chanted ('they chanted “A” and “B”'; rule 7, ``quote-listed``).
    """
    a, b = prev.content
    if prev.kind not in {"direct", "partial"} or b > q.start or q.start - b > 16:
        return False
    if doc.text[a:a + 1] not in "“‘\"'«" or doc.paragraph_of(a) != doc.paragraph_of(q.start):
        return False
    toks = doc.toks
    i, j = doc.tok_at(b), doc.tok_at(q.start)
    return all(toks[x].low in _LIST_GLUE for x in range(i, j))


# words that may open a sentence before a quotation that continues the speaker before it
_LEAD_WORDS = {"but", "and", "so", "yet", "then", "instead", "now", "still", "later", "again",
               "also", "otherwise", "meanwhile", "rather", "indeed", "however"}


def _lead_in(doc: _Doc, q: QuoteSpan, sid: int) -> bool:
    """The quotation ``q`` is its sentence but for a short lead-in: a connector ('But “…”') or
    an adverbial of at most six words closed by a comma ('Then, “…”', 'For Democrats, on the
    other hand, “…”'), with no verb, name or quotation in it, and nothing after the quotation
    but the sentence's final stop. Such a quotation continues the statement before it as much
    as one opening its sentence (rule 7)."""
    toks = doc.toks
    lo, hi = _sentence_tok_range(doc, sid)
    k, e = doc.tok_at(q.start), doc.tok_at(q.end)
    if any(toks[x].text[:1].isalnum() for x in range(e, hi)):
        return False
    lead = [x for x in range(lo, k) if toks[x].text[:1].isalnum()]
    if not lead or len(lead) > 6 or any(doc.in_quote[x] or doc.claimed[x] for x in range(lo, k)):
        return False
    if toks[k - 1].text != "," and not (len(lead) == 1 and toks[lead[0]].low in _LEAD_WORDS):
        return False
    for n, x in enumerate(lead):
        t = toks[x]
        if n and not t.text.islower():
            return False  # 'Then Trump, “…”': a name may be a speaker of its own
        if t.low in _LEAD_WORDS or t.low in ADVERBS:
            continue
        if t.low in PRONOUNS or nlp.lexicon_tag(t.low) in _FINITE or _verb_at(doc, x):
            return False
    return True


def _quote_colon_subject(doc: _Doc, qi: int) -> _Cand | None:
    """'Reid gave the Texan a back-handed compliment: “…”', 'Trump went even further: “…”',
    'She then addressed the supporters again: “…”': a clause with no speech verb, closed by a
    colon and a whole quotation that ends the sentence, presents the words of its subject when
    the subject is a person or a speaking body (a name, 'he'/'she'/'they', a speaker noun such
    as 'the senator' or 'the report'); the colon is the cue (``quote-colon-subject``)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    sid = doc.sentence_of(q.start)
    lo, hi = _sentence_tok_range(doc, sid)
    pq = doc.paragraph_of(q.start)
    opens = doc.paragraphs[pq][0] == q.start
    if k - 1 < lo and k > 0 and toks[k - 1].text == ":" and opens and (
            doc.paragraph_of(toks[k - 1].start) == pq - 1):
        # 'He then listed the qualities he wants:' closing a paragraph, the quotation (perhaps
        # running on over paragraphs, each reopened with a mark) opening the next one
        lo, _ = _sentence_tok_range(doc, doc.sentence_of(toks[k - 1].start))
    if k - 2 <= lo or toks[k - 1].text != ":" or not (q.closed or opens):
        return None
    if not _whole_closing_quote(doc, q, hi, min_words=3):
        return None
    lo = _coordinated_clause(doc, lo, k - 1)
    if any(doc.in_quote[x] or doc.claimed[x] or toks[x].text in {":", ";"}
           for x in range(lo, k - 1)):
        return None
    v = k - 2
    if toks[v].low.endswith("ing") and toks[v].text.islower():
        # '..., with Trump reportedly yelling: “…”': the participle's own subject speaks
        w = next((x for x in range(v - 1, max(lo, v - 8) - 1, -1) if toks[x].low == "with"), -1)
        m = _subject_before(doc, v, w + 1) if w >= 0 else None
        if m is not None and m[0] == w + 1:
            return _Cand("direct", m, (v, v + 1), (q.start, q.end), "with-participle")
        return None
    mention = _main_subject(doc, k - 1, lo)
    if mention is None or _opener(doc, mention):
        return None
    verb_from = mention[1]
    c = next((x for x in range(mention[0] + 1, mention[1] - 1) if toks[x].text == ","), -1)
    if c > 0 and toks[mention[1] - 1].text != "," and (toks[c + 1].low in _ADVERBIAL_PREPS or (
            c + 2 == mention[1] and (toks[c + 1].low in _ASIDES or toks[c + 1].text.isdigit()))):
        # 'The Lee campaign, in a Q&A on the e-mails, worded it ...': an adverbial between
        # commas follows the subject; so does an aside or an age ('Reed, though, was ...')
        mention = (mention[0], c)
    head = toks[mention[1] - 1]
    if not (head.low in {"he", "she", "they"} or head.low in SPEAKER_NOUNS or (
            _is_capitalised(head) and head.low not in _QUANTIFIERS | _INTRO_WORDS)):
        return None  # 'Each cycle, there is a threat ...: “…”': no speaker
    if any(_verb_at(doc, x) for x in range(verb_from, k - 1)):
        return None  # a speech verb the other rules did not take: leave it
    first = toks[verb_from] if verb_from < k - 1 else None
    if not any(toks[x].text.islower() and nlp.lexicon_tag(toks[x].low)[:2] in {"VB", "MD"}
               for x in range(verb_from, k - 1)) and not (
            first is not None and first.text.islower() and first.low.endswith("s")
            and nlp.lexicon_tag(first.low) == "NNS" and _is_capitalised(head)
            and nlp.lexicon_tag(head.low) in {"", "NNP"}):
        # no clause: 'Latest figures: “…”' is a label, not a subject ('Perez lobbies for a
        # higher wage: “…”': a plural noun's form right after a name is its verb)
        return None
    return _Cand("direct", mention, (k - 1, k), (q.start, q.end), "quote-colon-subject")


def _quote_clause_cue_after(doc: _Doc, qi: int) -> _Cand | None:
    """'“We’re extremely happy” about the decision, said Rose Dell, director of the nurses'
    union, which has endorsed Sanders.': a sentence that opens with a quotation, goes on in the
    reporter's words and ends with an inverted cue and a named speaker (however long the
    appositive after the name) is that speaker's statement, from the quotation to the comma
    before the cue (``quote-clause-cue-after``, kind partial)."""
    q = doc.quotes[qi]
    toks = doc.toks
    sid = doc.sentence_of(q.start)
    lo, hi = _sentence_tok_range(doc, sid)
    if _first_word(doc, lo) != doc.tok_at(q.start) or not q.closed:
        return None
    inner = doc.text[q.start:q.end].rstrip("”“’\"'» ")
    k0 = doc.tok_at(q.end)
    if inner.endswith((".", "!", "?")) or k0 >= hi or not toks[k0].text[:1].isalnum():
        return None
    for c in range(k0 + 1, min(hi - 2, k0 + 30)):
        if doc.in_quote[c] or doc.claimed[c] or toks[c].text in {";", ":"}:
            return None
        if toks[c].text != "," or toks[c + 1].low not in {"said", "says", "added", "adds"}:
            continue
        mention = _mention_after(doc, c + 2, hi)
        if mention is None or not _named_or_role(doc, mention) or not (
                mention[1] >= hi or toks[mention[1]].text in {",", ".", "(", ";"}):
            return None
        a, b = q.start, toks[c].start
        return _Cand("partial", mention, (c + 1, c + 2), (a, b), "quote-clause-cue-after")
    return None


def _describe_participle(doc: _Doc, qi: int, out: list[_Cand]) -> _Cand | None:
    """'Trump defended the incident, calling the protester “a very obnoxious guy.”': a describe
    verb's participle after a comma, its object (at most six words, perhaps 'as') and the
    quotation; the speaker is the one of the statement before it in the sentence, else the
    main clause's subject, as for '..., saying: “…”' (``participle-describe``, partial)."""
    q = doc.quotes[qi]
    toks = doc.toks
    k = doc.tok_at(q.start)
    lo, _ = _sentence_tok_range(doc, doc.sentence_of(q.start))
    for v in range(k - 1, max(lo + 1, k - 8) - 1, -1):
        if doc.in_quote[v] or doc.claimed[v] or toks[v].text in {",", ";", ":"}:
            return None
        if toks[v].low in DESCRIBE_ING and toks[v].text.islower():
            if toks[v - 1].text != "," or k == v + 1:
                return None  # ', calling “…”' has no object: a title or a slogan
            cand = _participle_quote(doc, q, v, lo, out)
            if cand is None:
                return None
            last = toks[cand.mention[1] - 1]
            if last.low.endswith(_POSSESSIVE) or nlp.lexicon_tag(last.low) in {"JJ", "RB"}:
                return None  # 'New Jersey’s', 'The Democratic': no speaker phrase
            cand.kind = "partial"
            if cand.rule == "participle-subject":
                cand.rule = "participle-describe"
            return cand
    return None


def _speaker_sentence_before(doc: _Doc, qi: int) -> _Cand | None:
    """'Iowa State University's Dianne Bystrom agreed. “…”' / 'Sam Lau said in a statement.
    “…”': a short sentence that is only a speaker, a speech verb and adverbials, right before
    a sentence that opens with a quotation (in the same paragraph, or opening the next one),
    introduces that quotation (``quote-cue-before``)."""
    q = doc.quotes[qi]
    toks = doc.toks
    sid = doc.sentence_of(q.start)
    if sid == 0 or doc.sentences[sid][0] != q.start:
        return None
    pa, pb = doc.sentences[sid - 1]
    pq = doc.paragraph_of(q.start)
    if doc.paragraph_of(pa) != pq and not (
            doc.paragraph_of(pa) == pq - 1 and doc.paragraphs[pq][0] == q.start):
        return None
    lo, hi = _sentence_tok_range(doc, sid - 1)
    if hi - 1 <= lo or toks[hi - 1].text != "." or _words(doc, pa, pb) > 14 or any(
            doc.in_quote[x] or doc.claimed[x] for x in range(lo, hi)):
        return None
    for v in range(lo + 1, hi - 1):
        if _verb_at(doc, v) or toks[v].low in _STANCE_VERBS:
            mention = _subject_before(doc, v, lo)
            if mention is None or mention[0] != _first_word(doc, lo) or _opener(doc, mention):
                return None
            if toks[mention[0]].low in {"i", "we", "you"} or not _tail_is_adverbial(
                    doc, v + 1, hi - 1):
                return None
            return _Cand("direct", mention, _cue_range(doc, v), (q.start, q.end),
                         "quote-cue-before")
    return None


def _quote_far_cue_after(doc: _Doc, qi: int) -> _Cand | None:
    """'“…,” Nate Lowe, the pollster who founded the site tweeted on Wednesday.' / '“…,” Texas
    delegate Bill Hale, wearing “Cruz” pins, said': a quotation ending in a comma calls for its
    cue, and when the other rules found none, a personal name at most three words after it
    (a description may precede: 'nuclear experts Ann Lee and ...') and a speech verb later in
    the same sentence, whatever stands between (an appositive without its closing comma, a
    quoted phrase), are its speaker and cue (``quote-cue-after``)."""
    q = doc.quotes[qi]
    toks = doc.toks
    if not q.closed or not doc.text[q.start:q.end].rstrip("”“’\"'» ").endswith(","):
        return None
    k = doc.tok_at(q.end)
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or doc.claimed[k] or doc.in_quote[k] or (
            doc.paragraph_of(toks[k].start) != doc.paragraph_of(q.start)):
        return None
    _, hi = _sentence_tok_range(doc, doc.sentence_of(toks[k].start))
    mention = None
    for i in range(k, min(hi, k + 3)):
        if not toks[i].text[:1].isalpha():
            return None
        for e in range(min(hi, i + 4), i + 1, -1):
            if _is_person_name(toks[i:e]) and (e >= hi or not toks[e].text[:1].isupper()):
                mention = (k, e)
                break
        if mention is not None:
            break
    if mention is None:
        return None
    for v in range(mention[1], min(hi, mention[1] + 30)):
        if toks[v].text in _SENT_END or toks[v].text == ";" or doc.claimed[v]:
            return None
        if (not doc.in_quote[v] and toks[v].text.islower() and _verb_at(doc, v) in {
                "free", "that"} and toks[v].low not in PROGRESSIVE and toks[v - 1].low not in {
                "who", "which", "that", "to"}):
            return _Cand("direct", mention, (v, v + 1), (q.start, q.end), "quote-cue-after")
    return None


def _quotations_with_cues(doc: _Doc, out: list[_Cand]) -> None:
    """Rules 1 and 2: each quotation with a cue right after or before it, in text order, is
    added to ``out`` and its tokens claimed. A quotation woven into a longer sentence
    ('The plan was “dead,” Hale said') runs from the sentence start (``mixed-quote-cue-after``,
    kind partial)."""
    toks = doc.toks
    for qi, q in enumerate(doc.quotes):
        if _title_quote(doc, doc.tok_at(q.start)):
            continue  # 'Appearing on NBC’s “Meet the Press,” Reed said ...': a title
        cand = (_quote_cue_after(doc, qi) or _quote_cue_before(doc, qi, out)
                or _in_words(doc, qi) or _relative_cue(doc, qi) or _heard(doc, qi)
                or _used_term(doc, qi) or _speaker_sentence_before(doc, qi)
                or _quote_colon_subject(doc, qi) or _colon_noun(doc, qi)
                or _quote_clause_cue_after(doc, qi)
                or _describe_participle(doc, qi, out) or _quote_far_cue_after(doc, qi))
        if cand is None:
            continue
        if cand.rule == "quote-cue-after":
            k = doc.tok_at(q.start)
            sid = doc.sentence_of(q.start)
            lo, _ = _sentence_tok_range(doc, sid)
            before = _quote_cue_before(doc, qi, out) if toks[k - 1].text == ":" else None
            if before is not None:
                # 'Fallon fired back: “As a guardian ...,” he wrote, “…”': the colon's cue
                # introduces the quotation, the tag after it only continues it
                cand = before
            elif k > lo and any(toks[j].text[:1].isalnum() and not doc.claimed[j]
                                for j in range(lo, k)):
                cand.content = (_clause_start(doc, lo, k), q.end)
                cand.kind, cand.rule = "partial", "mixed-quote-cue-after"
        out.append(cand)
        _claim(doc, doc.tok_at(cand.content[0]), doc.tok_at(cand.content[1]))
        _claim(doc, *cand.mention)
        _claim(doc, *cand.cue)
        # the rest of the cue clause (', she said, adding ...') stays free for rule 5
