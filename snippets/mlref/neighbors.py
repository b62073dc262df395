"""k-nearest neighbours classification."""

from __future__ import annotations

import numpy as np


def pairwise_sq_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    r"""Squared Euclidean distances between every row of ``a`` and of ``b``.

    Uses $\lVert a-b\rVert^2 = \lVert a\rVert^2 - 2a\cdot b + \lVert b\rVert^2$,
    one matrix product instead of a Python loop; tiny negative values from
    rounding are clipped to 0.

    Returns
    -------
    ndarray of shape (len(a), len(b))
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    sq = (a**2).sum(1)[:, None] - 2 * a @ b.T + (b**2).sum(1)[None, :]
    return np.maximum(sq, 0.0)


def knn_predict(X_train, y_train, X_query, k: int = 5) -> np.ndarray:
    """Majority vote of the ``k`` nearest training points for each query row.

    Ties between classes go to the smallest label, so results are
    deterministic. Cost: O(n_query * n_train * d) time and
    O(n_query * n_train) memory for the distance matrix.

    Parameters
    ----------
    X_train : array of shape (n_train, d)
    y_train : array of shape (n_train,) with integer class labels
    X_query : array of shape (n_query, d)
    k : int
        Number of neighbours, 1 <= k <= n_train.
    """
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train)
    if not 1 <= k <= len(X_train):
        raise ValueError(f"k must be between 1 and {len(X_train)}, got {k}")
    if len(X_train) != len(y_train):
        raise ValueError("X_train and y_train have different lengths")
    distances = pairwise_sq_distances(X_query, X_train)
    nearest = np.argpartition(distances, k - 1, axis=1)[:, :k]
    labels, encoded = np.unique(y_train, return_inverse=True)
    votes = np.zeros((len(distances), len(labels)), dtype=int)
    np.add.at(votes, (np.arange(len(distances))[:, None], encoded[nearest]), 1)
    return labels[votes.argmax(axis=1)]
