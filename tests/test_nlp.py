"""The offline language resources: sentence splitting, tokens with tags, VADER and Pattern."""

from __future__ import annotations

import json
import math
import os
import string
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_nb import nlp
from geneva_nb._data import data_path


def test_abbreviations_do_not_end_sentences():
    text = (
        "The U.S. delegation met on Dec. 17 with Gen. Smith and Mr. Jones. He left at 5 p.m. Then?"
    )
    got = [text[a:b] for a, b in nlp.sentence_spans(text)]
    assert got == [
        "The U.S. delegation met on Dec. 17 with Gen. Smith and Mr. Jones.",
        "He left at 5 p.m. Then?",  # "p.m." is an abbreviation: the split is missed, on purpose
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "She called it “sincere and direct.” He left. “No,” she said."
    assert [text[a:b] for a, b in nlp.sentence_spans(text)] == [
        "She called it “sincere and direct.”",
        "He left.",
        "“No,” she said.",
    ]


def test_sentences_never_cross_a_line_break():
    text = "First line without a stop\nSecond line."
    assert [text[a:b] for a, b in nlp.sentence_spans(text)] == [
        "First line without a stop",
        "Second line.",
    ]


# what Punkt's decision at a period turns on: abbreviations (ours, after a hyphen, in capitals),
# initials, numbers, ellipses, bare marks, what follows (lower or upper case, punctuation,
# quotes, brackets, digits), line breaks
_PUNKT_PIECES = st.one_of(
    st.text(alphabet="aZ. ,;:!?\"'()-\n1é", max_size=4),
    st.sampled_from([" ", " ", ". ", ".", "...", "..", "?", "!", "?!", "\n", "\n\n", "U.S.",
                     "Mr.", "MR.", "gen.", "ex-Gov.", "Dec.", "J.", "j.", "é.", "_.", "1990.",
                     "3.5", "-2.", ",5.", "No.", "word.", "Word.", "word", "Word", "the", "The",
                     "“", "”", "\"", "'", "(", ")", "—", "a.m.", "e.g.", "etc.", "Inc.", "5",
                     ";", ":", ","]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PUNKT_PIECES, max_size=30).map("".join))
def test_sentence_splitting_is_nltks_punkt(text):
    # Punkt's test for a break at a period is re-stated for speed: the sentences must be those
    # of NLTK's own Punkt with the same abbreviations
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(nlp.ABBREVIATIONS)
    stock = PunktSentenceTokenizer(params)
    ours = nlp._punkt()
    assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))
    for line in text.split("\n"):
        assert ours.text_contains_sentbreak(line) == stock.text_contains_sentbreak(line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PUNKT_PIECES, st.sampled_from(["\t", "\x0c", " \t.", "Ab.", "İ.",
                                                           "ß.", "x?", "??", "!.", "Mr. Trump"])),
                max_size=30).map("".join))
def test_line_spans_are_nltks_span_tokenize(text):
    # _line_spans re-states Punkt's span_tokenize (contexts, breaks, realignment) with a fast
    # answer for a plain word before the mark and remembered answers for the rest: the spans
    # must be NLTK's, asked twice (the second time from the remembered answers)
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(nlp.ABBREVIATIONS)
    stock = PunktSentenceTokenizer(params)
    for line in [text, *text.split("\n")]:
        want = list(stock.span_tokenize(line))
        assert nlp._line_spans(line) == want
        assert nlp._line_spans(line) == want


def test_tokens_have_offsets_and_penn_tags():
    text = "Russia’s envoy didn't agree."
    toks = nlp.tokens(text)
    assert [t.text for t in toks] == ["Russia", "’s", "envoy", "did", "n't", "agree", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)
    tags = {t.text: t.tag for t in toks}
    assert tags["Russia"] == "NNP" and tags["’s"] == "POS" and tags["."] == "."


