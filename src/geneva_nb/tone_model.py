"""Features and the three small learned models behind the project's tone scores.

Everything learned here is a linear model over a handful of transparent features, trained by
``benchmarks/train_tone.py`` (numpy only, seeded, deterministic) on the *development* halves of
three public data sets and stored as readable tables in ``data/lexicons/``:

- ``tone_weights.csv``, model ``compound``: ridge regression of the mean human rating of a sentence
  (NYT editorial snippets, Hutto & Gilbert 2014; rating / 4, so -1..1) on VADER and TextBlob
  scores, VADER-lexicon word counts and a few counts of editorial criticism markers (negators,
  "too"/"only", modals, contrast words, question and exclamation marks), and ``words``: the
  score of the sentence under the learned word-valence table (below). The shipped tables use
  only these MIT-clean inputs. ``train_tone.py --research`` adds two research-only word lists
  read offline through ``geneva_nb.nlp.affect_lexicons`` (extra ``geneva_nb[research]``;
  ``afinn``: tanh of the AFINN-165 valence sum / 4, Nielsen 2011; ``nrc_*``: the share of words
  in the NRC emotion lexicon's positive, negative, anger, fear, trust and joy lists, Mohammad &
  Turney 2013): about +0.02 NYT r; tables trained so compute them only when loaded.
- ``word_valence.csv``: one valence per stemmed word, the shrunken mean label of the dev sentences
  that contain it, pooled over NYT editorials (rating / 4) and NewsMTSC sentences (mean target
  polarity x 0.5, weight 0.5): ``sum((y - mean) over sentences with the word) / (count + 2)``
  (an empirical-Bayes mean shrunk toward 0 with a prior worth two sentences; words in >= 3
  sentences). A text's ``words`` score is the sum of its words' valences / sqrt(number matched).
  The models above are fitted on *cross-fitted* table scores (each row scored by a table that
  never saw it: stacking, Wolpert 1992), so they do not over-trust the table.
- ``tone_weights.csv``, model ``conflict``: L2-regularised logistic regression of "this sentence
  evaluates another party negatively" (UN Security Council speeches, UNSCon; Zaczynska et al.
  2024) on sentiment scores, counts of diplomatic-register conflict cues and of other-party
  mentions, the ``words`` score and ``conflict_words``: the score under a second table
  (``conflict_words.csv``, the shrunken conflict rate of the UNSCon dev sentences containing each
  word, prior 10 sentences), cross-fitted like ``words``; the decision threshold is a row of
  the table.
- ``tone_weights.csv``, model ``target``: multinomial logistic regression (balanced classes) of the
  sentiment toward a target mention (NewsMTSC; Hamborg & Donnay 2021) on the sentence's VADER
  and TextBlob scores, VADER on windows around the target, lexicon valences weighted by their
  distance to it (a proximity-weighted lexicon method in the spirit of Ding, Liu & Yu 2008), the
  target's position, whether it stands inside a quotation, sentence length, and the word-valence
  table applied to the sentence (``words``) and to the words near the target, weighted by
  exp(-d/4) for d words away (``words_near``).

The project's ``compound`` adds the diplomatic-register cues (``geneva_nb.register``) on top of the
learned base score, so the hand rules, not the news-trained weights, decide register cases such
as "frank and candid".
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import NamedTuple

from . import nlp, register
from ._data import data_path, read_table
from .errors import DataFileError

__all__ = [
    "COMPOUND_FEATURES",
    "CONFLICT_FEATURES",
    "LABELS",
    "NRC_CATEGORIES",
    "RESEARCH_FEATURES",
    "TARGET_FEATURES",
    "SentenceFeatures",
    "affect_features",
    "compound_label",
    "sentence_features",
    "stem",
    "target_features",
    "target_label",
    "target_words",
    "uses_research_features",
    "word_score",
    "word_set",
]

_NEGATORS = frozenset({"not", "n't", "no", "never", "nothing", "nobody", "none", "neither", "nor",
                       "without", "cannot"})
_CRITICAL = frozenset({"too", "only", "merely", "just", "even", "hardly", "barely", "little"})
_MODALS = frozenset({"should", "must", "ought", "need", "needs"})
_CONTRASTS = frozenset({"but", "yet", "however", "although", "though", "despite"})
_QUOTES = nlp.ASCII_QUOTES
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")

#: the NRC emotion-lexicon categories counted (share of the text's words), research features
NRC_CATEGORIES = ("positive", "negative", "anger", "fear", "trust", "joy")
#: features from the research-only word lists (extra ``geneva_nb[research]``: AFINN-165, NRC);
#: the shipped tables use none of them (``benchmarks/train_tone.py --research`` adds them)
RESEARCH_FEATURES = ("afinn", *(f"nrc_{c}" for c in NRC_CATEGORIES))
#: the inputs of the shipped ``compound`` model (MIT-clean: VADER, Pattern, our own counts)
COMPOUND_FEATURES = ("vader", "vader_pos", "vader_neg", "polarity", "negators", "critical",
                     "modals", "contrasts", "questions", "lexicon_sum", "lexicon_pos",
                     "lexicon_neg", "exclamations", "length", "polarity_x_subjectivity",
                     "quoted", "subjectivity", "words")
CONFLICT_FEATURES = ("vader", "vader_neg", "polarity", "confront_n", "parties", "modals",
                     "negators", "words", "conflict_words")
TARGET_FEATURES = ("vader", "vader_near", "vader_wide", "lexicon_near", "register_near",
                   "subject_x_vader", "polarity_near", "vader_left", "polarity", "vader_abs",
                   "in_quote", "position", "length", "lexicon_pos", "lexicon_neg", "words",
                   "words_near")
#: a word's valence decays with its distance d (in words) to the target as exp(-d / NEAR_DECAY)
NEAR_DECAY = 4.0


#: how strongly the hand-written readout cues (register, deescalation) move ``compound``; set by
#: hand (not learned: news editorials rarely use the diplomatic register); see train_tone.py
READOUT_WEIGHT = 0.5


class SentenceFeatures(NamedTuple):
    """The per-text numbers every learned model starts from (see module docstring)."""

    values: dict[str, float]
    words: frozenset[str]  # stemmed lower-case words, for the learned word-valence table
    cues: list[register.Cue]


def stem(word: str) -> str:
    """A crude suffix stripper (-ing, -ed, -es, -s, -ly when 4+ letters remain)."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


