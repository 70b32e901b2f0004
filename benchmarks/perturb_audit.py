"""Perturbation audit on real PolNeAR train contexts: which small rewrites break a right passage.

For every quoted passage of a PolNeAR split (default: the train split, read at run time; nothing
is copied into the repository) that :func:`geneva_nb.attribute` (``beliefs=True``, the
evaluator's PolNeAR mode) covers with the right speaker, the script rewrites the real context
around the passage's gold source and cue in ways that keep the gold answer, shifts the gold
offsets, runs the attribution again and checks the passage: it *breaks* when no statement
covers it to 80 % any more, or the covering statement's speaker no longer matches the (shifted,
maybe renamed) gold source by the evaluator's own test (``_speaker_ok``).

Perturbations (the name before the colon is the family in the report):

- ``verb:X``: a cue 'said' / 'says' becomes 'added', 'noted', 'insisted', 'told reporters' (not
  when the cue stands before its subject), 'wrote', 'explained', 'argued', or changes tense;
- ``name:rename`` (the speaker's surname replaced everywhere in the article by an invented one;
  ``name:rename-SHAPE`` by one with an apostrophe, a hyphen, a particle or an inner capital),
  ``name:role`` (the source mention becomes 'the senator'), ``name:title`` ('Sen. ' before
  it), ``name:age`` (', 45,' after it), ``name:appositive`` (', a longtime adviser,' after it);
  only for a source that is a capitalised name;
- ``between:X``: 'on Tuesday', 'Tuesday', 'in an interview', 'in a statement', 'also', 'later'
  between a subject and its verb ('Reed said' -> 'Reed also said');
- ``after:X``: 'on Tuesday', 'Tuesday', 'in an interview', 'in a statement' after the verb
  ('Reed said on Tuesday, “…”'; after the subject when the verb stands first: 'said Reed on
  Tuesday');
- ``move:quote-first`` ('Reed said, “Q.”' -> '“Q,” Reed said.') and ``move:cue-first`` (the
  reverse), where the sentence is only the cue, the subject and the quotation;
- ``quotes:straight`` (curly double marks of the article become straight) and
  ``quotes:curly`` (the reverse).

Edits of one perturbation are applied to every eligible passage of an article at once (one
attribution run per article and perturbation; edits that overlap another passage's are left
out), so a break may come from an edit near another passage; ``--isolated`` runs each passage's
edits alone (slower).

Usage::

    .venv/bin/python benchmarks/perturb_audit.py                    # train, counts only
    .venv/bin/python benchmarks/perturb_audit.py --examples 3       # + 3 snippets per family
    .venv/bin/python benchmarks/perturb_audit.py --only verb: --limit 200 --examples 5

Run it on train only; the snippets are printed from the data at run time: do not paste them
into the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import geneva_nb as gn
from geneva_nb.evaluate.brat import (
    GoldAttribution,
    Prediction,
    _fragment_text,
    _readings,
    _speaker_ok,
    find_pairs,
    predictions,
    read_document,
)
from geneva_nb.evaluate.kinds import attribution_kind, covered_share, quoted_passages
from geneva_nb.evaluate.tone import default_bench_dir

DEFAULT = default_bench_dir() / "attribution" / "polnear" / "train"

SAY_PAST = {"added": "adds", "noted": "notes", "insisted": "insists",
            "told reporters": "tells reporters", "wrote": "writes", "explained": "explains",
            "argued": "argues"}
ADVERBIALS_BETWEEN = ("on Tuesday", "Tuesday", "in an interview", "in a statement", "also",
                      "later")
ADVERBIALS_AFTER = ("on Tuesday", "Tuesday", "in an interview", "in a statement")
SURNAMES = ("Okafor", "Lindqvist", "Whitcombe", "Delacruz", "Haverford", "Brannigan")
# surnames of other shapes: an apostrophe, a hyphen, a particle, an inner capital
ODD_SURNAMES = {"apostrophe": "O’Keefe", "hyphen": "Ruiz-Garza", "particle": "de la Rosa",
                "inner-capital": "McAllister"}
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "governor",
          "gen", "sgt", "lt", "col", "capt", "prof", "rev", "judge", "secretary", "speaker",
          "mayor", "chairman", "chairwoman", "representative", "vice", "former", "sir", "lord",
          "congressman", "congresswoman", "attorney", "general", "justice", "state", "first",
          "lady", "u.s.", "sens", "reps"}
SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked",
          "asks", "said in a statement", "according to"}
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_NAME_TOKEN = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\.?|[A-Z]{1,2}\.?")
_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
_SENT_END = re.compile(r"[.!?][”\"’']?\s*$")

Span = tuple[int, int]


# ---------------------------------------------------------------------------------------------
# edits and offset shifting

class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``new`` (``start == end``: an insertion)."""

    start: int
    end: int
    new: str


