"""Learn rule 12 (``quote-learned``, :mod:`geneva_nb.attribution.learned`) from PolNeAR train.

Reads the train split at run time (``../shared/bench/attribution/polnear/train``; nothing of
it is copied into the repository), runs :func:`geneva_nb.attribute` on every article with
rule 12 emitting *every* candidate (a quotation no rule 1-11 attributed, with its candidate
speaker), and labels each candidate against the gold (one annotator file per article, as the
evaluator reads it): positive when a gold content overlaps the quotation (30 % of the longer:
a true positive of the evaluator's precision at 30 %) and the candidate's speaker is the gold
source (``evaluate.brat._speaker_ok``).

Two test beds. The *real* one is the cascade's leftovers. On train the hand rules are fitted
to the data, so those are the hard tail; on unseen articles a hand rule misses ordinary
quotations by a variation of their shape. The *ablation* bed simulates that: the cascade runs
again with one family of :data:`FAMILIES` switched off for a share (``--share``, 0.25) of its
statements (:func:`switched_off`: monkeypatches the stages of
:mod:`geneva_nb.attribution.cascade` to drop them, and the rows of their acts, as soon as
they are made, so the later rules see those quotations), and each family's *lost* passages
(quoted passages of gold direct attributions the full cascade covered with the right speaker
and the ablated one does not) are the passages rule 12 should give back. Then

- 2-fold cross-validation over **articles** (repeated with ``--repeats`` shuffles): a logistic
  regression (numpy, L2, Newton) is fitted on one half (label: content and speaker right;
  ``--train-on wide``: on the real and the ablated candidates, each once; ``real``: the real
  ones only, the model before), its probability threshold picked on that half alone (inner
  2-fold out-of-fold probabilities averaged over 5 shuffles; the lowest threshold whose
  precision of content at 30 % on the ``--tune-on`` bed reaches ``--precision``), and
  measured on the other half on both beds: statements added to the real leftovers, their
  precision (content at 30 %), with the right speaker, and quoted passages they would cover
  with the right speaker; per family, the share of the lost passages given back right;
- with ``--write``, the model fitted on all of train with the threshold picked the same way
  goes to ``data/attribution/quote_model.csv`` (with ``--no-ship``: threshold 1, the rule
  adds nothing), the CV figures in its header.

Usage::

    .venv/bin/python benchmarks/train_quote_model.py                 # CV figures only
    .venv/bin/python benchmarks/train_quote_model.py --write         # and write the CSV
    .venv/bin/python benchmarks/train_quote_model.py --end-to-end    # + evaluator per half
    .venv/bin/python benchmarks/train_quote_model.py --train-on real --tune-on real --ablate
                                                    # the model before, on both beds

``--end-to-end`` scores repeat 0's held-out halves with the evaluator itself
(``score_documents``, rule 12 off and then on with the model of the other half).
``--cache FILE`` keeps the candidates in a pickle (outside the repository) between runs.
About 2.5 minutes for the seven cascades over train, then a minute of fitting.
"""

from __future__ import annotations

import argparse
import contextlib
import pickle
import sys
import time
import zlib
from pathlib import Path

import numpy as np

import geneva_nb as gn
from geneva_nb.attribution import cascade, learned
from geneva_nb.attribution.document import _claim
from geneva_nb.evaluate.brat import (
    Prediction,
    _readings,
    _speaker_ok,
    find_pairs,
    overlap,
    read_document,
    score_documents,
)
from geneva_nb.evaluate.kinds import attribution_kind, covered_share, quoted_passages
from geneva_nb.evaluate.tone import default_bench_dir

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = default_bench_dir() / "attribution" / "polnear" / "train"
OUT = ROOT / "data" / "attribution" / "quote_model.csv"
LAMBDA = 1.0


#: the rule families the ablation test bed switches off, one at a time (the rest: ``other``)
FAMILIES = {
    "cue-after": frozenset({"quote-cue-after", "mixed-quote-cue-after", "quote-clause-cue-after",
                            "quote-dash-speaker"}),
    "cue-before": frozenset({"quote-cue-before", "quote-colon-speaker", "quote-colon-subject",
                             "quote-lead-colon", "quote-as-cue", "quote-colon-noun"}),
    "continuation": frozenset({"quote-continuation", "quote-woven-continuation",
                               "participle-continuation"}),
    "described": frozenset({"participle-subject", "with-participle", "quote-partial-subject",
                            "quote-describe", "participle-describe", "quote-relative-cue"}),
    "reported": frozenset({"reported-cue-before", "reported-cue-after", "reported-cue-inside",
                           "according-to"}),
}
OTHER = "other"


