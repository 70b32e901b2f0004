"""Train the word-valence table and the three small tone models on the dev data; report nested CV.

Usage: ``.venv/bin/python benchmarks/train_tone.py [BENCH_DIR] [--research --out DIR]``
(default as for ``geneva-nb evaluate tone``). Writes ``data/lexicons/word_valence.csv``,
``conflict_words.csv`` and ``tone_weights.csv`` (MIT-clean inputs only: the shipped tables;
``--research`` adds the AFINN/NRC features of ``geneva_nb[research]`` to the NYT model and must
write elsewhere, ``--out DIR``) and prints in-sample and honest 5-fold cross-validated figures
(folds by document / speech, seed 0). numpy only; deterministic (closed-form ridge, Newton steps
for the logistic models, fixed iteration counts, sorted vocabularies and groups).

The word-valence table (see ``geneva_nb.tone_model``) is a shrunken mean label per stemmed word,
pooled over NYT editorial sentences (rating / 4) and NewsMTSC sentences (mean target polarity
x 0.5, sample weight 0.5). The models use its score as one feature, fitted on *cross-fitted*
scores (stacking): every training row is scored by a table built without its own fold.

Honest cross-validation: for each outer fold, the table is rebuilt without the fold's rows, the
training rows get inner cross-fitted table scores, the model is fitted on the training rows, and
(UNSCon) the decision threshold is chosen by inner cross-validation on the training rows only.
NYT rows never train anything used to score NYT held-out rows, and likewise for NewsMTSC; UNSCon
rows never enter the table.

Models (features in ``geneva_nb.tone_model``):
- compound: ridge regression (lambda 1, standardized features) of rating/4 on NYT sentences.
- conflict: L2 logistic regression (lambda 1) on UNSCon, with a second, UNSCon-only word table
  (``conflict_words.csv``: shrunken conflict rate per word, prior 10 sentences), cross-fitted
  like the first; the stored threshold maximises the 5-fold out-of-fold F1 on all dev rows (the
  same rule the nested CV applies inside each outer fold's training rows).
- target: balanced multinomial logistic regression (lambda 1) on NewsMTSC targets (arg-max).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from geneva_nb import tone_model as tm  # noqa: E402
from geneva_nb.evaluate import tone as ev  # noqa: E402

SEED = 0
FOLDS = 5
TABLE_ALPHA = 2.0  # prior strength (in sentences) shrinking each word's mean toward 0
TABLE_MIN_COUNT = 3  # words in fewer pooled dev sentences are left out of the table
NEWS_WEIGHT = 0.5  # sample weight of a NewsMTSC sentence in the pooled table
CONFLICT_ALPHA = 10.0  # prior strength of the UNSCon conflict word table (976 sentences: more)
NEWS_SCALE = 0.5  # NewsMTSC mean target polarity (-1..1) x this -> the rating/4 scale
DENSE_LAMBDA = 1.0
NYT_NEUTRAL = 0.5  # NYT 3-class gold: mean rating (-4..4) >= 0.5 positive, <= -0.5 negative
OUT = ROOT / "data" / "lexicons"

Table = dict[str, float]


def folds(groups: Sequence[str], k: int = FOLDS, salt: str = "") -> np.ndarray:
    uniq = sorted({g + salt for g in groups})
    rng = np.random.default_rng(SEED)
    rng.shuffle(uniq)
    which = {g: i % k for i, g in enumerate(uniq)}
    return np.array([which[g + salt] for g in groups])


def standardize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(0)
    scale = x.std(0)
    scale[scale == 0] = 1.0
    return mean, scale


# ----------------------------------------------------------------------------- word table
class Pool:
    """The labelled sentences the word table is built from (NYT and NewsMTSC)."""

    def __init__(self, nyt_words: list[frozenset[str]], nyt_y: np.ndarray,
                 news_words: list[frozenset[str]], news_y: np.ndarray) -> None:
        self.words = nyt_words + news_words
        self.y = np.r_[nyt_y, news_y * NEWS_SCALE]
        self.w = np.r_[np.ones(len(nyt_words)), np.full(len(news_words), NEWS_WEIGHT)]
        self.n_nyt = len(nyt_words)

    def table(self, keep: np.ndarray) -> tuple[Table, Counter[str]]:
        """Shrunken mean label per word over the pooled rows ``keep`` (a boolean mask)."""
        return shrunk_table(self.words, self.y, self.w, keep, TABLE_ALPHA)


def shrunk_table(words: list[frozenset[str]], y: np.ndarray, w: np.ndarray, keep: np.ndarray,
                 alpha: float) -> tuple[Table, Counter[str]]:
    """Per word: sum(w * (y - weighted mean)) / (sum(w) + alpha) over the rows ``keep``."""
    idx = np.flatnonzero(keep)
    ybar = float(np.average(y[idx], weights=w[idx]))
    total: defaultdict[str, float] = defaultdict(float)
    weight: defaultdict[str, float] = defaultdict(float)
    count: Counter[str] = Counter()
    for i in idx:
        d, wi = y[i] - ybar, w[i]
        for word in words[i]:
            total[word] += wi * d
            weight[word] += wi
            count[word] += 1
    table = {k: total[k] / (weight[k] + alpha)
             for k in sorted(total) if count[k] >= TABLE_MIN_COUNT}
    return table, count


def cross_fitted(pool: Pool, rows: np.ndarray, row_pool: Callable[[np.ndarray], np.ndarray],
                 groups: Sequence[str], score: Callable[[Table, np.ndarray], np.ndarray],
                 base_keep: np.ndarray, salt: str) -> np.ndarray:
    """Table scores of ``rows``, each from a table built without its (inner) fold's pool rows.

    ``row_pool(rows)`` is the mask of pool rows belonging to those data rows; ``base_keep`` the
    pool rows allowed at all (e.g. without the outer held-out fold).
    """
    inner = folds([groups[i] for i in rows], salt=salt)
    out = np.zeros(len(rows))
    for j in range(FOLDS):
        keep = base_keep & ~row_pool(rows[inner == j])
        table, _ = pool.table(keep)
        out[inner == j] = score(table, rows[inner == j])
    return out


# ----------------------------------------------------------------------------- models
def fit_ridge(x: np.ndarray, y: np.ndarray, lam: float = DENSE_LAMBDA):
    mean, scale = standardize(x)
    z = (x - mean) / scale
    w = np.linalg.solve(z.T @ z + lam * np.eye(z.shape[1]), z.T @ (y - y.mean()))
    return dict(mean=mean, scale=scale, w=w, intercept=float(y.mean()))


def predict_ridge(model, x: np.ndarray) -> np.ndarray:
    return ((x - model["mean"]) / model["scale"]) @ model["w"] + model["intercept"]


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


def three_way(score: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """-1 / 0 / 1: negative at or below ``lo``, positive at or above ``hi``, else neutral."""
    return np.where(score >= hi, 1, np.where(score <= lo, -1, 0))


def best_cuts(score: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """The (negative, positive) cuts on ``score`` maximising the 3-class macro-F1 on these rows.

    Grid of 0.01 steps in [-0.5, 0] x [0, 0.5]; ties go to the cuts nearest VADER's +-0.05.
    """
    grid = np.round(np.arange(0.0, 0.501, 0.01), 2)
    is_gold = [gold == c for c in (-1, 0, 1)]

    def f1_3(pred: np.ndarray) -> float:
        return float(np.mean([f1(g, pred == c) for g, c in zip(is_gold, (-1, 0, 1),
                                                                strict=True)]))

    best = max((f1_3(three_way(score, -lo, hi)), -abs(lo - 0.05) - abs(hi - 0.05), -lo, hi)
                for lo in grid for hi in grid)
    return float(best[2]), float(best[3])


def nyt_classes(rating: np.ndarray) -> np.ndarray:
    """NYT 3-class gold: the mean rating leans at least NYT_NEUTRAL scale points either way."""
    return three_way(rating, -NYT_NEUTRAL, NYT_NEUTRAL)


def oof_threshold(x: np.ndarray, y: np.ndarray, groups: Sequence[str], salt: str) -> float:
    """The probability cut maximising the F1 of 5-fold out-of-fold predictions on these rows."""
    inner = folds(groups, salt=salt)
    oof = np.zeros(len(y))
    for j in range(FOLDS):
        m = fit_softmax(x[inner != j], y[inner != j].astype(int), 2)
        oof[inner == j] = predict_softmax(m, x[inner == j])[:, 1]
    return best_threshold(oof, y)


# ----------------------------------------------------------------------------- main
def _write_word_table(path: Path, table: dict, counts: dict, comment: str) -> None:
    """A learned word table: the comment, then ``word,valence,count`` sorted by word."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(comment)
        fh.write("word,valence,count\n")
        for word in sorted(table):
            fh.write(f"{word},{table[word]:.4f},{counts[word]}\n")


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("bench", nargs="?", type=Path, default=None,
                    help="the bench folder (default as for `geneva-nb evaluate tone`)")
    ap.add_argument("--research", action="store_true",
                    help="add the research-only AFINN/NRC features to the NYT model (needs "
                         "geneva_nb[research]); the shipped tables are trained without them")
    ap.add_argument("--out", type=Path, default=None,
                    help=f"where the tables are written (default {OUT.relative_to(ROOT)}; "
                         "required with --research, so the shipped MIT-only tables stay)")
    ap.add_argument("--no-write", action="store_true", help="print the figures only")
    args = ap.parse_args(argv)
    if args.research and args.out is None and not args.no_write:
        ap.error("--research needs --out DIR (or --no-write): the shipped tables stay MIT-only")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    report, _ = train(args.bench or ev.default_bench_dir(), research=args.research,
                      out_dir=None if args.no_write else args.out or OUT)
    print("\n".join(report))
    return 0