# what Pattern's tagger turns on: known words as written and (first word only) lower-cased,
# title case, numbers with their punctuation, suffixes (-ing, -ly, -s, -ous, -able, -ed, -ize, a
# hyphen), empty and odd strings
_TAG_WORDS = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["The", "the", "Talks", "talks", "Russia", "NATO", "running", "quickly",
                     "cats", "famous", "glass", "is", "readable", "de-escalation", "worked",
                     "organize", "1,000", "10:30", "5%", "$3", "-", "U.S.", "'s", "n't", "“",
                     "Blorpish", "blorpish", "blorped", "", " "]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TAG_WORDS, max_size=12))
def test_pattern_tags_are_textblobs(words):
    from textblob.en import parser

    assert nlp._pattern_tags(words) == [t for _, t in parser.find_tags(words)]


def test_vader_uses_the_packaged_lexicon():
    # "good" has mean valence 1.9 in vader_lexicon.txt; compound = 1.9 / sqrt(1.9² + 15)
    assert nlp.vader().polarity_scores("good")["compound"] == pytest.approx(
        round(1.9 / math.sqrt(1.9**2 + 15), 4), abs=1e-4
    )
    assert nlp.vader() is nlp.vader()  # cached
    # the MIT notice ships beside the lexicon it covers
    notice = data_path("lexicons", "vader_lexicon.LICENSE.txt").read_text(encoding="utf-8")
    assert notice.startswith("The MIT License") and "C.J. Hutto" in notice
    lines = nlp.vader_lexicon_text().strip().splitlines()
    assert len(nlp.vader().lexicon) == len({line.split("\t")[0] for line in lines}) > 7000


# a user's own NLTK vader_lexicon that disagrees with ours: "good" -3.0 instead of +1.9
_SCORE_IN_A_FRESH_PROCESS = """
import json, nltk.data
from geneva_nb import nlp
print(json.dumps([nlp.vader().polarity_scores("good")["compound"], nltk.data.path]))
"""


def _fake_nltk_data(root: Path) -> Path:
    archive = root / "nltk_data" / "sentiment" / "vader_lexicon.zip"
    archive.parent.mkdir(parents=True)
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("vader_lexicon/vader_lexicon.txt", "good\t-3.0\t0.5\t[-3, -3]\n")
    return root / "nltk_data"


def test_vader_ignores_a_users_nltk_lexicon_and_writes_nothing_home(tmp_path):
    home, data = tmp_path / "home", _fake_nltk_data(tmp_path)
    home.mkdir()
    (home / "nltk_data").symlink_to(data)  # NLTK also looks in ~/nltk_data
    env = {k: v for k, v in os.environ.items() if k not in {"XDG_CACHE_HOME", "GENEVA_NB_DATA"}}
    env.update(HOME=str(home), NLTK_DATA=str(data))
    out = subprocess.run([sys.executable, "-c", _SCORE_IN_A_FRESH_PROCESS], env=env,
                         capture_output=True, text=True, check=True)
    score, paths = json.loads(out.stdout)
    assert str(data) in paths  # NLTK did see the user's folder ...
    assert score == pytest.approx(0.4404, abs=1e-4)  # ... and the packaged "good" +1.9 won
    assert sorted(p.name for p in home.rglob("*")) == ["nltk_data"]  # nothing written home


def test_pattern_sentiment_reads_diplomats_literally():
    # the reason the project adds a diplomatic register: Pattern scores "frank and candid" +0.6
    assert nlp.pattern_sentiment("frank and candid") == pytest.approx((0.6, 0.8))


