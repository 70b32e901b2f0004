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
   ``min_words`` words and at least 30 % of the longer's words. Which pairs are scored
   (blocking, so time does not grow with the square of the distinct wordings):
   (a) only pairs whose lengths allow a ``ratio`` of 80 (the shorter at least 2/3 of the
   longer: exact, no link is lost), by ``rapidfuzz.process.cdist`` on length bands;
   (b) only pairs where one variant's *probe* words (its rarest word, and the rest of its
   rarer half unless held by over 5 % of the wordings) include a word of the other, by
   ``rapidfuzz.process.cpdist``. A trimmed quotation holds every word of the shorter in the
   longer, so it is never lost (property test); a pair sharing only common words is not
   scored. Measured against scoring every pair (``benchmarks/README.md``, Corpus): the same
   links on the hand-made set and the bundled corpus, and the same clusters on 3,000 and
   10,000 generated wordings, at a fraction of the time.
4. Clusters are the connected components of the links (single linkage). The speaker of a
   cluster is the one most of its occurrences are attributed to; ``n_speakers`` > 1 flags a
   quotation attributed to different people (often an attribution error worth checking).
   Clusters are numbered ``q0001``... by number of articles (most first), then text.

Memory: :class:`QuoteGatherer` holds the distinct wordings and a few integers per occurrence;
the per-cluster counts are computed on those integers (numpy), and a corpus folder's
occurrences are written in a second pass, row group by row group, as Arrow arrays
(:meth:`QuoteGatherer.occurrence_table`, :mod:`.engine`), so the quotation step stays nearly
flat however many quotations there are (``benchmarks/README.md``, Corpus).

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
from collections.abc import Callable
from typing import Any

