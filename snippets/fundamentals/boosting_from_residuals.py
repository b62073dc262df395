"""Gradient boosting for squared error, written out: start from the mean, fit
a small tree to the residuals, add a shrunken copy of it, repeat. Then check
that scikit-learn's GradientBoostingRegressor gives the same predictions."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.tree import DecisionTreeRegressor

rng = np.random.default_rng(0)
x = np.sort(rng.uniform(0, 10, 80))
y = np.sin(x) + 0.1 * x + rng.normal(scale=0.25, size=80)
X = x[:, None]
x_test = rng.uniform(0, 10, 1000)
# noise standard deviation 0.25, so no model can get the test MSE below 0.0625
y_test = np.sin(x_test) + 0.1 * x_test + rng.normal(scale=0.25, size=1000)
learning_rate, n_rounds, depth = 0.3, 50, 2

F = np.full_like(y, y.mean())  # F_0: the best constant under squared error
F_test = np.full_like(y_test, y.mean())
trees, history = [], {}
print("round  train MSE  test MSE")
for m in range(1, n_rounds + 1):
    residual = y - F  # = negative gradient of 0.5 * (y - F)^2 with respect to F
    tree = DecisionTreeRegressor(max_depth=depth, random_state=0).fit(X, residual)
    F += learning_rate * tree.predict(X)  # shrinkage: take only part of the step
    F_test += learning_rate * tree.predict(x_test[:, None])
    trees.append(tree)
    if m in (1, 2, 3, 5, 10, 20, 50):
        train_mse, test_mse = np.mean((y - F) ** 2), np.mean((y_test - F_test) ** 2)
        print(f"{m:>5}  {train_mse:9.3f}  {test_mse:8.3f}")
        history[m] = train_mse, test_mse
train_curve, test_curve = np.array(list(history.values())).T
assert np.all(np.diff(train_curve) < 0), "the training MSE keeps falling"
assert history[20][1] < min(history[1][1], history[50][1]), "falls, then rises"

gbr = GradientBoostingRegressor(
    n_estimators=n_rounds, learning_rate=learning_rate, max_depth=depth, random_state=0
).fit(X, y)
gap = np.abs(gbr.predict(X) - F).max()
print(f"largest gap to scikit-learn's predictions: {gap:.1e}")
assert gap < 1e-10, "the hand-written loop is scikit-learn's algorithm"

def F_at(x_new, m):
    """Prediction of the first m rounds at new points."""
    out = np.full(len(x_new), y.mean())
    for t in trees[:m]:
        out += learning_rate * t.predict(x_new[:, None])
    return out


grid = np.linspace(0, 10, 500)
fig, axes = plt.subplots(1, 3, figsize=(11, 3.4), sharey=True)
for ax, m in zip(axes, (1, 5, 50)):
    ax.scatter(x, y, s=10, color="grey")
    before, after = F_at(grid, m - 1), F_at(grid, m)
    ax.plot(grid, before, color="tab:blue", ls="--", label=f"$F_{{{m - 1}}}$ (before)")
    ax.plot(grid, after, color="tab:red", label=f"$F_{{{m}}}$ (after)")
    train_mse = np.mean((y - F_at(x, m)) ** 2)
    ax.set_title(f"after round {m}: train MSE {train_mse:.3f}", fontsize=10)
    ax.set_xlabel("x")
    ax.legend(fontsize=8)
axes[0].set_ylabel("y")
fig.savefig("boosting_from_residuals.svg")
plt.close(fig)
