"""Lasso sets coefficients to exactly zero as the penalty grows; Ridge only shrinks them."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import Lasso, Ridge
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
n_samples, n_features = 200, 8
X = StandardScaler().fit_transform(rng.normal(size=(n_samples, n_features)))
true_coef = np.array([4.0, -3.0, 2.0, 0, 0, 0, 0, 0])  # only 3 features matter
y = X @ true_coef + rng.normal(scale=1.0, size=n_samples)

alphas = np.logspace(-3, 1, 41)  # ten steps per decade: 0.001, ..., 0.01, ..., 10
lasso = np.array([Lasso(alpha=a).fit(X, y).coef_ for a in alphas])
# scikit-learn's Lasso divides the squared error by 2n and Ridge does not, so
# Ridge needs alpha * 2n for the same trade-off: same x-axis for both panels.
ridge = np.array([Ridge(alpha=a * 2 * n_samples).fit(X, y).coef_ for a in alphas])

print("alpha   Lasso zeros   Ridge zeros   (out of 8 coefficients)")
for i in (10, 20, 30, 35):
    print(f"{alphas[i]:6.2f}  {np.sum(lasso[i] == 0):>11}   {np.sum(ridge[i] == 0):>11}")
assert np.all(ridge != 0), "ridge only shrinks"
assert np.all(lasso[0] != 0) and np.all(lasso[-1] == 0), "the lasso zeroes them one by one"
at_1 = lasso[30]  # alpha = 1: exactly the 3 features that matter survive
assert np.all(at_1[:3] != 0) and np.all(at_1[3:] == 0)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True)
for ax, paths, name in ((axes[0], lasso, "Lasso (L1)"), (axes[1], ridge, "Ridge (L2)")):
    for j in range(n_features):
        ax.plot(alphas, paths[:, j], lw=2 if true_coef[j] else 1)
    ax.set_xscale("log")
    ax.set_title(name)
    ax.set_xlabel("penalty strength alpha")
axes[0].set_ylabel("coefficient")
fig.savefig("lasso_vs_ridge_paths.svg")