class Anchor(NamedTuple):
    """A position after the edits: an old position (``edit`` is -1), or ``offset`` characters
    into the replacement text of edit number ``edit`` of the passage's own edits."""

    pos: int
    edit: int = -1


def apply_edits(text: str, edits: Sequence[Edit]) -> tuple[str, list[int]]:
    """The edited text and, for each edit in the given order, where its replacement starts."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i].start, edits[i].end))
    out, starts, last, shift = [], [0] * len(edits), 0, 0
    for i in order:
        e = edits[i]
        if e.start < last:
            raise ValueError(f"overlapping edits at {e.start}")
        out.append(text[last:e.start])
        starts[i] = e.start + shift
        out.append(e.new)
        shift += len(e.new) - (e.end - e.start)
        last = e.end
    out.append(text[last:])
    return "".join(out), starts


def shift_start(pos: int, edits: Sequence[Edit]) -> int:
    """Where a span starting at ``pos`` starts after the edits: text inserted at ``pos`` stays
    before it; a replacement starting at ``pos`` keeps its start."""
    return pos + sum(len(e.new) - (e.end - e.start) for e in edits if e.end <= pos
                     and not (e.start == pos and e.end > pos))


def shift_end(pos: int, edits: Sequence[Edit]) -> int:
    """Where a span ending at ``pos`` ends after the edits: text inserted at ``pos`` stays
    after it; a replacement ending at ``pos`` is inside it."""
    return pos + sum(len(e.new) - (e.end - e.start) for e in edits
                     if e.end <= pos and e.start < pos)


def shift_span(span: Span, edits: Sequence[Edit]) -> Span:
    """``(start, end)`` after the edits (see :func:`shift_start`, :func:`shift_end`)."""
    return shift_start(span[0], edits), shift_end(span[1], edits)


def overlaps(a: Edit, b: Edit) -> bool:
    if a == b:
        return False
    if a.start == a.end == b.start == b.end:
        return True  # two insertions at one place: their order would be arbitrary
    return max(a.start, b.start) < min(a.end, b.end) or (
        a.start == a.end and b.start < a.start < b.end) or (
        b.start == b.end and a.start < b.start < a.end)


# ---------------------------------------------------------------------------------------------
# the passages to perturb

@dataclass
class Case:
    """A right passage: the article, the passage and its gold attribution."""

    doc: str
    text: str
    passage: Span
    gold: GoldAttribution

    @property
    def source(self) -> Span | None:
        s = tuple(sorted(set(self.gold.source or ())))
        return s[0] if len(s) == 1 else None

    @property
    def cue(self) -> Span | None:
        """The gold cue when it is one span holding a word ('said', not a colon)."""
        c = tuple(sorted(set(self.gold.cue or ())))
        if not c or len(c) != 1 or not any(ch.isalpha() for ch in self.text[c[0][0]:c[0][1]]):
            return None
        return c[0]


@dataclass
class Variant:
    """One passage's edits for one perturbation, and where its spans go afterwards."""

    edits: list[Edit]
    passage: tuple[Anchor, Anchor]
    source: tuple[Anchor, Anchor] | None
    cue: tuple[Anchor, Anchor] | None
    renames: dict[str, str] = field(default_factory=dict)


def _keep(span: Span | None) -> tuple[Anchor, Anchor] | None:
    return None if span is None else (Anchor(span[0]), Anchor(span[1]))


def _variant(case: Case, edits: list[Edit], **spans: tuple[Anchor, Anchor] | None) -> Variant:
    return Variant(edits, spans.get("passage") or _keep(case.passage),
                   spans["source"] if "source" in spans else _keep(case.source),
                   spans["cue"] if "cue" in spans else _keep(case.cue))


