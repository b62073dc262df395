"""Fit polynomials of rising degree to 15 noisy points: training error keeps
falling, validation error falls and then climbs (overfitting)."""

import matplotlib.pyplot as plt
import numpy as np
from numpy.polynomial import Polynomial

rng = np.random.default_rng(0)


def true_f(x):
    return np.sin(2 * np.pi * x)


def sample(n):
    x = rng.uniform(0, 1, n)
    return x, true_f(x) + rng.normal(scale=0.3, size=n)


x_train, y_train = sample(15)
x_val, y_val = sample(1000)


def rmse(model, x, y):
    return np.sqrt(np.mean((model(x) - y) ** 2))


degrees = range(0, 10)
models = {d: Polynomial.fit(x_train, y_train, deg=d) for d in degrees}
train_err = [rmse(models[d], x_train, y_train) for d in degrees]
val_err = [rmse(models[d], x_val, y_val) for d in degrees]

print("degree  train RMSE  validation RMSE")
for d in (0, 1, 2, 3, 5, 7, 9):
    print(f"{d:>6}  {train_err[d]:>10.2f}  {val_err[d]:>15.2f}")
best = int(np.argmin(val_err))
print(f"lowest validation error at degree {best}; "
      "noise level (best possible RMSE) is 0.30")
assert np.all(np.diff(train_err) <= 1e-9), "training error never rises with the degree"
assert 0 < best < 9 and val_err[9] > 3 * val_err[best], "validation error is U-shaped"
assert train_err[9] < 0.3 < val_err[best], "degree 9 fits the noise; none beats it"

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8))
ax1.plot(degrees, train_err, "o-", label="training")
ax1.plot(degrees, val_err, "s-", label="validation")
ax1.axhline(0.3, color="grey", ls=":", label="noise level")
ax1.set_yscale("log")
ax1.set_xlabel("polynomial degree")
ax1.set_ylabel("RMSE (log scale)")
ax1.legend()
grid = np.linspace(0, 1, 400)
ax2.scatter(x_train, y_train, color="black", s=14, zorder=3,
            label="15 training points")
ax2.plot(grid, true_f(grid), color="grey", ls="--", label="true function")
for d, name in ((1, "underfit"), (best, "about right"), (9, "overfit")):
    ax2.plot(grid, models[d](grid), label=f"degree {d} ({name})")
ax2.set_ylim(-2, 2)
ax2.set_xlabel("x")
ax2.legend(fontsize=8, loc="lower left")
fig.savefig("polynomial_degree_errors.svg")
plt.close(fig)