def train(bench: Path, *, research: bool = False,
          out_dir: Path | None = None) -> tuple[list[str], dict[str, float]]:
    """Fit everything on ``bench``; write the tables to ``out_dir`` (None: write nothing).

    Returns the report lines and the figures by name (``<data>_<method>``, e.g. ``nyt_cv``:
    the NYT nested CV r, ``nyt_vader``: plain VADER's r on the same rows).
    """
    figures: dict[str, float] = {}
    rows_out: list[tuple[str, str, str, float, float, float]] = []
    report: list[str] = []
    none: Table = {}

    nyt = ev.load_nyt(ev.find_bench_file(bench, ev.NYT))
    mt = ev.load_newsmtsc(ev.find_bench_file(bench, ev.NEWSMTSC))
    uns = ev.load_unscon(ev.find_bench_file(bench, ev.UNSCON))

    # pooled sentences: NYT rows first, then each distinct NewsMTSC sentence (mean polarity)
    feats = [tm.sentence_features(r.text, table=none, conflict_table=none,
                                  research=research) for r in nyt]
    nyt_words = [f.words for f in feats]
    y = np.array([r.rating for r in nyt]) / 4.0
    labels: defaultdict[str, list[int]] = defaultdict(list)
    for r in mt:
        labels[r.text].append(r.label)
    news_texts = sorted(labels)
    news_index = {t: i for i, t in enumerate(news_texts)}
    pool = Pool(nyt_words, y, [tm.word_set(t) for t in news_texts],
                np.array([np.mean(labels[t]) for t in news_texts]))
    n_pool = len(pool.words)
    all_pool = np.ones(n_pool, bool)

    def nyt_mask(rows: np.ndarray) -> np.ndarray:
        m = np.zeros(n_pool, bool)
        m[rows] = True
        return m

    def nyt_score(table: Table, rows: np.ndarray) -> np.ndarray:
        return np.array([tm.word_score(nyt_words[i], table) for i in rows])

    # ---------------------------------------------------------------- compound (NYT)
    cols = [c for c in tm.COMPOUND_FEATURES if c != "words"]
    if research:
        cols += list(tm.RESEARCH_FEATURES)
    x = np.array([[f.values[c] for c in cols] for f in feats])
    reg = tm.READOUT_WEIGHT * np.array([f.values["readout"] for f in feats])
    vad = np.array([f.values["vader"] for f in feats])
    docs = [r.doc for r in nyt]
    fold = folds(docs)
    cv = np.zeros(len(y))
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        base = ~nyt_mask(te)
        s_tr = cross_fitted(pool, tr, nyt_mask, docs, nyt_score, base, f"outer{k}")
        table, _ = pool.table(base)
        m = fit_ridge(np.c_[x[tr], s_tr], y[tr])
        cv[te] = predict_ridge(m, np.c_[x[te], nyt_score(table, te)])
    every = np.arange(len(y))
    s_all = cross_fitted(pool, every, nyt_mask, docs, nyt_score, all_pool, "final")
    m = fit_ridge(np.c_[x, s_all], y)
    full_table, counts = pool.table(all_pool)
    ins = predict_ridge(m, np.c_[x, nyt_score(full_table, every)])
    no_words = np.zeros(len(y))
    for k in range(FOLDS):
        mm = fit_ridge(x[fold != k], y[fold != k])
        no_words[fold == k] = predict_ridge(mm, x[fold == k])

    def r(a: np.ndarray) -> float:
        return float(np.corrcoef(np.clip(a, -1, 1), y)[0, 1])

    figures.update(nyt_vader=r(vad), nyt_in_sample=r(ins + reg), nyt_cv=r(cv + reg))
    report.append(f"NYT editorials (n={len(y)}): Pearson r  VADER {r(vad):.3f} | project "
                  f"in-sample {r(ins + reg):.3f}, 5-fold CV {r(cv + reg):.3f} "
                  f"(without register cues: {r(ins):.3f} / {r(cv):.3f}; without the word "
                  f"table, CV {r(no_words + reg):.3f})")
    # ToneScore.label of gn.tone: cuts on compound chosen on out-of-fold scores (NYT 3-class)
    gold3 = nyt_classes(y * 4)
    oof = np.clip(cv + reg, -1, 1)
    lab_cv = np.zeros(len(y), dtype=int)
    fold_cuts = []
    for k in range(FOLDS):
        cut = best_cuts(oof[fold != k], gold3[fold != k])
        fold_cuts.append(cut)
        lab_cv[fold == k] = three_way(oof[fold == k], *cut)
    lo, hi = best_cuts(oof, gold3)
    lab_in = three_way(np.clip(ins + reg, -1, 1), lo, hi)
    counts3 = {c: int((gold3 == c).sum()) for c in (-1, 0, 1)}
    report.append(
        f"NYT 3-class (mean rating <= -{NYT_NEUTRAL:g} / >= {NYT_NEUTRAL:g}; neg/neu/pos "
        f"{counts3[-1]}/{counts3[0]}/{counts3[1]}): macro-F1  VADER +-0.05 "
        f"{macro_f1(gold3, three_way(vad, -0.05, 0.05)):.3f} | compound +-0.05 in-sample "
        f"{macro_f1(gold3, three_way(np.clip(ins + reg, -1, 1), -0.05, 0.05)):.3f}, CV "
        f"{macro_f1(gold3, three_way(oof, -0.05, 0.05)):.3f} | label (cuts {lo:+.2f} / "
        f"{hi:+.2f}) in-sample {macro_f1(gold3, lab_in):.3f}, nested CV "
        f"{macro_f1(gold3, lab_cv):.3f}")
    report.append(f"  label cuts chosen inside the outer folds: {fold_cuts}")
    figures.update(nyt3_vader=macro_f1(gold3, three_way(vad, -0.05, 0.05)),
                   nyt3_label_cv=macro_f1(gold3, lab_cv))
    for c, w, mu, sc in zip([*cols, "words"], m["w"], m["mean"], m["scale"], strict=True):
        rows_out.append(("compound", "y", c, float(w), float(mu), float(sc)))
    rows_out.append(("compound", "y", "(intercept)", m["intercept"], 0.0, 1.0))
    rows_out.append(("compound", "y", "(threshold negative)", lo, 0.0, 1.0))
    rows_out.append(("compound", "y", "(threshold positive)", hi, 0.0, 1.0))

    # ---------------------------------------------------------------- conflict (UNSCon)
    # UNSCon rows never enter the table, so the full table's scores are honest for them
    feats_u = [tm.sentence_features(r.text, table=full_table, conflict_table=none,
                                    research=False) for r in uns]
    ucols = [c for c in tm.CONFLICT_FEATURES if c != "conflict_words"]
    xu = np.array([[f.values[c] for c in ucols] for f in feats_u])
    yu = np.array([r.conflict for r in uns])
    country = np.array([r.country for r in uns])
    speeches = [r.speech for r in uns]
    u_words = [f.words for f in feats_u]
    u_w = np.ones(len(yu))

    def conflict_table(rows: np.ndarray) -> tuple[Table, Counter[str]]:
        keep = np.zeros(len(yu), bool)
        keep[rows] = True
        return shrunk_table(u_words, yu.astype(float), u_w, keep, CONFLICT_ALPHA)

    def u_score(table: Table, rows: np.ndarray) -> np.ndarray:
        return np.array([tm.word_score(u_words[i], table) for i in rows])

    def u_cross_fitted(rows: np.ndarray, salt: str) -> np.ndarray:
        inner = folds([speeches[i] for i in rows], salt=salt)
        out = np.zeros(len(rows))
        for j in range(FOLDS):
            out[inner == j] = u_score(conflict_table(rows[inner != j])[0], rows[inner == j])
        return out

    fold = folds(speeches)
    cvp = np.zeros(len(yu), bool)
    cuts = []
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        x_tr = np.c_[xu[tr], u_cross_fitted(tr, f"outer{k}")]
        t = oof_threshold(x_tr, yu[tr], [speeches[i] for i in tr], f"outer{k}")
        cuts.append(t)
        mm = fit_softmax(x_tr, yu[tr].astype(int), 2)
        x_te = np.c_[xu[te], u_score(conflict_table(tr)[0], te)]
        cvp[te] = predict_softmax(mm, x_te)[:, 1] >= t
    every = np.arange(len(yu))
    x_all = np.c_[xu, u_cross_fitted(every, "final")]
    t = oof_threshold(x_all, yu, speeches, "final")
    mm = fit_softmax(x_all, yu.astype(int), 2)
    ctable, ccounts = conflict_table(every)
    ins_u = predict_softmax(mm, np.c_[xu, u_score(ctable, every)])[:, 1] >= t
    vad_u = np.array([f.values["vader"] for f in feats_u]) <= -0.05
    for label, code in [("all", None), *ev.DELEGATIONS.items()]:
        s = np.ones(len(yu), bool) if code is None else country == code
        report.append(f"UNSCon {label} (n={s.sum()}): conflict F1  VADER {f1(yu[s], vad_u[s]):.3f}"
                      f" | project in-sample {f1(yu[s], ins_u[s]):.3f}, nested 5-fold CV "
                      f"{f1(yu[s], cvp[s]):.3f}")
    report.append(f"  thresholds chosen inside the outer folds: {cuts}; stored: {t}")
    figures.update(unscon_vader=f1(yu, vad_u), unscon_cv=f1(yu, cvp))
    w = mm["w"][:, 1] - mm["w"][:, 0]  # binary softmax -> one logit
    for c, wi, mu, sc in zip([*ucols, "conflict_words"], w[1:], mm["mean"], mm["scale"],
                             strict=True):
        rows_out.append(("conflict", "conflict", c, float(wi), float(mu), float(sc)))
    rows_out.append(("conflict", "conflict", "(intercept)", float(w[0]), 0.0, 1.0))
    rows_out.append(("conflict", "conflict", "(threshold conflict)", t, 0.0, 1.0))

    # ---------------------------------------------------------------- target (NewsMTSC)
    tcols = [c for c in tm.TARGET_FEATURES if c not in {"words", "words_near"}]
    base_t = [tm.target_features(r.text, r.start, r.end, table=none) for r in mt]
    xt = np.array([[v[c] for c in tcols] for v in base_t])
    yt = np.array([r.label for r in mt])
    sent_words = [tm.word_set(r.text) for r in mt]
    near_words = [tm.target_words(r.text, r.start, r.end) for r in mt]
    pool_row = np.array([pool.n_nyt + news_index[r.text] for r in mt])
    tdocs = [r.doc for r in mt]

    def mt_mask(rows: np.ndarray) -> np.ndarray:
        m = np.zeros(n_pool, bool)
        m[pool_row[rows]] = True
        return m

    def mt_score(table: Table, rows: np.ndarray) -> np.ndarray:
        return np.array([[tm.word_score(sent_words[i], table),
                          sum(table.get(w, 0.0) * wt for w, wt in near_words[i])]
                         for i in rows]).reshape(len(rows), 2)

    fold = folds(tdocs)
    cvl = np.zeros(len(yt), dtype=int)
    cv_compound = np.zeros(len(yt))  # tone_toward's compound: P(positive) - P(negative)
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        base = ~mt_mask(te)
        s_tr = np.zeros((len(tr), 2))
        inner = folds([tdocs[i] for i in tr], salt=f"outer{k}")
        for j in range(FOLDS):
            table, _ = pool.table(base & ~mt_mask(tr[inner == j]))
            s_tr[inner == j] = mt_score(table, tr[inner == j])
        table, _ = pool.table(base)
        mm = fit_softmax(np.c_[xt[tr], s_tr], yt[tr] + 1, 3, balanced=True)
        pt = predict_softmax(mm, np.c_[xt[te], mt_score(table, te)])
        cvl[te] = pt.argmax(1) - 1
        cv_compound[te] = pt[:, 2] - pt[:, 0]
    every = np.arange(len(yt))
    s_all = np.zeros((len(yt), 2))
    inner = folds(tdocs, salt="final")
    for j in range(FOLDS):
        table, _ = pool.table(~mt_mask(every[inner == j]))
        s_all[inner == j] = mt_score(table, every[inner == j])
    mm = fit_softmax(np.c_[xt, s_all], yt + 1, 3, balanced=True)
    pin = predict_softmax(mm, np.c_[xt, mt_score(full_table, every)])
    inl = pin.argmax(1) - 1
    sv = xt[:, tcols.index("vader")]
    vl = np.where(sv >= 0.05, 1, np.where(sv <= -0.05, -1, 0))
    figures.update(newsmtsc_vader=macro_f1(yt, vl), newsmtsc_cv=macro_f1(yt, cvl),
                   newsmtsc_compound_cv=macro_f1(yt, three_way(cv_compound, -0.05, 0.05)))
    report.append(f"NewsMTSC (n={len(yt)}): macro-F1  VADER {macro_f1(yt, vl):.3f} | project "
                  f"in-sample {macro_f1(yt, inl):.3f}, 5-fold CV {macro_f1(yt, cvl):.3f} (= "
                  f"ToneScore.label of tone_toward; its compound read at +-0.05: in-sample "
                  f"{macro_f1(yt, three_way(pin[:, 2] - pin[:, 0], -0.05, 0.05)):.3f}, CV "
                  f"{macro_f1(yt, three_way(cv_compound, -0.05, 0.05)):.3f})")
    for ki, klass in enumerate(("negative", "neutral", "positive")):
        for c, wi, mu, sc in zip([*tcols, "words", "words_near"], mm["w"][1:, ki], mm["mean"],
                                 mm["scale"], strict=True):
            rows_out.append(("target", klass, c, float(wi), float(mu), float(sc)))
        rows_out.append(("target", klass, "(intercept)", float(mm["w"][0, ki]), 0.0, 1.0))

    # ---------------------------------------------------------------- write
    features = "with the research-only AFINN/NRC features" if research else (
        "MIT-clean features only")
    report.append(f"NYT compound model: {features} ({len(cols) + 1} inputs)")
    report.append(f"word table: {len(full_table)} words (>= {TABLE_MIN_COUNT} pooled sentences)")
    if out_dir is None:
        return report, figures
    out_dir.mkdir(parents=True, exist_ok=True)
    _write_word_table(
        out_dir / "word_valence.csv", full_table, counts,
        "# Learned by benchmarks/train_tone.py on the dev data (see README.md here):\n"
        f"# shrunken mean label (rating/4 units; prior {TABLE_ALPHA:g} sentences) of the\n"
        "# pooled NYT editorial and NewsMTSC sentences containing the stemmed word;\n"
        "# count = pooled dev sentences with it.\n")
    _write_word_table(
        out_dir / "conflict_words.csv", ctable, ccounts,
        "# Learned by benchmarks/train_tone.py on the UNSCon dev sentences: shrunken\n"
        f"# conflict rate minus the mean (prior {CONFLICT_ALPHA:g} sentences) of the\n"
        "# sentences containing the stemmed word; count = dev sentences with it.\n")
    with (out_dir / "tone_weights.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Learned by benchmarks/train_tone.py on the dev data (data/lexicons/README.md)\n"
                 "# score = intercept + sum(weight * (feature - mean) / scale), per model, class\n")
        fh.write("model,klass,feature,weight,mean,scale\n")
        for model, klass, feat, wi, mu, sc in rows_out:
            fh.write(f"{model},{klass},{feat},{wi:.6f},{mu:.6f},{sc:.6f}\n")
    return report, figures


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