#: :func:`stem` of the words seen, remembered (news reuses a small vocabulary); emptied when it
#: reaches :data:`_STEMS_MAX` words, so it stays bounded on any input
_STEMS: dict[str, str] = {}
_STEMS_MAX = 1 << 15


def _stem(word: str) -> str:
    """:func:`stem`, remembered in :data:`_STEMS`."""
    stemmed = _STEMS.get(word)
    if stemmed is None:
        if len(_STEMS) >= _STEMS_MAX:
            _STEMS.clear()
        stemmed = _STEMS[word] = stem(word)
    return stemmed


def word_set(text: str) -> frozenset[str]:
    """The stemmed lower-case words of ``text`` (the learned word table's vocabulary)."""
    stems = _STEMS
    # each distinct word once, in order of first use (so the set is built by the same
    # insertions as from every word, and iterates in the same order: the word scores sum in
    # it); a remembered stem is read without a call (most words)
    words = dict.fromkeys(_WORD_RE.findall(text.lower().replace("’", "'")))
    return frozenset([stems.get(w) or _stem(w) for w in words])


def word_score(words: frozenset[str] | set[str], table: dict[str, float] | None = None) -> float:
    """Sum of the table valences of ``words`` / sqrt(how many are in the table); 0 if none."""
    get = (word_valence() if table is None else table).get
    found = [v for w in words if (v := get(w)) is not None]  # the table holds floats only
    return _valence_mean(found)


def _valence_mean(found: list[float]) -> float:
    """Sum of ``found`` / sqrt(how many); 0 if none (:func:`word_score`'s figure)."""
    return sum(found) / math.sqrt(len(found)) if found else 0.0


def affect_features(text: str) -> dict[str, float]:
    """AFINN-165 and NRC emotion-lexicon features of ``text`` (see the module docstring).

    ``afinn`` = tanh(sum of AFINN valences / 4), phrases of two or three words ("does not work")
    taking precedence over their words; ``nrc_<category>`` = words listed under the category /
    number of words (a word missing from NRC is looked up by its :func:`stem`).
    """
    lex = nlp.affect_lexicons()
    toks = _WORD_RE.findall(text.lower().replace("’", "'"))
    total = 0.0
    i = 0
    while i < len(toks):
        for n in (3, 2, 1):
            if i + n <= len(toks) and (n == 1 or " ".join(toks[i : i + n]) in lex.afinn):
                total += lex.afinn.get(" ".join(toks[i : i + n]), 0.0)
                i += n
                break
    counts = dict.fromkeys(NRC_CATEGORIES, 0)
    for t in toks:
        cats = lex.nrc.get(t)
        if cats is None and len(t) > 4:
            cats = lex.nrc.get(stem(t))
        for c in cats or ():
            if c in counts:
                counts[c] += 1
    n = max(len(toks), 1)
    return {"afinn": math.tanh(total / 4), **{f"nrc_{c}": k / n for c, k in counts.items()}}