# tokens VADER treats specially: punctuation runs, emoticons, boosters, "kind of", caps, "but"
_VADER_PIECES = st.one_of(
    st.text(max_size=5),
    st.sampled_from([" ", " ", "good", "GOOD", "bad", "not", "very", "kind", "of", "but", "!",
                     "!!", "?!?", "...", ",", "'", '"', "“", "”", ":)", ":-(", "(", ")", "-",
                     "good.", "!good", ",bad", "bad??", "'love", "no", "never", "extremely",
                     "hate", "love", "lol", "?", "??", "????", "!!!!!", "BUT", "kind of"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VADER_PIECES, max_size=30).map("".join))
def test_vader_scores_exactly_as_nltks_own_method(text):
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    # our linear tokenisation must give NLTK's words, hence the same four scores
    analyzer = nlp.vader()
    assert analyzer.polarity_scores(text) == SentimentIntensityAnalyzer.polarity_scores(
        analyzer, text)


_VADER_QUOTED = st.one_of(
    _VADER_PIECES,
    st.sampled_from(["“good", "bad”", "‘not", "great’", "“The", "“the", "shit”", "“kind",
                     "of”", "“but", "“never", "so", "“least", "“at", "“don’t", "don't”",
                     "“VERY", "“GOOD”", "‘", "’", "“", "”", "«", "»", "„"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_VADER_QUOTED, max_size=30).map("".join))
def test_vader_scores_both_forms_of_a_quoted_text_exactly(text):
    # the tone features score a text and its ASCII-quoted form together, once when the tokens
    # that differ are words VADER never reads: the two scores must be the two separate ones
    analyzer = nlp.vader()
    ascii_text = text.translate(nlp.ASCII_QUOTES)
    assert analyzer.polarity_scores_both(text, ascii_text) == (
        analyzer.polarity_scores(text), analyzer.polarity_scores(ascii_text))


def test_vader_quoted_sentiment_word_is_scored_twice():
    # '“good' is no word for VADER, '"good' is 'good': the two forms score differently
    plain, ascii_ = nlp.vader().polarity_scores_both("“good", '"good')
    assert plain["compound"] == 0.0 < ascii_["compound"]


# the words VADER's rules read around a lexicon word: negations, "least", "never so", boosters in
# capitals, idioms, "kind of", "but"
_VADER_RULE_WORDS = st.sampled_from(
    ["good", "bad", "GREAT", "hate", "love", "least", "at", "very", "never", "Never", "so",
     "this", "not", "isn't", "NOT", "n't", "kind", "of", "sort", "hardly", "barely", "extremely",
     "EXTREMELY", "but", "the", "shit", "bomb", "ass", "yeah", "right", "cut", "mustard", "kiss",
     "death", "hand", "to", "mouth", "!", "?", "word", "Word", "just", "enough", "The", "SHIT"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_VADER_RULE_WORDS, max_size=20).map(" ".join))
def test_vader_rules_around_a_word_are_nltks(text):
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    # the valence of a lexicon word is restated for speed: NLTK's numbers always
    analyzer = nlp.vader()
    assert analyzer.polarity_scores(text) == SentimentIntensityAnalyzer.polarity_scores(
        analyzer, text)


def test_vader_punctuation_marks_are_ascii_punctuation():
    # the linear tokenisation relies on it (a word never contains one of the marks)
    from nltk.sentiment.vader import VaderConstants

    assert set("".join(VaderConstants.PUNC_LIST)) <= set(string.punctuation)
    # "cat." and "!cat" become "cat"; "(cat)" stays: "(" is no mark of PUNC_LIST
    words = nlp.vader().polarity_scores  # via the tokens VADER scores: "good." counts as "good"
    assert words("good.")["compound"] == words(",good")["compound"] == words("good")[
        "compound"] > 0
    assert words("(good)")["compound"] == words("good.'")["compound"] == 0.0


@settings(max_examples=150, deadline=None)
@given(st.lists(_VADER_PIECES, max_size=30).map("".join))
def test_pattern_sentiment_is_textblobs(text):
    from textblob.en.sentiments import PatternAnalyzer

    assert nlp.pattern_sentiment(text) == tuple(PatternAnalyzer().analyze(text))


# what Pattern's rules turn on: modifiers ("very", "really", -ly words), negations, "!", "(!)",
# emoticons, words known only with a part of speech, apostrophes, punctuation glued to words
_PATTERN_PIECES = st.one_of(
    st.text(max_size=4),
    st.sampled_from([" ", " ", "good", "bad", "not", "n't", "no", "never", "very", "really",
                     "extremely", "terribly", "a", "is", "!", "(!)", ":-D", ":)", ";-)", ":(",
                     "<3", "'", "“", "”", '"', ".", "happy", "sad", "frank", "candid", "'s",
                     "good!", "not-bad", "BAD", "isn't"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PATTERN_PIECES, max_size=25).map(" ".join))
def test_pattern_sentiment_follows_patterns_rules_exactly(text):
    # pattern_sentiment re-states Pattern's assessments for speed: same two numbers always
    from textblob.en import sentiment

    assert nlp.pattern_sentiment(text) == tuple(float(x) for x in sentiment(text)[:2])


# what Pattern's tokenizer turns on: contractions, quotes of both kinds, leading and trailing
# punctuation, ellipses, abbreviations (its list and its three patterns), sentence ends with
# their closing marks, paragraph breaks, odd whitespace, "(!)" and emoticons split by spaces
_TOKENIZER_PIECES = st.one_of(
    st.text(max_size=4),
    st.sampled_from([" ", " ", "\n", "\n\n", "\r\n", "\t", "\u2003", "\x1c", "don't", "won’t",
                     "it's", "we'd", "I'm", "they'll", "you're", "we've", "n't", "'", '"', "“",
                     "”", "‘", "’", ".", "...", "….", "!", "?", "?!", ")", "(", "(!)", "( ! )",
                     ": )", ":-D", "xD", "<3", "U.S.", "e.g.", "Mr.", "Dr.", "T.", "etc.",
                     "Sen.", "word.", "word...", "(word)", "[x],", "#tag", "@me", "-",
                     "END-OF-SENTENCE", "good", "bad"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENIZER_PIECES, max_size=30).map("".join))
def test_pattern_tokens_are_textblobs(text):
    # our faster copy of Pattern's tokenizer must give its sentences exactly
    from textblob.en import sentiment

    assert nlp._pattern_tokens(text) == sentiment.tokenizer(text)


def _textblob_words(text: str) -> list[str]:
    from textblob.en import sentiment

    joined = " ".join(sentiment.tokenizer(text))
    return joined.lower().split() if joined.isascii() else [w.lower() for w in joined.split()]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_TOKENIZER_PIECES, max_size=30).map("".join),
                 st.lists(_PATTERN_PIECES, max_size=25).map(" ".join)))
def test_pattern_words_are_those_of_textblobs_sentences(text):
    # the words are read without cutting sentences when nothing sentence-bound is there
    assert nlp._pattern_words(text) == _textblob_words(text)


def test_pattern_words_by_hand():
    # an emoticon split by a space is joined up (within its sentence), a paragraph break's
    # marker dropped; plain text is just its tokens
    assert nlp._pattern_words("Good : ) news.") == ["good", ":)", "news", "."]
    assert nlp._pattern_words("One.\n\nTwo (!)") == ["one", ".", "two", "(!)"]
    # (Pattern spaces out every apostrophe, so "n't" comes out as three tokens)
    assert nlp._pattern_words("It wasn't “fine”, he said.") == [
        "it", "was", "n", "'", "t", "“", "fine", "”", ",", "he", "said", "."]
    for text in ("Good : ) news.", "One.\n\nTwo (!)", "It wasn't “fine”, he said."):
        assert nlp._pattern_words(text) == _textblob_words(text)


_QUOTED_PIECES = st.one_of(
    _TOKENIZER_PIECES,
    st.sampled_from(["“good", "bad”", "‘not", "great’", "’s", "n’t", "don’t", ":’(", ":'(",
                     "; ‘(", "„", "«", "»", "“(!)”", "“:)”", "“very good”", "‘no’", ":", ";"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_QUOTED_PIECES, max_size=30).map("".join))
def test_pattern_quote_blind_texts_score_as_their_ascii_form(text):
    # the tone features skip Pattern's second reading of a text when this says it is the same
    if nlp.pattern_quote_blind(text):
        ascii_text = text.translate(nlp.ASCII_QUOTES)
        assert nlp.pattern_sentiment(text) == nlp.pattern_sentiment(ascii_text)


def test_pattern_quote_blind_refuses_what_pattern_reads_differently():
    assert nlp.pattern_quote_blind("“We are happy,” she said. It’s good")
    for text in ("Don’t", "«bien»", "„gut“", "They cried :’( again", "No; it’s"):
        assert not nlp.pattern_quote_blind(text)
    # the cases it refuses do score differently
    assert nlp.pattern_sentiment("sad :’(") != nlp.pattern_sentiment("sad :'(")


def test_pattern_sentiment_modifiers_and_negation():
    # good is +0.7 (subjectivity 0.6); "very" multiplies by its intensity 1.3; "not" halves
    # and flips the polarity, keeping subjectivity
    assert nlp.pattern_sentiment("good") == pytest.approx((0.7, 0.6))
    assert nlp.pattern_sentiment("very good") == pytest.approx((0.91, 0.78))
    assert nlp.pattern_sentiment("not good") == pytest.approx((-0.35, 0.6))
    assert nlp.pattern_sentiment("no words it knows") == (0.0, 0.0)


def test_remembered_sentence_spans_are_the_callers_own_list():
    text = "The talks ended. Both sides left Geneva."
    first = nlp.sentence_spans(text)
    assert first == [(0, 16), (17, 40)]
    first.append((99, 100))  # a caller changing its list must not change the next answer
    assert nlp.sentence_spans(text) == [(0, 16), (17, 40)]


def test_tokens_of_one_sentence_need_no_second_split():
    sentence = "  Ryabkov said the U.S. side was frank.  "
    assert nlp.tokens(sentence, one_sentence=True) == nlp.tokens(sentence)
    # told it is one sentence, the text is tagged whole even where Punkt would split it
    two = "He left. She stayed."
    assert [t.text for t in nlp.tokens(two, one_sentence=True)] == [
        "He", "left", ".", "She", "stayed", "."]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("ΣσςİIı’'ẞß AaΣ."))))
