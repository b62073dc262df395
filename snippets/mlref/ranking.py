"""Ranking metrics: DCG and NDCG, average precision and MAP, reciprocal rank and MRR.

Every function takes the true relevance of the items *in the order the model
ranked them*: ``relevance[0]`` is the relevance of the item shown first. That
is how the metrics are defined on a whiteboard, and it keeps the code free of
sorting by score. To score a model, sort its candidates by predicted score
(highest first) and pass their true labels.
"""

from __future__ import annotations

import numpy as np


def _relevance(relevance) -> np.ndarray:
    rel = np.asarray(relevance, dtype=float)
    if rel.ndim != 1 or rel.size == 0:
        raise ValueError("relevance must be a non-empty 1-D sequence")
    if not np.isfinite(rel).all() or (rel < 0).any():
        raise ValueError("relevance must be finite and non-negative")
    return rel


def _binary(relevance) -> np.ndarray:
    rel = _relevance(relevance)
    if not np.isin(rel, (0, 1)).all():
        raise ValueError("this metric needs binary (0/1) relevance")
    return rel


def dcg(relevance, k: int | None = None, gain: str = "exponential") -> float:
    r"""Discounted cumulative gain of a ranked list, cut at position ``k``.

    $$\text{DCG@}k = \sum_{i=1}^{k} \frac{g(\text{rel}_i)}{\log_2(i+1)}$$

    The first position has discount $1/\log_2 2 = 1$, the second $0.63$,
    the tenth $0.29$.

    Parameters
    ----------
    relevance : sequence of non-negative numbers
        True relevance of each item, in ranked order.
    k : int, optional
        Number of top positions to score; all of them when omitted.
    gain : {"exponential", "linear"}, default "exponential"
        $g(r) = 2^r - 1$ (the common web-search form, which rewards highly
        relevant items more) or $g(r) = r$ (what ``sklearn.metrics.dcg_score``
        uses). The two agree for binary relevance.

    Returns
    -------
    float
        The DCG; 0 when nothing in the top ``k`` is relevant.
    """
    rel = _relevance(relevance)
    if k is not None:
        if k < 1:
            raise ValueError("k must be at least 1")
        rel = rel[:k]
    if gain == "exponential":
        g = 2.0**rel - 1.0
    elif gain == "linear":
        g = rel
    else:
        raise ValueError("gain must be 'exponential' or 'linear'")
    discount = 1.0 / np.log2(np.arange(2, rel.size + 2))
    return float(np.sum(g * discount))


def ndcg(relevance, k: int | None = None, gain: str = "exponential") -> float:
    r"""Normalized DCG: the list's DCG divided by the best possible DCG.

    $$\text{NDCG@}k = \frac{\text{DCG@}k}{\text{IDCG@}k}$$

    where IDCG@$k$ is the DCG of the same items sorted by true relevance.
    The ideal ordering is taken over the items passed in, so pass every
    candidate the model ranked (not only the top ``k``) when relevant items
    may sit below the cut.

    Parameters
    ----------
    relevance : sequence of non-negative numbers
        True relevance of each item, in ranked order.
    k : int, optional
        Cut-off; all positions when omitted.
    gain : {"exponential", "linear"}, default "exponential"
        See [`dcg`][mlref.ranking.dcg].

    Returns
    -------
    float
        In [0, 1]; 1 for an ideal ordering. Defined as 0 when no item is
        relevant (scikit-learn's convention).
    """
    rel = _relevance(relevance)
    ideal = dcg(np.sort(rel)[::-1], k, gain)
    return dcg(rel, k, gain) / ideal if ideal > 0 else 0.0


def average_precision(relevance, k: int | None = None, n_relevant: int | None = None) -> float:
    r"""Average precision of one ranked list with binary relevance.

    $$\text{AP@}k = \frac{1}{R}\sum_{i=1}^{k} P@i \cdot \text{rel}_i$$

    the mean of precision@$i$ taken at the position of every relevant item.
    $R$ is the number of relevant items that exist for the query.

    Parameters
    ----------
    relevance : sequence of 0/1
        1 where the item at that position is relevant, in ranked order.
    k : int, optional
        Cut-off; all positions when omitted.
    n_relevant : int, optional
        Total relevant items for the query, including any the list missed.
        Defaults to the number of 1s in ``relevance``. Some libraries use
        $\min(k, R)$ instead; say which one you report.

    Returns
    -------
    float
        In [0, 1]; 0 when there is nothing relevant.
    """
    rel = _binary(relevance)
    total = int(rel.sum()) if n_relevant is None else n_relevant
    if k is not None:
        if k < 1:
            raise ValueError("k must be at least 1")
        rel = rel[:k]
    if total < rel.sum():
        raise ValueError("n_relevant is smaller than the relevant items in the list")
    if total == 0:
        return 0.0
    precision_at_i = np.cumsum(rel) / np.arange(1, rel.size + 1)
    return float(np.sum(precision_at_i * rel) / total)


def mean_average_precision(relevance_lists, k: int | None = None) -> float:
    r"""MAP: the mean of [`average_precision`][mlref.ranking.average_precision] over queries.

    $$\text{MAP} = \frac{1}{|Q|}\sum_{q \in Q} \text{AP}_q$$

    Parameters
    ----------
    relevance_lists : sequence of sequences of 0/1
        One ranked relevance list per query.
    k : int, optional
        Cut-off applied to each list.

    Returns
    -------
    float
        In [0, 1].
    """
    if len(relevance_lists) == 0:
        raise ValueError("need at least one query")
    return float(np.mean([average_precision(r, k) for r in relevance_lists]))


def reciprocal_rank(relevance) -> float:
    r"""1 / (position of the first relevant item), or 0 if there is none.

    Parameters
    ----------
    relevance : sequence of 0/1
        Relevance in ranked order.

    Returns
    -------
    float
        1.0 when the first item is relevant, 0.5 when the second is, ...
    """
    rel = _binary(relevance)
    hits = np.flatnonzero(rel)
    return 1.0 / (hits[0] + 1) if hits.size else 0.0


def mean_reciprocal_rank(relevance_lists) -> float:
    r"""MRR: the mean of [`reciprocal_rank`][mlref.ranking.reciprocal_rank] over queries.

    $$\text{MRR} = \frac{1}{|Q|}\sum_{q \in Q} \frac{1}{\text{rank}_q}$$

    where $\text{rank}_q$ is the position of the first relevant result.

    Parameters
    ----------
    relevance_lists : sequence of sequences of 0/1
        One ranked relevance list per query.

    Returns
    -------
    float
        In [0, 1].
    """
    if len(relevance_lists) == 0:
        raise ValueError("need at least one query")
    return float(np.mean([reciprocal_rank(r) for r in relevance_lists]))
