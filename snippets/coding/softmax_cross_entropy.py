"""Stable softmax and cross-entropy (mlref.nn), and what naive code does."""

import numpy as np
from scipy.special import softmax as scipy_softmax
from sklearn.metrics import log_loss

from mlref.nn import cross_entropy, cross_entropy_grad, softmax

logits = np.array([[1000.0, 1001.0, 1002.0], [-3.0, 0.0, 3.0]])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
print("naive softmax:\n", naive.round(4))
assert np.isnan(naive[0]).all(), "exp(1000) overflows: inf / inf = nan"
print("stable softmax (max subtracted first):\n", softmax(logits).round(4))
assert np.allclose(softmax(logits), scipy_softmax(logits, axis=1))

# A confident mistake: the true class is 800 logits behind, p = e^-800.
labels = np.array([0])
confident = np.array([[0.0, 800.0, 0.0]])
with np.errstate(divide="ignore"):
    print(
        f"\n-log(softmax(z)[y]): {-np.log(softmax(confident)[0, 0])}  "
        "(e^-800 underflows to 0.0)"
    )
print(f"cross_entropy via log-softmax: {cross_entropy(confident, labels):.1f}")
# e^-800 underflows to 0, but the loss through log-softmax is exact.
assert softmax(confident)[0, 0] == 0
assert np.isclose(cross_entropy(confident, labels), 800)

# Agreement with scikit-learn, and the gradient (softmax - onehot) / n.
rng = np.random.default_rng(0)
z, y = rng.normal(size=(200, 5)), rng.integers(0, 5, 200)
assert np.isclose(
    cross_entropy(z, y), log_loss(y, scipy_softmax(z, axis=1), labels=range(5))
)
g = cross_entropy_grad(z, y)
eps = 1e-6
bump = np.zeros_like(z)
bump[3, 2] = eps
numeric = (cross_entropy(z + bump, y) - cross_entropy(z - bump, y)) / (2 * eps)
print(
    f"\nmean cross-entropy on 200 random rows: {cross_entropy(z, y):.4f} "
    "(matches sklearn log_loss)"
)
print(f"dL/dz[3, 2]: analytic {g[3, 2]:.8f}, finite difference {numeric:.8f}")
print("gradient rows sum to 0:", np.allclose(g.sum(axis=1), 0))
assert np.isclose(g[3, 2], numeric) and np.allclose(g.sum(axis=1), 0)