def test_folded_words_are_the_folded_tokens(text):
    nlp.folded_words.cache_clear()
    expected = tuple(text[a:b].lower().replace("’", "'") for a, b in nlp.word_spans(text))
    assert nlp.folded_words(text) == expected


def test_folded_words_read_from_the_folded_text_for_every_code_point():
    # folded_words tokenizes the folded text when folding keeps the length: that is only right
    # if every character and its folded form fall in the same classes of the tokenizer; each
    # code point that folding changes is tried inside words, numbers, clitics and between them
    def reference(text):
        return tuple(text[a:b].lower().replace("’", "'") for a, b in nlp.word_spans(text))

    chars = [c for c in map(chr, range(0x110000)) if c.lower().replace("’", "'") != c
             and not "\ud800" <= c <= "\udfff"]
    assert len(chars) > 1400
    for k in range(0, len(chars), 200):
        text = " ".join(f"A{c}b {c}N’T 1{c}2 U.{c}. {c}’S x-{c}" for c in chars[k:k + 200])
        nlp.folded_words.cache_clear()
        assert nlp.folded_words(text) == reference(text), chars[k]


def test_folded_words_fold_each_word_on_its_own():
    # 'İ' lower-cases to two characters, the final sigma by what follows it in the word
    assert nlp.folded_words("İstanbul’s ΟΔΟΣ") == ("i̇stanbul", "'s", "οδος")
    # folded whole, 'ΑΣ.Β' would give 'ασ.β' (the sigma is not final before '.Β')
    assert "ΑΣ.Β".lower() == "ασ.β"
    assert nlp.folded_words("ΑΣ.Β") == ("ας", ".", "β")


