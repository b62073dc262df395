"""Detecting dead ReLUs: count units that fire on no training input, at three learning rates."""

import numpy as np

rng0 = np.random.default_rng(0)
X = rng0.normal(size=(2000, 10))
y = np.sin(X[:, :3].sum(1)) + 0.1 * rng0.normal(size=2000)


def train(lr, steps=600, seed=0):
    """One hidden layer of 128 ReLUs, He initialization, mini-batch SGD on squared error."""
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0, np.sqrt(2 / 10), (10, 128)); b1 = np.zeros(128)
    w2 = rng.normal(0, np.sqrt(2 / 128), 128); b2 = 0.0
    for _ in range(steps):
        idx = rng.integers(0, len(X), 64)
        xb, yb = X[idx], y[idx]
        z = xb @ W1 + b1
        h = np.maximum(z, 0)
        err = h @ w2 + b2 - yb
        dz = np.outer(err, w2) * (z > 0) / len(xb)    # gradient flows only where z > 0
        w2 -= lr * h.T @ err / len(xb); b2 -= lr * err.mean()
        W1 -= lr * xb.T @ dz; b1 -= lr * dz.sum(0)
    z = X @ W1 + b1                                   # the check: pre-activations on all data
    firing = (z > 0).mean(0)                          # per unit: share of inputs it fires on
    loss = 0.5 * np.mean((np.maximum(z, 0) @ w2 + b2 - y) ** 2)
    return firing, loss


print(f"{'learning rate':>13} {'dead units':>11} {'firing on < 1 %':>16} {'train loss':>11}")
dead, final_loss = {}, {}
for lr in (0.01, 0.05, 0.12):
    firing, final_loss[lr] = train(lr)
    dead[lr] = int((firing == 0).sum())
    print(f"{lr:>13} {dead[lr]:>5} / 128 {int((firing < 0.01).sum()):>10} / 128 {final_loss[lr]:>11.3f}")
assert dead[0.01] == 0 and dead[0.05] == 0 and dead[0.12] > 30
assert final_loss[0.12] > max(final_loss[0.01], final_loss[0.05]), "dead units cost capacity"
