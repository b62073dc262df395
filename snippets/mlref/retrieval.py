"""Lexical retrieval and rank fusion in NumPy: Okapi BM25, reciprocal rank
fusion for hybrid search, and recall@k.

Documents and queries are lists of tokens; [`tokenize`][mlref.retrieval.tokenize] is a minimal
lower-casing word splitter, enough for the examples.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np


def tokenize(text: str) -> list[str]:
    """Lower-case ``text`` and split it into runs of letters and digits."""
    return re.findall(r"[a-z0-9]+", text.lower())


class BM25:
    r"""Okapi BM25 scoring (Robertson and Zaragoza, 2009).

    For query terms $t$ and document $d$ of length $|d|$,

    $$
    \mathrm{score}(q, d) = \sum_{t \in q} \mathrm{IDF}(t)\,
    \frac{f(t, d)\,(k_1 + 1)}{f(t, d) + k_1\,(1 - b + b\,|d| / \overline{|d|})},
    \qquad \mathrm{IDF}(t) = \ln\!\Big(1 + \frac{N - n_t + 0.5}{n_t + 0.5}\Big)
    $$

    where $f(t, d)$ is the term's count in $d$, $n_t$ the number of the
    $N$ documents containing it and $\overline{|d|}$ the mean length. Unlike
    TF-IDF, the term-frequency part saturates at $k_1 + 1$ (the tenth
    mention of a word adds little) and $b$ sets how much long documents are
    penalized. The IDF is the always-positive variant used by Lucene.

    Parameters
    ----------
    docs : list of list of str
        Tokenized documents.
    k1 : float
        Term-frequency saturation, typically 1.2 to 2.0.
    b : float
        Length normalization in [0, 1]; 0.75 is the usual default.
    """

    def __init__(self, docs: list[list[str]], k1: float = 1.5, b: float = 0.75):
        if not docs:
            raise ValueError("need at least one document")
        if k1 < 0 or not 0 <= b <= 1:
            raise ValueError("need k1 >= 0 and 0 <= b <= 1")
        self.k1, self.b = k1, b
        self.tf = [Counter(d) for d in docs]
        self.lengths = np.array([len(d) for d in docs], dtype=float)
        self.avg_len = self.lengths.mean() if self.lengths.mean() > 0 else 1.0
        df = Counter(t for d in docs for t in set(d))
        n = len(docs)
        self.idf = {t: float(np.log(1 + (n - c + 0.5) / (c + 0.5))) for t, c in df.items()}

    def scores(self, query: list[str]) -> np.ndarray:
        """BM25 score of every document for the tokenized ``query``; shape (N,)."""
        norm = self.k1 * (1 - self.b + self.b * self.lengths / self.avg_len)
        out = np.zeros(len(self.tf))
        for term in query:
            if term not in self.idf:
                continue
            f = np.array([tf[term] for tf in self.tf], dtype=float)
            out += self.idf[term] * f * (self.k1 + 1) / (f + norm)
        return out


def reciprocal_rank_fusion(rankings, k: int = 60) -> np.ndarray:
    r"""Fuse several rankings of the same documents (Cormack et al., 2009).

    Each document scores $\sum_r 1 / (k + \mathrm{rank}_r(d))$ with ranks
    starting at 1. Only ranks are used, so the retrievers' scores need no
    calibration against each other, which is why it is the default way to
    combine BM25 with dense retrieval.

    Parameters
    ----------
    rankings : list of int arrays
        Each a permutation (or prefix) of document indices, best first.
    k : int
        Damping constant; 60 in the original paper.

    Returns
    -------
    ndarray
        Document indices ordered by fused score, best first (ties by index).
    """
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(np.asarray(ranking).tolist(), start=1):
            fused[doc] = fused.get(doc, 0.0) + 1.0 / (k + rank)
    docs = sorted(fused, key=lambda d: (-fused[d], d))
    return np.array(docs, dtype=int)


def recall_at_k(ranking, relevant, k: int) -> float:
    """Fraction of the ``relevant`` document indices found in the first ``k`` of ``ranking``."""
    relevant = set(np.asarray(list(relevant)).tolist())
    if not relevant:
        raise ValueError("need at least one relevant document")
    if k < 1:
        raise ValueError("k must be at least 1")
    top = set(np.asarray(ranking)[:k].tolist())
    return len(top & relevant) / len(relevant)