def target_words(text: str, start: int, end: int) -> list[tuple[str, float]]:
    """(stemmed word, exp(-d/4)) for each word outside ``text[start:end]``, d words away from it.

    Linear in the text: one pass over the words, distances counted in word positions.
    """
    lowered = text.lower().replace("’", "'")
    toks = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(lowered)]
    inside = [k for k, (a, b, _) in enumerate(toks) if a < end and b > start]
    if inside:
        lo, hi = inside[0], inside[-1]
    else:  # between words: the first word after the span
        lo = hi = next((k for k, (a, _, _) in enumerate(toks) if a >= end), len(toks))
        hi = lo - 1
    out = []
    for k, (_, _, w) in enumerate(toks):
        if lo <= k <= hi:
            continue
        d = lo - k if k < lo else k - hi
        out.append((stem(w), math.exp(-d / NEAR_DECAY)))
    return out


def sentence_features(
    text: str, *, table: dict[str, float] | None = None,
    conflict_table: dict[str, float] | None = None, research: bool | None = None,
) -> SentenceFeatures:
    """VADER, TextBlob, marker counts and register cues of one text.

    ``table`` / ``conflict_table`` replace the learned word tables (the training script passes
    per-fold tables); None uses ``data/lexicons/word_valence.csv`` / ``conflict_words.csv``.
    ``research`` adds the AFINN/NRC features (:data:`RESEARCH_FEATURES`, needs the extra
    ``geneva_nb[research]``); None adds them only when the loaded ``compound`` model uses them.
    """
    # VADER and Pattern only strip ASCII punctuation: “sincere is not "sincere" to them, so the
    # features see typographic quotes as ASCII (the plain VADER score is kept as vader_plain)
    ascii_text = nlp.ascii_quotes(text)  # text.translate(_QUOTES), faster
    if ascii_text == text:
        plain = scores = nlp.vader().polarity_scores(text)
    else:
        plain, scores = nlp.vader().polarity_scores_both(text, ascii_text)
    polarity, subjectivity = nlp.pattern_sentiment(ascii_text)
    plain_pol, plain_subj = (
        (polarity, subjectivity) if ascii_text == text or nlp.pattern_quote_blind(text)
        else nlp.pattern_sentiment(text)
    )
    toks = nlp.folded_words(text)
    valences, (negators, critical, modals, contrasts), cue_at, party_at = _word_pass(toks)
    found = register._cues(text, toks, cue_at)  # register.cues(text)
    confronting = [c for c in found if c.category in register.CONFRONTING]
    readout = [c for c in found if c.category in {"register", "deescalation"}]
    values = {
        "vader": scores["compound"],
        "vader_plain": plain["compound"],
        "vader_pos": scores["pos"],
        "vader_neg": scores["neg"],
        "polarity": polarity,
        "subjectivity": subjectivity,
        "polarity_plain": plain_pol,
        "subjectivity_plain": plain_subj,
        "negators": float(negators),
        "critical": float(critical),
        "modals": float(modals),
        "contrasts": float(contrasts),
        "questions": float(text.count("?")),
        "exclamations": float(text.count("!")),
        "lexicon_sum": math.tanh(sum(valences) / 4),
        "lexicon_pos": float(sum(1 for x in valences if x > 0)),
        "lexicon_neg": float(sum(1 for x in valences if x < 0)),
        "length": math.log(len(toks) + 1),
        "polarity_x_subjectivity": polarity * subjectivity,
        "quoted": 1.0 if any(q in text for q in '"“”') else 0.0,
        "register": sum(c.valence for c in found),
        "confront_valence": sum(c.valence for c in confronting),
        "confront_n": float(len(confronting)),
        "parties": float(register._party_count(toks, party_at)),  # party_mentions(text)
        "readout": sum(c.valence for c in readout),
    }
    if research is None:
        research = uses_research_features()
    if research:
        values.update(affect_features(text))
    words = word_set(text)
    if table is None and conflict_table is None:
        values["words"], values["conflict_words"] = _default_word_scores(words)
    else:
        values["words"] = word_score(words, table)
        values["conflict_words"] = word_score(
            words, conflict_words() if conflict_table is None else conflict_table
        )
    return SentenceFeatures(values, words, found)


