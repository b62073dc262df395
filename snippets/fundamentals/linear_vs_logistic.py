"""Fitting 0/1 labels with linear regression versus logistic regression.
Adding a few easy positives far to the right drags the linear fit's 0.5
crossing into the positive class; the logistic boundary barely moves."""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LinearRegression, LogisticRegression

rng = np.random.default_rng(0)
x = np.r_[rng.normal(2, 1, 50), rng.normal(6, 1, 50)]
y = np.r_[np.zeros(50), np.ones(50)]
# the same data plus 10 obvious positives far to the right
x_far, y_far = np.r_[x, rng.normal(30, 2, 10)], np.r_[y, np.ones(10)]


def predict(model, points, linear):
    if linear:
        return model.predict(points[:, None])
    return model.predict_proba(points[:, None])[:, 1]


fig, axes = plt.subplots(1, 2, figsize=(10, 3.6), sharey=True)
grid = np.linspace(-2, 36, 3801)
cuts = {}
print(f"{'data':<20} {'model':<9} 0.5 crossing  accuracy  predictions on the data")
data = (("100 points", x, y), ("+ 10 far positives", x_far, y_far))
for ax, (name, xs, ys) in zip(axes, data):
    ax.scatter(xs, ys, s=10, color="black", alpha=0.5)
    for label, model, linear in (
        ("linear", LinearRegression(), True),
        ("logistic", LogisticRegression(C=1e4), False),  # large C: barely regularized
    ):
        model.fit(xs[:, None], ys)
        p = predict(model, grid, linear)
        cut = grid[np.argmin(np.abs(p - 0.5))]  # where the prediction crosses 0.5
        acc = np.mean((xs > cut) == ys)
        on_data = predict(model, xs, linear)
        low, high = on_data.min(), on_data.max()
        print(f"{name:<20} {label:<9} {cut:12.1f}  {acc:8.2f}"
              f"  from {low:5.2f} to {high:.2f}")
        cuts.setdefault(label, []).append((cut, acc))
        assert linear or 0 <= low <= high <= 1, "probabilities stay in [0, 1]"
        line = ax.plot(grid, p, label=f"{label}: crosses 0.5 at x = {cut:.1f}")
        ax.axvline(cut, color=line[0].get_color(), ls=":")
    ax.axhline(0.5, color="grey", lw=0.8)
    ax.set_ylim(-0.4, 1.6)
    ax.set_title(name, fontsize=10)
    ax.set_xlabel("x")
    ax.legend(fontsize=8, loc="upper left")
(cut, acc), (cut_far, acc_far) = cuts["linear"]
assert cut_far > cut + 0.5 and acc_far < acc, "far positives drag the linear fit"
(cut, _), (cut_far, _) = cuts["logistic"]
assert abs(cut_far - cut) < 0.1, "the logistic boundary barely moves"
axes[0].set_ylabel("predicted value / probability")
fig.savefig("linear_vs_logistic.svg")
plt.close(fig)
