"""Group the attribution errors on a PolNeAR split by kind: where the next rule round starts.

Runs :func:`geneva_nb.attribute` on every article of a split (default: the train split in
``../shared/bench/attribution/polnear/train``, read at run time; nothing is copied into the
repository) and scores it as ``geneva-nb evaluate attribution`` does (one annotator file per
article, the rows of one ``attribution_id`` merged into one act as PolNeAR writes them, content
match at character overlap >= 0.3; ``--beliefs`` is the evaluator's ``--beliefs on``, its
default for PolNeAR, without it ``--beliefs off``). Then it sorts

- each **missed** gold attribution into one primary group (the first rule below that fits, most
  specific first), so the counts add up and each says how many gold attributions a rule for
  that pattern could recover at most;
- each **wrong speaker** (content matched, speaker wrong) by the likely reason;
- each **false positive** (a prediction matching no gold content) by the likely reason, and by
  the rule that produced it.

Usage::

    .venv/bin/python benchmarks/polnear_errors.py                 # train, table only
    .venv/bin/python benchmarks/polnear_errors.py --examples 3    # + 3 short snippets per group
    .venv/bin/python benchmarks/polnear_errors.py DIR --limit 100 # another folder, 100 articles
    .venv/bin/python benchmarks/polnear_errors.py --passages 40   # quoted passages missed
    .venv/bin/python benchmarks/polnear_errors.py --beliefs --passages 40 --shape "cue before"

``--passages N`` scores what ``geneva-nb evaluate attribution`` calls quoted passages (each pair
of quotation marks inside a gold direct attribution, acts merged by ``attribution_id``) and
counts those no statement covers to 80 % by their shape (:func:`passage_shape`: where the gold
cue stands and what joins it to the quotation), prints up to N of them (``--shape TEXT``: only
shapes holding TEXT), then up to N covered with the wrong speaker, each with its context, the
gold source and cue, and the covering statement's rule.

Run it on train only: the dev split measures, it is not for reading errors. The snippets are
printed from the data at run time; do not paste them into the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import geneva_nb as gn
from geneva_nb.cues import DESCRIBE, FREE, THAT, tokenize, verb_forms
from geneva_nb.evaluate.brat import (
    GoldAttribution,
    Prediction,
    _fragment_text,
    _match,
    _readings,
    _speaker_ok,
    find_pairs,
    overlap,
    predictions,
    read_document,
)
from geneva_nb.evaluate.kinds import (
    attribution_kind,
    covered_share,
    quoted_passages,
    speech_cue_words,
)
from geneva_nb.evaluate.tone import default_bench_dir
from geneva_nb.nlp import sentence_spans

DEFAULT = default_bench_dir() / "attribution" / "polnear" / "train"

ANONYMOUS = re.compile(
    r"^(?:one|another|a (?:second|third|fourth|fifth)|some|many|most|others?|several|both|"
    r"two|three|four|five|a few|few|none|neither|each|either|a number)\b", re.I)
PRONOUN = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their",
           "its", "who", "which"}
COMMON_SPEECH = {"say", "tell", "add"}
OPENERS = set(
    "at in on after before while when following during reached speaking asked as with for "
    "since although though if despite".split())
AUXILIARY = set(
    "has have had is are was were be been being did does do will would can could may might "
    "must should shall also often repeatedly never not previously later then again even just "
    "already recently once still publicly privately".split())
NONSPEECH_CLASSES = {
    "belief or knowledge (think, believe, know, see, feel)": (
        "think believe feel know knew see saw seem appear consider view regard assume doubt "
        "understand learn realize realise recognize recognise remember wonder suspect"),
    "intention or desire (want, plan, hope, expect, seek)": (
        "want plan hope expect seek sought intend wish aim vow would like prefer need try "
        "look hoping wanted plans expected"),
    "support or opposition (support, endorse, back, oppose)": (
        "support endorse back oppose favor favour reject embrace defend champion stand "
        "backing opposition supporter"),
    "evidence, polls, studies (show, find, indicate, poll)": (
        "show found find indicate poll survey study data report reveal suggest estimate "
        "analysis record"),
    "declining, refusing, agreeing (decline, refuse, agree)": "decline refuse agree",
    "feeling about a fact (fear, worry, concerned, angry)": (
        "fear worry concern concerned angry happy upset frustrated afraid scared excited "
        "skeptical sceptical confident sure glad worried"),
}


def _lemma(word: str) -> str:
    w = word.lower()
    for table in (FREE, THAT, DESCRIBE, _ING):
        if w in table:
            return table[w]
    for suffix, repl in (("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""),
                         ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    return w


_ING = {verb_forms(v)[2]: v for t in (FREE, THAT, DESCRIBE) for v in set(t.values())}


def _rule_verbs() -> set[str]:
    return set(FREE.values()) | set(THAT.values()) | set(DESCRIBE.values())


def _words(text: str) -> list[str]:
    return [t.text.lower() for t in tokenize(text) if t.text[0].isalnum() or t.text == ":"]


def _sentence_of(spans: Sequence[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= pos < b:
            return i
        if pos < a:
            return i - 1
    return len(spans) - 1


def _nonspeech_class(cue_words: list[str]) -> str:
    for label, words in NONSPEECH_CLASSES.items():
        for w in cue_words:
            # a word of the class, or an inflected form of it: endorse-d, declin-ing, fear-s
            if any(w == c or (len(c) > 3 and w.startswith(c.rstrip("e")) and
                              len(w) - len(c) <= 3) for c in words.split()):
                return label
    return "other non-speech (named, decided, is expected, ...)"


def classify_miss(text: str, g: GoldAttribution, kind: str, sents) -> str:
    """The primary group of a missed gold attribution (first rule that fits)."""
    lo = min(a for a, _ in g.content)
    hi = max(b for _, b in g.content)
    cue = _fragment_text(text, g.cue).strip()
    cue_words = _words(cue)
    src = g.source_text.strip()
    quoted = kind in ("direct", "partial")
    if quoted and ("''" in text[max(0, lo - 2):lo + 2] or (
            kind == "partial" and "''" in text[lo:hi] and not any(c in text[lo:hi] for c in
                                                                  "\"“”"))):
        return "quotation marked with two apostrophes ('' ... '', one outlet's feed)"
    if quoted and "\n" in text[lo:hi]:
        return "quotation continuing across paragraphs"
    if cue == ":" and g.source:
        line_start = text.rfind("\n", 0, g.source[0][0]) + 1
        if not text[line_start:g.source[0][0]].strip():
            if line_start == 0:
                return "headline label (Name: claim) in the article's first line"
            return "label introduces the quotation (Name: ..., roundup, transcript)"
    if cue in ("—", "–", "-", "--"):
        return "quotation tagged with a dash (... — Name, embedded tweets)"
    if src and ANONYMOUS.match(src):
        what = "speech" if kind != "nonspeech" else "beliefs, intentions ..."
        return f"anonymous or partitive speaker, {what} (one said, many fear, a second official)"
    if quoted and g.cue and g.cue[0][1] <= lo:
        between = text[g.cue[-1][1]:lo].strip() or cue[-1:]  # the cue may hold the colon
        if between.endswith((":", ",")):
            return f"cue then {'colon' if ':' in between else 'comma'} before the quotation"
    if g.source and g.cue:
        s_src = _sentence_of(sents, g.source[0][0])
        s_lo, s_hi = _sentence_of(sents, lo), _sentence_of(sents, max(lo, hi - 1))
        if s_src > s_hi:
            return "speaker named only in a later sentence"
        if s_src < s_lo and _sentence_of(sents, g.cue[0][0]) < s_lo:
            return "speaker and cue in an earlier sentence (Name was blunt. “...”)"
    if kind == "direct" and g.cue and g.cue[0][0] >= hi:
        lemma = _lemma(cue_words[0]) if cue_words else ""
        if lemma not in COMMON_SPEECH:
            return "quote-first sentence, less common speech verb"
    if not g.source:
        return f"no source ({kind}: passive, 'is expected', 'was asked')"
    if kind == "nonspeech":
        return "non-speech: " + _nonspeech_class(cue_words)
    if kind == "indirect":
        if not cue_words or cue_words[0] in ("according", "in", ":") or not any(
                _lemma(w) in _rule_verbs() for w in cue_words):
            if cue_words and cue_words[0] in ("according", "in"):
                return "reported speech, noun or preposition cue (according to, in a statement)"
            return "reported speech, verb the rules lack (tweeted, criticized, recalled ...)"
        if cue_words and cue_words[0] in AUXILIARY:
            return "reported speech, auxiliary, modal or adverb before a known verb (has said)"
        return "reported speech, verb the rules know (said that ..., told ...)"
    if kind == "partial":
        return "partial quotation inside reported speech"
    return "direct quotation, other"


def source_shape(text: str, g: GoldAttribution) -> str:
    """What the gold source looks like: how a rule would have to find it."""
    src = " ".join(g.source_text.split())
    low = src.lower()
    if not src:
        return "no source"
    if low in ("who", "which", "that", "whom"):
        return "relative pronoun (..., who said ...)"
    if low in PRONOUN or low in ("i", "we", "you"):
        return "personal pronoun"
    if re.search(r"\d|percent|\bin (?:10|ten)\b|majorit|voters|respondents|americans", low):
        return "numbers, poll shares, voters (six in 10 say, 56 percent said)"
    if g.cue and g.source[0][0] > g.cue[0][0]:
        return "source after the cue (said X, according to X)"
    if len(src.split()) > 5:
        return "long subject (title, appositive, relative clause)"
    return "name or short noun phrase before the cue"


def classify_speaker(text: str, p: Prediction, g: GoldAttribution) -> str:
    mention = text[p.mention[0]:p.mention[1]]
    words = mention.split()
    gold_src = g.source_text.strip().lower()
    if gold_src in speech_cue_words() or gold_src in ("according to", "according"):
        return "gold slip: the Source span holds the cue"
    if gold_src in ("who", "which", "that", "whom"):
        return "gold source a relative pronoun, antecedent not next to it"
    if gold_src in PRONOUN:
        return "gold source a pronoun, prediction names someone elsewhere (may be right)"
    if mention.strip().lower() in PRONOUN:
        return "pronoun resolved to the wrong person"
    if g.source_text and ANONYMOUS.match(g.source_text.strip()):
        return "gold speaker anonymous or partitive (one, another ...)"
    if words and (words[0].lower() in OPENERS or words[0].lower().endswith("ing")
                  or words[-1].lower() in ("and", "his", "her", "an", "a", "the", "their")):
        return "mention is no noun phrase (an opener such as 'Speaking in his', 'Following an')"
    if p.speaker and p.speaker not in text and p.speaker.split()[-1] in text:
        return "registry name replaces the text's person (actor list overrides)"
    if any(a <= p.mention[0] < b for a, b in g.content):
        return "predicted speaker inside the gold content (the inner of nested attributions)"
    if p.mention[0] < 0 or not mention.strip():
        return "no mention found"
    return "another person named nearby (subject, object or earlier speaker)"


def classify_fp(text: str, p: Prediction, golds: Sequence[GoldAttribution], rows) -> str:
    size = max(1, sum(b - a for a, b in p.content))
    inside, owner = max(((sum(covered_share(f, g.content) * (f[1] - f[0]) for f in p.content)
                          / size, g) for g in golds), key=lambda x: x[0], default=(0.0, None))
    if inside >= 0.8 and owner is not None:
        if owner.source and _speaker_ok(p, owner, text):
            return "a piece of a longer gold attribution, same speaker (one act, not merged)"
        return "inside another speaker's gold content (nested: PolNeAR keeps the outermost)"
    if any(overlap(p.content, g.content) > 0 for g in golds):
        return "overlaps a gold content below 30 % (span boundary)"
    words = " ".join(text[a:b] for a, b in p.content).split()
    if p.kind in ("direct", "partial") and len(words) <= 4:
        return "short quoted phrase (title, scare quote, nickname)"
    rules = {r.rule.split(":")[0] for r in rows}
    return f"no gold attribution there ({p.kind}; {', '.join(sorted(rules)) or 'no rule'})"


_MARK_CHARS = "\"“”‘’«»„'"
_DASH_CHARS = "—–-"


def _neighbour(text: str, i: int, step: int) -> str:
    """The first character from ``i`` in direction ``step`` (-1 or 1) that is neither a space
    nor a quotation mark, within the paragraph: ``""`` at the paragraph's edge."""
    while 0 <= i < len(text) and text[i] != "\n":
        if not (text[i].isspace() or text[i] in _MARK_CHARS):
            return text[i]
        i += step
    return ""


