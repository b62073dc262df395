"""The first reference implementations, checked against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn import metrics as skm
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris, make_blobs
from sklearn.neighbors import KNeighborsClassifier

from mlref.cluster import kmeans
from mlref.metrics import confusion_counts, mean_squared_error, precision_recall_f1
from mlref.neighbors import knn_predict, pairwise_sq_distances

pytestmark = pytest.mark.unit


def test_mean_squared_error_matches_sklearn_and_validates_input():
    rng = np.random.default_rng(0)
    y, p = rng.normal(size=50), rng.normal(size=50)
    assert mean_squared_error(y, p) == pytest.approx(skm.mean_squared_error(y, p))
    assert mean_squared_error([1, 2, 3], [1, 2, 3]) == 0.0
    with pytest.raises(ValueError, match="shapes differ"):
        mean_squared_error([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="at least one sample"):
        mean_squared_error([], [])
    with pytest.raises(ValueError, match="NaN"):
        mean_squared_error([1.0, np.nan], [1.0, 2.0])


def test_precision_recall_f1_match_sklearn():
    y_true = [1, 1, 1, 0, 0, 0, 0, 1, 0, 1]
    y_pred = [1, 0, 1, 0, 1, 0, 0, 1, 1, 0]
    assert confusion_counts(y_true, y_pred) == {"tp": 3, "fp": 2, "fn": 2, "tn": 3}
    p, r, f = precision_recall_f1(y_true, y_pred)
    assert p == pytest.approx(skm.precision_score(y_true, y_pred))
    assert r == pytest.approx(skm.recall_score(y_true, y_pred))
    assert f == pytest.approx(skm.f1_score(y_true, y_pred))
    assert precision_recall_f1([0, 0], [0, 0]) == (0.0, 0.0, 0.0)


def test_knn_matches_sklearn_on_iris():
    X, y = load_iris(return_X_y=True)
    rng = np.random.default_rng(0)
    order = rng.permutation(len(X))
    train, test = order[:100], order[100:]
    ours = knn_predict(X[train], y[train], X[test], k=5)
    theirs = KNeighborsClassifier(n_neighbors=5).fit(X[train], y[train]).predict(X[test])
    assert (ours == theirs).mean() >= 0.98  # ties may break differently
    assert (ours == y[test]).mean() > 0.9
    with pytest.raises(ValueError, match="k must be between"):
        knn_predict(X[:3], y[:3], X[:1], k=4)


def test_pairwise_distances_are_exact_and_non_negative():
    a = np.array([[0.0, 0.0], [3.0, 4.0]])
    assert np.allclose(pairwise_sq_distances(a, a), [[0, 25], [25, 0]])
    big = np.full((2, 3), 1e8)
    assert (pairwise_sq_distances(big, big) >= 0).all()


def test_kmeans_finds_separated_blobs_like_sklearn():
    X, truth = make_blobs(n_samples=300, centers=3, cluster_std=0.5, random_state=0)
    ours = kmeans(X, 3, seed=0)
    theirs = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X)
    assert ours.inertia == pytest.approx(theirs.inertia_, rel=1e-6)
    assert skm.adjusted_rand_score(truth, ours.labels) == pytest.approx(1.0)
    assert ours.iterations < 100
