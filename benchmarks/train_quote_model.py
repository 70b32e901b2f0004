"""Learn rule 12 (``quote-learned``, :mod:`geneva_nb.attribution.learned`) from PolNeAR train.

Reads the train split at run time (``../shared/bench/attribution/polnear/train``; nothing of
it is copied into the repository), runs :func:`geneva_nb.attribute` on every article with
rule 12 emitting *every* candidate (a quotation no rule 1-11 attributed, with its candidate
speaker), and labels each candidate against the gold (one annotator file per article, as the
evaluator reads it): positive when a gold content overlaps the quotation (30 % of the longer:
a true positive of the evaluator's precision at 30 %) and the candidate's speaker is the gold source
(``evaluate.brat._speaker_ok``). Then

- 2-fold cross-validation over **articles** (repeated with ``--repeats`` shuffles): a logistic
  regression (numpy, L2, Newton) is fitted on one half (label: content and speaker right), its
  probability threshold picked on that half alone (inner 2-fold out-of-fold probabilities
  averaged over 5 shuffles; the lowest threshold whose precision of content at 30 % reaches
  ``--precision``), and measured on the other half: statements added, their
  precision (content at 30 %), with the right speaker, and quoted passages (of gold direct
  attributions) they would cover with the right speaker;
- with ``--write``, the model fitted on all of train with the threshold picked the same way
  goes to ``data/attribution/quote_model.csv`` (with ``--no-ship``: threshold 1, the rule
  adds nothing), the CV figures in its header.

Usage::

    .venv/bin/python benchmarks/train_quote_model.py                 # CV figures only
    .venv/bin/python benchmarks/train_quote_model.py --write         # and write the CSV
    .venv/bin/python benchmarks/train_quote_model.py --end-to-end    # + evaluator per half

``--end-to-end`` scores repeat 0's held-out halves with the evaluator itself
(``score_documents``, rule 12 off and then on with the model of the other half).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

import numpy as np

import geneva_nb as gn
from geneva_nb.attribution import cascade, learned
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


def collect(folder: Path, *, beliefs: bool, limit: int = 0):
    """Features, labels and article of every candidate on ``folder``'s articles."""
    seen: dict[tuple[int, int], dict[str, float]] = {}

    def every(doc, out):
        found = learned._candidates(doc, out)
        for c, f in found:
            seen[c.content] = f
        return [c for c, _f in found]

    rows, ys, content_ok, speaker_ok, passages, groups = [], [], [], [], [], []
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
            seen.clear()
            df = gn.attribute(text, beliefs=beliefs)
            readings = _readings(df)
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
                n_pass = sum(1 for p, g in owned if covered_share(p, frag) >= 0.8
                             and _speaker_ok(pred, g, text, readings=readings))
                rows.append([seen[span].get(k, 0.0) for k in learned.FEATURES])
                content_ok.append(c_ok)
                speaker_ok.append(s_ok)
                ys.append(s_ok)
                passages.append(n_pass)
                groups.append(ann.stem)
    finally:
        cascade._quote_learned = old
    return (np.array(rows, dtype=float), np.array(ys, dtype=bool), np.array(content_ok),
            np.array(speaker_ok), np.array(passages), groups)


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


def threshold_inside(x, y, good, groups, target, seed, *, inner_repeats: int = 5):
    """Threshold from out-of-fold probabilities within the training set (2-fold over its
    articles, averaged over ``inner_repeats`` shuffles: a steadier pick than one split)."""
    oof = np.zeros(len(y))
    for r in range(inner_repeats):
        inner = halves(groups, seed * 1000 + 100 + r)
        for j in (0, 1):
            oof[inner == j] += prob(fit(x[inner != j], y[inner != j]), x[inner == j])
    return pick_threshold(oof / inner_repeats, good, target)


