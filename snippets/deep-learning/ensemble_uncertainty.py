"""A deep ensemble's disagreement as uncertainty: small inside the data, large away from it."""

import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPRegressor

warnings.filterwarnings("ignore", category=ConvergenceWarning)
rng = np.random.default_rng(0)
# training data on two intervals, with a gap between them and nothing beyond them
x = np.r_[rng.uniform(-3, -1, 60), rng.uniform(1, 3, 60)]
y = np.sin(x) + rng.normal(0, 0.1, x.size)

members = [MLPRegressor(hidden_layer_sizes=(64, 64), activation="tanh", solver="lbfgs", max_iter=2000,
                        random_state=seed).fit(x[:, None], y) for seed in range(5)]
grid = np.linspace(-6, 6, 241)
preds = np.array([m.predict(grid[:, None]) for m in members])   # 5 x 241
mean, std = preds.mean(0), preds.std(0)

regions = {"inside the data (|x| in 1..3)": (np.abs(grid) >= 1) & (np.abs(grid) <= 3),
           "in the gap (|x| < 0.5)": np.abs(grid) < 0.5,
           "far outside (|x| > 5)": np.abs(grid) > 5}
spread = {}
for name, mask in regions.items():
    spread[name] = std[mask].mean()
    print(f"{name:<32} mean ensemble std {spread[name]:.3f}")
inside, gap, far = spread.values()
assert inside < gap < far and far > 5 * inside, "the members disagree more, the further from data"
print("in-data error of the ensemble mean:",
      round(float(np.abs(mean - np.sin(grid))[regions['inside the data (|x| in 1..3)']].mean()), 3))