__all__ = [
    "OCCURRENCE_COLUMNS", "QUOTE_COLUMNS", "QuoteGatherer", "cluster_quotes", "normalise_quote",
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
    """Pairs ``(i, j)``, ``i < j``, of variants linked by rule (a) or (b) (module docstring)."""
    pairs = _edit_links(variants, ratio=ratio)
    pairs.update(_subset_links(variants, subset=subset, min_words=min_words))
    return sorted(pairs)


def _edit_links(variants: list[str], *, ratio: float) -> set[tuple[int, int]]:
    """Rule (a) on every pair that can reach ``ratio``: a length band, exact.

    ``fuzz.ratio`` is ``200 * common / (len(a) + len(b))`` with ``common <= min(len)``, so a
    score of ``ratio`` needs ``min(len) / max(len) >= ratio / (200 - ratio)`` (2/3 at 80):
    variants are sorted by length and each block of rows is compared only with the later
    variants of its band.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    order = sorted(range(len(variants)), key=lambda i: (len(variants[i]), i))
    texts = [variants[i] for i in order]
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    factor = (200 - ratio) / ratio if ratio > 0 else float("inf")
    pairs: set[tuple[int, int]] = set()
    block = 256
    for lo in range(0, len(texts), block):
        hi = min(len(texts), lo + block)
        top = int(np.searchsorted(lengths, lengths[hi - 1] * factor, side="right"))
        edit = process.cdist(texts[lo:hi], texts[lo:top], scorer=fuzz.ratio, dtype=np.uint8,
                             score_cutoff=ratio, workers=-1)
        for i, j in zip(*np.nonzero(edit), strict=True):
            a, b = order[lo + int(i)], order[lo + int(j)]
            if a != b:
                pairs.add((min(a, b), max(a, b)))
    return pairs


def _subset_links(
    variants: list[str], *, subset: float, min_words: int
) -> set[tuple[int, int]]:
    """Rule (b), scored only on pairs that share a rare word (blocking).

    Each variant's distinct words are ranked by how many variants hold them (rarest first);
    its *probes* are its rarest word and the other words of its rarer half (at least two
    words) that are not common (held by more than 1 % of the variants, and more than 50). A
    pair is scored (``rapidfuzz.process.cpdist``) when a probe of one is a word of the other.
    A trimmed quotation (all its words in the longer one: ``token_set_ratio`` 100) holds the
    rarest word of the shorter, so it is always scored; a pair is missed only when neither
    variant's rare probes appear in the other, i.e. they share only common words.
    """
    from collections import defaultdict

    import numpy as np
    from rapidfuzz import fuzz, process

    tokens = [sorted(set(v.split())) for v in variants]
    counts = np.array([len(v.split()) for v in variants], dtype=np.int64)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(tokens):
        for w in words:
            postings[w].append(i)
    probes: dict[str, list[int]] = defaultdict(list)
    common = max(50, len(variants) // 20)  # a word in more variants is common
    for i, words in enumerate(tokens):
        if counts[i] < min_words:
            continue
        ranked = sorted(words, key=lambda w: (len(postings[w]), w))
        for rank, w in enumerate(ranked[:max(2, (len(ranked) + 1) // 2)]):
            if rank == 0 or len(postings[w]) <= common:
                probes[w].append(i)
    keys = []
    n = len(variants)
    for w, rows in probes.items():
        a = np.array(rows, dtype=np.int64)
        b = np.array(postings[w], dtype=np.int64)
        i, j = np.repeat(a, len(b)), np.tile(b, len(a))
        ci, cj = counts[i], counts[j]
        short, long = np.minimum(ci, cj), np.maximum(ci, cj)
        ok = (i != j) & (short >= min_words) & (short >= 0.3 * long)
        i, j = i[ok], j[ok]
        keys.append(np.minimum(i, j) * n + np.maximum(i, j))
    if not keys:
        return set()
    keys = np.unique(np.concatenate(keys))
    pairs: set[tuple[int, int]] = set()
    for lo in range(0, len(keys), 500_000):  # element-wise scores, on all cores
        left, right = np.divmod(keys[lo:lo + 500_000], n)
        scores = process.cpdist([variants[i] for i in left.tolist()],
                                [variants[j] for j in right.tolist()],
                                scorer=fuzz.token_set_ratio, score_cutoff=subset,
                                dtype=np.uint8, workers=-1)
        hit = np.nonzero(scores)[0]
        pairs.update(zip(left[hit].tolist(), right[hit].tolist(), strict=True))
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
    only the candidates (the output of :func:`quotation_candidates`). A corpus folder too big
    for memory goes through :class:`QuoteGatherer` part by part instead (the engine does).
    """
    gatherer = QuoteGatherer(min_words=min_words)
    if statements is not None and len(statements):
        candidates = statements if prepared else quotation_candidates(statements, kinds)
        gatherer.add(candidates, keep_content=True)
    return gatherer.cluster(articles, ratio=ratio, subset=subset)


class QuoteGatherer:
    """The quotation candidates of a corpus, held compactly, then clustered.

    :meth:`add` takes candidates (the output of :func:`quotation_candidates`) one part at a
    time and keeps only the distinct normalised wordings (with the first occurrence's words)
    and, per occurrence, small integer codes (wording, article, statement, speaker, side), so
    memory grows with the distinct wordings, not with the quotations' text. :meth:`cluster`
    returns ``(quotes, occurrences)``; without ``keep_content`` the occurrences come back as
    None, and :meth:`occurrence_table` builds them slice by slice from the contents read again
    (the engine's second pass, in the same order as gathered).
    """

    def __init__(self, *, min_words: int = 4) -> None:
        self.min_words = min_words
        self._index: dict[str, int] = {}
        self.variants: list[str] = []
        self._first: list[tuple[str, int, str]] = []  # per wording: first (article, id, words)
        self._codes: dict[str, dict[str, int]] = {"article": {}, "speaker": {}, "side": {}}
        self._columns: dict[str, list[Any]] = {k: [] for k in (
            "variant", "article", "statement", "speaker", "side")}
        self._contents: list[str] | None = None
        self._occ: dict[str, Any] = {}
        self.order: Any = None

    def __len__(self) -> int:
        return sum(len(c) for c in self._columns["variant"])

    def kept_contents(self, candidates: Any) -> list[str]:
        """The words of the candidates :meth:`add` keeps (``min_words`` words), in order."""
        return [str(c) for c in candidates["content"]
                if len(normalise_quote(str(c)).split()) >= self.min_words]

    def add(self, candidates: Any, *, keep_content: bool = False) -> None:
        """Gather one part's candidates (columns of :func:`quotation_candidates`; a DataFrame
        or a mapping of column name to values). With a ``norm`` column (the corpus workers
        send one) the wordings are taken as already normalised (:func:`normalise_quote`)."""
        import numpy as np

        def code(kind: str, value: Any) -> int:
            if not (isinstance(value, str) and value):
                return -1
            return self._codes[kind].setdefault(value, len(self._codes[kind]))

        rows: dict[str, list[int]] = {k: [] for k in self._columns}
        contents = []
        given = "norm" in candidates
        norms = candidates["norm"] if given else (
            normalise_quote(str(c)) for c in candidates["content"])
        for aid, sid, speaker, side, content, norm in zip(
            candidates["article_id"], candidates["statement_id"], candidates["speaker"],
            candidates["side"], candidates["content"], norms, strict=True,
        ):
            if not given and len(norm.split()) < self.min_words:
                continue
            v = self._index.get(norm)
            key = (str(aid), int(sid), str(content))
            if v is None:
                v = self._index[norm] = len(self.variants)
                self.variants.append(norm)
                self._first.append(key)
            elif key[:2] < self._first[v][:2]:
                self._first[v] = key
            rows["variant"].append(v)
            rows["article"].append(code("article", str(aid)))
            rows["statement"].append(int(sid))
            rows["speaker"].append(code("speaker", speaker))
            rows["side"].append(code("side", side))
            contents.append(str(content))
        for k, values in rows.items():
            self._columns[k].append(np.array(values, dtype=np.int64))
        if keep_content:
            if self._contents is None:
                self._contents = []
            self._contents.extend(contents)

    def cluster(self, articles: Any = None, *, ratio: float = 80,
                subset: float = 90) -> tuple[Any, Any]:
        """``(quotes, occurrences)`` of what was gathered (see :func:`cluster_quotes`)."""
        import numpy as np
        import pandas as pd

        empty = (pd.DataFrame(columns=list(QUOTE_COLUMNS)),
                 pd.DataFrame(columns=list(OCCURRENCE_COLUMNS)))
        if not len(self):
            return empty
        col = {k: np.concatenate(v) for k, v in self._columns.items()}
        self._columns = {k: [v] for k, v in col.items()}  # held once, not twice
        # wordings in the order of their words (the variant numbers of the clusters)
        by_words = sorted(range(len(self.variants)), key=self.variants.__getitem__)
        variants = [self.variants[i] for i in by_words]
        remap = np.empty(len(by_words), dtype=np.int64)
        remap[by_words] = np.arange(len(by_words))
        variant = remap[col["variant"]]
        firsts = [self._first[i] for i in by_words]
        names = {k: sorted(c, key=c.__getitem__) for k, c in self._codes.items()}
        aids = np.array(names["article"], dtype=object)

        comps = _Components(len(variants))
        for i, j in _links(variants, ratio=ratio, subset=subset, min_words=self.min_words):
            comps.union(i, j)
        root = np.array([comps.find(i) for i in range(len(variants))], dtype=np.int64)
        outlet, published = _article_fields(articles)

        def texts(found: dict | None) -> Any:
            values = [found.get(a) for a in aids] if found is not None else [None] * len(aids)
            return np.array([v if isinstance(v, str) and v else None for v in values],
                            dtype=object)

        outlets, dates = texts(outlet), texts(published)
        speakers = np.array([*names["speaker"], None], dtype=object)  # code -1: None

        # per occurrence only integer arrays (codes), no frame of Python objects: at 70,000
        # occurrences a pandas frame with object columns grew the process by tens of MB
        component = root[variant]
        n_articles = len(aids)
        # variants of a cluster, most widely carried first (ties: in the order of their words)
        var = pd.DataFrame({"variant": np.arange(len(variants)),
                            "n": _distinct_per(variant, col["article"], n_articles,
                                               len(variants))})
        var["component"] = root
        var["norm"] = variants
        var = var.sort_values(["component", "n", "norm"], ascending=[True, False, True])
        var["variant_id"] = var.groupby("component").cumcount() + 1
        rank = np.zeros(len(variants), dtype=np.int64)
        rank[var["variant"].to_numpy()] = var["variant_id"].to_numpy()
        variant_id = rank[variant]

        groups = np.unique(root)
        clusters = pd.DataFrame({
            "n_articles": _distinct_per(component, col["article"], n_articles,
                                        len(variants))[groups],
            "n_variants": np.bincount(root, minlength=len(variants))[groups],
        }, index=pd.Index(groups))
        # the speaker most occurrences are attributed to (ties: alphabetical), and how many
        speaker_rank, speaker_names = _alphabetical(names["speaker"], col["speaker"])
        top, n_speakers = _most_common(component, speaker_rank, len(variants))
        clusters["speaker"] = [speaker_names[t] if t >= 0 else np.nan for t in top[groups]]
        clusters["n_speakers"] = n_speakers[groups]
        # the side most of the top speaker's occurrences (or all, without a speaker) are on
        side_rank, side_names = _alphabetical(names["side"], col["side"])
        top_of = top[component]
        pool = (top_of < 0) | ((speaker_rank >= 0) & (speaker_rank == top_of))
        side, _ = _most_common(component, np.where(pool, side_rank, -1), len(variants))
        clusters["side"] = [side_names[t] if t >= 0 else np.nan for t in side[groups]]
        lead = var[var["variant_id"] == 1].set_index("component")["variant"]
        clusters["text"] = [firsts[lead[c]][2] for c in clusters.index]
        date_names = sorted({d for d in dates if d is not None})
        date_code = {d: i for i, d in enumerate(date_names)}
        date_rank = np.array([date_code[d] if d is not None else -1 for d in dates],
                             dtype=np.int64)[col["article"]]
        dated = date_rank >= 0
        first = np.full(len(variants), len(date_names), dtype=np.int64)
        last = np.full(len(variants), -1, dtype=np.int64)
        np.minimum.at(first, component[dated], date_rank[dated])
        np.maximum.at(last, component[dated], date_rank[dated])
        clusters["first_published"] = [date_names[d] if 0 <= d < len(date_names) else np.nan
                                       for d in first[groups]]
        clusters["last_published"] = [date_names[d] if d >= 0 else np.nan
                                      for d in last[groups]]
        clusters["_key"] = [normalise_quote(t) for t in clusters["text"]]
        clusters = clusters.sort_values(["n_articles", "_key", "text"],
                                        ascending=[False, True, True], kind="stable")
        number = np.zeros(len(variants), dtype=np.int64)
        number[clusters.index.to_numpy()] = np.arange(1, len(clusters) + 1)
        clusters.insert(0, "quote_id", [f"q{n:04d}" for n in range(1, len(clusters) + 1)])
        clusters = clusters.astype(object).where(clusters.notna(), None)

        # occurrences: by cluster, wording, article id, statement id (ties: as gathered)
        article_rank = np.empty(len(aids), dtype=np.int64)
        article_rank[np.argsort(aids, kind="stable")] = np.arange(len(aids))
        quote = number[root[variant]]
        self.order = np.lexsort((np.arange(len(variant)), col["statement"],
                                 article_rank[col["article"]], variant_id, quote))
        self._occ = {"quote": quote, "variant_id": variant_id,
                     "article": col["article"], "statement": col["statement"],
                     "speaker": col["speaker"], "aids": aids, "outlets": outlets,
                     "dates": dates, "speakers": speakers}
        quotes = clusters[list(QUOTE_COLUMNS)].reset_index(drop=True)
        if self._contents is None:
            return quotes, None
        return quotes, self.occurrence_rows(0, len(variant), self._contents)

    def occurrence_table(self, start: int, stop: int, contents: Callable[[Any], Any]) -> Any:
        """Rows ``start:stop`` of the occurrences table as an Arrow table, after :meth:`cluster`.

        The same rows as :meth:`occurrence_rows` (string columns, ``variant_id`` and
        ``statement_id`` int64), built from the integer codes with Arrow ``take`` on small
        arrays of the distinct values, so no Python string or pandas frame is made per
        occurrence (the streamed run's memory, ``benchmarks/README.md``, Corpus).
        ``contents`` takes the occurrence numbers wanted (sorted, distinct) and returns their
        words as an Arrow string array in that order.
        """
        import numpy as np
        import pyarrow as pa

        o, pick = self._occ, self.order[start:stop]
        if "arrow" not in o:  # the distinct values, once: labels, ids, outlets, dates, speakers
            o["arrow"] = {
                "quote": pa.array([f"q{n:04d}" for n in range(int(o["quote"].max()) + 1)],
                                  type=pa.string()),
                **{k: pa.array(o[k], type=pa.string(), from_pandas=True)
                   for k in ("aids", "outlets", "dates", "speakers")},
            }
        arrow = o["arrow"]
        article = pa.array(o["article"][pick])
        speaker = o["speaker"][pick]
        wanted = np.unique(pick)
        words = contents(wanted)
        columns = {
            "quote_id": arrow["quote"].take(pa.array(o["quote"][pick])),
            "variant_id": pa.array(o["variant_id"][pick], type=pa.int64()),
            "article_id": arrow["aids"].take(article),
            "statement_id": pa.array(o["statement"][pick], type=pa.int64()),
            # speaker code -1 (none): the last value of ``speakers``, None
            "speaker": arrow["speakers"].take(
                pa.array(np.where(speaker < 0, len(arrow["speakers"]) - 1, speaker))),
            "outlet": arrow["outlets"].take(article),
            "published": arrow["dates"].take(article),
            "content": words.take(pa.array(np.searchsorted(wanted, pick))),
        }
        return pa.table([columns[c] for c in OCCURRENCE_COLUMNS], names=list(OCCURRENCE_COLUMNS))

    def occurrence_rows(self, start: int, stop: int, contents: Any) -> Any:
        """Rows ``start:stop`` of the occurrences table, after :meth:`cluster`.

        ``contents`` maps an occurrence's number (in the order gathered) to its words: a
        sequence, or a function taking the numbers wanted (sorted) and returning their words.
        """
        import numpy as np
        import pandas as pd

        o, pick = self._occ, self.order[start:stop]
        article = o["article"][pick]
        if callable(contents):
            wanted = np.unique(pick)
            words = dict(zip(wanted.tolist(), contents(wanted), strict=True))
            text = [words[k] for k in pick.tolist()]
        else:
            text = [contents[k] for k in pick.tolist()]
        return pd.DataFrame({
            "quote_id": [f"q{n:04d}" for n in o["quote"][pick]],
            "variant_id": o["variant_id"][pick].astype("int64"),
            "article_id": o["aids"][article],
            "statement_id": o["statement"][pick].astype("int64"),
            "speaker": o["speakers"][o["speaker"][pick]],
            "outlet": o["outlets"][article],
            "published": o["dates"][article],
            "content": np.array(text, dtype=object),
        }, columns=list(OCCURRENCE_COLUMNS))


def _distinct_per(group: Any, value: Any, n_values: int, n_groups: int) -> Any:
    """Per group number ``0..n_groups-1``, how many distinct ``value`` codes it has."""
    import numpy as np

    keys = np.unique(group * n_values + value)
    return np.bincount(keys // n_values, minlength=n_groups)


def _alphabetical(names: list[str], codes: Any) -> tuple[Any, list[str]]:
    """``codes`` (-1: none) as ranks in the alphabetical order of ``names``, and that order."""
    import numpy as np

    order = sorted(range(len(names)), key=names.__getitem__)
    rank = np.empty(len(names) + 1, dtype=np.int64)
    rank[order] = np.arange(len(names))
    rank[-1] = -1  # code -1: none
    return rank[codes], [names[i] for i in order]


def _most_common(group: Any, rank: Any, n_groups: int) -> tuple[Any, Any]:
    """Per group number, the most frequent ``rank`` (>= 0; ties: the lowest, i.e.
    alphabetical) or -1 when it has none, and how many distinct ranks it has."""
    import numpy as np

    held = rank >= 0
    n = int(rank.max()) + 1 if held.any() else 1
    keys, counts = np.unique(group[held] * n + rank[held], return_counts=True)
    owner, value = np.divmod(keys, n)
    order = np.lexsort((value, -counts, owner))
    first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]] if len(order) else order
    top = np.full(n_groups, -1, dtype=np.int64)
    top[owner[first]] = value[first]
    return top, np.bincount(owner, minlength=n_groups)


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