def _is_name(text: str) -> bool:
    tokens = text.split()
    return (bool(tokens) and len(tokens) <= 4 and tokens[0].lower() not in PRONOUNS
            and all(_NAME_TOKEN.fullmatch(t) for t in tokens)
            and bool(_SURNAME.fullmatch(tokens[-1].rstrip(".")))
            and tokens[-1].lower().rstrip(".") not in TITLES)


def _has_title(text: str, source: Span) -> bool:
    first = text[source[0]:source[1]].split()[0].lower().rstrip(".")
    before = text[max(0, source[0] - 12):source[0]].split()
    return first in TITLES or bool(before and before[-1].lower().rstrip(".") in TITLES)


def _subject_first(case: Case) -> bool:
    s, c = case.source, case.cue
    return bool(s and c and s[1] <= c[0] and not case.text[s[1]:c[0]].strip())


def _verb_first(case: Case) -> bool:
    s, c = case.source, case.cue
    return bool(s and c and c[1] <= s[0] and not case.text[c[1]:s[0]].strip())


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n" or bool(_SENT_END.search(text[max(0, j - 2):j + 1]))


def _swapped(case: Case) -> bool:
    """The annotator swapped the labels: the Source span holds the verb ('said')."""
    s = case.source
    return s is not None and case.text[s[0]:s[1]].lower() in SAYING


def verb_variants(case: Case) -> dict[str, Variant]:
    """'said' / 'says' as another speech verb of the same class, or in the other tense."""
    cue = case.cue
    if cue is None or case.source is None:
        return {}
    word = case.text[cue[0]:cue[1]]
    if word not in ("said", "says") or _swapped(case):
        return {}
    present = word == "says"
    out = {}
    for past, pres in SAY_PAST.items():
        new = pres if present else past
        if " " in new and not _subject_first(case):
            continue  # 'told reporters Reed' is not English
        out[f"verb:{past}"] = _variant(case, [Edit(cue[0], cue[1], new)],
                                       cue=(Anchor(0, 0), Anchor(len(new), 0)))
    other = "said" if present else "says"
    out["verb:tense"] = _variant(case, [Edit(cue[0], cue[1], other)],
                                 cue=(Anchor(0, 0), Anchor(len(other), 0)))
    return out


def _surname_edits(text: str, surname: str, new: str) -> list[Edit]:
    """Every whole-word ``surname`` replaced by ``new`` (capitalised at a sentence start)."""
    return [Edit(m.start(), m.end(), new[:1].upper() + new[1:]
                 if _sentence_start(text, m.start()) else new)
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)]


def name_variants(case: Case) -> dict[str, Variant]:
    """The speaker renamed, replaced by a role, given a title, an age or an appositive."""
    source, text = case.source, case.text
    if source is None or case.cue is None:
        return {}
    mention = text[source[0]:source[1]]
    if not _is_name(mention) or _swapped(case):
        return {}
    out: dict[str, Variant] = {}
    surname = mention.split()[-1].rstrip(".")
    index = sum(map(ord, surname)) % len(SURNAMES)  # two speakers get two new names
    new = next(s for s in SURNAMES[index:] + SURNAMES if s not in text)
    edits = _surname_edits(text, surname, new)
    if edits:
        v = _variant(case, edits)
        v.renames[surname] = new
        out["name:rename"] = v
        for shape, odd in ODD_SURNAMES.items():
            if odd not in text:
                out[f"name:rename-{shape}"] = _variant(case, _surname_edits(text, surname, odd))
    role = "The senator" if _sentence_start(text, source[0]) else "the senator"
    out["name:role"] = _variant(case, [Edit(source[0], source[1], role)],
                                source=(Anchor(0, 0), Anchor(len(role), 0)))
    if not _has_title(text, source):
        out["name:title"] = _variant(case, [Edit(source[0], source[0], "Sen. ")])
    after = text[source[1]:source[1] + 1]
    if _subject_first(case) or (_verb_first(case) and after in ".,"):
        tail = "," if _subject_first(case) else ""
        for name, insert in (("age", ", 45"), ("appositive", ", a longtime adviser")):
            out[f"name:{name}"] = _variant(case, [Edit(source[1], source[1], insert + tail)])
    return out