class Beds:
    """Candidates of every test bed: ``bed`` is ``real`` (the cascade's leftovers) or an
    ablated family; ``passages`` counts the quoted passages a candidate covers with the right
    speaker (real: any gold direct passage; ablated: a passage the family had covered right
    and lost); ``lost[family][article]`` is how many passages the ablation took away."""

    def __init__(self):
        self.rows: list[list[float]] = []
        self.c_ok: list[bool] = []
        self.s_ok: list[bool] = []
        self.passages: list[int] = []
        self.groups: list[str] = []
        self.bed: list[str] = []
        self.key: list[tuple] = []
        self.lost: dict[str, dict[str, int]] = {}

    def arrays(self):
        return (np.array(self.rows, dtype=float), np.array(self.s_ok, dtype=bool),
                np.array(self.c_ok, dtype=bool), np.array(self.s_ok, dtype=bool),
                np.array(self.passages), self.groups)


def _owned(text, gold):
    """The quoted passages of gold direct attributions, each with its gold attribution."""
    golds = gold.attributions
    kinds = [attribution_kind(text, g.content, " ".join(text[a:b] for a, b in g.cue or ()))
             for g in golds]
    direct = [g for g, k in zip(golds, kinds, strict=True) if k == "direct"]
    owned = []
    for p in quoted_passages(text):
        best = max(((covered_share(p, g.content), g) for g in direct),
                   key=lambda x: x[0], default=(0.0, None))
        if best[0] >= 0.8:
            owned.append((p, best[1]))
    return owned


def _right(df, text, owned, readings, keep) -> set[tuple[int, int]]:
    """The owned passages some row of ``df`` (those ``keep`` accepts) covers right."""
    got = set()
    rows = [r for r in df.itertuples(index=False) if keep(r)]
    for p, g in owned:
        for r in rows:
            frag = ((int(r.content_start), int(r.content_end)),)
            if covered_share(p, frag) < 0.8:
                continue
            m = (int(r.mention_start), int(r.mention_end))
            if _speaker_ok(Prediction(frag, m, str(r.speaker), str(r.kind), (m,)), g, text,
                           readings=readings):
                got.add(p)
                break
    return got


def collect(folder: Path, *, beliefs: bool, limit: int = 0, ablate: bool = False,
            share: float = 0.25) -> Beds:
    """Every candidate of rule 12 on ``folder``'s articles, with its features and labels: of
    the real cascade and (with ``ablate``) of the cascade with each family of
    :data:`FAMILIES` switched off for a ``share`` of its statements (:func:`switched_off`)."""
    seen: dict[tuple[int, int], dict[str, float]] = {}

    def every(doc, out):
        found = learned._candidates(doc, out)
        for c, f in found:
            seen[c.content] = f
        return [c for c, _f in found]

    beds = Beds()
    families = [("real", frozenset())] + (
        [(k, v) for k, v in FAMILIES.items()] + [(OTHER, None)] if ablate else [])
    old = cascade._quote_learned
    cascade._quote_learned = every
    try:
        for n, (ann, txt) in enumerate(find_pairs(folder)):
            if limit and n >= limit:
                break
            gold = read_document(ann, txt)
            text = gold.text or ""
            if not text.strip():
                continue
            owned = _owned(text, gold)
            golds = gold.attributions
            right_before: set = set()
            for bed, rules in families:
                seen.clear()
                dropped: list[tuple[int, int]] = []
                with switched_off(rules, salt=ann.stem, share=share, dropped=dropped):
                    df = gn.attribute(text, beliefs=beliefs)
                readings = _readings(df)
                hand = _right(df, text, owned, readings,
                              lambda r: not str(r.rule).startswith("quote-learned"))
                if bed == "real":
                    right_before = hand
                    target = owned
                else:
                    lost = {p for p in right_before - hand
                            if any(covered_share(p, (d,)) >= 0.8 for d in dropped)}
                    beds.lost.setdefault(bed, {})[ann.stem] = len(lost)
                    target = [(p, g) for p, g in owned if p in lost]
                for r in df[df["rule"].str.startswith("quote-learned")].itertuples(index=False):
                    span = (int(r.content_start), int(r.content_end))
                    if span not in seen:
                        continue
                    frag = (span,)
                    m = (int(r.mention_start), int(r.mention_end))
                    pred = Prediction(frag, m, str(r.speaker), str(r.kind), (m,))
                    best, bg = 0.0, None
                    for g in golds:
                        o = overlap(frag, g.content)
                        if o > best:
                            best, bg = o, g
                    c_ok = bg is not None and best >= 0.3
                    s_ok = c_ok and _speaker_ok(pred, bg, text, readings=readings)
                    n_pass = sum(1 for p, g in target if covered_share(p, frag) >= 0.8
                                 and _speaker_ok(pred, g, text, readings=readings))
                    beds.rows.append([seen[span].get(k, 0.0) for k in learned.FEATURES])
                    beds.c_ok.append(c_ok)
                    beds.s_ok.append(s_ok)
                    beds.passages.append(n_pass)
                    beds.groups.append(ann.stem)
                    beds.bed.append(bed)
                    beds.key.append((ann.stem, span, m))
    finally:
        cascade._quote_learned = old
    return beds


