"""Batch, mini-batch and stochastic gradient descent on the same least-squares
problem (10,000 rows, 20 features on different scales), 5 passes over the
data each. They differ only in how many rows each gradient averages.
Stochastic descent runs twice, with a large and a 10 times smaller rate."""

import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
n, d = 10_000, 20
X = rng.normal(size=(n, d)) * np.linspace(1, 5, d)  # unscaled: condition number ~25
y = X @ rng.normal(size=d) + rng.normal(scale=0.5, size=n)
w_best = np.linalg.lstsq(X, y, rcond=None)[0]
best_mse = np.mean((X @ w_best - y) ** 2)
L = 2 * np.linalg.eigvalsh(X.T @ X / n).max()  # largest curvature of the MSE
assert 0.03 < 2 / L < 0.04, "batch descent: 0.03 is stable, 0.04 diverges"


def excess_loss(w):
    """Training MSE minus the best achievable training MSE."""
    return np.mean((X @ w - y) ** 2) - best_mse


def run(batch_size, lr, epochs=5, checkpoints_per_epoch=20):
    w = np.zeros(d)
    order_rng = np.random.default_rng(1)
    every = max(1, n // batch_size // checkpoints_per_epoch)
    seen, curve, updates = [0.0], [excess_loss(w)], 0
    for _ in range(epochs):
        order = order_rng.permutation(n)  # reshuffle every epoch
        for start in range(0, n, batch_size):
            rows = order[start:start + batch_size]
            # gradient of the mean squared error over this batch only
            grad = 2 * X[rows].T @ (X[rows] @ w - y[rows]) / len(rows)
            w -= lr * grad
            updates += 1
            if updates % every == 0:
                seen.append(updates * batch_size / n)
                curve.append(excess_loss(w))
    return np.array(seen), np.array(curve), updates


runs = (  # (name, rows per update, learning rate)
    ("batch (all 10,000 rows)", n, 0.03),  # limit 2 / L = 2 / 50.3: 0.04 diverges
    ("mini-batch (64 rows)", 64, 0.003),
    ("stochastic (1 row)", 1, 0.001),  # 0.004 is already unstable
    ("stochastic (1 row)", 1, 0.0001),
)
fig, ax = plt.subplots(figsize=(7, 4))
print(f"{'method':<24} {'lr':>6} {'updates':>8}   excess MSE: 1 epoch   5 epochs")
final = []
for name, batch_size, lr in runs:
    seen, curve, updates = run(batch_size, lr)
    after_one = curve[np.searchsorted(seen, 1.0)]
    print(f"{name:<24} {lr:>6} {updates:>8}   {after_one:>19.3f}   {curve[-1]:>8.3f}")
    final.append(curve[-1])
    style = "o-" if batch_size == n else "-"
    ax.plot(seen, curve, style, ms=4, label=f"{name}, lr {lr}")
batch, mini, sgd, sgd_small = final
assert batch > max(mini, sgd, sgd_small), "5 full-batch steps are still far off"
assert mini < sgd_small < sgd, "a smaller rate lowers the noise band; mini-batches win"
ax.set_yscale("log")
ax.set_xlabel("epochs (passes over the data)")
ax.set_ylabel("training MSE above the optimum (log)")
ax.legend(fontsize=9)
fig.savefig("gd_batch_sizes.svg")
plt.close(fig)
