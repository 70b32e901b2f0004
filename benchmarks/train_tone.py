"""Train the three small tone models on the development data and write their weight tables.

Usage: ``.venv/bin/python benchmarks/train_tone.py [BENCH_DIR]`` (default as for
``geneva-nb evaluate tone``). Writes ``data/lexicons/tone_weights.csv`` and
``data/lexicons/learned_words.csv`` and prints in-sample and 5-fold cross-validated figures
(folds by document / speech, seed 0). numpy only; deterministic (closed-form ridge, Newton steps
for the logistic models, fixed iteration counts, sorted vocabularies).

Models (features in ``geneva_nb.tone_model``):
- compound: ridge regression of rating/4 on NYT editorial sentences; dense features penalised with
  lambda 1, stemmed words seen in >= 5 sentences penalised with lambda 50.
- conflict: L2 logistic regression (lambda 1) on UNSCon; the decision threshold maximises the
  out-of-fold (5-fold CV) F1, so the CV F1 printed is slightly optimistic.
- target: balanced multinomial logistic regression (lambda 1) on NewsMTSC targets; the label is
  the arg-max class.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from geneva_nb import tone_model as tm  # noqa: E402
from geneva_nb.evaluate import tone as ev  # noqa: E402

SEED = 0
FOLDS = 5
WORD_MIN_COUNT = 5
WORD_LAMBDA = 50.0
DENSE_LAMBDA = 1.0
OUT = ROOT / "data" / "lexicons"


def folds(groups: list[str], k: int = FOLDS) -> np.ndarray:
    uniq = sorted(set(groups))
    rng = np.random.default_rng(SEED)
    rng.shuffle(uniq)
    which = {g: i % k for i, g in enumerate(uniq)}
    return np.array([which[g] for g in groups])


def standardize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(0)
    scale = x.std(0)
    scale[scale == 0] = 1.0
    return mean, scale


# ----------------------------------------------------------------------------- compound (NYT)
def fit_compound(x: np.ndarray, words: list[frozenset[str]], y: np.ndarray):
    mean, scale = standardize(x)
    counts = Counter(w for ws in words for w in ws)
    vocab = sorted(w for w, c in counts.items() if c >= WORD_MIN_COUNT)
    index = {w: j for j, w in enumerate(vocab)}
    m = np.zeros((len(words), len(vocab)))
    for i, ws in enumerate(words):
        for w in ws:
            if w in index:
                m[i, index[w]] = 1.0
    z = np.hstack([(x - mean) / scale, m])
    ym = y.mean()
    pen = np.r_[np.full(x.shape[1], DENSE_LAMBDA), np.full(len(vocab), WORD_LAMBDA)]
    w = np.linalg.solve(z.T @ z + np.diag(pen), z.T @ (y - ym))
    dense, wordw = w[: x.shape[1]], dict(zip(vocab, w[x.shape[1]:], strict=True))
    return dict(mean=mean, scale=scale, dense=dense, intercept=ym, words=wordw, counts=counts)


def predict_compound(model, x: np.ndarray, words: list[frozenset[str]]) -> np.ndarray:
    base = ((x - model["mean"]) / model["scale"]) @ model["dense"] + model["intercept"]
    return base + np.array([sum(model["words"].get(w, 0.0) for w in ws) for ws in words])


# ----------------------------------------------------------------------------- logistic models
def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, *, lam: float = 1.0,
                balanced: bool = False, iters: int = 30):
    """Multinomial (or binary with classes=2) logistic regression by Newton's method."""
    mean, scale = standardize(x)
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    n, d = z.shape
    y1 = np.eye(classes)[y]
    sw = np.ones(n)
    if balanced:
        freq = y1.mean(0)
        sw = (1.0 / (classes * freq))[y]
    w = np.zeros((d, classes))
    reg = lam * np.eye(d)
    reg[0, 0] = 0.0
    for _ in range(iters):
        a = z @ w
        a -= a.max(1, keepdims=True)
        p = np.exp(a)
        p /= p.sum(1, keepdims=True)
        # block-coordinate Newton per class (classes are few): fine and deterministic
        for k in range(classes):
            g = z.T @ (sw * (p[:, k] - y1[:, k])) + reg @ w[:, k]
            h = (z.T * (sw * p[:, k] * (1 - p[:, k]))) @ z + reg
            w[:, k] -= np.linalg.solve(h, g)
            a = z @ w
            a -= a.max(1, keepdims=True)
            p = np.exp(a)
            p /= p.sum(1, keepdims=True)
    return dict(mean=mean, scale=scale, w=w)