def adverbial_variants(case: Case) -> dict[str, Variant]:
    """A short adverbial between subject and verb, or after the verb."""
    out: dict[str, Variant] = {}
    source, cue = case.source, case.cue
    word = "" if cue is None else case.text[cue[0]:cue[1]]
    if source is None or not word.isalpha() or word.endswith("ing") or _swapped(case):
        return out
    if _subject_first(case):
        for adv in ADVERBIALS_BETWEEN:
            out[f"between:{adv}"] = _variant(case, [Edit(cue[0], cue[0], adv + " ")])
        at = cue[1]
    elif _verb_first(case):
        at = source[1]
    else:
        return out
    if text_ok_after(case.text, at):
        for adv in ADVERBIALS_AFTER:
            out[f"after:{adv}"] = _variant(case, [Edit(at, at, " " + adv)])
    return out


def text_ok_after(text: str, at: int) -> bool:
    """An adverbial fits after ``at`` when punctuation, 'that' or a quotation follows."""
    rest = text[at:at + 8]
    return bool(re.match(r"[.,;]|\s+that\b", rest))


_OPENERS = "“\""
_CLOSERS = "”\""


def move_variants(case: Case) -> dict[str, Variant]:
    """'“Q,” Reed said.' <-> 'Reed said, “Q.”' when the sentence holds nothing else."""
    text, (p0, p1) = case.text, case.passage
    source, cue = case.source, case.cue
    if source is None or cue is None or p0 < 1 or p1 >= len(text) or _swapped(case):
        return {}
    op, cl = text[p0 - 1], text[p1]
    if op not in _OPENERS or cl not in _CLOSERS:
        return {}
    src, verb = text[source[0]:source[1]], text[cue[0]:cue[1]]
    quote = text[p0:p1]
    head = min(source[0], cue[0])
    tail = max(source[1], cue[1])
    if not (_subject_first(case) or _verb_first(case)) or "\n" in text[p0 - 1:tail]:
        return {}
    # quote first: “Q,” Reed said.  ->  Reed said, “Q.”
    if head > p1 and quote[-1:] in ",?!" and not text[p1 + 1:head].strip() \
            and text[tail:tail + 1] == "." and _sentence_start(text, p0 - 1) \
            and (tail + 1 == len(text) or text[tail + 1] in " \n"):
        subject = src[:1].upper() + src[1:] if src.lower() in PRONOUNS or src.startswith(
            ("the ", "a ", "an ")) else src
        body = quote[:-1] + "." if quote.endswith(",") else quote
        if "," in subject:
            subject += ","  # 'Reed, a former aide, said': the appositive's closing comma
        new = f"{subject} {verb}, {op}{body}{cl}"
        q_at = len(subject) + len(verb) + 4
        return {"move:cue-first": Variant(
            [Edit(p0 - 1, tail + 1, new)], (Anchor(q_at, 0), Anchor(q_at + len(body), 0)),
            (Anchor(0, 0), Anchor(len(subject.rstrip(",")), 0)),
            (Anchor(len(subject) + 1, 0), Anchor(len(subject) + 1 + len(verb), 0)))}
    # cue first: Reed said, “Q.”  ->  “Q,” Reed said.
    if _subject_first(case) and tail < p0 and text[tail:p0 - 1] in (", ", ": ") \
            and quote[-1:] in ".?!" and _sentence_start(text, head) \
            and (p1 + 1 == len(text) or text[p1 + 1] in " \n") and "“" not in quote[:-1] \
            and '"' not in quote:
        subject = src[:1].lower() + src[1:] if src.lower() in PRONOUNS or src.startswith(
            ("The ", "A ", "An ")) else src
        body = quote[:-1] + "," if quote.endswith(".") else quote
        new = f"{op}{body}{cl} {subject} {verb}."
        s_at = len(body) + 3
        return {"move:quote-first": Variant(
            [Edit(head, p1 + 1, new)], (Anchor(1, 0), Anchor(1 + len(body), 0)),
            (Anchor(s_at, 0), Anchor(s_at + len(subject), 0)),
            (Anchor(s_at + len(subject) + 1, 0),
             Anchor(s_at + len(subject) + 1 + len(verb), 0)))}
    return {}


def quote_edits(text: str) -> dict[str, list[Edit]]:
    """Curly double marks made straight, or straight ones made curly (alternating per
    paragraph). Article-wide: every mark of the article changes."""
    straight = [Edit(i, i + 1, '"') for i, ch in enumerate(text) if ch in "“”"]
    curly, opened = [], False
    for i, ch in enumerate(text):
        if ch == "\n":
            opened = False
        elif ch == '"':
            curly.append(Edit(i, i + 1, "”" if opened else "“"))
            opened = not opened
    out = {}
    if straight:
        out["quotes:straight"] = straight
    if curly:
        out["quotes:curly"] = curly
    return out