def end_to_end(folder: Path, x, y, good, groups, target: float, *, beliefs: str,
               limit: int = 0) -> list[str]:
    """Repeat 0's halves scored by the evaluator (``score_documents``) on the held-out half,
    once with the rule off and once with the model fitted on the other half."""
    pairs = find_pairs(folder)[:limit or None]
    fold = halves(groups, 0)
    half_of = dict(zip(groups, fold, strict=True))
    # an article with no candidate falls in no half: the rule cannot change it
    lines = []
    old = learned._model
    try:
        for j in (0, 1):
            tr = fold != j
            gtr = [g for g, t in zip(groups, tr, strict=True) if t]
            thr = threshold_inside(x[tr], y[tr], good[tr], gtr, target, 0)
            w, b = fit(x[tr], y[tr])
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
    ap.add_argument("--end-to-end", action="store_true",
                    help="also score each held-out half with the evaluator, model off and on")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-ship", action="store_true")
    a = ap.parse_args(argv)
    folder = Path(a.folder)
    if not folder.is_dir():
        print(f"no PolNeAR split at {folder}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    x, y, c_ok, s_ok, pas, groups = collect(folder, beliefs=a.beliefs == "on", limit=a.limit)
    took = time.perf_counter() - t0
    print(f"{len(y)} candidates from {len(set(groups))} articles ({took:.0f} s):"
          f" content matches {c_ok.sum()}, right speaker {s_ok.sum()}, passages {pas.sum()}")
    if a.label == "content":
        y = c_ok
    lines = []
    total = np.zeros(4)
    for rep in range(a.repeats):
        fold = halves(groups, rep)
        for j in (0, 1):
            tr, te = fold != j, fold == j
            gtr = [g for g, t in zip(groups, tr, strict=True) if t]
            good = c_ok if a.tune == "content" else y
            thr = threshold_inside(x[tr], y[tr], good[tr], gtr, a.precision, rep)
            p = prob(fit(x[tr], y[tr]), x[te])
            fire = p >= thr
            n = int(fire.sum())
            line = (f"repeat {rep} half {j}: threshold {thr:.3f}, held-out fired {n}, content "
                    f"{int(c_ok[te][fire].sum())}, right speaker {int(s_ok[te][fire].sum())}, "
                    f"passages right {int(pas[te][fire].sum())}"
                    + (f", precision {c_ok[te][fire].mean():.3f} / speaker "
                       f"{s_ok[te][fire].mean():.3f}" if n else ""))
            print(line)
            lines.append(line)
            total += [n, int(c_ok[te][fire].sum()), int(s_ok[te][fire].sum()),
                      int(pas[te][fire].sum())]
    n, c, sp, ps = (int(v) for v in total)
    line = (f"all held-out halves: fired {n}, content {c} ({c / max(n, 1):.3f}), right speaker "
            f"{sp} ({sp / max(n, 1):.3f}), passages right {ps}")
    print(line)
    lines.append(line)
    if a.end_to_end:
        lines += end_to_end(folder, x, y, c_ok if a.tune == "content" else y, groups,
                            a.precision, beliefs=a.beliefs, limit=a.limit)
    model = fit(x, y)
    thr = threshold_inside(x, y, c_ok if a.tune == "content" else y, groups, a.precision, 7)
    p = prob(model, x)
    print(f"all of train: threshold {thr:.3f}, fires {int((p >= thr).sum())} (in-sample)")
    for k, w in sorted(zip(learned.FEATURES, model[0], strict=True), key=lambda kw: -abs(kw[1])):
        print(f"  {k:28s} {w:+.3f}")
    if a.write:
        shipped = 1.0 if a.no_ship else thr
        with OUT.open("w", encoding="utf-8") as f:
            f.write("# rule 12 (quote-learned): logistic regression weights, written by\n"
                    "# benchmarks/train_quote_model.py from PolNeAR train "
                    f"(beliefs {a.beliefs}, {len(y)} candidates, {len(set(groups))} articles).\n"
                    "# 2-fold CV over articles, threshold picked inside the training half:\n")
            for line in lines:
                f.write(f"# {line}\n")
            f.write("name,value\n")
            for k, w in zip(learned.FEATURES, model[0], strict=True):
                f.write(f"{k},{w:.6f}\n")
            f.write(f"intercept,{model[1]:.6f}\nthreshold,{shipped:.6f}\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
