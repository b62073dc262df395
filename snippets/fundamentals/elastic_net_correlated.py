"""Three near-copies of one signal plus five noise features. Lasso splits the
weight arbitrarily among the copies; elastic net shares it and still zeroes
the noise. Refitting on bootstrap samples shows which answer is stable."""

import numpy as np
from sklearn.linear_model import ElasticNet, Lasso, Ridge
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(0)
n = 200
signal = rng.normal(size=n)
copies = signal[:, None] + 0.02 * rng.normal(size=(n, 3))
X = StandardScaler().fit_transform(np.hstack([copies, rng.normal(size=(n, 5))]))
y = 3 * signal + rng.normal(size=n)
print(f"correlation between copies: {np.corrcoef(X[:, 0], X[:, 1])[0, 1]:.4f}\n")

models = {
    "lasso": lambda: Lasso(alpha=0.3, max_iter=100_000),
    "ridge": lambda: Ridge(alpha=60),
    "elastic net": lambda: ElasticNet(alpha=0.3, l1_ratio=0.5),
}
print(f"{'model':<12} copy1 copy2 copy3 | noise features (5)")
weights = {}
for name, make in models.items():
    w = make().fit(X, y).coef_ + 0.0  # + 0.0 turns -0.0 into 0.0
    noise_part = " ".join(f"{v:5.2f}" for v in w[3:])
    print(f"{name:<12} {w[0]:5.2f} {w[1]:5.2f} {w[2]:5.2f} | {noise_part}")
    weights[name] = w
lasso, ridge, enet = weights["lasso"], weights["ridge"], weights["elastic net"]
assert np.any(lasso[:3] == 0) and np.all(lasso[3:] == 0), "the lasso drops a copy"
assert np.ptp(enet[:3]) < 0.05 and np.all(enet[3:] == 0), "shares, zeroes noise"
assert np.all(ridge[3:] != 0), "ridge keeps every noise feature"

print("\nrefit on 50 bootstrap samples: std of each copy's weight, exact zeros")
boot_std, copies_dropped = {}, {}
for name in ("lasso", "elastic net"):
    W = []
    for _ in range(50):
        idx = rng.integers(0, n, n)
        W.append(models[name]().fit(X[idx], y[idx]).coef_)
    W = np.array(W)
    spread = " ".join(f"{v:5.2f}" for v in W[:, :3].std(axis=0))
    copies_zero, noise_zero = int((W[:, :3] == 0).sum()), int((W[:, 3:] == 0).sum())
    print(f"{name:<12} std {spread} | copies zeroed {copies_zero:>3}/150,"
          f" noise zeroed {noise_zero:>3}/250")
    boot_std[name], copies_dropped[name] = W[:, :3].std(axis=0), copies_zero
assert boot_std["lasso"].min() > 10 * boot_std["elastic net"].max(), "lasso: unstable"
assert copies_dropped["lasso"] > 0 == copies_dropped["elastic net"], "the lasso drops copies at random"