_QUOTE_TEXT = st.text(alphabet=st.one_of(st.characters(), st.sampled_from("“”‘’„«»\"'.,!-–"),
                                          st.sampled_from(string.punctuation)))


@settings(max_examples=400, deadline=None)
@given(_QUOTE_TEXT)
def test_ascii_quotes_is_the_translation(text):
    assert nlp.ascii_quotes(text) == text.translate(nlp.ASCII_QUOTES)


def _sentitext_words(text: str) -> list[str]:
    from nltk.sentiment.vader import SentiText, VaderConstants

    return SentiText(text, VaderConstants.PUNC_LIST,
                     VaderConstants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons


# arbitrary text, and tokens built to hit every branch: marks glued to words on either side,
# runs of marks, punctuation inside a word, one-character words, typographic quotes, whitespace
_VADER_WORD_TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(
        _VADER_QUOTED, st.sampled_from(string.punctuation),
        st.sampled_from(["cat,", ",cat", "cat!?!", "!?!?cat", "c,at.", ".c-at", "a.", ".a",
                         "'cat'", "\"cat", "cat--", "--cat", "(cat", "cat)", "cat...", "!!!",
                         "ca’t!", "\u00e9t\u00e9.", "\t", "\n", "\u2003", "\x1c"]),
        st.text(alphabet=st.sampled_from(string.punctuation + "ab "), max_size=6)),
        max_size=30).map("".join),
)