def passage_shape(text: str, passage: tuple[int, int], gold: GoldAttribution) -> str:
    """The shape of a quoted passage of the gold direct attribution ``gold``: where the gold
    cue stands against it and what punctuation joins them, so the misses of a rule family can
    be counted: 'cue before, colon' ('X said: “…”'), 'cue before, comma', 'cue before, no
    punctuation' ('chanted “…”'), 'cue before, dash' ('— who …'), 'cue after, comma'
    ('“…,” X said'), 'cue after, dash', 'cue after, other', 'cue in an earlier sentence',
    'cue in a later sentence', 'continues an earlier paragraph', 'cue between quotations' and
    'no cue'. ``passage`` is ``(start, end)`` from :func:`quoted_passages`."""
    a, b = passage
    if not gold.cue:
        return "no cue"
    lo = min(x for x, _ in gold.content)
    para_start = text.rfind("\n", 0, a) + 1
    if lo < para_start and not any(para_start <= c < b for c, _ in gold.cue):
        return "continues an earlier paragraph"
    sents = sentence_spans(text)
    s_pass = _sentence_of(sents, a), _sentence_of(sents, max(a, b - 1))
    c0, c1 = gold.cue[0][0], gold.cue[-1][1]
    s_cue = _sentence_of(sents, c0)
    if s_cue < s_pass[0]:
        return "cue in an earlier sentence"
    if s_cue > s_pass[1]:
        return "cue in a later sentence"
    if c1 <= a:
        ch = _neighbour(text, a - 1, -1)
        where = "cue before"
        ch_name = {":": "colon", ",": "comma"}.get(ch, "dash" if ch and ch in _DASH_CHARS
                                                   else "no punctuation")
    elif c0 >= b:
        ch = _neighbour(text, b, 1)
        where = "cue after"
        inner = text[b - 1:b]
        ch_name = ("dash" if ch and ch in _DASH_CHARS else
                   "comma" if ch == "," or inner == "," else "other")
    else:
        return "cue between quotations"
    return f"{where}, {ch_name}"


