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
   stays bounded; time grows with the square of the number of distinct variants, a few seconds
   for 10,000).
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
from collections import Counter
from typing import Any

__all__ = [
    "OCCURRENCE_COLUMNS", "QUOTE_COLUMNS", "cluster_quotes", "normalise_quote", "score_clusters",
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

    words = np.array([len(v.split()) for v in variants])
    pairs: list[tuple[int, int]] = []
    block = 2000
    for lo in range(0, len(variants), block):
        rows = variants[lo:lo + block]
        edit = process.cdist(rows, variants, scorer=fuzz.ratio, dtype=np.uint8,
                             score_cutoff=ratio, workers=1)
        sub = process.cdist(rows, variants, scorer=fuzz.token_set_ratio, dtype=np.uint8,
                            score_cutoff=subset, workers=1)
        short = np.minimum.outer(words[lo:lo + block], words)
        long = np.maximum.outer(words[lo:lo + block], words)
        trimmed = (sub > 0) & (short >= min_words) & (short >= 0.3 * long)
        linked = (edit > 0) | trimmed
        for i, j in zip(*np.nonzero(linked), strict=True):
            if lo + i < j:
                pairs.append((lo + int(i), int(j)))
    return pairs


def cluster_quotes(
    statements: Any,
    articles: Any = None,
    *,
    ratio: float = 80,
    subset: float = 90,
    min_words: int = 4,
    kinds: tuple[str, ...] = ("direct", "partial"),
) -> tuple[Any, Any]:
    """Cluster the quotations of ``statements`` (a corpus statements table, see above).

    ``articles`` (optional) supplies each article's ``outlet`` and ``published`` (columns
    ``meta:outlet`` / ``meta:published`` of the corpus articles table, or plain ``outlet`` /
    ``published``). Returns two DataFrames: ``quotes``, one row per cluster
    (:data:`QUOTE_COLUMNS`), and ``occurrences``, one row per quotation in an article
    (:data:`OCCURRENCE_COLUMNS`; ``variant_id`` numbers the distinct normalised wordings of a
    cluster, 1 = the most widely carried).
    """
    import pandas as pd

    empty = (pd.DataFrame(columns=list(QUOTE_COLUMNS)),
             pd.DataFrame(columns=list(OCCURRENCE_COLUMNS)))
    if statements is None or not len(statements):
        return empty
    st = _candidates(statements, kinds)
    st["norm"] = [normalise_quote(str(c)) for c in st["content"]]
    st = st[st["norm"].str.split().str.len() >= min_words]
    if not len(st):
        return empty
    outlet, published = _article_fields(articles)
    st["outlet"] = st["article_id"].map(outlet) if outlet is not None else None
    st["published"] = st["article_id"].map(published) if published is not None else None

    variants = sorted(set(st["norm"]))
    index = {v: i for i, v in enumerate(variants)}
    comps = _Components(len(variants))
    for i, j in _links(variants, ratio=ratio, subset=subset, min_words=min_words):
        comps.union(i, j)
    st["component"] = [comps.find(index[v]) for v in st["norm"]]

    clusters = []
    for _, group in st.groupby("component", sort=False):
        by_variant = group.groupby("norm")["article_id"].nunique()
        ordered = sorted(by_variant.index, key=lambda v: (-by_variant[v], v))
        speakers = Counter(s for s in group["speaker"] if isinstance(s, str) and s)
        speaker = min(speakers, key=lambda s: (-speakers[s], s)) if speakers else None
        sides = group.loc[group["speaker"] == speaker, "side"] if speaker else group["side"]
        side_counts = Counter(s for s in sides if isinstance(s, str) and s)
        top = group[group["norm"] == ordered[0]].sort_values(["article_id", "statement_id"])
        dates = sorted(d for d in group["published"] if isinstance(d, str) and d)
        clusters.append({
            "speaker": speaker,
            "side": min(side_counts, key=lambda s: (-side_counts[s], s)) if side_counts else None,
            "text": str(top["content"].iloc[0]),
            "n_variants": len(ordered),
            "n_articles": int(group["article_id"].nunique()),
            "n_speakers": len(speakers),
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "_variant": {v: k for k, v in enumerate(ordered, start=1)},
            "_rows": group,
        })
    clusters.sort(key=lambda c: (-c["n_articles"], normalise_quote(c["text"]), c["text"]))
    quotes, occurrences = [], []
    for number, cluster in enumerate(clusters, start=1):
        quote_id = f"q{number:04d}"
        quotes.append({"quote_id": quote_id, **{k: cluster[k] for k in QUOTE_COLUMNS[1:]}})
        for row in cluster["_rows"].itertuples(index=False):
            occurrences.append({
                "quote_id": quote_id, "variant_id": cluster["_variant"][row.norm],
                "article_id": row.article_id, "statement_id": int(row.statement_id),
                "speaker": row.speaker if isinstance(row.speaker, str) else None,
                "outlet": row.outlet if isinstance(row.outlet, str) else None,
                "published": row.published if isinstance(row.published, str) else None,
                "content": row.content,
            })
    quotes_frame = pd.DataFrame(quotes, columns=list(QUOTE_COLUMNS))
    occ = pd.DataFrame(occurrences, columns=list(OCCURRENCE_COLUMNS))
    occ = occ.sort_values(["quote_id", "variant_id", "article_id", "statement_id"])
    return quotes_frame, occ.reset_index(drop=True)


def _candidates(statements: Any, kinds: tuple[str, ...]) -> Any:
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