FAMILIES: tuple[Callable[[Case], dict[str, Variant]], ...] = (
    verb_variants, name_variants, adverbial_variants, move_variants)


def variants(case: Case) -> dict[str, Variant]:
    """Every perturbation that applies to one case, by name."""
    out: dict[str, Variant] = {}
    for family in FAMILIES:
        out.update(family(case))
    for name, edits in quote_edits(case.text).items():
        out[name] = _variant(case, edits)
    return out


# ---------------------------------------------------------------------------------------------
# checking

def resolve(anchor: Anchor, own: Sequence[Edit], all_edits: Sequence[Edit],
            starts: dict[Edit, int], *, end: bool) -> int:
    if anchor.edit >= 0:
        return starts[own[anchor.edit]] + anchor.pos
    return shift_end(anchor.pos, all_edits) if end else shift_start(anchor.pos, all_edits)


def _span(pair: tuple[Anchor, Anchor] | None, own: Sequence[Edit], edits: Sequence[Edit],
          starts: dict[Edit, int]) -> tuple[Span, ...] | None:
    if pair is None:
        return None
    return ((resolve(pair[0], own, edits, starts, end=False),
             resolve(pair[1], own, edits, starts, end=True)),)


def passage_right(text: str, passage: Span, gold: GoldAttribution, preds: Sequence[Prediction],
                  readings) -> tuple[bool, bool, Prediction | None]:
    """(covered to 80 %, right speaker, the covering prediction) as the evaluator scores it."""
    best, cover = 0.0, None
    for p in preds:
        c = covered_share(passage, p.content)
        if c > best:
            best, cover = c, p
    if cover is None or best < 0.8:
        return False, False, cover
    return True, _speaker_ok(cover, gold, text, readings=readings), cover


def analyse(text: str):
    stmts = gn.attribute(text, beliefs=True)
    return predictions(stmts, text, acts="id"), _readings(stmts), stmts


def right_cases(name: str, text: str, golds: Sequence[GoldAttribution]) -> list[Case]:
    """The quoted passages the unperturbed article gets right."""
    kinds = [attribution_kind(text, g.content, _fragment_text(text, g.cue)) for g in golds]
    direct = [g for g, k in zip(golds, kinds, strict=True) if k == "direct"]
    if not direct:
        return []
    preds, readings, _ = analyse(text)
    out = []
    for passage in quoted_passages(text):
        share, owner = max(((covered_share(passage, g.content), n)
                            for n, g in enumerate(direct)), key=lambda x: x[0])
        if share < 0.8:
            continue
        _, ok, _ = passage_right(text, passage, direct[owner], preds, readings)
        if ok:
            out.append(Case(name, text, passage, direct[owner]))
    return out


@dataclass
class Outcome:
    name: str
    case: Case
    new_text: str
    passage: Span
    covered: bool
    right: bool
    rule: str
    speaker: str


def run_variant(name: str, cases: Sequence[Case], chosen: Sequence[Variant]) -> list[Outcome]:
    """Apply the chosen variants' edits together, run the attribution once, check each."""
    edits: list[Edit] = []
    kept: list[tuple[Case, Variant]] = []
    for case, v in zip(cases, chosen, strict=True):
        if any(overlaps(e, f) for e in v.edits for f in edits):
            continue
        edits.extend(e for e in v.edits if e not in edits)
        kept.append((case, v))
    if not kept:
        return []
    text = kept[0][0].text
    new_text, starts_list = apply_edits(text, edits)
    starts = dict(zip(edits, starts_list, strict=True))
    preds, readings, stmts = analyse(new_text)
    out = []
    for case, v in kept:
        (passage,) = _span(v.passage, v.edits, edits, starts) or ((0, 0),)
        src = _span(v.source, v.edits, edits, starts)
        cue = _span(v.cue, v.edits, edits, starts)
        src_text = new_text[src[0][0]:src[0][1]] if src else ""
        gold = case.gold._replace(content=(passage,), source=src, cue=cue,
                                  source_text=src_text, speaker=src_text, named=False)
        covered, right, cover = passage_right(new_text, passage, gold, preds, readings)
        rule = speaker = ""
        if cover is not None and not stmts.empty:
            rows = stmts[(stmts.content_start < passage[1]) & (stmts.content_end > passage[0])]
            if not rows.empty:
                rule, speaker = str(rows.iloc[0]["rule"]), str(rows.iloc[0]["speaker"])
        out.append(Outcome(name, case, new_text, passage, covered, right, rule, speaker))
    return out