def predict_softmax(model, x: np.ndarray) -> np.ndarray:
    z = np.hstack([np.ones((len(x), 1)), (x - model["mean"]) / model["scale"]])
    a = z @ model["w"]
    a -= a.max(1, keepdims=True)
    p = np.exp(a)
    return p / p.sum(1, keepdims=True)


def f1(gold: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(gold & pred))
    fp = float(np.sum(~gold & pred))
    fn = float(np.sum(gold & ~pred))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean([f1(gold == c, pred == c) for c in sorted(set(gold) | set(pred))]))


def best_threshold(p: np.ndarray, gold: np.ndarray) -> float:
    grid = np.round(np.arange(0.15, 0.71, 0.025), 3)
    return float(max(grid, key=lambda t: (f1(gold, p >= t), -abs(t - 0.5))))


# ----------------------------------------------------------------------------- main
def main(argv: list[str]) -> int:
    bench = Path(argv[0]) if argv else ev.default_bench_dir()
    rows_out: list[tuple[str, str, str, float, float, float]] = []
    report: list[str] = []

    # compound
    nyt = ev.load_nyt(ev.find_bench_file(bench, ev.NYT))
    feats = [tm.sentence_features(r.text) for r in nyt]
    x = np.array([[f.values[c] for c in tm.COMPOUND_FEATURES] for f in feats])
    words = [f.words for f in feats]
    reg = np.array([f.values["readout"] for f in feats])
    vad = np.array([f.values["vader"] for f in feats])
    y = np.array([r.rating for r in nyt]) / 4.0
    fold = folds([r.doc for r in nyt])
    cv = np.zeros(len(y))
    for k in range(FOLDS):
        m = fit_compound(x[fold != k], [w for w, f in zip(words, fold, strict=True) if f != k],
                         y[fold != k])
        cv[fold == k] = predict_compound(m, x[fold == k],
                                         [w for w, f in zip(words, fold, strict=True) if f == k])
    m = fit_compound(x, words, y)
    ins = predict_compound(m, x, words)

    def r(a: np.ndarray) -> float:
        return float(np.corrcoef(np.clip(a, -1, 1), y)[0, 1])

    reg = tm.READOUT_WEIGHT * reg
    report.append(f"NYT editorials (n={len(y)}): Pearson r  VADER {r(vad):.3f} | project "
                  f"in-sample {r(ins + reg):.3f}, 5-fold CV {r(cv + reg):.3f} "
                  f"(without register cues: {r(ins):.3f} / {r(cv):.3f})")
    for c, w, mu, sc in zip(tm.COMPOUND_FEATURES, m["dense"], m["mean"], m["scale"], strict=True):
        rows_out.append(("compound", "y", c, float(w), float(mu), float(sc)))
    rows_out.append(("compound", "y", "(intercept)", float(m["intercept"]), 0.0, 1.0))
    with (OUT / "learned_words.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Learned by benchmarks/train_tone.py (ridge, lambda 50) on the NYT\n"
                 "# editorial dev sentences: weight (rating/4 units) added to the compound\n"
                 "# base score when the stemmed word occurs; count = dev sentences with it.\n")
        fh.write("word,weight,count\n")
        for word in sorted(m["words"]):
            fh.write(f"{word},{m['words'][word]:.5f},{m['counts'][word]}\n")

    # conflict
    uns = ev.load_unscon(ev.find_bench_file(bench, ev.UNSCON))
    feats_u = [tm.sentence_features(r.text) for r in uns]
    xu = np.array([[f.values[c] for c in tm.CONFLICT_FEATURES] for f in feats_u])
    yu = np.array([r.conflict for r in uns])
    country = np.array([r.country for r in uns])
    fold = folds([r.speech for r in uns])
    oof = np.zeros(len(yu))
    for k in range(FOLDS):
        mm = fit_softmax(xu[fold != k], yu[fold != k].astype(int), 2)
        oof[fold == k] = predict_softmax(mm, xu[fold == k])[:, 1]
    # the threshold maximises the out-of-fold F1 (so the CV figure is slightly optimistic)
    t = best_threshold(oof, yu)
    cvp = oof >= t
    mm = fit_softmax(xu, yu.astype(int), 2)
    ins_u = predict_softmax(mm, xu)[:, 1] >= t
    vad_u = np.array([f.values["vader"] for f in feats_u]) <= -0.05
    for label, code in [("all", None), *ev.DELEGATIONS.items()]:
        s = np.ones(len(yu), bool) if code is None else country == code
        report.append(f"UNSCon {label} (n={s.sum()}): conflict F1  VADER {f1(yu[s], vad_u[s]):.3f}"
                      f" | project in-sample {f1(yu[s], ins_u[s]):.3f}, 5-fold CV "
                      f"{f1(yu[s], cvp[s]):.3f}")
    # binary softmax -> one logit: w1 - w0
    w = mm["w"][:, 1] - mm["w"][:, 0]
    for c, wi, mu, sc in zip(tm.CONFLICT_FEATURES, w[1:], mm["mean"], mm["scale"], strict=True):
        rows_out.append(("conflict", "conflict", c, float(wi), float(mu), float(sc)))
    rows_out.append(("conflict", "conflict", "(intercept)", float(w[0]), 0.0, 1.0))
    rows_out.append(("conflict", "conflict", "(threshold conflict)", t, 0.0, 1.0))

    # target
    mt = ev.load_newsmtsc(ev.find_bench_file(bench, ev.NEWSMTSC))
    xt = np.array([[tm.target_features(r.text, r.start, r.end)[c] for c in tm.TARGET_FEATURES]
                   for r in mt])
    yt = np.array([r.label for r in mt])
    fold = folds([r.doc for r in mt])
    cvl = np.zeros(len(yt), dtype=int)
    for k in range(FOLDS):
        mm = fit_softmax(xt[fold != k], yt[fold != k] + 1, 3, balanced=True)
        cvl[fold == k] = predict_softmax(mm, xt[fold == k]).argmax(1) - 1
    mm = fit_softmax(xt, yt + 1, 3, balanced=True)
    inl = predict_softmax(mm, xt).argmax(1) - 1
    sv = xt[:, 0]
    vl = np.where(sv >= 0.05, 1, np.where(sv <= -0.05, -1, 0))
    report.append(f"NewsMTSC (n={len(yt)}): macro-F1  VADER {macro_f1(yt, vl):.3f} | project "
                  f"in-sample {macro_f1(yt, inl):.3f}, 5-fold CV {macro_f1(yt, cvl):.3f}")
    for ki, klass in enumerate(("negative", "neutral", "positive")):
        for c, wi, mu, sc in zip(tm.TARGET_FEATURES, mm["w"][1:, ki], mm["mean"], mm["scale"],
                                 strict=True):
            rows_out.append(("target", klass, c, float(wi), float(mu), float(sc)))
        rows_out.append(("target", klass, "(intercept)", float(mm["w"][0, ki]), 0.0, 1.0))

    with (OUT / "tone_weights.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Learned by benchmarks/train_tone.py on the dev data (data/lexicons/README.md)\n"
                 "# score = intercept + sum(weight * (feature - mean) / scale), per model, class\n")
        fh.write("model,klass,feature,weight,mean,scale\n")
        for model, klass, feat, wi, mu, sc in rows_out:
            fh.write(f"{model},{klass},{feat},{wi:.6f},{mu:.6f},{sc:.6f}\n")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
