"""k-means clustering with k-means++ initialization."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlref.neighbors import pairwise_sq_distances


@dataclass
class KMeansResult:
    """Outcome of [`kmeans`][mlref.cluster.kmeans]."""

    centers: np.ndarray
    """Cluster centres, shape (k, d)."""
    labels: np.ndarray
    """Index of the nearest centre for each point, shape (n,)."""
    inertia: float
    """Sum of squared distances from each point to its centre."""
    iterations: int
    """Assignment/update rounds run before convergence or the limit."""


def kmeans_plus_plus(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Pick ``k`` initial centres, each new one with probability proportional to
    its squared distance from the nearest centre already chosen (Arthur and
    Vassilvitskii, 2007). Spreads the seeds out, which makes Lloyd's algorithm
    converge faster and to better optima than uniform random seeds."""
    centers = [X[rng.integers(len(X))]]
    for _ in range(1, k):
        d2 = pairwise_sq_distances(X, np.array(centers)).min(axis=1)
        total = d2.sum()
        probabilities = d2 / total if total > 0 else np.full(len(X), 1 / len(X))
        centers.append(X[rng.choice(len(X), p=probabilities)])
    return np.array(centers)


def kmeans(X, k: int, max_iter: int = 100, tol: float = 1e-6, seed: int = 0) -> KMeansResult:
    """Lloyd's algorithm: assign points to the nearest centre, move each centre
    to the mean of its points, repeat until no centre moves more than ``tol``.

    Each round costs O(n * k * d) time and O(n * k) memory for the distance
    matrix; both steps are vectorized (one matrix product, one scatter-add).
    An empty cluster keeps its previous centre. The result is a local
    optimum that depends on ``seed``: run several seeds and keep the lowest
    ``inertia`` when it matters.

    Parameters
    ----------
    X : array of shape (n, d)
    k : int
        Number of clusters, 1 <= k <= n.
    max_iter : int
        Upper bound on rounds.
    tol : float
        Convergence threshold on the largest centre shift.
    seed : int
        Seed for the k-means++ initialization.
    """
    X = np.asarray(X, dtype=float)
    if not 1 <= k <= len(X):
        raise ValueError(f"k must be between 1 and {len(X)}, got {k}")
    centers = kmeans_plus_plus(X, k, np.random.default_rng(seed))
    for iteration in range(1, max_iter + 1):
        labels = pairwise_sq_distances(X, centers).argmin(axis=1)
        # Update step without a loop over clusters: sum the members of each
        # cluster with a scatter-add, divide by the counts.
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, X)
        new_centers = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centers)
        shift = np.abs(new_centers - centers).max()
        centers = new_centers
        if shift <= tol:
            break
    distances = pairwise_sq_distances(X, centers)
    labels = distances.argmin(axis=1)
    inertia = float(distances[np.arange(len(X)), labels].sum())
    return KMeansResult(centers, labels, inertia, iteration)
