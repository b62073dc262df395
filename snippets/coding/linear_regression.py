"""Linear regression: normal equation, gradient descent, scikit-learn."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, root_mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from mlref.linear import (
    linear_regression_gd,
    linear_regression_normal_equation,
)

# House prices from area (m2), rooms and age (years): very different scales.
rng = np.random.default_rng(0)
n = 500
X = np.column_stack(
    [rng.uniform(40, 250, n), rng.integers(1, 7, n), rng.uniform(0, 80, n)]
)
y = (
    2_000 * X[:, 0]
    + 15_000 * X[:, 1]
    - 800 * X[:, 2]
    + 50_000
    + rng.normal(0, 30_000, n)
)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0
)

# Gradient descent on the raw features: the 'area' column forces a tiny step.
try:
    linear_regression_gd(X_train, y_train, learning_rate=0.1)
except ValueError as error:
    print("GD, raw features, step 0.1:", error)
else:
    raise AssertionError("step 0.1 on raw features should diverge")

scaler = StandardScaler().fit(X_train)  # training statistics only
Xs_train, Xs_test = scaler.transform(X_train), scaler.transform(X_test)

closed = linear_regression_normal_equation(Xs_train, y_train)
gd = linear_regression_gd(Xs_train, y_train, learning_rate=0.1, tol=1e-6)
ref = LinearRegression().fit(Xs_train, y_train)

print(
    "\nweights on standardized features (price change per standard deviation):"
)
print(f"{'':16s}{'area':>10s}{'rooms':>10s}{'age':>10s}{'intercept':>12s}")
for name, coef, b in [
    ("normal equation", closed.coef, closed.intercept),
    ("gradient descent", gd.coef, gd.intercept),
    ("scikit-learn", ref.coef_, ref.intercept_),
]:
    print(f"{name:16s}" + "".join(f"{c:10.0f}" for c in coef) + f"{b:12.0f}")
print(f"gradient descent converged in {gd.n_iter} steps")
# Undo the scaling: price per m2, per room, per year.
per_unit = closed.coef / scaler.scale_
recovered = ", ".join(f"{c:,.0f}" for c in per_unit)
print(f"in original units: {recovered} (true: 2,000, 15,000, -800)")
assert np.allclose(per_unit, [2_000, 15_000, -800], rtol=0.15)
assert np.allclose(closed.coef, ref.coef_)
assert np.allclose(gd.coef, ref.coef_, rtol=1e-6)

pred = closed.predict(Xs_test)
print(
    f"\ntest R2 {r2_score(y_test, pred):.3f}, "
    f"test RMSE {root_mean_squared_error(y_test, pred):,.0f} "
    f"(noise standard deviation is 30,000)"
)

fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(gd.loss_history)
ax.set_yscale("log")
ax.set_xlabel("gradient step")
ax.set_ylabel("training loss (MSE / 2)")
ax.set_title("Gradient descent on standardized features")
fig.savefig("linear_regression_gd_loss.svg")
plt.close(fig)