# --- the ablation test bed: a hand rule that does not know a shape -----------------------

#: the cascade's stages, by their names in :mod:`geneva_nb.attribution.cascade`: those that
#: add to the list they are given, and those that return their statements
_STAGES_IN_PLACE = ("_quotations_with_cues", "_transcript", "_reported", "_frames")
_STAGES_RETURNING = ("_quote_continuations", "_quote_orphans")
_FAMILY_RULES = frozenset().union(*FAMILIES.values())


def _off(rules: frozenset[str] | None, salt: str, share: float):
    """Whether a statement is switched off: its rule is one of ``rules`` (``None``: a rule of
    no family, rule 12 aside) and a hash of the article and its content start falls in
    ``share``."""
    def test(c) -> bool:
        if rules is None:
            if c.rule in _FAMILY_RULES or c.rule.startswith("quote-learned"):
                return False
        elif c.rule not in rules:
            return False
        h = zlib.crc32(f"{salt}:{c.content[0]}".encode()) % 1000
        return h < share * 1000
    return test


def _drop(doc, cands: list, off, dropped: list) -> list:
    """``cands`` without the statements ``off`` switches off (and the rows of their acts);
    the tokens of those dropped are unclaimed, those of the rest claimed again; the contents
    dropped go to ``dropped``."""
    gone = {id(c) for c in cands if off(c)}
    if not gone:
        return cands
    gone |= {id(c) for c in cands if c.ref is not None and id(c.ref) in gone}
    keep = [c for c in cands if id(c) not in gone]
    for c in cands:
        if id(c) in gone:
            dropped.append(c.content)
            for a, b in ((doc.tok_at(c.content[0]), doc.tok_at(c.content[1])), c.mention,
                         c.cue):
                for j in range(max(0, a), min(len(doc.toks), b)):
                    doc.claimed[j] = 0
    for c in keep:
        _claim(doc, doc.tok_at(c.content[0]), doc.tok_at(c.content[1]))
        _claim(doc, *c.mention)
        _claim(doc, *c.cue)
    return keep


@contextlib.contextmanager
def switched_off(rules: frozenset[str] | None, *, salt: str, share: float, dropped: list):
    """Run the cascade (:mod:`geneva_nb.attribution.cascade`) with a ``share`` of the
    statements of ``rules`` switched off (an empty set: none; ``None``: the rules of no
    family): they are dropped as soon as their stage made them, so the later rules
    (continuations, orphans, rule 12) see the quotations as a cascade that does not know
    their shape would."""
    saved = {n: getattr(cascade, n) for n in _STAGES_IN_PLACE + _STAGES_RETURNING}
    off = _off(rules, salt, share)

    def in_place(f):
        def run(doc, *args, **kw):
            f(doc, *args, **kw)
            out = args[-1]
            out[:] = _drop(doc, out, off, dropped)
        return run

    def returning(f):
        def run(doc, out, *args, **kw):
            return _drop(doc, f(doc, out, *args, **kw), off, dropped)
        return run

    try:
        if rules is None or rules:
            for n in _STAGES_IN_PLACE:
                setattr(cascade, n, in_place(saved[n]))
            for n in _STAGES_RETURNING:
                setattr(cascade, n, returning(saved[n]))
        yield
    finally:
        for n, f in saved.items():
            setattr(cascade, n, f)