def _default_word_scores(words: frozenset[str]) -> tuple[float, float]:
    """``word_score(words)`` and ``word_score(words, conflict_words())`` in one pass over the
    words, one look-up each (:func:`_joint_tables`); the same valences summed in the same order
    (the set's), so the same two numbers."""
    get = _joint_tables().get
    valences: list[float] = []
    conflicts: list[float] = []
    for w in words:
        pair = get(w)
        if pair is not None:
            v, c = pair
            if v is not None:
                valences.append(v)
            if c is not None:
                conflicts.append(c)
    return _valence_mean(valences), _valence_mean(conflicts)


@cache
def _joint_tables() -> dict[str, tuple[float | None, float | None]]:
    """word -> (its :func:`word_valence`, its :func:`conflict_words` entry), None where a table
    lacks it: both learned tables in one dictionary."""
    valence, conflict = word_valence(), conflict_words()
    return {w: (valence.get(w), conflict.get(w)) for w in valence.keys() | conflict.keys()}


#: which marker list each word of the four belongs to (the lists are disjoint): 0 negator,
#: 1 critical, 2 modal, 3 contrast
_MARKER = {**dict.fromkeys(_NEGATORS, 0), **dict.fromkeys(_CRITICAL, 1),
           **dict.fromkeys(_MODALS, 2), **dict.fromkeys(_CONTRASTS, 3)}
assert len(_MARKER) == len(_NEGATORS) + len(_CRITICAL) + len(_MODALS) + len(_CONTRASTS)


#: what :func:`_word_pass` needs to know of a folded word, remembered per word (bounded)
_WORD_FACTS: dict[str, tuple[float, int, bool, bool] | None] = {}
_WORD_FACTS_MAX = 1 << 16
_UNSEEN = ()


def _word_facts(word: str) -> tuple[float, int, bool, bool] | None:
    """(VADER valence or 0.0, marker list 0-3 or -1, starts a register phrase, starts a party
    phrase) of a folded word, or None when it is none of these (most words)."""
    valence = nlp.vader().lexicon.get(word, 0.0)
    marker = _MARKER.get(word, 0 if word.endswith("n't") else -1)
    cue = word[:3] in register._phrase_index()
    party = word[:3] in register._party_index()
    facts = (valence, marker, cue, party)
    if len(_WORD_FACTS) >= _WORD_FACTS_MAX:
        _WORD_FACTS.clear()
    _WORD_FACTS[word] = None if facts == (0.0, -1, False, False) else facts
    return _WORD_FACTS[word]


def _word_pass(
    toks: tuple[str, ...] | list[str],
) -> tuple[list[float], list[int], list[int], list[int]]:
    """One pass over the folded words of a text, each word's facts looked up once: the
    non-zero VADER valences in order (``[lexicon.get(t, 0.0) for t in toks]`` without the
    zeros, which change neither their sum nor the signs counted), :func:`_marker_counts`, and
    the positions of the words that may start a register phrase or a party phrase (the
    candidates of ``register.cues`` / ``register.party_mentions``)."""
    valences: list[float] = []
    counts = [0, 0, 0, 0]
    cue_at: list[int] = []
    party_at: list[int] = []
    get = _WORD_FACTS.get
    unseen = _UNSEEN
    for k, t in enumerate(toks):
        facts = get(t, unseen)
        if facts is None:
            continue  # a word that is none of these (most words)
        if facts is unseen:
            facts = _word_facts(t)
            if facts is None:
                continue
        valence, marker, cue, party = facts
        if valence:
            valences.append(valence)
        if marker >= 0:
            counts[marker] += 1
        if cue:
            cue_at.append(k)
        if party:
            party_at.append(k)
    return valences, counts, cue_at, party_at


def _marker_counts(toks: tuple[str, ...] | list[str]) -> list[int]:
    """How many of ``toks`` are negators (or end in "n't"), critical markers, modals and
    contrast words, in one pass over the words."""
    counts = [0, 0, 0, 0]
    get = _MARKER.get
    for t in toks:
        k = get(t)
        if k is not None:
            counts[k] += 1
        elif t.endswith("n't"):
            counts[0] += 1
    return counts


