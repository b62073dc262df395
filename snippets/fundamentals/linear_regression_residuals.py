"""Ordinary least squares from the normal equation, checked against
scikit-learn, then the residual-vs-fitted plot that reveals broken
assumptions: a curved relationship and non-constant noise."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LinearRegression

rng = np.random.default_rng(0)
n = 300
x = rng.uniform(0, 10, n)
datasets = {
    "assumptions hold": 2 + 1.5 * x + rng.normal(scale=2, size=n),
    "true relation is curved": 2 + x + 0.3 * (x - 5) ** 2 + rng.normal(size=n),
    "noise grows with x": 2 + 1.5 * x + rng.normal(scale=0.1 + 0.5 * x, size=n),
}

X1 = np.column_stack([np.ones(n), x])  # column of ones for the intercept
fig, axes = plt.subplots(1, 3, figsize=(11, 3.3), sharey=True)
print(f"{'data':<24} intercept  slope   R^2   residual sd: x < 5   x >= 5")
r2_of, sd_of, slope_of = {}, {}, {}
for ax, (name, y) in zip(axes, datasets.items()):
    beta = np.linalg.solve(X1.T @ X1, X1.T @ y)  # normal equation (X'X) b = X'y
    sk = LinearRegression().fit(x[:, None], y)
    assert np.allclose(beta, [sk.intercept_, sk.coef_[0]])
    fitted = X1 @ beta
    resid = y - fitted
    r2 = 1 - resid.var() / y.var()
    low, high = resid[x < 5].std(), resid[x >= 5].std()
    print(f"{name:<24} {beta[0]:9.2f}  {beta[1]:5.2f}  {r2:4.2f}"
          f"  {low:18.2f}  {high:7.2f}")
    r2_of[name], sd_of[name], slope_of[name] = r2, (low, high), beta[1]
    ax.scatter(fitted, resid, s=6, alpha=0.6)
    ax.axhline(0, color="black", lw=0.8)
    ax.set_title(name, fontsize=10)
    ax.set_xlabel("fitted value")
axes[0].set_ylabel("residual")
print("normal-equation coefficients match scikit-learn on all three data sets")
assert r2_of["true relation is curved"] < r2_of["assumptions hold"] - 0.1
low, high = sd_of["noise grows with x"]
assert high > 2 * low and np.isclose(*sd_of["assumptions hold"], rtol=0.1), "a funnel"
assert abs(slope_of["noise grows with x"] - 1.5) < 0.15, "the slope is still fine"
fig.savefig("linear_regression_residuals.svg")
plt.close(fig)