def fit(x: np.ndarray, y: np.ndarray, lam: float = LAMBDA, iters: int = 25):
    """Binary logistic regression (L2 on the standardised weights) by Newton's method; the
    weights returned are in the features' own scale: ``(w, intercept)``."""
    mean = x.mean(0)
    scale = x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = lam * np.eye(z.shape[1])
    reg[0, 0] = 0.0
    t = y.astype(float)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        g = z.T @ (p - t) + reg @ w
        h = (z.T * (p * (1 - p))) @ z + reg
        w -= np.linalg.solve(h, g)
    ws = w[1:] / scale
    return ws, float(w[0] - np.sum(w[1:] * mean / scale))


def prob(model, x: np.ndarray) -> np.ndarray:
    w, b = model
    return 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30)))


def halves(groups: list[str], seed: int) -> np.ndarray:
    """Each article's half for shuffle ``seed``, from a hash of its name: an article keeps its
    half whatever other articles hold candidates."""
    return np.array([zlib.crc32(f"{seed}:{g}".encode()) % 2 for g in groups])


def pick_threshold(p: np.ndarray, good: np.ndarray, target: float, least: int = 5) -> float:
    """The lowest threshold whose statements above it reach ``target`` precision (at least
    ``least`` of them); 1.0 when none does."""
    order = np.argsort(-p)
    hits = np.cumsum(good[order])
    n = np.arange(1, len(p) + 1)
    ok = (hits / n >= target) & (n >= least)
    if not ok.any():
        return 1.0
    last = int(np.nonzero(ok)[0].max())
    return float(p[order][last])


def end_to_end(folder: Path, learn, groups, *, beliefs: str, limit: int = 0) -> list[str]:
    """Repeat 0's halves scored by the evaluator (``score_documents``) on the held-out half,
    once with the rule off and once with the model ``learn`` fits on the other half
    (``learn(articles) -> (weights, intercept, threshold)``)."""
    pairs = find_pairs(folder)[:limit or None]
    names = sorted(set(groups))
    half_of = dict(zip(names, halves(names, 0), strict=True))
    # an article with no candidate falls in no half: the rule cannot change it
    lines = []
    old = learned._model
    try:
        for j in (0, 1):
            w, b, thr = learn({g for g, h in half_of.items() if h != j})
            held = [(ann, txt) for ann, txt in pairs if half_of.get(ann.stem) == j]
            figures = []
            for t in (1.0, thr):
                m = learned._Model(dict(zip(learned.FEATURES, map(float, w), strict=True)),
                                   b, t)
                learned._model = lambda m=m: m  # type: ignore[assignment]
                s, _ = score_documents(held, beliefs=beliefs)
                figures.append(s)
            off, on = figures
            line = (f"end to end, held-out half {j} ({len(held)} articles with candidates): "
                    f"tp/fp at 30 % {off.tp03}/{off.predicted - off.tp03} -> "
                    f"{on.tp03}/{on.predicted - on.tp03}, passages right "
                    f"{off.passages_speaker_ok} -> {on.passages_speaker_ok}, covered "
                    f"{off.passages_covered} -> {on.passages_covered}")
            print(line)
            lines.append(line)
    finally:
        learned._model = old
    return lines


