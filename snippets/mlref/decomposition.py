"""Principal component analysis by eigendecomposition of the covariance matrix."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class PCAResult:
    """A fitted PCA, returned by [`pca`][mlref.decomposition.pca]."""

    components: np.ndarray
    """Principal axes as rows, shape (k, d), orthonormal, by decreasing variance."""
    explained_variance: np.ndarray
    """Variance of the data along each component (the eigenvalues), shape (k,)."""
    explained_variance_ratio: np.ndarray
    """Share of the total variance each component explains, shape (k,)."""
    mean: np.ndarray
    """Column means of the training data, shape (d,)."""

    def transform(self, X) -> np.ndarray:
        """Project rows of ``X`` onto the components: $(X - \\mu)\\,V_k^\\top$, shape (n, k)."""
        return (np.asarray(X, dtype=float) - self.mean) @ self.components.T

    def inverse_transform(self, Z) -> np.ndarray:
        """Map projected rows back to the original space (the rank-k reconstruction)."""
        return np.asarray(Z, dtype=float) @ self.components + self.mean


def pca(X, n_components: int) -> PCAResult:
    r"""PCA: the top eigenvectors of the sample covariance matrix.

    Centres the columns, forms $C = \frac{1}{n-1}X_c^\top X_c$, and takes
    ``np.linalg.eigh`` (symmetric matrix: real eigenvalues, orthonormal
    eigenvectors, returned in *ascending* order, so they are reversed).
    Each component's sign is fixed so that its largest-magnitude entry is
    positive: eigenvectors are defined only up to sign, and this makes the
    output deterministic.

    Cost: $O(nd^2)$ for the covariance plus $O(d^3)$ for the
    eigendecomposition. For $d \gg n$ or when only a few components are
    needed, an SVD of $X_c$ (what scikit-learn uses) is cheaper and more
    accurate, since forming $X_c^\top X_c$ squares the condition number.

    Parameters
    ----------
    X : array of shape (n, d)
        At least 2 rows. Standardize first if features have different units.
    n_components : int
        Number of components k, 1 <= k <= d.

    Returns
    -------
    PCAResult
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) < 2:
        raise ValueError(f"X must be 2-D with at least 2 rows, got shape {X.shape}")
    if not np.isfinite(X).all():
        raise ValueError("X contains NaN or infinity")
    if not 1 <= n_components <= X.shape[1]:
        raise ValueError(f"n_components must be between 1 and {X.shape[1]}, got {n_components}")
    mean = X.mean(axis=0)
    Xc = X - mean
    cov = Xc.T @ Xc / (len(X) - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(cov)
    order = np.argsort(eigenvalues)[::-1][:n_components]
    values = np.clip(eigenvalues[order], 0.0, None)  # rounding can give -1e-17
    vectors = eigenvectors[:, order].T  # (k, d), one component per row
    rows = np.arange(n_components)
    vectors *= np.sign(vectors[rows, np.abs(vectors).argmax(axis=1)])[:, None]
    total = np.trace(cov)
    ratio = values / total if total > 0 else np.zeros_like(values)
    return PCAResult(vectors, values, ratio, mean)