def passages(pairs: Sequence[tuple[Path, Path]], limit: int, *, beliefs: bool = False,
             shape: str = "") -> int:
    """The quoted passages of gold direct attributions that no statement covers to 80 %, and
    those covered with the wrong speaker, as the evaluator counts them (with ``beliefs`` as
    ``--beliefs on``), counted by :func:`passage_shape` and listed with context; ``shape``
    keeps only the listed misses whose shape contains it."""
    missed: list[str] = []
    wrong: list[str] = []
    shapes: Counter[str] = Counter()
    partly: Counter[str] = Counter()  # a prediction covers part of the passage
    n = covered = right = 0
    for ann, txt in pairs:
        doc = read_document(ann, txt)
        text = doc.text or ""
        frame = gn.attribute(text, beliefs=beliefs)
        preds = predictions(frame, text, acts="id")
        golds = doc.attributions
        direct = [g for g in golds
                  if attribution_kind(text, g.content, _fragment_text(text, g.cue)) == "direct"]
        if not direct:
            continue
        readings = _readings(frame)
        rules = {(int(r.content_start), int(r.content_end)): r.rule
                 for r in frame.itertuples(index=False)}
        for passage in quoted_passages(text):
            share, owner = max(((covered_share(passage, g.content), g) for g in direct),
                               key=lambda x: x[0])
            if share < 0.8:
                continue
            n += 1
            best, cover = 0.0, None
            for p in preds:
                c = covered_share(passage, p.content)
                if c > best:
                    best, cover = c, p
            a, b = passage
            lo, hi = max(0, a - 200), min(len(text), b + 160)
            context = " ".join((text[lo:a] + " [[" + text[a:b] + "]] " + text[b:hi]).split())
            gold = (f"gold: {owner.source_text.strip()!r} / "
                    f"{_fragment_text(text, owner.cue).strip()!r}")
            if cover is None or best < 0.8:
                kind = passage_shape(text, passage, owner)
                shapes[kind] += 1
                partly[kind] += best > 0
                if len(missed) < limit and shape in kind:
                    missed.append(f"{ann.stem[:30]} [{kind}]: {context}\n      {gold}; best "
                                  f"cover {best:.2f}")
                continue
            covered += 1
            if _speaker_ok(cover, owner, text, readings=readings):
                right += 1
            elif len(wrong) < limit:
                rule = next((rules[f] for f in cover.content if f in rules), "?")
                wrong.append(f"{ann.stem[:30]}: {context}\n      {gold}; predicted "
                             f"{cover.speaker!r} ({rule})")
    print(f"{n} quoted passages; covered {covered} ({covered / max(1, n):.3f}); right speaker "
          f"{right} ({right / max(1, n):.3f})\n")
    print("### not covered, by shape\n\npartly: a prediction covers part of it, below 80 %\n")
    print("| shape | count | partly |\n|---|---:|---:|")
    for kind, count in shapes.most_common():
        print(f"| {kind} | {count} | {partly[kind]} |")
    print("\n### not covered\n")
    for line in missed:
        print("- " + line)
    print("\n### wrong speaker\n")
    for line in wrong:
        print("- " + line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT),
                        help="PolNeAR split folder (default: the train split)")
    parser.add_argument("--examples", type=int, default=0, help="snippets per group")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--beliefs", action="store_true",
                        help="attribute(..., beliefs=True): PolNeAR's non-speech attributions")
    parser.add_argument("--passages", type=int, default=0,
                        help="list N quoted passages missed and N with the wrong speaker")
    parser.add_argument("--shape", default="",
                        help="with --passages: list only the misses whose shape holds this")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder} is absent: this script needs the shared benchmark data.", file=sys.stderr)
        return 2
    pairs = find_pairs(folder)
    if args.limit:
        pairs = pairs[: args.limit]
    if args.passages:
        return passages(pairs, args.passages, beliefs=args.beliefs, shape=args.shape)
    t0 = time.perf_counter()
    misses: Counter[str] = Counter()
    partly: Counter[str] = Counter()  # a prediction overlaps the missed gold, below 30 %
    shapes: Counter[str] = Counter()  # reported speech missed, by the shape of its source
    group_cues: dict[str, Counter[str]] = defaultdict(Counter)
    speakers: Counter[str] = Counter()
    fps: Counter[str] = Counter()
    fp_rules: Counter[str] = Counter()
    kind_gold: Counter[str] = Counter()
    kind_missed: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_gold = n_pred = 0

    def keep(group: str, name: str, text: str, a: int, b: int, note: str = "") -> None:
        if len(examples[group]) < args.examples:
            lo, hi = max(0, a - 60), min(len(text), b + 60)
            snippet = " ".join(text[lo:hi].split())
            examples[group].append(f"{name}: ...{snippet[:260]}...{note}")

    for ann, txt in pairs:
        doc = read_document(ann, txt)
        text = doc.text or ""
        frame = gn.attribute(text, beliefs=args.beliefs)
        preds = predictions(frame, text, acts="id")  # as the evaluator scores PolNeAR
        golds = doc.attributions
        n_gold += len(golds)
        n_pred += len(preds)
        sents = sentence_spans(text)
        matches = _match(preds, golds, 0.3)
        matched_g = {j for _i, j in matches}
        matched_p = {i for i, _j in matches}
        name = ann.stem[:40]
        for j, g in enumerate(golds):
            kind = attribution_kind(text, g.content, _fragment_text(text, g.cue))
            kind_gold[kind] += 1
            if j in matched_g:
                continue
            kind_missed[kind] += 1
            group = classify_miss(text, g, kind, sents)
            misses[group] += 1
            if group.startswith("reported speech, verb"):
                verb = "known verb" if "rules know" in group else "verb the rules lack"
                shapes[f"{verb}: {source_shape(text, g)}"] += 1
            cue_text = " ".join(_fragment_text(text, g.cue).lower().split())
            group_cues[group][cue_text or "(none)"] += 1
            if any(overlap(p.content, g.content) > 0 for p in preds):
                partly[group] += 1
            lo = min(a for a, _ in g.content + (g.source or ()) + (g.cue or ()))
            hi = max(b for _, b in g.content + (g.source or ()) + (g.cue or ()))
            keep("miss: " + group, name, text, lo, min(hi, lo + 160))
        for i, j in matches:
            g = golds[j]
            if (g.source is None and not g.speaker) or _speaker_ok(preds[i], g, text):
                continue
            group = classify_speaker(text, preds[i], g)
            speakers[group] += 1
            a = min(preds[i].content[0][0], preds[i].mention[0])
            keep("speaker: " + group, name, text, a, a + 160,
                 f" [predicted: {preds[i].speaker}; gold: {g.source_text}]")
        rows_by_content = defaultdict(list)
        for r in frame.itertuples(index=False):
            rows_by_content[(r.content_start, r.content_end)].append(r)
        for i, p in enumerate(preds):
            if i in matched_p:
                continue
            rows = [r for f in p.content for r in rows_by_content.get(f, [])]
            group = classify_fp(text, p, golds, rows)
            fps[group] += 1
            for r in {r.rule.split(":")[0] for r in rows}:
                fp_rules[r] += 1
            keep("false positive: " + group, name, text, p.content[0][0], p.content[-1][1])
    seconds = time.perf_counter() - t0
    total_missed = sum(misses.values())
    print(f"{folder}: {len(pairs)} articles, {n_gold} gold, {n_pred} predicted; "
          f"{total_missed} gold missed at overlap >= 0.3 ({seconds:.0f} s)\n")
    print("| gold kind | gold | missed |\n|---|---:|---:|")
    for k in ("direct", "partial", "indirect", "nonspeech"):
        print(f"| {k} | {kind_gold[k]} | {kind_missed[k]} |")
    print("\n### missed gold attributions, by primary group\n")
    print("partly: a prediction overlaps the gold content, below 30 % (a span problem, not a "
          "missing rule)\n")
    print("| group | count | share | partly | commonest cues |\n|---|---:|---:|---:|---|")
    for group, count in misses.most_common():
        cues = ", ".join(f"{c[:30]} {n}" for c, n in group_cues[group].most_common(5))
        print(f"| {group} | {count} | {count / total_missed:.3f} | {partly[group]} | {cues} |")
    for title, counter, base in (
        ("missed reported speech, by the shape of the gold source", shapes,
         sum(shapes.values())),
        ("wrong speakers (content matched at >= 0.3)", speakers, sum(speakers.values())),
        ("false positives, by likely reason", fps, sum(fps.values())),
        ("false positives, by the rule family behind them", fp_rules, sum(fp_rules.values())),
    ):
        print(f"\n### {title}\n\n| group | count | share |\n|---|---:|---:|")
        for group, count in counter.most_common():
            print(f"| {group} | {count} | {count / base:.3f} |")
    if args.examples:
        print("\n### examples (from the data, printed at run time: do not commit them)\n")
        for group in sorted(examples):
            print(f"- {group}")
            for ex in examples[group]:
                print(f"    - {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