class Learner:
    """Fits the model and picks its threshold on the candidates of a set of articles: trained
    on the real bed or on every bed (``wide``: the ablated cascades' leftovers too, each
    candidate once), the threshold tuned on the real bed or on every bed."""

    def __init__(self, beds: Beds, *, train_on: str, tune_on: str, precision: float,
                 label: str, tune: str):
        self.x, self.y, self.c_ok, self.s_ok, self.pas, groups = beds.arrays()
        if label == "content":
            self.y = self.c_ok
        self.good = self.c_ok if tune == "content" else self.y
        self.groups = np.array(groups)
        self.real = np.array([b == "real" for b in beds.bed])
        first = {}
        for i, k in enumerate(beds.key):
            first.setdefault(k, i)
        self.unique = np.zeros(len(beds.key), dtype=bool)
        self.unique[list(first.values())] = True
        self.train_on, self.tune_on, self.precision = train_on, tune_on, precision

    def __call__(self, articles: set[str], seed: int = 0):
        inside = np.isin(self.groups, list(articles))
        tr = inside & (self.real if self.train_on == "real" else self.unique)
        w, b = fit(self.x[tr], self.y[tr])
        tu = inside & (self.real if self.tune_on == "real" else self.unique)
        thr = threshold_inside(self.x[tu], self.y[tu], self.good[tu], list(self.groups[tu]),
                               self.precision, seed, train=tr, inside=tu, learner=self)
        return w, b, thr


def threshold_inside(x, y, good, groups, target, seed, *, inner_repeats: int = 5,
                     train=None, inside=None, learner=None):
    """Threshold from out-of-fold probabilities within the training set (2-fold over its
    articles, averaged over ``inner_repeats`` shuffles: a steadier pick than one split). With
    a ``learner``, each inner model is fitted on its rows ``train`` of the inner training
    articles and scored on its rows ``inside`` of the others."""
    oof = np.zeros(len(y))
    for r in range(inner_repeats):
        if learner is None:
            inner = halves(groups, seed * 1000 + 100 + r)
            for j in (0, 1):
                oof[inner == j] += prob(fit(x[inner != j], y[inner != j]), x[inner == j])
            continue
        names = sorted(set(learner.groups[inside | train]))
        half_of = dict(zip(names, halves(names, seed * 1000 + 100 + r), strict=True))
        h_all = np.array([half_of.get(g, -1) for g in learner.groups])
        h_in = h_all[inside]
        for j in (0, 1):
            rows = train & (h_all != j) & (h_all >= 0)
            oof[h_in == j] += prob(fit(learner.x[rows], learner.y[rows]), x[h_in == j])
    return pick_threshold(oof / inner_repeats, good, target)