def audit(pairs, *, only: str = "", isolated: bool = False,
          progress: bool = True) -> tuple[int, list[Outcome]]:
    """Every right case of the articles and every outcome of its variants."""
    outcomes: list[Outcome] = []
    n_cases = 0
    for k, (ann, txt) in enumerate(pairs):
        doc = read_document(ann, txt)
        if not doc.text:
            continue
        cases = right_cases(ann.stem, doc.text, doc.attributions)
        n_cases += len(cases)
        by_name: dict[str, list[tuple[Case, Variant]]] = defaultdict(list)
        for case in cases:
            for name, v in variants(case).items():
                if name.startswith(only):
                    by_name[name].append((case, v))
        for name, pairs_ in by_name.items():
            if isolated:
                for case, v in pairs_:
                    outcomes += run_variant(name, [case], [v])
            else:
                outcomes += run_variant(name, [c for c, _ in pairs_], [v for _, v in pairs_])
        if progress and k % 50 == 49:
            print(f"... {k + 1} articles, {len(outcomes)} variants", file=sys.stderr)
    return n_cases, outcomes


def snippet(o: Outcome, width: int = 160) -> str:
    a, b = o.passage
    lo = max(0, o.new_text.rfind("\n", 0, a) + 1, a - width)
    hi = min(len(o.new_text), b + width)
    nl = o.new_text.find("\n", b)
    if nl != -1:
        hi = min(hi, nl)
    return o.new_text[lo:hi].replace("\n", " ")


def report(n_cases: int, outcomes: Sequence[Outcome], *, examples: int = 0) -> str:
    total: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    uncovered: Counter[str] = Counter()
    for o in outcomes:
        total[o.name] += 1
        if not o.right:
            broken[o.name] += 1
            uncovered[o.name] += not o.covered
    lines = [f"right passages: {n_cases}; variants: {len(outcomes)}; broken: "
             f"{sum(broken.values())}", "",
             "| perturbation | variants | broken | rate | of which uncovered |",
             "|---|---:|---:|---:|---:|"]
    for name in sorted(total):
        lines.append(f"| {name} | {total[name]} | {broken[name]} | "
                     f"{broken[name] / total[name]:.3f} | {uncovered[name]} |")
    families: Counter[str] = Counter()
    family_broken: Counter[str] = Counter()
    for name in total:
        fam = name.split(":")[0]
        families[fam] += total[name]
        family_broken[fam] += broken[name]
    lines += ["", "| family | variants | broken | rate |", "|---|---:|---:|---:|"]
    for fam in sorted(families):
        lines.append(f"| {fam} | {families[fam]} | {family_broken[fam]} | "
                     f"{family_broken[fam] / families[fam]:.3f} |")
    if examples:
        shown: Counter[str] = Counter()
        for o in outcomes:
            if o.right or shown[o.name] >= examples:
                continue
            shown[o.name] += 1
            why = "uncovered" if not o.covered else f"speaker {o.speaker!r} ({o.rule})"
            lines += ["", f"[{o.name}] {o.case.doc}: {why}", "    " + snippet(o)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--examples", type=int, default=0, help="N broken snippets per "
                        "perturbation (printed from the data: never paste into the repository)")
    parser.add_argument("--only", default="", help="perturbations whose name starts so")
    parser.add_argument("--isolated", action="store_true",
                        help="one attribution run per passage and perturbation")
    args = parser.parse_args(argv)
    if not Path(args.folder).is_dir():
        print(f"error: no folder {args.folder}", file=sys.stderr)
        return 2
    pairs = find_pairs(args.folder)
    if args.limit:
        pairs = pairs[:args.limit]
    started = time.perf_counter()
    n_cases, outcomes = audit(pairs, only=args.only, isolated=args.isolated)
    print(report(n_cases, outcomes, examples=args.examples))
    print(f"\n({len(pairs)} articles, {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