@settings(max_examples=600, deadline=None)
@given(_VADER_WORD_TEXT)
def test_vader_words_are_sentitexts(text):
    # the one-pass tokenisation VADER's scores start from: NLTK's own words, always
    assert nlp._vader_words(text) == _sentitext_words(text)


def test_vader_words_by_hand():
    # a mark glued to one end of a word goes; both ends, a bracket or a dot inside stay
    text = "Good, “bad” ,worse !!!no ?? (yes) 'quoted' U.S. ok.. x! ¡sí!"
    assert nlp._vader_words(text) == [
        "Good", "“bad”", "worse", "no", "??", "(yes)", "'quoted'", "U.S.", "ok..", "x!", "¡sí"]
    assert nlp._vader_words(text) == _sentitext_words(text)


def test_vader_marks_are_nltks():
    from nltk.sentiment.vader import VaderConstants

    assert nlp._VADER_MARKS == set(VaderConstants.PUNC_LIST)


def test_pattern_sentiment_reads_each_emoticon():
    # a smile (0.5) and a grin (1.0), both subjective (1.0): their mean, as Pattern reads them
    assert nlp.pattern_sentiment("8) :D") == (0.75, 1.0)
    assert nlp.pattern_sentiment("2016 :( n't") == (-0.75, 1.0)  # a number is no face


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_VADER_QUOTED, max_size=30).map("".join)),
       st.integers(min_value=-2, max_value=40))
def test_word_spans_upto_are_the_first_spans(text, count):
    assert nlp.word_spans_upto(text, count) == nlp.word_spans(text)[:max(count, 0)]


def test_word_spans_upto_by_hand():
    text = "Talks failed, he said."
    assert nlp.word_spans_upto(text, 3) == [(0, 5), (6, 12), (12, 13)]
    assert nlp.word_spans_upto(text, 99) == nlp.word_spans(text)  # fewer tokens: all of them
    assert nlp.word_spans_upto(text, 0) == []


def test_vader_idioms_and_two_word_boosters_as_nltk():
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    # idioms replace the valence of the word after them, "kind of" damps it; only where the
    # words are written as in VADER's lists (lower case), so "The bomb" is no idiom
    analyzer = nlp.vader()
    texts = ["Honestly the talks were the bomb good", "It was a kiss of death for good talks",
             "They live hand to mouth , sadly", "The talks were kind of good", "The bomb good",
             "Yeah right , great talks", "It was just enough good", "a bad ass good deal"]
    for text in texts:
        assert analyzer.polarity_scores(text) == SentimentIntensityAnalyzer.polarity_scores(
            analyzer, text)
    assert analyzer.polarity_scores(texts[3])["compound"] < analyzer.polarity_scores(
        "The talks were good")["compound"]