def measure(learner: Learner, beds: Beds, repeats: int) -> list[str]:
    """2-fold CV over articles, ``repeats`` shuffles: fitted and tuned on one half, measured
    on the other on both test beds (the real leftovers; each ablated family's lost passages
    that rule 12 gives back with the right speaker)."""
    names = sorted(set(beds.groups) | {a for d in beds.lost.values() for a in d})
    bed = np.array(beds.bed)
    lines = []
    total = np.zeros(4)
    fam = {f: np.zeros(4) for f in beds.lost}
    for rep in range(repeats):
        half_of = dict(zip(names, halves(names, rep), strict=True))
        for j in (0, 1):
            model = learner({g for g, h in half_of.items() if h != j}, rep)
            te_art = np.array([half_of[g] == j for g in beds.groups], dtype=bool)
            p = prob(model[:2], learner.x)
            fire = (p >= model[2]) & te_art
            r = fire & learner.real
            n = int(r.sum())
            c, sp, ps = (int(learner.c_ok[r].sum()), int(learner.s_ok[r].sum()),
                         int(learner.pas[r].sum()))
            line = (f"repeat {rep} half {j}: threshold {model[2]:.3f}, held-out fired {n}, "
                    f"content {c}, right speaker {sp}, passages right {ps}")
            total += [n, c, sp, ps]
            for f in beds.lost:
                k = fire & (bed == f)
                lost = sum(v for a, v in beds.lost[f].items() if half_of[a] == j)
                fam[f] += [lost, int(learner.pas[k].sum()), int(k.sum()),
                           int(learner.c_ok[k].sum())]
            print(line)
            lines.append(line)
    n, c, sp, ps = (int(v) for v in total)
    line = (f"real leftovers, all held-out halves: fired {n}, content {c} ({c / max(n, 1):.3f}),"
            f" right speaker {sp} ({sp / max(n, 1):.3f}), passages right {ps}")
    print(line)
    lines.append(line)
    for f, (lost, got, n, c) in fam.items():
        line = (f"ablation {f}: passages lost {int(lost)}, given back right {int(got)} "
                f"({got / max(lost, 1):.3f}); added {int(n)}, content {c / max(n, 1):.3f}")
        print(line)
        lines.append(line)
    lost, got = sum(v[0] for v in fam.values()), sum(v[1] for v in fam.values())
    if fam:
        line = (f"ablation, all families: given back {int(got)} of {int(lost)} "
                f"({got / max(lost, 1):.3f})")
        print(line)
        lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--beliefs", choices=("on", "off"), default="on")
    ap.add_argument("--precision", type=float, default=0.9,
                    help="precision of the added statements the threshold must reach")
    ap.add_argument("--repeats", type=int, default=10)
    ap.add_argument("--label", choices=("speaker", "content"), default="speaker",
                    help="what a positive is: content at 30 %% with the right speaker, or the "
                    "content alone")
    ap.add_argument("--tune", choices=("label", "content"), default="content",
                    help="the precision the threshold is picked on: of the label, or of the "
                    "content at 30 %% (the evaluator's)")
    ap.add_argument("--ablate", action="store_true",
                    help="also build the ablation test bed (each rule family switched off for "
                    "a share of its statements)")
    ap.add_argument("--share", type=float, default=0.25,
                    help="the share of a family's statements the ablation switches off")
    ap.add_argument("--train-on", choices=("real", "wide"), default="wide",
                    help="fit on the real leftovers only, or on the ablated beds' too")
    ap.add_argument("--tune-on", choices=("real", "wide"), default="real",
                    help="pick the threshold on the real leftovers, or on every bed")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also score each held-out half with the evaluator, model off and on")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cache", default="",
                    help="a pickle of the candidates: read when it exists, else written "
                    "(outside the repository; stale once the rules or features change)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-ship", action="store_true")
    a = ap.parse_args(argv)
    folder = Path(a.folder)
    if not folder.is_dir():
        print(f"no PolNeAR split at {folder}", file=sys.stderr)
        return 2
    if a.train_on == "wide" or a.tune_on == "wide":
        a.ablate = True
    t0 = time.perf_counter()
    cache = Path(a.cache) if a.cache else None
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            beds = pickle.load(f)
    else:
        beds = collect(folder, beliefs=a.beliefs == "on", limit=a.limit, ablate=a.ablate,
                       share=a.share)
        if cache is not None:
            with cache.open("wb") as f:
                pickle.dump(beds, f)
    took = time.perf_counter() - t0
    learner = Learner(beds, train_on=a.train_on, tune_on=a.tune_on, precision=a.precision,
                      label=a.label, tune=a.tune)
    r = learner.real
    print(f"{int(r.sum())} real candidates from {len(set(learner.groups[r]))} articles "
          f"({took:.0f} s): content matches {learner.c_ok[r].sum()}, right speaker "
          f"{learner.s_ok[r].sum()}, passages {learner.pas[r].sum()}; "
          f"{int((~r).sum())} ablated candidates")
    lines = [f"fitted on the {a.train_on} bed, threshold tuned on the {a.tune_on} bed"
             + (f", ablation share {a.share}" if a.ablate else "")]
    lines += measure(learner, beds, a.repeats)
    if a.end_to_end:
        lines += end_to_end(folder, learner, beds.groups, beliefs=a.beliefs, limit=a.limit)
    w, b, thr = learner(set(beds.groups), 7)
    p = prob((w, b), learner.x[r])
    print(f"all of train: threshold {thr:.3f}, fires {int((p >= thr).sum())} on the real bed "
          "(in-sample)")
    for k, v in sorted(zip(learned.FEATURES, w, strict=True), key=lambda kw: -abs(kw[1])):
        print(f"  {k:28s} {v:+.3f}")
    if a.write:
        shipped = 1.0 if a.no_ship else thr
        with OUT.open("w", encoding="utf-8") as f:
            f.write("# rule 12 (quote-learned): logistic regression weights, written by\n"
                    "# benchmarks/train_quote_model.py from PolNeAR train "
                    f"(beliefs {a.beliefs}, {int(r.sum())} real candidates, "
                    f"{int((~r).sum())} ablated, {len(set(beds.groups))} articles).\n"
                    "# 2-fold CV over articles, threshold picked inside the training half:\n")
            for line in lines:
                f.write(f"# {line}\n")
            f.write("name,value\n")
            for k, v in zip(learned.FEATURES, w, strict=True):
                f.write(f"{k},{v:.6f}\n")
            f.write(f"intercept,{b:.6f}\nthreshold,{shipped:.6f}\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