def target_features(
    text: str, start: int, end: int, *, table: dict[str, float] | None = None
) -> dict[str, float]:
    """Features of the sentiment toward ``text[start:end]`` (offsets already validated).

    ``table``: as for :func:`sentence_features`.
    """
    table = word_valence() if table is None else table
    spans = nlp.word_spans(text)
    inside = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    if not inside:  # the target is punctuation-free whitespace or between tokens
        nearest = min(range(len(spans)), key=lambda k: abs(spans[k][0] - start), default=None)
        inside = [nearest] if nearest is not None else []
    v = nlp.vader()
    lexicon = v.lexicon
    sentence = v.polarity_scores(text)["compound"]
    valences = [lexicon.get(text[a:b].lower(), 0.0) for a, b in spans]
    before = text[:start]
    quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    if inside:
        lo, hi = min(inside), max(inside)

        def window(k: int) -> str:
            return text[spans[max(lo - k, 0)][0] : spans[min(hi + k, len(spans) - 1)][1]]

        near, wide = window(5), window(10)
        left = text[spans[max(lo - 6, 0)][0] : spans[lo][0]]
        local = 0.0
        for k, val in enumerate(valences):
            if lo <= k <= hi:
                continue
            d = lo - k if k < lo else k - hi
            local += val * math.exp(-d / NEAR_DECAY)
        reg = 0.0
        for cue in register.cues(text):
            ck = next((k for k, (a, _) in enumerate(spans) if a >= cue.start), lo)
            d = abs(ck - lo) if ck < lo else max(ck - hi, 0)
            reg += cue.valence * math.exp(-d / NEAR_DECAY)
        subject = 1.0 if lo <= 2 else 0.0
        position = lo / len(spans)
    else:
        near = wide = text
        left = ""
        local = reg = subject = position = 0.0
    return {
        "vader": sentence,
        "vader_near": v.polarity_scores(near)["compound"],
        "vader_wide": v.polarity_scores(wide)["compound"],
        "lexicon_near": math.tanh(local / 4),
        "register_near": math.tanh(reg),
        "subject_x_vader": subject * sentence,
        "polarity_near": nlp.pattern_sentiment(near)[0],
        "vader_left": v.polarity_scores(left)["compound"] if left.strip() else 0.0,
        "polarity": nlp.pattern_sentiment(text)[0],
        "vader_abs": abs(sentence),
        "in_quote": 1.0 if quoted else 0.0,
        "position": position,
        "length": math.log(len(spans) + 1),
        "lexicon_pos": float(sum(1 for x in valences if x > 0)),
        "lexicon_neg": float(sum(1 for x in valences if x < 0)),
        "words": word_score(word_set(text), table),
        "words_near": sum(table.get(w, 0.0) * wt for w, wt in target_words(text, start, end)),
    }


