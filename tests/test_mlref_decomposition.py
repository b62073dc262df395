"""mlref.decomposition against scikit-learn's PCA."""

import numpy as np
import pytest
from sklearn.datasets import load_iris, load_wine
from sklearn.decomposition import PCA

from mlref.decomposition import pca

pytestmark = pytest.mark.unit


def _same_up_to_sign(a, b, atol):
    signs = np.sign(np.sum(a * b, axis=1))[:, None]
    np.testing.assert_allclose(a, b * signs, atol=atol)


@pytest.mark.parametrize("loader, k", [(load_iris, 2), (load_wine, 5)])
def test_matches_sklearn(loader, k):
    X = loader().data
    X = (X - X.mean(0)) / X.std(0)
    ours = pca(X, k)
    ref = PCA(n_components=k).fit(X)
    _same_up_to_sign(ours.components, ref.components_, atol=1e-8)
    np.testing.assert_allclose(ours.explained_variance, ref.explained_variance_, rtol=1e-10)
    np.testing.assert_allclose(ours.explained_variance_ratio, ref.explained_variance_ratio_, rtol=1e-10)
    Z, Z_ref = ours.transform(X), ref.transform(X)
    np.testing.assert_allclose(np.abs(Z), np.abs(Z_ref), atol=1e-8)


def test_components_orthonormal_and_sorted():
    X = np.random.default_rng(0).normal(size=(200, 6)) @ np.diag([5, 4, 3, 2, 1, 0.5])
    result = pca(X, 6)
    np.testing.assert_allclose(result.components @ result.components.T, np.eye(6), atol=1e-12)
    assert np.all(np.diff(result.explained_variance) <= 0)
    assert result.explained_variance_ratio.sum() == pytest.approx(1.0)


def test_full_rank_reconstruction_is_exact_and_sign_is_fixed():
    X = np.random.default_rng(1).normal(size=(50, 4))
    result = pca(X, 4)
    np.testing.assert_allclose(result.inverse_transform(result.transform(X)), X, atol=1e-10)
    rows = np.arange(4)
    assert np.all(result.components[rows, np.abs(result.components).argmax(1)] > 0)


def test_hand_computed_line():
    # Points on the line y = x: one component along (1, 1)/sqrt(2) with all the variance.
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    result = pca(X, 2)
    np.testing.assert_allclose(result.components[0], [2**-0.5, 2**-0.5])
    # Var of 0,1,2,3 (ddof=1) is 5/3 per axis; the line carries both: 10/3.
    np.testing.assert_allclose(result.explained_variance, [10 / 3, 0.0], atol=1e-12)
    np.testing.assert_allclose(result.explained_variance_ratio, [1.0, 0.0], atol=1e-12)


@pytest.mark.parametrize("X, k", [(np.ones((1, 3)), 1), (np.ones((5, 3)), 4), (np.ones((5, 3)), 0)])
def test_bad_input_rejected(X, k):
    with pytest.raises(ValueError):
        pca(X, k)
