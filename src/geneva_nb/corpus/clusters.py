"""The same quotation across articles: clusters of direct quotations that are the same words.

Outlets quote one sentence differently: they trim it, cut the middle with an ellipsis, change
the punctuation, or translate it in their own words ("absolutely mandatory" / "absolutely
obligatory"). :func:`cluster_quotes` groups such variants so a researcher can see which outlets
carried a quotation, when, and how its wording drifted.

How clusters are formed:

1. Candidates are the contents of statements of kind ``direct`` and ``partial`` (the quoted
   words) and the quoted stretches inside ``indirect`` statements (``the US had been "firm in
   pushing back ..."``, found with :func:`geneva_nb.quotes.find_quotes`), with at least
   ``min_words`` words after normalisation: shorter quotes ("difficult") are the same words by
   chance, not the same quotation.
2. Normalisation: Unicode NFKC, quotation marks, ellipses (``…``, ``...``) and square-bracketed
   editorial insertions' brackets removed, lower case, every run of punctuation and spaces made
   one space. Identical normalised texts are one *variant*.
3. Two variants are linked when either (a) their edit similarity (rapidfuzz ``fuzz.ratio``,
   the normalised Indel similarity, 0-100) is at least ``ratio`` (default 80: a few words
   changed, as in two translations of one sentence), or (b) one is a trimmed part of the other:
   ``fuzz.token_set_ratio`` at least ``subset`` (default 90) with the shorter having at least
   ``min_words`` words and at least 30 % of the longer's words. Scores come from
   ``rapidfuzz.process.cdist`` on all pairs of distinct variants (in blocks of rows, so memory
   stays bounded, on all cores). Time grows with the square of the number of *distinct*
   wordings: about 13 CPU seconds for 3,000 (mostly ``token_set_ratio``), so about 2.5 CPU
   minutes for 10,000; a corpus with far more distinct quotations needs blocking (e.g. by
   speaker), which this function does not do.
4. Clusters are the connected components of the links (single linkage). The speaker of a
   cluster is the one most of its occurrences are attributed to; ``n_speakers`` > 1 flags a
   quotation attributed to different people (often an attribution error worth checking).
   Clusters are numbered ``q0001``... by number of articles (most first), then text.

How we know they are right: ``tests/test_corpus_quotes.py`` holds a hand-made set of
quotations in known groups (trimmed, elided, re-punctuated and re-translated variants, plus
near misses: different sentences by one speaker that share many words); every pair is placed
as the hand labels say. On the bundled invented corpus (``data/corpus``), whose shared
quotations were written with known variants, the same rules recover the written groups
(notebook 05 shows them).
Single linkage can chain: A~B and B~C put A and C together though they differ more; the
thresholds were chosen so that did not happen on either set, but a large corpus of formulaic
statements ("we will continue to...") can chain, and the variants table shows it when it does.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = [
    "OCCURRENCE_COLUMNS", "QUOTE_COLUMNS", "cluster_quotes", "normalise_quote",
    "quotation_candidates", "score_clusters",
]

QUOTE_COLUMNS = (
    "quote_id", "speaker", "side", "text", "n_variants", "n_articles", "n_speakers",
    "first_published", "last_published",
)
OCCURRENCE_COLUMNS = (
    "quote_id", "variant_id", "article_id", "statement_id", "speaker", "outlet", "published",
    "content",
)

_QUOTE_MARKS = re.compile("[\"“”„‟«»‹›]|(?<!\\w)['‘’]|['‘’](?!\\w)")
_ELLIPSIS = re.compile(r"…|\.\s*\.\s*\.")
_NON_WORD = re.compile(r"[^\w']+")


def normalise_quote(text: str) -> str:
    """The words of a quotation, for comparison: no quote marks, ellipses or punctuation."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = _ELLIPSIS.sub(" ", text)
    text = _QUOTE_MARKS.sub(" ", text).replace("[", " ").replace("]", " ")
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