class LinearModel(NamedTuple):
    """Weights of one model: per class, the intercept and per-feature (weight, mean, scale)."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    intercept: dict[str, float]
    weights: dict[str, dict[str, tuple[float, float, float]]]
    threshold: dict[str, float]

    def scores(self, values: dict[str, float]) -> dict[str, float]:
        """Linear score per class for standardized features."""
        out = {}
        for k, s, terms in _terms(self):
            for f, w, mean, scale in terms:
                s += w * (values[f] - mean) / scale
            out[k] = s
        return out


def _terms(m: LinearModel) -> tuple[tuple[str, float, tuple[tuple[str, float, float, float],
                                                             ...]], ...]:
    """Per class of ``m``: its name, intercept and (feature, weight, mean, scale) in feature
    order, what :meth:`LinearModel.scores` sums, looked up once per model."""
    key = id(m)
    hit = _TERMS.get(key)
    if hit is None or hit[0] is not m:  # a new model (or a new one at a freed id)
        if len(_TERMS) >= 64:  # models made by training scripts: remember the latest only
            _TERMS.clear()
        terms = tuple((k, m.intercept[k], tuple((f, *m.weights[k][f]) for f in m.features))
                      for k in m.classes)
        hit = _TERMS[key] = (m, terms)
    return hit[1]


_TERMS: dict[int, tuple[LinearModel, tuple]] = {}


@cache
def model(name: str) -> LinearModel:
    """Load one model (``compound``, ``conflict`` or ``target``) from ``tone_weights.csv``."""
    path = data_path("lexicons", "tone_weights.csv")
    intercept: dict[str, float] = {}
    weights: dict[str, dict[str, tuple[float, float, float]]] = {}
    threshold: dict[str, float] = {}
    features: list[str] = []
    columns = ("model", "klass", "feature", "weight", "mean", "scale")
    try:
        for _, row in read_table(path, columns=columns, required=columns, what="the tone weights"):
            if row["model"] != name:
                continue
            k, f = row["klass"], row["feature"]
            w, mean, scale = float(row["weight"]), float(row["mean"]), float(row["scale"])
            if f == "(intercept)":
                intercept[k] = w
            elif f.startswith("(threshold"):
                threshold[f.strip("()").split(" ", 1)[1]] = w
            else:
                weights.setdefault(k, {})[f] = (w, mean, scale or 1.0)
                if f not in features:
                    features.append(f)
    except (ValueError, IndexError) as exc:
        raise DataFileError(
            f"{path} is malformed ({exc!r}); regenerate it with benchmarks/train_tone.py."
        ) from None
    if not intercept:
        raise DataFileError(
            f"{path} has no rows for model {name!r}; regenerate it with benchmarks/train_tone.py."
        )
    return LinearModel(tuple(features), tuple(intercept), intercept, weights, threshold)


@cache
def word_valence() -> dict[str, float]:
    """The learned word-valence table (stemmed word -> valence in rating/4 units)."""
    return _word_table("word_valence.csv")


@cache
def conflict_words() -> dict[str, float]:
    """The learned UNSCon word table (stemmed word -> shrunken conflict rate minus the mean)."""
    return _word_table("conflict_words.csv")


def _word_table(name: str) -> dict[str, float]:
    path = data_path("lexicons", name)
    out: dict[str, float] = {}
    try:
        for _, row in read_table(path, columns=("word", "valence", "count"),
                                 required=("word", "valence"), what="a learned word table"):
            out[row["word"]] = float(row["valence"])
    except ValueError as exc:
        raise DataFileError(
            f"{path} is malformed ({exc!r}); regenerate it with benchmarks/train_tone.py."
        ) from None
    return out


def uses_research_features() -> bool:
    """Whether the loaded ``compound`` model needs the research-only word lists (AFINN, NRC).

    False for the tables shipped in ``data/lexicons/``; true only for tables trained with
    ``benchmarks/train_tone.py --research`` (and then ``geneva_nb[research]`` must be installed).
    """
    m = model("compound")
    known = _USES_RESEARCH
    if not known or known[0] is not m:  # decided once per loaded model
        known[:] = [m, bool(set(m.features) & set(RESEARCH_FEATURES))]
    return known[1]


#: [the compound model, whether it uses research features], for :func:`uses_research_features`
_USES_RESEARCH: list = []


def base_compound(feats: SentenceFeatures) -> float:
    """The learned news-sentence score (rating/4 scale) before register cues are added."""
    return model("compound").scores(feats.values)["y"]


def conflict_probability(feats: SentenceFeatures) -> float:
    """Probability that the text evaluates another party negatively (UNSCon-trained)."""
    z = model("conflict").scores(feats.values)["conflict"]
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def conflict_threshold() -> float:
    return model("conflict").threshold.get("conflict", 0.5)


#: ToneScore.label's three values, in the order of the target model's classes
LABELS = ("negative", "neutral", "positive")


def compound_label(compound: float) -> str:
    """``"negative"``, ``"neutral"`` or ``"positive"`` for a ``gn.tone`` compound score.

    The cuts are rows of the ``compound`` model (``(threshold negative)`` / ``(threshold
    positive)``): the pair maximising the 3-class macro-F1 of out-of-fold compound scores on
    the NYT editorials (mean rating <= -0.5 / >= 0.5), chosen by ``benchmarks/train_tone.py``.
    A score at or below the first is negative, at or above the second positive. Tables without
    the rows fall back to VADER's +-0.05.
    """
    cuts = model("compound").threshold
    if compound <= cuts.get("negative", -0.05):
        return "negative"
    if compound >= cuts.get("positive", 0.05):
        return "positive"
    return "neutral"


def target_label(probabilities: dict[str, float]) -> str:
    """The most probable class of :func:`target_probabilities` (ties: the first in LABELS)."""
    return max(LABELS, key=lambda k: probabilities[k])


def target_probabilities(values: dict[str, float]) -> dict[str, float]:
    """Softmax over negative / neutral / positive toward a target."""
    s = model("target").scores(values)
    top = max(s.values())
    e = {k: math.exp(v - top) for k, v in s.items()}
    total = sum(e.values())
    return {k: v / total for k, v in e.items()}