class _Components:
    """Union-find over variant indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _links(variants: list[str], *, ratio: float, subset: float, min_words: int) -> list[tuple]:
    import numpy as np
    from rapidfuzz import fuzz, process

    words = np.array([len(v.split()) for v in variants], dtype=np.int32)
    pairs: list[tuple[int, int]] = []
    # each block compares some rows with every later variant: about 2 million scores at a time
    block = max(1, 2_000_000 // max(1, len(variants)))
    for lo in range(0, len(variants), block):
        rows, rest = variants[lo:lo + block], variants[lo:]
        edit = process.cdist(rows, rest, scorer=fuzz.ratio, dtype=np.uint8,
                             score_cutoff=ratio, workers=-1)
        sub = process.cdist(rows, rest, scorer=fuzz.token_set_ratio, dtype=np.uint8,
                            score_cutoff=subset, workers=-1)
        ei, ej = np.nonzero(edit)
        si, sj = np.nonzero(sub)
        del edit, sub
        a, b = words[lo + si], words[lo + sj]
        short, long = np.minimum(a, b), np.maximum(a, b)
        trimmed = (short >= min_words) & (short >= 0.3 * long)
        for i, j in zip(np.concatenate([ei, si[trimmed]]), np.concatenate([ej, sj[trimmed]]),
                        strict=True):
            if i < j:  # j counts from lo, like i: the pair (lo + i, lo + j), each once
                pairs.append((lo + int(i), lo + int(j)))
    return pairs


def cluster_quotes(
    statements: Any,
    articles: Any = None,
    *,
    ratio: float = 80,
    subset: float = 90,
    min_words: int = 4,
    kinds: tuple[str, ...] = ("direct", "partial"),
    prepared: bool = False,
) -> tuple[Any, Any]:
    """Cluster the quotations of ``statements`` (a corpus statements table, see above).

    ``articles`` (optional) supplies each article's ``outlet`` and ``published`` (columns
    ``meta:outlet`` / ``meta:published`` of the corpus articles table, or plain ``outlet`` /
    ``published``). Returns two DataFrames: ``quotes``, one row per cluster
    (:data:`QUOTE_COLUMNS`), and ``occurrences``, one row per quotation in an article
    (:data:`OCCURRENCE_COLUMNS`; ``variant_id`` numbers the distinct normalised wordings of a
    cluster, 1 = the most widely carried). ``prepared=True``: ``statements`` already holds
    only the candidates (the output of :func:`quotation_candidates`), e.g. gathered part by
    part from a Parquet folder.
    """
    import pandas as pd

    empty = (pd.DataFrame(columns=list(QUOTE_COLUMNS)),
             pd.DataFrame(columns=list(OCCURRENCE_COLUMNS)))
    if statements is None or not len(statements):
        return empty
    import numpy as np

    st = statements.reset_index(drop=True) if prepared else quotation_candidates(
        statements, kinds
    )
    norms = [normalise_quote(str(c)) for c in st["content"]]
    keep = np.array([len(n.split()) >= min_words for n in norms], dtype=bool)
    if not keep.any():
        return empty
    st = st[keep].reset_index(drop=True)
    norms = [n for n, k in zip(norms, keep, strict=True) if k]
    outlet, published = _article_fields(articles)
    st["outlet"] = st["article_id"].map(outlet) if outlet is not None else None
    st["published"] = st["article_id"].map(published) if published is not None else None
    for column in ("speaker", "side", "outlet", "published"):  # text or None, nothing else
        st[column] = [v if isinstance(v, str) and v else None for v in st[column]]

    variants = sorted(set(norms))
    index = {v: i for i, v in enumerate(variants)}
    comps = _Components(len(variants))
    for i, j in _links(variants, ratio=ratio, subset=subset, min_words=min_words):
        comps.union(i, j)
    st["variant"] = np.array([index[n] for n in norms], dtype=np.int64)
    del norms
    root = np.array([comps.find(i) for i in range(len(variants))], dtype=np.int64)
    st["component"] = root[st["variant"].to_numpy()]

    # variants of a cluster, most widely carried first (ties: in the order of their words)
    var = st.groupby("variant")["article_id"].nunique().rename("n").reset_index()
    var["component"] = root[var["variant"].to_numpy()]
    var["norm"] = [variants[v] for v in var["variant"]]
    var = var.sort_values(["component", "n", "norm"], ascending=[True, False, True])
    var["variant_id"] = var.groupby("component").cumcount() + 1
    rank = np.zeros(len(variants), dtype=np.int64)
    rank[var["variant"].to_numpy()] = var["variant_id"].to_numpy()
    st["variant_id"] = rank[st["variant"].to_numpy()]

    clusters = pd.DataFrame({
        "n_articles": st.groupby("component")["article_id"].nunique(),
        "n_variants": var.groupby("component").size(),
    })
    speaker = _most_common(st.dropna(subset=["speaker"]), "speaker")
    clusters["speaker"] = speaker
    clusters["n_speakers"] = (st.dropna(subset=["speaker"]).groupby("component")["speaker"]
                              .nunique().reindex(clusters.index, fill_value=0))
    top = st["component"].map(speaker)
    pool = st[top.isna() | (st["speaker"] == top)].dropna(subset=["side"])
    clusters["side"] = _most_common(pool, "side")
    first = (st[st["variant_id"] == 1].sort_values(["component", "article_id", "statement_id"])
             .drop_duplicates("component").set_index("component")["content"])
    clusters["text"] = first.astype(str)
    dated = st.dropna(subset=["published"]).groupby("component")["published"]
    clusters["first_published"] = dated.min()
    clusters["last_published"] = dated.max()
    clusters["_key"] = [normalise_quote(t) for t in clusters["text"]]
    clusters = clusters.sort_values(["n_articles", "_key", "text"],
                                    ascending=[False, True, True], kind="stable")
    quote_id = {c: f"q{n:04d}" for n, c in enumerate(clusters.index, start=1)}
    clusters.insert(0, "quote_id", [quote_id[c] for c in clusters.index])
    clusters = clusters.astype(object).where(clusters.notna(), None)

    st["quote_id"] = st["component"].map(quote_id)
    st["statement_id"] = st["statement_id"].astype("int64")
    occ = st[list(OCCURRENCE_COLUMNS)].sort_values(
        ["quote_id", "variant_id", "article_id", "statement_id"]
    )
    return (clusters[list(QUOTE_COLUMNS)].reset_index(drop=True), occ.reset_index(drop=True))


def _most_common(frame: Any, column: str) -> Any:
    """Per component, the most frequent value of ``column`` (ties: alphabetical)."""
    counts = (frame.groupby(["component", column]).size().rename("k").reset_index()
              .sort_values(["component", "k", column], ascending=[True, False, True]))
    return counts.drop_duplicates("component").set_index("component")[column]


def quotation_candidates(
    statements: Any, kinds: tuple[str, ...] = ("direct", "partial")
) -> Any:
    """Quoted words: whole direct/partial contents, and quotes inside indirect contents."""
    import pandas as pd

    from ..quotes import find_quotes

    columns = ["article_id", "statement_id", "speaker", "side", "content"]
    quoted = statements[statements["kind"].isin(kinds)][columns]
    inner = []
    for row in statements[statements["kind"].eq("indirect")][columns].itertuples(index=False):
        content = str(row.content)
        for span in find_quotes(content, [(0, len(content))]):
            inner.append((*row[:4], content[span.start:span.end]))
    extra = pd.DataFrame(inner, columns=columns)
    if not len(extra):
        return quoted.copy()
    return pd.concat([quoted, extra], ignore_index=True) if len(quoted) else extra


def _article_fields(articles: Any) -> tuple[dict | None, dict | None]:
    if articles is None or not len(articles):
        return None, None
    found = []
    for name in ("outlet", "published"):
        column = next((c for c in (f"meta:{name}", name) if c in articles.columns), None)
        found.append(dict(zip(articles["article_id"], articles[column], strict=True))
                     if column else None)
    return found[0], found[1]


def score_clusters(occurrences: Any, gold: Any) -> dict[str, float]:
    """Pairwise precision, recall and F1 of quotation clusters against hand labels.

    ``gold`` has columns ``article_id``, ``group`` and ``fragment`` (some words of the quotation
    as that article prints it). Each gold row is matched to the occurrence of its article whose
    normalised content contains the normalised fragment; ``found`` is the share of gold rows
    matched (quotations the attribution stage never extracted cannot be clustered). Every
    other occurrence is its own gold group. Over all pairs of occurrences, a pair is predicted
    together when both are in one cluster and truly together when both are in one gold group
    (Manning et al. 2008, ch. 16.3, pair counting).
    """
    from itertools import combinations

    label: dict[int, str] = {}
    matched = 0
    norms = [normalise_quote(str(c)) for c in occurrences["content"]]
    for row in gold.itertuples(index=False):
        fragment = normalise_quote(row.fragment)
        hits = [i for i, (aid, n) in enumerate(zip(occurrences["article_id"], norms,
                                                    strict=True))
                if aid == row.article_id and fragment in n and i not in label]
        if hits:
            label[hits[0]] = str(row.group)
            matched += 1
    clusters = list(occurrences["quote_id"])
    truth = [label.get(i, f"_own{i}") for i in range(len(clusters))]
    tp = fp = fn = 0
    for i, j in combinations(range(len(clusters)), 2):
        same_pred, same_true = clusters[i] == clusters[j], truth[i] == truth[j]
        tp += same_pred and same_true
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"found": matched / len(gold) if len(gold) else 0.0, "pairs": tp + fn,
            "precision": precision, "recall": recall, "f1": f1}
